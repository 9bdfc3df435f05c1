// Start-up of the whole bot's data path in a fresh process: load and validate the dataset, build the
// search engine, and report how long each took and the memory it holds afterwards.
//
//   npm run build && node --expose-gc dist/bench/startup.js <dataset dir> [--adapter dossier]   (prints JSON)
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatProblem, loadDataset } from '../src/dataset/load.js';
import type { Dataset, DatasetProblem } from '../src/dataset/types.js';
import { createAdapter } from './adapters/index.js';
import { DossierAdapter } from './adapters/dossier.js';
import { loadIndexedDataset } from '../src/search/index-feed.js';
import type { SearchAdapter } from './adapters/types.js';
import { UsageError, parseScriptArgs, runScript } from '../src/util/args.js';

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

type StartedUp = { report: StartupReport; adapter: SearchAdapter; dataset: Dataset };

function collect(): boolean {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return false;
  gc();
  gc();
  return true;
}

/**
 * The heap once the dataset is loaded, after a full collection. That collection is the benchmark's,
 * not the bot's: its duration is given so it can be left out of the start-up.
 */
function heapAfterLoad(): { gc: boolean; heapUsed: number; gcMs: number } {
  const gcStart = performance.now();
  const gc = collect();
  return { gc, heapUsed: process.memoryUsage().heapUsed, gcMs: performance.now() - gcStart };
}

function failOnProblems(dir: string, problems: readonly DatasetProblem[]): never {
  for (const p of problems.slice(0, 10)) console.error(formatProblem(p));
  throw new Error(`dataset in ${dir} has ${problems.length} problems`);
}

/** The report, with the memory held once the engine is ready (after a full collection). */
function reportOf(
  adapter: string,
  times: { loadMs: number; buildMs: number; readyMs: number },
  afterLoad: { gc: boolean; heapUsed: number },
): StartupReport {
  collect();
  const memory = process.memoryUsage();
  return {
    adapter,
    loadMs: Math.round(times.loadMs),
    buildMs: Math.round(times.buildMs),
    readyMs: Math.round(times.readyMs),
    heapAfterLoadMB: mb(afterLoad.heapUsed),
    heapMB: mb(memory.heapUsed),
    rssMB: mb(memory.rss),
    gc: afterLoad.gc,
  };
}

/**
 * Dossier starts up as the bot does (boot.ts): its index is built in a worker thread while the
 * dataset is read. Load is until the dataset is ready; build is the rest, until the engine is.
 */
async function startUpDossier(dir: string): Promise<StartedUp> {
  const loadStart = performance.now();
  let loadMs = 0;
  let afterLoad = { gc: false, heapUsed: 0, gcMs: 0 };
  const loaded = await loadIndexedDataset(dir, {
    onLoaded: () => {
      loadMs = performance.now() - loadStart;
      afterLoad = heapAfterLoad();
    },
  });
  if (!loaded.ok) failOnProblems(dir, loaded.problems);
  if (loaded.workerError) console.error(`index worker failed: ${loaded.workerError}`);
  const readyMs = performance.now() - afterLoad.gcMs;
  const buildMs = readyMs - loadStart - loadMs;
  return {
    report: reportOf('Dossier', { loadMs, buildMs, readyMs }, afterLoad),
    adapter: new DossierAdapter(loaded.engine),
    dataset: loaded.dataset,
  };
}

export async function startUp(dir: string, adapterName: string): Promise<StartedUp> {
  if (adapterName === 'dossier') return startUpDossier(dir);
  const loadStart = performance.now();
  const loaded = await loadDataset(dir);
  if (!loaded.ok) failOnProblems(dir, loaded.problems);
  const loadMs = performance.now() - loadStart;
  const afterLoad = heapAfterLoad();
  const adapter = createAdapter(adapterName);
  const buildStart = performance.now();
  await adapter.build(loaded.dataset);
  const buildMs = performance.now() - buildStart;
  const readyMs = performance.now() - afterLoad.gcMs;
  return {
    report: reportOf(adapter.name, { loadMs, buildMs, readyMs }, afterLoad),
    adapter,
    dataset: loaded.dataset,
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const usage = 'node --expose-gc dist/bench/startup.js <dataset dir> [--adapter dossier]';
  runScript(async () => {
    const { values, positionals } = parseScriptArgs(
      process.argv.slice(2),
      { adapter: { type: 'string' } },
      usage,
    );
    if (positionals.length !== 1) throw new UsageError('Give one dataset directory.', usage);
    const { report } = await startUp(positionals[0]!, values.adapter ?? 'dossier');
    console.log(JSON.stringify(report));
  });
}
