// Live reload of the dataset: the new data is loaded and validated beside the old, then swapped in
// with one assignment. Lookups in flight finish on the context they started with; a dataset with
// problems is refused, its problems logged, and the old one stays in service.
import { createContext } from '../context.js';
import { formatProblem } from '../dataset/load.js';
import type { Dispatcher } from '../interactions/dispatch.js';
import type { AppContext } from '../interactions/types.js';
import type { Logger } from '../log.js';
import { loadIndexedDataset } from '../search/index-feed.js';

export type ReloadOutcome =
  | { readonly status: 'swapped'; readonly version: string }
  | { readonly status: 'unchanged'; readonly version: string }
  | { readonly status: 'refused'; readonly problems: number };

/** At most this many problems in the log line of a refused reload (the count is always given). */
const LOGGED_PROBLEMS = 50;

export class DatasetReloader {
  private running: Promise<ReloadOutcome> | undefined;
  private queued: Promise<ReloadOutcome> | undefined;

  constructor(
    private readonly dataDir: string,
    private readonly dispatcher: Dispatcher,
    private readonly logger: Logger,
  ) {}

  /**
   * Reloads now, or once the reload under way has finished: a burst of signals or file events
   * costs at most one more load, and two loads never run side by side.
   */
  reload(reason: string): Promise<ReloadOutcome> {
    if (!this.running) {
      this.running = this.load(reason).finally(() => (this.running = undefined));
      return this.running;
    }
    this.queued ??= this.running.then(() => {
      this.queued = undefined;
      return this.reload(reason);
    });
    return this.queued;
  }

  private async load(reason: string): Promise<ReloadOutcome> {
    const old = this.dispatcher.currentContext;
    const started = Date.now();
    this.logger.info('dataset reload started', { reason, dataDir: this.dataDir });
    let result: Awaited<ReturnType<typeof loadIndexedDataset>>;
    try {
      result = await loadIndexedDataset(this.dataDir);
    } catch (error) {
      this.logger.error('dataset reload failed; the old dataset stays in service', {
        error: error instanceof Error ? error.message : String(error),
      });
      return { status: 'refused', problems: 1 };
    }
    if (!result.ok) {
      this.logger.error(
        'dataset reload refused: the new data has problems; the old dataset stays in service',
        {
          problems: result.problems.length,
          first: result.problems.slice(0, LOGGED_PROBLEMS).map(formatProblem),
        },
      );
      return { status: 'refused', problems: result.problems.length };
    }
    const { version, drafts } = result.meta;
    if (drafts.length > 0)
      this.logger.warn('draft records left out: they await review', {
        drafts: drafts.length,
        first: drafts.slice(0, 20).map((d) => `${d.file} [${d.id}]`),
      });
    if (version === old.loaded?.version) {
      this.logger.info('dataset unchanged; nothing swapped', { version });
      return { status: 'unchanged', version };
    }
    const next: AppContext = {
      ...createContext(result.dataset, { engine: result.engine, loaded: { version, at: old.now() } }),
      // Everything but the data stays as it was: the store, the clock, the config, the poster.
      ...withoutData(old),
    };
    this.dispatcher.swapContext(next);
    this.logger.info('dataset reloaded', {
      version,
      previous: old.loaded?.version,
      ms: Date.now() - started,
      articles: result.dataset.articles.length,
      events: result.dataset.events.length,
    });
    return { status: 'swapped', version };
  }
}

/** The parts of a context that do not come from the dataset. */
function withoutData(context: AppContext): Omit<AppContext, 'dataset' | 'engine' | 'loaded'> {
  const { dataset: _dataset, engine: _engine, loaded: _loaded, ...rest } = context;
  return rest;
}
