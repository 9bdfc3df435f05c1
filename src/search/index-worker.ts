// The worker thread that builds the search index while the bot's thread reads and validates the
// dataset (see index-feed.ts). Messages arrive in order: actors, batches of records, then the
// final order; it answers once, with the index parts or an error.
import { parentPort, workerData } from 'node:worker_threads';
import { SearchIndexer, type SearchIndexParts } from './index-build.js';
import type { IndexMessage } from './index-feed.js';

const port = parentPort;
if (!port) throw new Error('index-worker.ts runs as a worker thread');

const indexer = new SearchIndexer();
/** [files indexed, 1 once failed], shared with the loader, which waits on it (see index-feed.ts). */
const progress = workerData as Int32Array;

/** Every typed array's buffer: they move to the bot's thread without a copy. */
function buffersOf(parts: SearchIndexParts): ArrayBuffer[] {
  return Object.values(parts).flatMap((kind) => [
    kind.nameHashes.buffer,
    kind.nameDocs.buffer,
    kind.words.start.buffer,
    kind.words.nameEnd.buffer,
    kind.words.docs.buffer,
    kind.words.weights.buffer,
    kind.words.sorted.buffer,
  ]) as ArrayBuffer[];
}

port.on('message', (message: IndexMessage) => {
  try {
    if (message.type === 'actors') indexer.addActors(message.actors);
    else if (message.type === 'files') {
      for (const text of message.texts) indexer.addRecordFile(text);
      Atomics.add(progress, 0, message.texts.length);
      Atomics.notify(progress, 0);
    } else {
      const parts = indexer.finish(message.order);
      port.postMessage({ parts }, buffersOf(parts));
    }
  } catch (error) {
    Atomics.store(progress, 1, 1);
    Atomics.notify(progress, 0);
    port.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
