// The bot as main.ts starts it (boot, the Discord runtime, the daily posts, the store closed last)
// but in the test process, on a real SQLite file, with a clock the test moves; plus the pieces the
// daily-post and sharding tests share: a child's environment and settings seeded into a file.
import { join } from 'node:path';
import { commandDefinitions, commands } from '../../commands/index.js';
import { boot, type Booted } from '../../src/boot.js';
import { startDailyPosts } from '../../src/discord/daily-post.js';
import { createRest, deployCommands } from '../../src/discord/deploy.js';
import { lateChannelPoster } from '../../src/discord/post.js';
import { startDiscordBot, type DiscordBot } from '../../src/discord/runtime.js';
import type { DailyPostTicker } from '../../src/schedule/ticker.js';
import type { GuildSettingsPatch } from '../../src/store/guild-settings.js';
import { isPostgresUrl } from '../../src/store/location.js';
import { openStore, type Store } from '../../src/store/store.js';
import type { Standin } from '../standin/index.js';
import { ROOT } from './child.js';

/**
 * The environment a bot process gets: the stand-in, the seed data, and the store: a SQLite file
 * (DATABASE_PATH), or a PostgreSQL URL (DATABASE_URL).
 */
export function botEnvironment(
  discord: Standin,
  database: string,
  extra: Record<string, string> = {},
): Record<string, string> {
  return {
    DISCORD_TOKEN: discord.token,
    DISCORD_API_BASE: discord.apiBase,
    DATA_DIR: join(ROOT, 'data'),
    ...(isPostgresUrl(database) ? { DATABASE_URL: database } : { DATABASE_PATH: database }),
    LOG_LEVEL: 'info',
    // Shared by the shards of a sharded run (required there), harmless for one process.
    COMPONENT_SIGNING_KEY: 'test-signing-key-0123456789abcdef0123456789',
    ...extra,
  };
}

export interface LiveBot {
  readonly bot: DiscordBot;
  readonly booted: Booted;
  readonly ticker: DailyPostTicker;
  stop(): Promise<void>;
}

/** Registers the commands globally (so every server of the stand-in has them) and starts the bot. */
export async function startLiveBot(
  discord: Standin,
  databasePath: string,
  options: { readonly clock: { now: number }; readonly intervalMs: number },
): Promise<LiveBot> {
  const poster = lateChannelPoster();
  const booted = await boot(botEnvironment(discord, databasePath, { LOG_LEVEL: 'error' }), {
    commands,
    postToChannel: poster.postToChannel,
    now: () => options.clock.now,
  });
  await deployCommands({
    rest: createRest(booted.config, discord.token),
    definitions: commandDefinitions(),
    applicationId: discord.applicationId,
  });
  const bot = await startDiscordBot(booted);
  poster.attach(bot.client);
  const ticker = startDailyPosts(bot, booted, { intervalMs: options.intervalMs });
  bot.onStop(() => booted.store.close());
  return { bot, booted, ticker, stop: () => bot.stop('test finished') };
}

/** Opens the store, runs `work` on it, closes it: how a test reads or seeds what a bot sees. */
export async function withStore<T>(database: string, work: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(database);
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

/** A server with the daily post configured and on, as /dailypost would leave it. */
export async function seedDailyPost(
  store: Store,
  guildId: string,
  channelId: string,
  patch: GuildSettingsPatch = {},
): Promise<void> {
  await store.settings.update(
    guildId,
    { channelId, postTime: '09:00', timeZone: 'UTC', enabled: true, ...patch },
    Date.now(),
  );
}
