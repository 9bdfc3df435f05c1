// Start-up on two cores: the search index is built in a worker thread from the records as the
// loader stores them, so indexing overlaps with reading and validating instead of following it.
// Where no worker can run (the TypeScript sources under a test runner) or the worker fails, the
// index is built afterwards in this thread, from the dataset, with the same code.
import { Worker } from 'node:worker_threads';
import type { RecordObserver } from '../dataset/indexes.js';
import { loadDataset, type LoadProgress } from '../dataset/load.js';
import type { Actor } from '../dataset/schema.js';
import type { Dataset, DatasetMeta, DatasetProblem } from '../dataset/types.js';
import { SearchEngine, buildSearchEngine, prepareDocuments } from './engine.js';
import type { ActorInput, ArrivalOrder, SearchIndexParts } from './index-build.js';

export type IndexMessage =
  | { readonly type: 'actors'; readonly actors: readonly ActorInput[] }
  | { readonly type: 'files'; readonly texts: readonly string[] }
  | { readonly type: 'finish'; readonly order: ArrivalOrder };

type WorkerAnswer = { readonly parts: SearchIndexParts } | { readonly error: string };

/** Files per message: few enough messages to cost nothing, small enough to keep the worker busy. */
const BATCH_FILES = 16;
/**
 * Files sent but not yet indexed before the loader waits for the worker. On a large dataset the
 * worker can fall behind; unbounded, the queued texts would pile up in memory the process keeps.
 * The worker lags most at first (starting up, indexing the actors) and catches up later: at 256
 * the loader waited about 0.3 s at 100k records; 2,048 files of JSON are some 30 MB.
 */
const MAX_FILES_IN_FLIGHT = 2_048;
/** A worker that indexes nothing for this long is taken as stuck: the index is built here instead. */
const STALL_MS = 30_000;

/** Shared with the worker: [files indexed, 1 once the worker has failed]. */
const PROGRESS_SLOTS = 2;

/**
 * The parts with every typed array copied into memory this thread allocates. The arrays the worker
 * made live in its own allocator's pool; once none of them is in use, the whole pool can go back
 * to the system when the thread ends, instead of staying around them.
 */
function ownCopies(parts: SearchIndexParts): SearchIndexParts {
  const copy = (kind: SearchIndexParts[keyof SearchIndexParts]) => ({
    nameHashes: kind.nameHashes.slice(),
    nameDocs: kind.nameDocs.slice(),
    words: {
      ...kind.words,
      start: kind.words.start.slice(),
      nameEnd: kind.words.nameEnd.slice(),
      docs: kind.words.docs.slice(),
      weights: kind.words.weights.slice(),
      sorted: kind.words.sorted.slice(),
    },
  });
  return { event: copy(parts.event), quote: copy(parts.quote), actor: copy(parts.actor) };
}

/**
 * Feeds a worker thread the actors and then each record file's JSON text as the loader stores it.
 * The worker parses the text again itself: on the other core that costs less than copying parsed
 * objects across would cost this one.
 */
class WorkerIndexFeed implements RecordObserver {
  private texts: string[] = [];
  private sent = 0;
  /** Set when the worker stopped keeping up: nothing more is sent and the index is built here. */
  private stalled = false;
  private readonly answer: Promise<SearchIndexParts>;

  constructor(
    private readonly worker: Worker,
    private readonly progress: Int32Array,
  ) {
    this.answer = new Promise((resolve, reject) => {
      worker.once('message', (message: WorkerAnswer) =>
        'parts' in message ? resolve(message.parts) : reject(new Error(message.error)),
      );
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`the index worker exited with code ${code}`)));
    });
    // Settled by whoever awaits parts(); never an unhandled rejection if nobody does.
    this.answer.catch(() => {});
  }

  actors(actors: readonly Actor[]): void {
    const inputs: ActorInput[] = actors.map(({ id, name, aliases, description }) => ({
      id,
      name,
      aliases,
      description,
    }));
    this.post({ type: 'actors', actors: inputs });
  }

  recordFile(json: string): void {
    if (this.stalled) return;
    this.texts.push(json);
    if (this.texts.length >= BATCH_FILES) this.flush();
  }

  sorted(order: { event: Int32Array; quote: Int32Array }): void {
    this.flush();
    if (this.stalled) return;
    this.post({ type: 'finish', order }, [
      order.event.buffer as ArrayBuffer,
      order.quote.buffer as ArrayBuffer,
    ]);
  }

  /** The finished index; the worker is stopped either way. */
  async parts(): Promise<SearchIndexParts> {
    try {
      if (this.stalled) throw new Error('the index worker stopped keeping up');
      return ownCopies(await this.answer);
    } finally {
      // Wait until the thread is gone, so its heap is given back before the bot goes on.
      await this.worker.terminate();
    }
  }

  abandon(): void {
    void this.worker.terminate();
  }

  private flush(): void {
    if (this.texts.length === 0) return;
    this.post({ type: 'files', texts: this.texts });
    this.sent += this.texts.length;
    this.texts = [];
    this.waitForWorker();
  }

  /** Holds the loader back (it runs synchronously) while too many files wait for the worker. */
  private waitForWorker(): void {
    let stalledFor = 0;
    while (this.sent - Atomics.load(this.progress, 0) > MAX_FILES_IN_FLIGHT) {
      const indexed = Atomics.load(this.progress, 0);
      const woken = Atomics.wait(this.progress, 0, indexed, 100);
      if (Atomics.load(this.progress, 1) !== 0) stalledFor = STALL_MS;
      else if (woken === 'timed-out' && Atomics.load(this.progress, 0) === indexed) stalledFor += 100;
      else stalledFor = 0;
      if (stalledFor >= STALL_MS) {
        this.stalled = true;
        return;
      }
    }
  }

  private post(message: IndexMessage, transfer: ArrayBuffer[] = []): void {
    this.worker.postMessage(message, transfer);
  }
}

/** A worker running the compiled index-worker.js, or undefined where there is none to run. */
function startIndexWorker(): WorkerIndexFeed | undefined {
  // Compiled (dist/), this module is index-feed.js and its worker sits beside it. From the
  // TypeScript sources no plain worker can load it: build in this thread instead.
  if (!import.meta.url.endsWith('.js')) return undefined;
  try {
    const progress = new Int32Array(new SharedArrayBuffer(PROGRESS_SLOTS * Int32Array.BYTES_PER_ELEMENT));
    const worker = new Worker(new URL('./index-worker.js', import.meta.url), { workerData: progress });
    return new WorkerIndexFeed(worker, progress);
  } catch {
    return undefined;
  }
}

export type IndexedLoadResult =
  | {
      readonly ok: true;
      readonly dataset: Dataset;
      readonly meta: DatasetMeta;
      readonly engine: SearchEngine;
      /** Where the index was built, and why not in the worker if it was not. */
      readonly indexedIn: 'worker' | 'main thread';
      readonly workerError?: string;
    }
  | { readonly ok: false; readonly problems: readonly DatasetProblem[] };

/** Loads and validates the dataset and builds its search engine, indexing while it reads. */
export async function loadIndexedDataset(
  dataDir: string,
  options: {
    /** false: build the index in this thread, after loading. */
    worker?: boolean;
    /** Called once the dataset is loaded, before the index is finished (the benchmark's split). */
    onLoaded?: () => void;
    /** Called after each record file, and once when the index is being finished. */
    onProgress?: (progress: LoadProgress) => void;
  } = {},
): Promise<IndexedLoadResult> {
  const feed = options.worker === false ? undefined : startIndexWorker();
  let last: LoadProgress | undefined;
  const loaded = await loadDataset(dataDir, feed, (progress) => {
    last = progress;
    options.onProgress?.(progress);
  });
  if (!loaded.ok) {
    feed?.abandon();
    return loaded;
  }
  options.onLoaded?.();
  if (last) options.onProgress?.({ ...last, stage: 'index' });
  const { dataset } = loaded;
  const meta: DatasetMeta = { drafts: loaded.drafts, version: loaded.version };
  if (feed) {
    // The documents are made while the worker finishes the index.
    const documents = prepareDocuments(dataset);
    try {
      return {
        ok: true,
        dataset,
        meta,
        engine: new SearchEngine(documents, await feed.parts()),
        indexedIn: 'worker',
      };
    } catch (error) {
      const workerError = error instanceof Error ? error.message : String(error);
      return {
        ok: true,
        dataset,
        meta,
        engine: buildSearchEngine(dataset),
        indexedIn: 'main thread',
        workerError,
      };
    }
  }
  return { ok: true, dataset, meta, engine: buildSearchEngine(dataset), indexedIn: 'main thread' };
}
