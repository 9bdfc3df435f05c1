// `npm run start:sharded`: this host's shards (SHARD_IDS, default all of SHARD_TOTAL), run in
// processes of SHARDS_PER_PROCESS shards each (one loaded dataset per process). Several hosts can
// each run their part of the same bot on one PostgreSQL store (DATABASE_URL): a guild is served by
// shard (guild_id >> 22) % SHARD_TOTAL wherever that shard runs. See docs/scaling.md.
import 'dotenv/config';
import { fileURLToPath } from 'node:url';
import { ConfigError, SIGNING_KEY_REQUIRED, parseConfig } from './config/env.js';
import { ShardPlanError, planShards } from './discord/shard-plan.js';
import { ShardProcesses } from './discord/shard-processes.js';
import { createLogger } from './log.js';

async function main(): Promise<void> {
  if (process.env.SHARD_COUNT !== undefined && !process.env.SHARDING_MANAGER) {
    throw new ConfigError([
      'SHARD_COUNT: is now SHARD_TOTAL (discord.js reads SHARD_COUNT itself); rename it in your environment',
    ]);
  }
  const config = parseConfig(process.env);
  const logger = createLogger(config.logLevel, undefined, [config.discordToken]).child({ role: 'manager' });
  const token = config.discordToken;
  if (!token) throw new ConfigError(['DISCORD_TOKEN: is required to run the bot sharded']);
  if (!config.componentSigningKey) throw new ConfigError([SIGNING_KEY_REQUIRED]);
  const plan = await planShards(config, token);
  logger.info('sharding manager starting', {
    total: plan.total,
    from: plan.source,
    shards: plan.ids,
    processes: plan.groups.length,
    identifyIntervalMs: plan.identifyIntervalMs,
  });

  // The processes run what this runs: the compiled main.js (npm run start:sharded), or main.ts
  // through plain node with tsx's loader (resolved here, so the working directory does not matter).
  const compiled = import.meta.url.endsWith('.js');
  const processes = new ShardProcesses({
    script: fileURLToPath(new URL(compiled ? './main.js' : './main.ts', import.meta.url)),
    execArgv: compiled ? [] : ['--import', import.meta.resolve('tsx')],
    plan,
    env: process.env,
    logger,
  });

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return logger.info('already shutting down', { signal });
    stopping = true;
    logger.info('shutting down shard processes', { signal, processes: plan.groups.length });
    processes
      .stop(signal)
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
    logger.info('reloading the dataset in every shard process', { processes: plan.groups.length });
    processes.signal('SIGHUP');
  });

  const started = performance.now();
  try {
    await processes.start();
  } catch (error) {
    if (stopping) return; // a process stopped by the shutdown fails the start
    throw error;
  }
  logger.info('all shards ready', { shards: plan.ids, ms: Math.round(performance.now() - started) });
}

main().catch((error: unknown) => {
  const known = error instanceof ConfigError || error instanceof ShardPlanError;
  console.error(known ? error.message : `Dossier (sharded) failed to start: ${String(error)}`);
  process.exit(1);
});
