// Start-up progress, so an operator (and the shard manager) sees a process is alive while it loads
// a large dataset: a log line every few seconds (files, records, then the index), and the same to
// the manager over IPC when there is one, where it keeps the process's start-up timer from expiring.
import type { LoadProgress } from './dataset/load.js';
import type { Logger } from './log.js';

/** At most one progress line per this long. */
const LOG_EVERY_MS = 2_000;

/** What a shard process tells the manager (src/discord/shard-processes.ts) besides discord.js's own. */
export type ShardProcessMessage =
  | { readonly type: 'dossier:progress'; readonly progress: LoadProgress }
  | { readonly type: 'dossier:login-request' }
  /** Every shard of the process is ready (discord.js's own `_ready` comes once per shard). */
  | { readonly type: 'dossier:ready' };

/** Sends a message to the manager if this process has one; never throws. */
export function tellManager(message: ShardProcessMessage): void {
  if (!process.send || !process.connected) return;
  try {
    process.send(message);
  } catch {
    // the manager is gone: stopWithShardingManager stops this process
  }
}

export function reportLoadProgress(logger: Logger, now: () => number = Date.now): (p: LoadProgress) => void {
  let lastLogged = now();
  let indexLogged = false;
  return (progress) => {
    const at = now();
    const final = progress.stage === 'index';
    if (final ? indexLogged : at - lastLogged < LOG_EVERY_MS) return;
    lastLogged = at;
    if (final) indexLogged = true;
    logger.info(final ? 'dataset read; finishing the search index' : 'loading the dataset', { ...progress });
    tellManager({ type: 'dossier:progress', progress });
  };
}

/**
 * Under the shard manager, waits for this process's turn to log in (the manager paces identifies
 * across processes); at once otherwise.
 */
export function waitForLoginTurn(): Promise<void> {
  if (!process.send || !process.connected) return Promise.resolve();
  return new Promise((resolve) => {
    const onMessage = (message: unknown) => {
      if ((message as { type?: unknown } | null)?.type !== 'dossier:login-granted') return;
      process.off('message', onMessage);
      resolve();
    };
    process.on('message', onMessage);
    tellManager({ type: 'dossier:login-request' });
  });
}

/** The shards this process runs when the manager started it (SHARDS, as discord.js reads it). */
export function shardsFromEnvironment(env: NodeJS.ProcessEnv): number[] | undefined {
  if (!env.SHARDING_MANAGER || !env.SHARDS) return undefined;
  try {
    const parsed: unknown = JSON.parse(env.SHARDS);
    const list = Array.isArray(parsed) ? parsed : [parsed];
    return list.every((id) => Number.isInteger(id)) ? (list as number[]) : undefined;
  } catch {
    return undefined;
  }
}
