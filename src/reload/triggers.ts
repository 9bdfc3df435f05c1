// What sets off a live reload besides SIGHUP (src/process-signals.ts): with DATA_WATCH=1, a change
// to any file under the data directory.
import { watch, type FSWatcher } from 'node:fs';
import type { Logger } from '../log.js';
import type { DatasetReloader } from './dataset-reloader.js';

/** Editors and `git pull` touch many files in a burst: wait this long after the last event. */
export const WATCH_SETTLE_MS = 300;

/** Reloads when a file under `dataDir` changes, once the burst of changes settles. */
export function reloadOnChange(dataDir: string, reloader: DatasetReloader, logger: Logger): () => void {
  let timer: NodeJS.Timeout | undefined;
  let watcher: FSWatcher;
  try {
    watcher = watch(dataDir, { recursive: true }, () => {
      clearTimeout(timer);
      timer = setTimeout(() => void reloader.reload('data changed'), WATCH_SETTLE_MS);
    });
  } catch (error) {
    logger.error('DATA_WATCH=1 but the data directory cannot be watched; reload with SIGHUP', {
      dataDir,
      error: error instanceof Error ? error.message : String(error),
    });
    return () => {};
  }
  watcher.on('error', (error) =>
    logger.error('watching the data directory stopped; reload with SIGHUP', { error: error.message }),
  );
  logger.info('watching the data directory for changes', { dataDir });
  return () => {
    clearTimeout(timer);
    watcher.close();
  };
}
