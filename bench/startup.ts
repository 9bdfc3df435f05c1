// Start-up of the whole bot's data path in a fresh process: load and validate the dataset, build the
// search engine, and report how long each took and the memory it holds afterwards.
//
//   node --expose-gc --import tsx bench/startup.ts <dataset dir> [--adapter dossier]   (prints JSON)
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatProblem, loadDataset } from '../src/dataset/load.js';
import type { Dataset } from '../src/dataset/types.js';
import { createAdapter } from './adapters/index.js';
import { DossierAdapter } from './adapters/dossier.js';
import { loadIndexedDataset } from '../src/search/index-feed.js';
import type { SearchAdapter } from './adapters/types.js';

export interface StartupReport {
  readonly adapter: string;
  readonly loadMs: number;
  readonly buildMs: number;
  /** Since the process started (runtime and module loading included) until the engine is ready. */
  readonly readyMs: number;
  /** After a full GC when --expose-gc is on. */
  readonly heapAfterLoadMB: number;
  readonly heapMB: number;
  readonly rssMB: number;
  readonly gc: boolean;
}

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

function collect(): boolean {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return false;
  gc();
  gc();
  return true;
}

/**
 * Dossier starts up as the bot does (boot.ts): its index is built in a worker thread while the
 * dataset is read. Load is until the dataset is ready; build is the rest, until the engine is.
 */
async function startUpDossier(
  dir: string,
): Promise<{ report: StartupReport; adapter: SearchAdapter; dataset: Dataset }> {
  const loadStart = performance.now();
  let loadMs = 0;
  let gcMs = 0;
  let heapAfterLoad = 0;
  let gc = false;
  const loaded = await loadIndexedDataset(dir, {
    onLoaded: () => {
      loadMs = performance.now() - loadStart;
      const gcStart = performance.now();
      gc = collect();
      heapAfterLoad = process.memoryUsage().heapUsed;
      gcMs = performance.now() - gcStart;
    },
  });
  if (!loaded.ok) {
    for (const p of loaded.problems.slice(0, 10)) console.error(formatProblem(p));
    throw new Error(`dataset in ${dir} has ${loaded.problems.length} problems`);
  }
  if (loaded.workerError) console.error(`index worker failed: ${loaded.workerError}`);
  const readyMs = performance.now() - gcMs;
  const buildMs = readyMs - loadStart - loadMs;
  collect();
  const memory = process.memoryUsage();
  return {
    report: {
      adapter: 'Dossier',
      loadMs: Math.round(loadMs),
      buildMs: Math.round(buildMs),
      readyMs: Math.round(readyMs),
      heapAfterLoadMB: mb(heapAfterLoad),
      heapMB: mb(memory.heapUsed),
      rssMB: mb(memory.rss),
      gc,
    },
    adapter: new DossierAdapter(loaded.engine),
    dataset: loaded.dataset,
  };
}

export async function startUp(
  dir: string,
  adapterName: string,
): Promise<{ report: StartupReport; adapter: SearchAdapter; dataset: Dataset }> {
  if (adapterName === 'dossier') return startUpDossier(dir);
  const loadStart = performance.now();
  const loaded = await loadDataset(dir);
  if (!loaded.ok) {
    for (const p of loaded.problems.slice(0, 10)) console.error(formatProblem(p));
    throw new Error(`dataset in ${dir} has ${loaded.problems.length} problems`);
  }
  const loadMs = performance.now() - loadStart;
  // The full collection that measures the dataset's heap is the benchmark's, not the bot's: its time
  // is left out of the start-up.
  const gcStart = performance.now();
  const gc = collect();
  const heapAfterLoad = process.memoryUsage().heapUsed;
  const gcMs = performance.now() - gcStart;
  const adapter = createAdapter(adapterName);
  const buildStart = performance.now();
  await adapter.build(loaded.dataset);
  const buildMs = performance.now() - buildStart;
  const readyMs = performance.now() - gcMs;
  collect();
  const memory = process.memoryUsage();
  return {
    report: {
      adapter: adapter.name,
      loadMs: Math.round(loadMs),
      buildMs: Math.round(buildMs),
      readyMs: Math.round(readyMs),
      heapAfterLoadMB: mb(heapAfterLoad),
      heapMB: mb(memory.heapUsed),
      rssMB: mb(memory.rss),
      gc,
    },
    adapter,
    dataset: loaded.dataset,
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const argv = process.argv.slice(2);
  const dir = argv[0];
  if (!dir) throw new Error('usage: startup.ts <dataset dir> [--adapter dossier]');
  const i = argv.indexOf('--adapter');
  const { report } = await startUp(dir, i >= 0 ? argv[i + 1]! : 'dossier');
  console.log(JSON.stringify(report));
}
