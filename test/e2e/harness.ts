// A Discord stand-in on 127.0.0.1 with Dossier's real runtime logged in to it: the commands are
// registered by the deploy function, the clock is injectable, and log lines are kept for assertions.
import { vi } from 'vitest';
import { commandDefinitions, commands } from '../../commands/index.js';
import { parseConfig, type Config } from '../../src/config/env.js';
import { createContext } from '../../src/context.js';
import { loadDataset } from '../../src/dataset/load.js';
import type { Dataset } from '../../src/dataset/types.js';
import { createRest, deployCommands } from '../../src/discord/deploy.js';
import { lateChannelPoster } from '../../src/discord/post.js';
import {
  startDiscordBot,
  type DiscordBot,
  type DiscordBotOptions,
  type InteractionDispatcher,
} from '../../src/discord/runtime.js';
import { Dispatcher } from '../../src/interactions/dispatch.js';
import { createLogger } from '../../src/log.js';
import { openStore } from '../../src/store/store.js';
import { startStandin, type InteractionHandle, type Standin } from '../standin/index.js';
import { FIXED_NOW } from '../helpers/app.js';

export const CALLBACK = '/interactions/:id/:token/callback';

export interface Harness {
  readonly discord: Standin;
  readonly bot: DiscordBot;
  readonly config: Config;
  readonly clock: { now: number };
  readonly logLines: string[];
  /** Parsed log lines. */
  logs(): Record<string, unknown>[];
  /** The "interaction" log line of an interaction, waiting for it (it is written after the answer). */
  logLineOf(interactionId: string): Promise<Record<string, unknown>>;
  close(): Promise<void>;
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
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const discord = await startStandin({
    users: [{ username: 'alice' }, { username: 'bob' }],
    guilds: [{ name: 'Newsroom', channels: [{ name: 'general' }] }],
  });
  const config = parseConfig({
    DISCORD_TOKEN: discord.token,
    DISCORD_APPLICATION_ID: discord.applicationId,
    DISCORD_GUILD_ID: discord.guildId('Newsroom'),
    DISCORD_API_BASE: discord.apiBase,
    LOG_LEVEL: 'debug',
  });
  const clock = { now: FIXED_NOW };
  const logLines: string[] = [];
  const logger = createLogger('debug', (line) => logLines.push(line), [config.discordToken]);
  const store = await openStore(':memory:');
  const poster = lateChannelPoster();
  const context = createContext(await seedDataset(), {
    config,
    now: () => clock.now,
    store,
    postToChannel: poster.postToChannel,
  });
  const dispatcher = new Dispatcher(commands, context, logger);
  await deployCommands({
    rest: createRest(config, discord.token),
    definitions: commandDefinitions(),
    applicationId: discord.applicationId,
    guildId: config.guildId,
  });
  const { wrap, ...botOptions } = options;
  const bot = await startDiscordBot(
    { config, logger, dispatcher: wrap ? wrap(dispatcher) : dispatcher },
    botOptions,
  );
  poster.attach(bot.client);
  bot.onStop(() => store.close());
  const logs = () => logLines.map((line) => JSON.parse(line) as Record<string, unknown>);
  return {
    discord,
    bot,
    config,
    clock,
    logLines,
    logs,
    logLineOf: (interactionId) =>
      vi.waitFor(() => {
        const line = logs().find((l) => l.message === 'interaction' && l.interactionId === interactionId);
        if (!line) throw new Error(`no log line for interaction ${interactionId}`);
        return line;
      }),
    close: async () => {
      await bot.stop('test finished');
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
