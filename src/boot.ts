// Start-up shared by every entry point: configuration, dataset, context, dispatcher.
import 'dotenv/config';
import { commands } from '../commands/index.js';
import { parseConfig, type Config } from './config/env.js';
import { createContext } from './context.js';
import { formatProblem } from './dataset/load.js';
import { loadIndexedDataset } from './search/index-feed.js';
import { Dispatcher } from './interactions/dispatch.js';
import type { AppContext } from './interactions/types.js';
import { createLogger, type Logger } from './log.js';
import { StoreError } from './store/errors.js';
import { openStore, type Store } from './store/store.js';

export interface Booted {
  readonly config: Config;
  readonly context: AppContext;
  readonly dispatcher: Dispatcher;
  readonly logger: Logger;
  readonly store: Store;
}

/** A start-up failure with a message meant for the operator (no stack trace needed). */
export class StartupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StartupError';
  }
}

export async function boot(
  env: NodeJS.ProcessEnv = process.env,
  options: { postToChannel?: AppContext['postToChannel']; now?: () => number } = {},
): Promise<Booted> {
  const config = parseConfig(env);
  const logger = createLogger(config.logLevel, undefined, [config.discordToken]);
  const now = options.now ?? clockFrom(config.clockStart);
  if (config.clockStart !== undefined) {
    logger.warn('DOSSIER_CLOCK_START is set: the clock is shifted (a testing aid)', {
      clockStart: new Date(config.clockStart).toISOString(),
    });
  }
  const result = await loadIndexedDataset(config.dataDir);
  if (!result.ok) {
    throw new StartupError(
      `The dataset in ${config.dataDir} has ${result.problems.length} problem(s):\n` +
        result.problems.map((p) => `  ${formatProblem(p)}`).join('\n'),
    );
  }
  let store: Store;
  try {
    store = openStore(config.databasePath);
  } catch (error) {
    // A corrupt or locked file is left exactly as it is; the message names it.
    if (error instanceof StoreError) throw new StartupError(error.message);
    throw error;
  }
  if (result.workerError !== undefined) {
    logger.warn('the index worker failed, so the index was built in the main thread', {
      error: result.workerError,
    });
  }
  const context = createContext(result.dataset, {
    config,
    store,
    now,
    postToChannel: options.postToChannel,
    engine: result.engine,
  });
  return { config, context, dispatcher: new Dispatcher(commands, context, logger), logger, store };
}

/** The real clock, or one that starts at `start` (DOSSIER_CLOCK_START) and runs at real speed. */
function clockFrom(start: number | undefined): () => number {
  if (start === undefined) return Date.now;
  const offset = start - Date.now();
  return () => Date.now() + offset;
}
