// The Discord bot: logs in, routes each interaction through the dispatcher, answers it exactly
// once, logs one structured line per interaction, and shuts down cleanly on request.
import { Events, type Client } from 'discord.js';
import type { Config } from '../config/env.js';
import type { Awaitable } from '../interactions/types.js';
import type { InteractionSample } from '../http/metrics.js';
import type { Logger } from '../log.js';
import { createClient } from './client.js';
import {
  answerFailure,
  describeInteraction,
  handleInteraction,
  type InteractionDispatcher,
} from './route.js';

export type { InteractionDispatcher } from './route.js';

export interface DiscordBotOptions {
  /** Defer an interaction whose answer is not ready after this long (default 2.5 s). */
  readonly deferAfterMs?: number;
  /** How long stop() waits for interactions in flight (default 5 s). */
  readonly drainTimeoutMs?: number;
  /** A client to use instead of createClient(config) (e.g. one shard's client). */
  readonly client?: Client;
  /** Told each interaction's kind, command, outcome and latency (the /metrics counters). */
  readonly onInteraction?: (sample: InteractionSample) => void;
}

export interface DiscordBot {
  /** The logged-in client: the scheduler posts through it. */
  readonly client: Client;
  readonly logger: Logger;
  /**
   * Runs `hook` when the bot stops: after interactions in flight are done, before the client is
   * destroyed (stop the scheduler, then close the store). Hooks run in the order added.
   */
  onStop(hook: () => Awaitable<void>): void;
  /** Stops taking interactions, waits for those in flight, destroys the client. Idempotent. */
  stop(reason?: string): Promise<void>;
}

function logGateway(client: Client, logger: Logger, stopping: () => boolean): void {
  client.on(Events.ShardDisconnect, (event, shardId) =>
    logger.warn('gateway disconnected', { shardId, code: event.code }),
  );
  client.on(Events.ShardReconnecting, (shardId) => {
    if (!stopping()) logger.info('gateway reconnecting', { shardId });
  });
  client.on(Events.ShardResume, (shardId, replayed) => logger.info('gateway resumed', { shardId, replayed }));
  client.on(Events.ShardError, (error, shardId) => logger.error('gateway error', { shardId, error }));
  client.on(Events.Error, (error) => logger.error('client error', { error }));
  client.on(Events.Warn, (message) => logger.warn('client warning', { warning: message }));
}

/** Logs in and resolves once the client is ready (all guilds received). */
export async function startDiscordBot(
  booted: { readonly config: Config; readonly dispatcher: InteractionDispatcher; readonly logger: Logger },
  options: DiscordBotOptions = {},
): Promise<DiscordBot> {
  const { config, dispatcher } = booted;
  if (!config.discordToken) throw new Error('startDiscordBot needs DISCORD_TOKEN');
  const client = options.client ?? createClient(config);
  // In a shard process every line names the shard (the process id is on every line already).
  const shardId = client.shard?.ids[0];
  const logger = shardId === undefined ? booted.logger : booted.logger.child({ shardId });
  const inFlight = new Set<Promise<void>>();
  const hooks: (() => Awaitable<void>)[] = [];
  let stopping: Promise<void> | undefined;

  client.on(Events.InteractionCreate, (interaction) => {
    const started = performance.now();
    const { interactionId, ...fields } = describeInteraction(interaction);
    // Every line about this interaction carries its id.
    const log = logger.child({ interactionId });
    // Inside the promise chain: whatever the payload, a throw becomes a generic answer, not a crash.
    const work = Promise.resolve()
      .then(() => handleInteraction(interaction, dispatcher, options.deferAfterMs))
      .catch((error: unknown) => answerFailure(interaction, error, log, fields))
      .then((result) => {
        const elapsed = performance.now() - started;
        const latencyMs = Math.round(elapsed);
        options.onInteraction?.({
          kind: fields.kind,
          command: typeof fields.command === 'string' ? fields.command : undefined,
          outcome: String(result.outcome),
          seconds: elapsed / 1000,
        });
        const level = result.outcome === 'unsupported' || result.outcome === 'ignored' ? 'warn' : 'info';
        log[level]('interaction', { ...fields, latencyMs, ...result });
      })
      .catch(() => undefined)
      .finally(() => inFlight.delete(work));
    inFlight.add(work);
  });
  logGateway(client, logger, () => stopping !== undefined);

  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  try {
    await client.login(config.discordToken);
    await ready;
  } catch (error) {
    await client.destroy();
    throw error;
  }
  logger.info('discord bot ready', {
    user: client.user?.tag,
    userId: client.user?.id,
    guilds: client.guilds.cache.size,
    apiBase: config.apiBase ?? 'discord.com',
  });

  const stop = (reason = 'stop requested'): Promise<void> => {
    stopping ??= (async () => {
      logger.info('shutting down', { reason, inFlight: inFlight.size });
      const drain = Promise.allSettled([...inFlight]);
      const limit = new Promise((resolve) => setTimeout(resolve, options.drainTimeoutMs ?? 5000).unref());
      await Promise.race([drain, limit]);
      for (const hook of hooks.splice(0)) {
        await Promise.resolve()
          .then(hook)
          .catch((error: unknown) => logger.error('stop hook failed', { error }));
      }
      await client.destroy();
      logger.info('discord client destroyed');
    })();
    return stopping;
  };

  return { client, logger, onStop: (hook) => void hooks.push(hook), stop };
}

/**
 * In a shard process (started by src/shard.ts): when the sharding manager is gone (its IPC channel
 * closed, e.g. it was killed), stop instead of running on with nothing to stop or respawn this shard.
 */
export function stopWithShardingManager(bot: Pick<DiscordBot, 'stop' | 'logger'>): void {
  if (!process.send) return;
  process.once('disconnect', () => {
    bot.logger.warn('sharding manager gone; shutting down');
    // discord.js goes on reporting gateway events to the manager; those sends now fail harmlessly.
    process.on('error', (error) => bot.logger.debug('message to the sharding manager lost', { error }));
    void bot.stop('sharding manager gone').finally(() => process.exit());
  });
}
