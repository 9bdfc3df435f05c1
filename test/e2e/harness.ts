// A Discord stand-in on 127.0.0.1 with Dossier's real runtime logged in to it: the commands are
// registered by the deploy function, the clock is injectable, and log lines are kept for assertions.
import { vi } from 'vitest';
import { commandDefinitions, commands } from '../../commands/index.js';
import { parseConfig, type Config } from '../../src/config/env.js';
import { createContext } from '../../src/context.js';
import { loadDataset } from '../../src/dataset/load.js';
import type { Dataset } from '../../src/dataset/types.js';
import { CommandIdDirectory } from '../../src/rest/command-ids.js';
import { createRest, deployCommands } from '../../src/discord/deploy.js';
import { lateChannelPoster } from '../../src/discord/post.js';
import {
  startDiscordBot,
  type DiscordBot,
  type DiscordBotOptions,
  type InteractionDispatcher,
} from '../../src/discord/runtime.js';
import { startHttpBot, type HttpBot } from '../../src/http-interactions/runtime.js';
import { Dispatcher } from '../../src/interactions/dispatch.js';
import { createLogger } from '../../src/log.js';
import { openStore } from '../../src/store/store.js';
import { startStandin, type InteractionHandle, type Standin } from '../standin/index.js';
import { FIXED_NOW } from '../helpers/app.js';

export const CALLBACK = '/interactions/:id/:token/callback';

export interface Harness {
  /** How interactions reach the bot: the gateway (discord.js) or signed HTTP requests. */
  readonly mode: 'gateway' | 'http';
  readonly discord: Standin;
  readonly config: Config;
  readonly clock: { now: number };
  readonly logLines: string[];
  /** Parsed log lines. */
  logs(): Record<string, unknown>[];
  /** The "interaction" log line of an interaction, waiting for it (it is written after the answer). */
  logLineOf(interactionId: string): Promise<Record<string, unknown>>;
  close(): Promise<void>;
}

export interface GatewayHarness extends Harness {
  readonly bot: DiscordBot;
}

export interface HttpHarness extends Harness {
  readonly http: HttpBot;
}

let dataset: Promise<Dataset> | undefined;

export function seedDataset(): Promise<Dataset> {
  dataset ??= loadDataset('data').then((result) => {
    if (!result.ok) throw new Error('the seed dataset must load');
    return result.dataset;
  });
  return dataset;
}

export interface HarnessOptions extends Omit<DiscordBotOptions, 'client'> {
  /** Wraps the real dispatcher, e.g. to slow it down or make it throw. */
  readonly wrap?: (dispatcher: Dispatcher) => InteractionDispatcher;
  /** More environment for the bot's config (e.g. PUBLIC_URL). */
  readonly env?: Readonly<Record<string, string>>;
}

function newsroom(): Promise<Standin> {
  return startStandin({
    users: [{ username: 'alice' }, { username: 'bob' }],
    guilds: [{ name: 'Newsroom', channels: [{ name: 'general' }] }],
  });
}

/** Log lines kept in memory, parsed on demand, and the wait for an interaction's line. */
function keptLogs(logLines: string[]): Pick<Harness, 'logLines' | 'logs' | 'logLineOf'> {
  const logs = () => logLines.map((line) => JSON.parse(line) as Record<string, unknown>);
  return {
    logLines,
    logs,
    logLineOf: (interactionId) =>
      vi.waitFor(() => {
        const line = logs().find((l) => l.message === 'interaction' && l.interactionId === interactionId);
        if (!line) throw new Error(`no log line for interaction ${interactionId}`);
        return line;
      }),
  };
}

export async function startHarness(options: HarnessOptions = {}): Promise<GatewayHarness> {
  const discord = await newsroom();
  const config = parseConfig({
    DISCORD_TOKEN: discord.token,
    DISCORD_APPLICATION_ID: discord.applicationId,
    DISCORD_GUILD_ID: discord.guildId('Newsroom'),
    DISCORD_API_BASE: discord.apiBase,
    LOG_LEVEL: 'debug',
    ...options.env,
  });
  const clock = { now: FIXED_NOW };
  const logLines: string[] = [];
  const logger = createLogger('debug', (line) => logLines.push(line), [config.discordToken]);
  const store = await openStore(':memory:');
  const poster = lateChannelPoster();
  // As main.ts does: /help's command ids are fetched once the client is up.
  const commandIds = new CommandIdDirectory(logger, () => clock.now);
  const context = createContext(await seedDataset(), {
    config,
    now: () => clock.now,
    store,
    postToChannel: poster.postToChannel,
    commandIds: commandIds.lookup,
  });
  const dispatcher = new Dispatcher(commands, context, logger);
  await deployCommands({
    rest: createRest(config, discord.token),
    definitions: commandDefinitions(),
    applicationId: discord.applicationId,
    guildId: config.guildId,
  });
  const { wrap, env: _env, ...botOptions } = options;
  const bot = await startDiscordBot(
    { config, logger, dispatcher: wrap ? wrap(dispatcher) : dispatcher },
    botOptions,
  );
  poster.attach(bot.client);
  await commandIds.attach({
    rest: bot.client.rest,
    applicationId: discord.applicationId,
    guildId: config.guildId,
  });
  bot.onStop(() => store.close());
  return {
    mode: 'gateway',
    discord,
    bot,
    config,
    clock,
    ...keptLogs(logLines),
    close: async () => {
      await bot.stop('test finished');
      await discord.close();
    },
  };
}

/** The key that signs buttons and menus, shared by every replica of a test. */
export const TEST_COMPONENT_KEY = 'test-signing-key-0123456789abcdef0123456789';

/** The environment of the HTTP-mode bot against the stand-in (store and port as given). */
export function httpBotEnvironment(
  discord: Standin,
  extra: Record<string, string> = {},
): Record<string, string> {
  return {
    DISCORD_TOKEN: discord.token,
    DISCORD_APPLICATION_ID: discord.applicationId,
    DISCORD_PUBLIC_KEY: discord.publicKey,
    DISCORD_API_BASE: discord.apiBase,
    COMPONENT_SIGNING_KEY: TEST_COMPONENT_KEY,
    DATA_DIR: 'data',
    DATABASE_PATH: ':memory:',
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'debug',
    ...extra,
  };
}

/**
 * The same stand-in and commands, with the bot in HTTP-interactions mode (as npm run start:http
 * runs it, in this process): the stand-in POSTs each interaction, signed, to its endpoint.
 */
export async function startHttpHarness(
  options: Pick<HarnessOptions, 'deferAfterMs' | 'wrap' | 'env'> = {},
): Promise<HttpHarness> {
  const discord = await newsroom();
  const env = httpBotEnvironment(discord, { DISCORD_GUILD_ID: discord.guildId('Newsroom'), ...options.env });
  const config = parseConfig(env);
  // Registered first, as an operator deploys before starting: the bot fetches their ids at start.
  await deployCommands({
    rest: createRest(config, discord.token),
    definitions: commandDefinitions(),
    applicationId: discord.applicationId,
    guildId: config.guildId,
  });
  const clock = { now: FIXED_NOW };
  const logLines: string[] = [];
  const logger = createLogger('debug', (line) => logLines.push(line), [config.discordToken]);
  const http = await startHttpBot(env, {
    commands,
    prepared: { config, logger },
    now: () => clock.now,
    ...(options.deferAfterMs !== undefined ? { deferAfterMs: options.deferAfterMs } : {}),
    ...(options.wrap ? { wrapDispatcher: options.wrap } : {}),
  });
  discord.useInteractionsEndpoint(`${http.service.server.url}/interactions`);
  return {
    mode: 'http',
    discord,
    http,
    config,
    clock,
    ...keptLogs(logLines),
    close: async () => {
      await http.stop('test finished');
      await discord.close();
    },
  };
}

/** The message body an answer carried: the callback's data, or an edit's or follow-up's body. */
export function bodyOf(response: { kind: string; data?: unknown; body?: unknown }): Record<string, unknown> {
  return ((response.kind === 'callback' ? response.data : response.body) ?? {}) as Record<string, unknown>;
}

/** The callback's message data (types 4 and 7). */
export async function answer(handle: InteractionHandle, timeoutMs = 2000): Promise<Record<string, unknown>> {
  return bodyOf(await handle.response(timeoutMs));
}

/** A component of the answer, by type (2 button, 3 string select). */
export function componentsOf(body: { components?: unknown }, type: number): Record<string, unknown>[] {
  const rows = (body.components ?? []) as { components: Record<string, unknown>[] }[];
  return rows.flatMap((row) => row.components).filter((c) => c.type === type);
}

export function embedOf(body: Record<string, unknown>): Record<string, unknown> | undefined {
  return (body.embeds as Record<string, unknown>[] | undefined)?.[0];
}
