// `npm run start:sharded`: discord.js's ShardingManager running src/main.ts once per shard. Each shard
// answers its own servers' interactions and posts their daily posts; all share the SQLite file.
import 'dotenv/config';
import { fileURLToPath } from 'node:url';
import { ShardingManager, type Shard } from 'discord.js';
import { ConfigError, parseConfig } from './config/env.js';
import { planShards } from './discord/shard-plan.js';
import { createLogger, type Logger } from './log.js';

/** How long a shard gets to shut down cleanly before it is killed. */
const SHARD_STOP_TIMEOUT_MS = 10_000;
/** How long a shard gets to log in and receive its servers. */
const SHARD_READY_TIMEOUT_MS = 60_000;
function watchShard(shard: Shard, logger: Logger, stopping: () => boolean): void {
  // Process mode: shard.process is the child, still set while 'death' is emitted.
  shard.on('spawn', () => logger.info('shard spawned', { shardId: shard.id, pid: shard.process?.pid }));
  shard.on('ready', () => logger.info('shard ready', { shardId: shard.id }));
  shard.on('death', () =>
    logger[stopping() ? 'info' : 'error']('shard died', {
      shardId: shard.id,
      exitCode: shard.process?.exitCode ?? null,
      signal: shard.process?.signalCode ?? null,
      respawning: shard.manager.respawn,
    }),
  );
  shard.on('error', (error: Error) =>
    logger.error('shard error', { shardId: shard.id, error: error.message }),
  );
}

/** Signals every shard to shut down (no respawn), waits for each, kills those that hang. */
async function stopShards(manager: ShardingManager, signal: NodeJS.Signals, logger: Logger): Promise<void> {
  manager.respawn = false;
  await Promise.all(
    [...manager.shards.values()].map(async (shard) => {
      const child = shard.process;
      if (!child || child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill(signal);
      const timer = setTimeout(() => {
        logger.warn('shard did not stop in time; killing it', { shardId: shard.id });
        child.kill('SIGKILL');
      }, SHARD_STOP_TIMEOUT_MS);
      await exited;
      clearTimeout(timer);
    }),
  );
}

async function main(): Promise<void> {
  const config = parseConfig(process.env);
  const logger = createLogger(config.logLevel, undefined, [config.discordToken]);
  const token = config.discordToken;
  if (!token) throw new ConfigError(['DISCORD_TOKEN: is required to run the bot sharded']);
  const plan = await planShards(config, token).catch((error: unknown) => {
    const where = config.apiBase ?? 'Discord';
    throw new Error(`could not ask ${where} for the shard count (GET /gateway/bot): ${String(error)}`);
  });
  logger.info('sharding manager starting', { shards: plan.count, from: plan.source, delayMs: plan.delayMs });

  let stopping = false;
  // Shards run what this runs: the compiled main.js (npm run start:sharded), or main.ts through
  // plain node with tsx's loader (resolved here, so the working directory does not matter; a tsx
  // wrapper process would relay signals badly).
  const compiled = import.meta.url.endsWith('.js');
  const manager = new ShardingManager(
    fileURLToPath(new URL(compiled ? './main.js' : './main.ts', import.meta.url)),
    {
      totalShards: plan.count,
      token,
      respawn: true,
      execArgv: compiled ? [] : ['--import', import.meta.resolve('tsx')],
    },
  );
  manager.on('shardCreate', (shard) => watchShard(shard, logger, () => stopping));

  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return logger.info('already shutting down', { signal });
    stopping = true;
    logger.info('shutting down shards', { signal, shards: manager.shards.size });
    stopShards(manager, signal, logger)
      .then(() => {
        logger.info('sharding manager stopped');
        process.exit(0);
      })
      .catch((error: unknown) => {
        logger.error('shutdown failed', { error: String(error) });
        process.exit(1);
      });
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  // A dataset reload is each shard's own: pass SIGHUP on to every shard process.
  process.on('SIGHUP', () => {
    logger.info('reloading the dataset in every shard', { shards: manager.shards.size });
    for (const shard of manager.shards.values()) shard.process?.kill('SIGHUP');
  });

  try {
    await manager.spawn({ amount: plan.count, delay: plan.delayMs, timeout: SHARD_READY_TIMEOUT_MS });
  } catch (error) {
    if (stopping) return; // a shard killed by the shutdown fails its spawn
    // A shard that cannot start (bad data, a login refused) stops the rest: no half-sharded bot.
    stopping = true;
    await stopShards(manager, 'SIGTERM', logger);
    throw error;
  }
  logger.info('all shards ready', { shards: plan.count });
}

main().catch((error: unknown) => {
  console.error(
    error instanceof ConfigError ? error.message : `Dossier (sharded) failed to start: ${String(error)}`,
  );
  process.exit(1);
});
