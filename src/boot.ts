// Start-up shared by every entry point: configuration, dataset, context, dispatcher.
import 'dotenv/config';
import { parseConfig, type Config } from './config/env.js';
import { createContext } from './context.js';
import { formatProblem } from './dataset/load.js';
import { loadIndexedDataset } from './search/index-feed.js';
import { Dispatcher } from './interactions/dispatch.js';
import type { AppContext, CommandModule } from './interactions/types.js';
import { createLogger, type Logger } from './log.js';
import { warmUpLookups } from './lookups/warm-up.js';
import { DatasetReloader } from './reload/dataset-reloader.js';
import { StoreError } from './store/errors.js';
import { openStore, type Store } from './store/store.js';
import { reportLoadProgress, shardsFromEnvironment } from './startup-progress.js';

export interface Booted {
  readonly config: Config;
  /** The context now in service (a live reload replaces it). */
  readonly context: AppContext;
  readonly dispatcher: Dispatcher;
  /** Loads the dataset again and swaps it in (SIGHUP, DATA_WATCH=1). */
  readonly reloader: DatasetReloader;
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

/** The configuration and the logger: what an entry point needs before the dataset loads. */
export interface Prepared {
  readonly config: Config;
  readonly logger: Logger;
}

/** Parses the environment (throws ConfigError) and makes the process's logger. */
export function prepare(env: NodeJS.ProcessEnv = process.env): Prepared {
  const config = parseConfig(env);
  // In a shard process, every line says which shards it comes from (the pid is on every line).
  const shards = shardsFromEnvironment(env);
  const logger = createLogger(config.logLevel, undefined, [config.discordToken]).child(
    shards ? { shards } : {},
  );
  return { config, logger };
}

export async function boot(
  env: NodeJS.ProcessEnv = process.env,
  options: {
    /** The command registry (commands/index.ts): the entry point passes it in. */
    commands: readonly CommandModule[];
    postToChannel?: AppContext['postToChannel'];
    /** Command ids for /help's mentions (filled once the Discord client is up). */
    commandIds?: AppContext['commandIds'];
    now?: () => number;
    /** From prepare(env), when the entry point needed them before booting (an HTTP server). */
    prepared?: Prepared;
  },
): Promise<Booted> {
  const { config, logger } = options.prepared ?? prepare(env);
  const now = options.now ?? clockFrom(config.clockStart);
  if (config.clockStart !== undefined) {
    logger.warn('DOSSIER_CLOCK_START is set: the clock is shifted (a testing aid)', {
      clockStart: new Date(config.clockStart).toISOString(),
    });
  }
  // The store first: a wrong DATABASE_URL stops start-up at once, not after loading the dataset.
  let store: Store;
  try {
    store = await openStore(config.databaseUrl ?? config.databasePath, {
      onRetry: (info) => logger.warn('database connection lost; retrying', info),
    });
  } catch (error) {
    // A corrupt or locked file is left exactly as it is; the message names it (or the host).
    if (error instanceof StoreError) throw new StartupError(error.message);
    throw error;
  }
  logger.info('store opened', { backend: store.backend, where: store.where });
  const loadStarted = performance.now();
  logger.info('loading the dataset', { dataDir: config.dataDir });
  const result = await loadIndexedDataset(config.dataDir, { onProgress: reportLoadProgress(logger) });
  if (!result.ok) {
    await store.close();
    throw new StartupError(
      `The dataset in ${config.dataDir} has ${result.problems.length} problem(s):\n` +
        result.problems.map((p) => `  ${formatProblem(p)}`).join('\n'),
    );
  }
  if (result.meta.drafts.length > 0) {
    logger.warn('draft records left out: they await review (npm run validate lists them)', {
      drafts: result.meta.drafts.length,
    });
  }
  logger.info('dataset loaded', {
    articles: result.dataset.articles.length,
    actors: result.dataset.actors.length,
    events: result.dataset.events.length,
    quotes: result.dataset.quotes.length,
    indexedIn: result.indexedIn,
    ms: Math.round(performance.now() - loadStarted),
  });
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
    commandIds: options.commandIds,
    engine: result.engine,
    loaded: { version: result.meta.version, at: now() },
  });
  const warmed = warmUpLookups(context);
  logger.info('lookups warmed up', { lookups: warmed.lookups, ms: Math.round(warmed.ms) });
  const dispatcher = new Dispatcher(options.commands, context, logger);
  return {
    config,
    get context() {
      return dispatcher.currentContext;
    },
    dispatcher,
    reloader: new DatasetReloader(config.dataDir, dispatcher, logger),
    logger,
    store,
  };
}

/** The real clock, or one that starts at `start` (DOSSIER_CLOCK_START) and runs at real speed. */
function clockFrom(start: number | undefined): () => number {
  if (start === undefined) return Date.now;
  const offset = start - Date.now();
  return () => Date.now() + offset;
}
