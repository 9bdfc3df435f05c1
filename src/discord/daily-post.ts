// The daily post on Discord: the scheduler's PostSender over the discord.js client, and the ticker
// of this process (one shard: only the servers in its guild cache), stopped before the store closes.
import { Events, type Client } from 'discord.js';
import type { Booted } from '../boot.js';
import { createRestPostSender } from '../rest/post-sender.js';
import type { PostSender } from '../schedule/sender.js';
import {
  createDailyPostTicker,
  DEFAULT_TICK_INTERVAL_MS,
  type DailyPostTicker,
  type DailyPostTickerDeps,
} from '../schedule/ticker.js';
import type { Clock } from '../schedule/zoned-time.js';
import type { DiscordBot } from './runtime.js';

/** How long stopping waits for a post in flight before the store is closed anyway. */
const STOP_GRACE_MS = 10_000;

/** Posts through the client's REST manager, so the post shares the client's rate-limit buckets. */
export function createDiscordPostSender(client: Client): PostSender {
  return createRestPostSender(client.rest, () => client.user?.id);
}

export interface DailyPostOptions {
  /** Defaults to the context's clock (DOSSIER_CLOCK_START shifts it in tests). */
  readonly clock?: Clock;
  /** Time between passes; default 30 s. */
  readonly intervalMs?: number;
  /** Each server's tick outcome (for the metrics). */
  readonly onResult?: DailyPostTickerDeps['onResult'];
}

/**
 * Starts this process's daily posts once the client is ready and stops them when the bot stops.
 * Call it before registering the hook that closes the store: hooks run in the order added.
 */
export function startDailyPosts(
  bot: Pick<DiscordBot, 'client' | 'logger' | 'onStop'>,
  booted: Pick<Booted, 'store' | 'context'>,
  options: DailyPostOptions = {},
): DailyPostTicker {
  const { client, logger } = bot;
  // In a sharded process, which shard's lines these are.
  const shard = client.shard ? { shards: client.shard.ids } : {};
  // Only this process's shards' servers are listed, by the database.
  const shards = client.shard ? { ids: client.shard.ids, total: client.shard.count } : undefined;
  const ticker = createDailyPostTicker({
    store: booted.store,
    dataset: () => booted.context.dataset,
    sender: createDiscordPostSender(client),
    clock: options.clock ?? booted.context.now,
    ...(shards ? { shards } : {}),
    // ...and of those, the servers Discord gave it (not ones it left); the ledger's claim guards the rest.
    servesGuild: (guildId) => client.guilds.cache.has(guildId),
    log: (level, message, fields) => logger[level](message, { ...fields, ...shard }),
    ...(options.onResult ? { onResult: options.onResult } : {}),
  });
  const intervalMs = options.intervalMs ?? DEFAULT_TICK_INTERVAL_MS;
  const start = () => {
    logger.info('daily posts started', { intervalMs, guilds: client.guilds.cache.size, ...shard });
    ticker.start({ intervalMs });
  };
  if (client.isReady()) start();
  else client.once(Events.ClientReady, start);

  bot.onStop(async () => {
    client.off(Events.ClientReady, start);
    let grace: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<'late'>((resolve) => {
      grace = setTimeout(() => resolve('late'), STOP_GRACE_MS);
    });
    // A post stuck in a long rate-limit wait must not hold the shutdown: its claim stays open and
    // the next start checks the channel before posting again.
    const outcome = await Promise.race([ticker.stop(), late]);
    clearTimeout(grace);
    if (outcome === 'late') logger.warn('daily posts stopped with a post still in flight', shard);
    else logger.info('daily posts stopped', shard);
  });
  return ticker;
}
