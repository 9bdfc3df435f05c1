// The platform-neutral shape of interactions: the Discord runtime and the console both turn their
// input into these, and both send back the Response a command returns. One brain, two mouths.
import type {
  RESTPostAPIChatInputApplicationCommandsJSONBody,
  RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import type { Config } from '../config/env.js';
import type { Dataset } from '../dataset/types.js';
import type { MessagePayload } from '../replies/payload.js';
import type { SearchEngine } from '../search/engine.js';
import type { ComponentRef } from '../replies/custom-id.js';
import type { Store } from '../store/store.js';

export type OptionValue = string | number | boolean;

export interface Invoker {
  readonly id: string;
  /** Permissions of the member in the guild (Discord's bit set), when invoked in a guild. */
  readonly permissions?: bigint;
}

interface BaseInvocation {
  readonly user: Invoker;
  readonly guildId?: string;
  readonly channelId?: string;
}

/** A channel named in an option, as Discord resolved it. */
export interface ResolvedChannel {
  readonly id: string;
  readonly type: number;
  readonly guildId?: string;
}

export interface CommandInvocation extends BaseInvocation {
  readonly command: string;
  /** For commands with subcommands: which one; `options` are then that subcommand's. */
  readonly subcommand?: string;
  readonly options: Readonly<Record<string, OptionValue>>;
  /** Channels named in options, by id. */
  readonly channels?: Readonly<Record<string, ResolvedChannel>>;
}

export interface AutocompleteInvocation extends CommandInvocation {
  readonly focused: string;
}

export interface ComponentInvocation extends BaseInvocation {
  readonly customId: string;
  /** Chosen values of a select menu. */
  readonly values: readonly string[];
  /** The footers of the message's embeds: a search keeps its query there (a custom id is too short). */
  readonly messageFooters?: readonly string[];
}

export interface MessageCommandInvocation extends BaseInvocation {
  readonly command: string;
  readonly message: { readonly id: string; readonly content: string };
}

export interface AutocompleteChoice {
  readonly name: string;
  readonly value: string;
}

/** What a handler answers: a new message, an update of the component's message, or choices. */
export type Response =
  | { readonly type: 'reply'; readonly payload: MessagePayload }
  | { readonly type: 'update'; readonly payload: MessagePayload }
  | { readonly type: 'choices'; readonly choices: readonly AutocompleteChoice[] };

/** Everything a handler may use, passed in (never imported as globals). */
export interface AppContext {
  readonly dataset: Dataset;
  readonly engine: SearchEngine;
  readonly config?: Config;
  /** Milliseconds since the epoch; injectable for tests. */
  readonly now: () => number;
  readonly version: string;
  /** Which dataset is answering: a hash of its files, and when this process loaded it (epoch ms). */
  readonly loaded?: { readonly version: string; readonly at: number };
  /** The server's IANA time zone for "today", when it has configured one. */
  readonly zoneFor?: (guildId: string | undefined) => Promise<string | undefined>;
  /** Server settings and the daily-post ledger (absent where no database is open). */
  readonly store?: Store;
  /** Ids Discord assigned to the chat commands, by name (for </name:id> mentions); may be empty. */
  readonly commandIds?: () => ReadonlyMap<string, string>;
  /** Posts a message into a channel outside any interaction (the daily post's "preview here"). */
  readonly postToChannel?: (channelId: string, payload: MessagePayload) => Promise<void>;
}

export type Awaitable<T> = T | Promise<T>;

export type ComponentHandler = (
  context: AppContext,
  invocation: ComponentInvocation,
  ref: ComponentRef,
) => Awaitable<Response>;

export interface ChatCommandModule {
  readonly definition: RESTPostAPIChatInputApplicationCommandsJSONBody;
  execute(context: AppContext, invocation: CommandInvocation): Awaitable<Response>;
  autocomplete?(context: AppContext, invocation: AutocompleteInvocation): Awaitable<Response>;
  /** Component handlers by custom id action. */
  readonly components?: Readonly<Record<string, ComponentHandler>>;
}

export interface MessageCommandModule {
  readonly definition: RESTPostAPIContextMenuApplicationCommandsJSONBody;
  execute(context: AppContext, invocation: MessageCommandInvocation): Awaitable<Response>;
  readonly components?: Readonly<Record<string, ComponentHandler>>;
}

export type CommandModule = ChatCommandModule | MessageCommandModule;
