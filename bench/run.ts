// `npm run bench`: per size, generate (or reuse) the dataset and its query set, run every engine in its
// own process on the same data and queries, and print one Markdown table per size with the ratios of
// Dossier to each alternative. Results go to bench/out/results.md (and bench/README.md with
// --write-readme).
//
//   npm run bench                                   10k and 100k, 300 queries, seed 1
//   npm run bench -- --sizes 1m                     the million (several minutes)
//   npm run bench -- --sizes 10k --queries 500 --seed 7 --adapters dossier,minisearch --write-readme
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { ADAPTER_NAMES, SLOW_ADAPTERS, type AdapterName } from './adapters/index.js';
import { parseSize, sizeArg, type Manifest } from './generate.js';
import { QUERY_KINDS } from './queries.js';
import type { WorkerResult } from './worker.js';
import { formatMs, machine } from './report-format.js';
import { UsageError, numberArg, parseScriptArgs, runScript } from '../src/util/args.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..');
const OUT = path.join(HERE, 'out');
const README = path.join(HERE, 'README.md');
export const README_START = '<!-- bench:results:start -->';
export const README_END = '<!-- bench:results:end -->';

interface Options {
  sizes: string[];
  queries: number;
  seed: number;
  adapters: AdapterName[];
  writeReadme: boolean;
  /** Queries a slow engine (plain Fuse.js) runs at each size; undefined = by size. */
  slowSample: number | undefined;
}

const USAGE =
  'npm run bench -- [--sizes 10k,100k] [--queries N] [--seed S] [--adapters dossier,fuse,flexsearch,minisearch] [--slow-sample N] [--write-readme]';

function parseOptions(argv: readonly string[]): Options {
  const { values } = parseScriptArgs(
    argv,
    {
      sizes: { type: 'string' },
      queries: { type: 'string' },
      seed: { type: 'string' },
      adapters: { type: 'string' },
      'slow-sample': { type: 'string' },
      'write-readme': { type: 'boolean' },
    },
    USAGE,
    false,
  );
  const adapters = (values.adapters ?? ADAPTER_NAMES.join(','))
    .split(',')
    .map((a) => a.trim()) as AdapterName[];
  for (const a of adapters)
    if (!ADAPTER_NAMES.includes(a)) throw new UsageError(`--adapters: unknown adapter “${a}”.`, USAGE);
  const sizes = (values.sizes ?? '10k,100k').split(',').map((s) => s.trim().toLowerCase());
  for (const size of sizes) sizeArg(size, USAGE);
  return {
    sizes,
    queries: numberArg(values.queries, 'queries', 300, USAGE, { min: 1 }),
    seed: numberArg(values.seed, 'seed', 1, USAGE),
    adapters,
    writeReadme: values['write-readme'] ?? false,
    slowSample:
      values['slow-sample'] === undefined
        ? undefined
        : numberArg(values['slow-sample'], 'slow-sample', 0, USAGE),
  };
}

/**
 * Runs a compiled benchmark script (`bench/x.ts` runs as `dist/bench/x.js`, as the bot runs compiled)
 * with node from the repository root; resolves with its stdout, stderr passes through.
 */
function node(args: readonly string[], heapMB: number): Promise<string> {
  const [script, ...rest] = args;
  const compiled = path.join('dist', script!.replace(/\.ts$/, '.js'));
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--expose-gc', `--max-old-space-size=${heapMB}`, compiled, ...rest],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(stdout) : reject(new Error(`node ${args.join(' ')} exited with ${code}`)),
    );
  });
}

const lastJsonLine = (stdout: string, prefix = ''): unknown => {
  const line = stdout
    .trim()
    .split('\n')
    .reverse()
    .find((l) => l.startsWith(prefix));
  if (!line) throw new Error(`no ${prefix || 'JSON'} line in output:\n${stdout.slice(-2000)}`);
  return JSON.parse(line.slice(prefix.length));
};

interface SizeRun {
  readonly label: string;
  readonly records: number;
  readonly manifest: Manifest;
  readonly generatedNow: boolean;
  readonly generationMs: number;
  readonly queries: number;
  readonly results: WorkerResult[];
}

async function runSize(label: string, options: Options): Promise<SizeRun> {
  const records = parseSize(label);
  const heapMB = records >= 500_000 ? 16_384 : 8_192;
  const log = (m: string) => console.error(`[bench ${label}] ${m}`);
  log('dataset…');
  const generated = lastJsonLine(
    await node(['bench/generate.ts', '--size', label, '--seed', String(options.seed), '--root', OUT], heapMB),
  ) as { dir: string; manifest: Manifest; cached: boolean };
  log(
    `${generated.cached ? 'cached' : 'generated'} in ${generated.dir} (${generated.manifest.generationMs} ms to generate)`,
  );
  const summary = lastJsonLine(
    await node(
      [
        'bench/queries.ts',
        generated.dir,
        '--queries',
        String(options.queries),
        '--seed',
        String(options.seed),
      ],
      heapMB,
    ),
  ) as { file: string; queries: number };
  log(`${summary.queries} queries in ${summary.file}`);

  const results: WorkerResult[] = [];
  for (const adapter of options.adapters) {
    const slow = SLOW_ADAPTERS.has(adapter);
    const sample = slow
      ? (options.slowSample ?? (records <= 20_000 ? 60 : records <= 200_000 ? 20 : 3))
      : undefined;
    log(`${adapter}${sample ? ` (sample of ${sample} queries per set)` : ''}…`);
    const args = [
      'bench/worker.ts',
      generated.dir,
      '--adapter',
      adapter,
      '--queries-file',
      summary.file,
      '--misses-file',
      path.join(generated.dir, `misses-${adapter}.json`),
      '--warmup',
      slow ? (records <= 20_000 ? '3' : '0') : '20',
      // Every engine is time-boxed (half for lookups, half for autocomplete); only slow ones are sampled.
      '--budget-ms',
      String(slow ? (records <= 20_000 ? 120_000 : 180_000) : 600_000),
      ...(sample ? ['--sample', String(sample)] : []),
    ];
    results.push(lastJsonLine(await node(args, heapMB), 'RESULT ') as WorkerResult);
  }
  return {
    label,
    records,
    manifest: generated.manifest,
    generatedNow: !generated.cached,
    generationMs: generated.manifest.generationMs,
    queries: summary.queries,
    results,
  };
}

// ---------------------------------------------------------------------------------------------
// Tables

const ms = (v: number) => formatMs(v, 2);
const pct = (v: number) => `${(v * 100).toFixed(1)}%`;
const lat = (l: WorkerResult['lookup']) => `${ms(l.p50)} / ${ms(l.p95)} / ${ms(l.p99)}`;

const isSampled = (r: WorkerResult) => r.ran.lookups < r.ran.ofLookups || r.ran.prefixes < r.ran.ofPrefixes;

function engineLabel(r: WorkerResult): string {
  return isSampled(r)
    ? `${r.startup.adapter} (sample: ${r.ran.lookups}/${r.ran.ofLookups} lookups, ${r.ran.prefixes}/${r.ran.ofPrefixes} prefixes)`
    : r.startup.adapter;
}

export function sizeTable(run: SizeRun): string {
  const c = run.manifest.counts;
  const lines = [
    `### ${run.label} records (${c.events.toLocaleString('en')} events, ${c.quotes.toLocaleString('en')} quotes, ${c.actors.toLocaleString('en')} actors; ${c.articles.toLocaleString('en')} articles, ${c.sources.toLocaleString('en')} sources), ${run.queries} queries`,
    '',
    `Generation: ${(run.generationMs / 1000).toFixed(1)} s${run.generatedNow ? '' : ' (cached from an earlier run)'}.`,
    '',
    '| Engine | Build | Heap (data + index) | RSS | Start-up (load + validate + index) | Lookup p50 / p95 / p99 | Autocomplete p50 / p95 / p99 | Top-1 | Top-5 | One-answer top-1 | First set top-1 | Top-1 w/o none | Top-5 w/o none |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const r of run.results) {
    const s = r.startup;
    // Accuracy from a small sample says little: show how many queries it rests on.
    const n = isSampled(r) ? ` (n=${r.score.all.n})` : '';
    const pct = (v: number) => `${(v * 100).toFixed(1)}%${n}`;
    lines.push(
      `| ${engineLabel(r)} | ${ms(s.buildMs)} | ${s.heapMB} MB (${s.heapAfterLoadMB} + ${(s.heapMB - s.heapAfterLoadMB).toFixed(1)}) | ${s.rssMB} MB | ${ms(s.readyMs)} (${ms(s.loadMs)} + ${ms(s.buildMs)}) | ${lat(r.lookup)} | ${lat(r.autocomplete)} | ${pct(r.score.all.top1)} | ${pct(r.score.all.top5)} | ${pct(r.score.oneAnswer.top1)} | ${pct(r.score.classic.top1)} | ${pct(r.score.withoutNone.top1)} | ${pct(r.score.withoutNone.top5)} |`,
    );
  }
  lines.push(
    '',
    'Top-1 / top-5 by query kind (n = queries of that kind the engine ran; the first set is exact to none, the classes of issue 13 follow):',
    '',
  );
  const kinds = QUERY_KINDS.filter((k) => run.results.some((r) => r.score.byKind[k]));
  lines.push(`| Engine | ${kinds.join(' | ')} |`, `|---|${kinds.map(() => '---').join('|')}|`);
  for (const r of run.results) {
    lines.push(
      `| ${r.startup.adapter} | ${kinds
        .map((k) => {
          const a = r.score.byKind[k];
          return a ? `${pct(a.top1)} / ${pct(a.top5)} (${a.n})` : '–';
        })
        .join(' | ')} |`,
    );
  }
  const dossier = run.results.find((r) => r.adapterKey === 'dossier');
  const others = run.results.filter((r) => r.adapterKey !== 'dossier');
  if (dossier && others.length > 0) {
    lines.push(
      '',
      'Dossier against each alternative (latency and memory: Dossier ÷ alternative, below 1 is better; accuracy: difference in points):',
      '',
      '| Versus | Lookup p50 | Lookup p99 | Autocomplete p99 | Build | Start-up | RSS | Top-1 | Top-5 | Top-1 w/o none |',
      '|---|---|---|---|---|---|---|---|---|---|',
    );
    const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}×` : '–');
    const points = (a: number, b: number) => `${a >= b ? '+' : ''}${((a - b) * 100).toFixed(1)}`;
    for (const o of others) {
      lines.push(
        `| ${o.startup.adapter}${isSampled(o) ? ` (n=${o.score.all.n})` : ''} | ${ratio(dossier.lookup.p50, o.lookup.p50)} | ${ratio(dossier.lookup.p99, o.lookup.p99)} | ${ratio(dossier.autocomplete.p99, o.autocomplete.p99)} | ${ratio(dossier.startup.buildMs, o.startup.buildMs)} | ${ratio(dossier.startup.readyMs, o.startup.readyMs)} | ${ratio(dossier.startup.rssMB, o.startup.rssMB)} | ${points(dossier.score.all.top1, o.score.all.top1)} | ${points(dossier.score.all.top5, o.score.all.top5)} | ${points(dossier.score.withoutNone.top1, o.score.withoutNone.top1)} |`,
      );
    }
  }
  return lines.join('\n');
}

function report(runs: readonly SizeRun[], options: Options): string {
  return [
    `Run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${machine()}.`,
    `Seed ${options.seed}; ${options.queries} queries per size (lookups for every kind but \`prefix\`, which goes to autocomplete; autocomplete latency also covers keystroke prefixes of the other /event and /actor queries). Each engine runs in a fresh process; memory after a full GC.`,
    'Plain Fuse.js is too slow to run every query at scale: it runs an evenly spread sample (its row says how many) within a time box.',
    'Must-find-nothing queries are right only when the engine returns nothing; plain libraries nearly always return something, so compare the "w/o none" columns too.',
    '',
    ...runs.map(sizeTable).flatMap((t) => [t, '']),
  ].join('\n');
}

export function replaceBetweenMarkers(text: string, replacement: string): string {
  const start = text.indexOf(README_START);
  const end = text.indexOf(README_END);
  if (start < 0 || end < start) throw new Error(`markers ${README_START} … ${README_END} not found`);
  return `${text.slice(0, start + README_START.length)}\n${replacement.trim()}\n${text.slice(end)}`;
}

async function main(argv: readonly string[]): Promise<void> {
  const options = parseOptions(argv);
  mkdirSync(OUT, { recursive: true });
  // The engines start up as the bot does: compiled JavaScript on plain node, no TypeScript loader.
  execFileSync(process.execPath, [path.join(ROOT, 'scripts/build.mjs')], { stdio: 'inherit' });
  const started = performance.now();
  const runs: SizeRun[] = [];
  for (const label of options.sizes) runs.push(await runSize(label, options));
  const text = report(runs, options);
  console.log(text);
  console.log(`Total: ${((performance.now() - started) / 1000).toFixed(0)} s`);
  writeFileSync(path.join(OUT, 'results.md'), `${text}\n`);
  writeFileSync(
    path.join(OUT, `results-${options.sizes.join('-')}.json`),
    `${JSON.stringify(runs, null, 1)}\n`,
  );
  if (options.writeReadme) {
    // Formatted as the repository's Prettier config wants it, so `npm run format:check` stays green.
    const updated = replaceBetweenMarkers(readFileSync(README, 'utf8'), text);
    const config = (await prettier.resolveConfig(README)) ?? {};
    writeFileSync(README, await prettier.format(updated, { ...config, filepath: README }));
    console.error(`[bench] results written to ${path.relative(ROOT, README)}`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  runScript(() => main(process.argv.slice(2)));
}
