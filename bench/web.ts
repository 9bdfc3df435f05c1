// The web pages' server time at scale, against a static response measured in the same run: the
// read-in-context page of events, quotations, actors (the busiest ones too), sources and articles,
// the search page for every query class of the lookup benchmark (and deep pages), and the 404 page.
// Every request goes through a real node:http server on 127.0.0.1; the server time is the handler's
// (request in, body ready), the round trip what the client on the same machine saw.
//
//   npm run bench:web                                     # 100k records
//   npm run bench:web -- --size 1m --seed 1 [--data DIR] [--samples 200] [--out bench/out/web-100k.md]
//
// Heavy sizes run under the shared lock: flock /tmp/dossier-heavy.lock npm run bench:web
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Dataset } from '../src/dataset/types.js';
import { loadIndexedDataset } from '../src/search/index-feed.js';
import { handleWebRequest, type WebDeps } from '../src/web/handler.js';
import { STYLESHEET_PATH } from '../src/web/stylesheet.js';
import { recordHref, searchHref } from '../src/web/urls.js';
import { numberArg, parseScriptArgs, runScript } from '../src/util/args.js';
import { ensureDataset, sizeArg } from './generate.js';
import { loadOrBuildQueries } from './queries.js';
import { formatMs, machine } from './report-format.js';
import { Rng } from './rng.js';
import { latency, type Latency } from './score.js';

const ROOT = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  import.meta.url.includes('/dist/') ? '..' : '',
);
/** The target for one page's server time. */
const TARGET_MS = 50;

interface Timed {
  readonly serverMs: number;
  readonly roundTripMs: number;
  readonly status: number;
}

/** The pages' handler behind a real HTTP server, timing each request's handling. */
async function startServer(
  deps: WebDeps,
): Promise<{ server: Server; base: string; lastServerMs: () => number }> {
  let last = 0;
  const server = createServer((req, res) => {
    const started = performance.now();
    void handleWebRequest({ method: req.method ?? 'GET', target: req.url ?? '/' }, deps).then((out) => {
      last = performance.now() - started;
      res.writeHead(out.status, out.headers);
      res.end(out.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, base: `http://127.0.0.1:${port}`, lastServerMs: () => last };
}

function fetchOnce(base: string, target: string): Promise<{ status: number; ms: number }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${base}${target}`, { agent: false }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - started }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** What each class of request asks for: a list of request targets. */
function requestClasses(dataset: Dataset, dir: string, samples: number, seed: number): Map<string, string[]> {
  const rng = new Rng(seed);
  const sample = <T>(items: readonly T[]) =>
    Array.from({ length: Math.min(samples, items.length) }, () => rng.pick(items));
  const busiest = [...dataset.byActor]
    .sort((a, b) => b[1].events.length + b[1].quotes.length - (a[1].events.length + a[1].quotes.length))
    .slice(0, samples)
    .map(([id]) => id);
  const classes = new Map<string, string[]>();
  classes.set(
    'static response (baseline)',
    Array.from({ length: samples }, () => STYLESHEET_PATH),
  );
  classes.set(
    '404 page',
    Array.from({ length: samples }, (_, i) => `/records/no-such-record-${i}`),
  );
  classes.set(
    'event page',
    sample(dataset.events).map((r) => recordHref(r.id)),
  );
  classes.set(
    'quotation page',
    sample(dataset.quotes).map((r) => recordHref(r.id)),
  );
  classes.set(
    'actor page (random)',
    sample(dataset.actors).map((r) => recordHref(r.id)),
  );
  classes.set(
    'actor page (busiest)',
    busiest.map((id) => recordHref(id)),
  );
  classes.set(
    'source page',
    sample(dataset.sources).map((r) => recordHref(r.id)),
  );
  classes.set(
    'article page',
    sample(dataset.articles).map((r) => recordHref(r.id)),
  );
  // The lookup benchmark's queries, by class: what people type, typos, other scripts, namesakes...
  const queries = loadOrBuildQueries(dir, dataset, 500, seed);
  const byKind = new Map<string, string[]>();
  for (const query of queries) {
    const list = byKind.get(query.kind) ?? [];
    list.push(searchHref(query.text));
    byKind.set(query.kind, list);
  }
  for (const [kind, targets] of [...byKind].sort((a, b) => a[0].localeCompare(b[0])))
    classes.set(`search: ${kind}`, targets.slice(0, samples));
  // Common words: thousands of matches, counted; the first page and a deep one.
  const common = ['talks', 'minister', 'russia', 'visit', 'security'];
  classes.set(
    'search: common word, page 1',
    common.map((q) => searchHref(q)),
  );
  classes.set(
    'search: common word, page 50',
    common.map((q) => searchHref(q, undefined, 50)),
  );
  return classes;
}

/**
 * Each request right after a request for the static response: on a shared, noisy machine the two
 * meet the same conditions, so their ratio says more than either alone.
 */
async function measure(
  base: string,
  targets: readonly string[],
  serverMs: () => number,
): Promise<{ page: Timed[]; baseline: Timed[] }> {
  const page: Timed[] = [];
  const baseline: Timed[] = [];
  for (const target of targets) {
    for (const [list, path] of [
      [baseline, STYLESHEET_PATH],
      [page, target],
    ] as const) {
      const { status, ms } = await fetchOnce(base, path);
      list.push({ serverMs: serverMs(), roundTripMs: ms, status });
    }
  }
  return { page, baseline };
}

const USAGE = 'npm run bench:web -- [--size 100k | --data dir] [--seed S] [--samples N] [--out file.md]';

async function main(argv: readonly string[]): Promise<number> {
  const { values } = parseScriptArgs(
    argv,
    {
      size: { type: 'string' },
      data: { type: 'string' },
      seed: { type: 'string' },
      samples: { type: 'string' },
      out: { type: 'string' },
    },
    USAGE,
    false,
  );
  const arg = (name: keyof typeof values) => values[name];
  const size = arg('size') ?? '100k';
  sizeArg(size, USAGE);
  const seed = numberArg(arg('seed'), 'seed', 1, USAGE);
  const samples = numberArg(arg('samples'), 'samples', 200, USAGE, { min: 1 });
  const dir =
    arg('data') ?? ensureDataset(path.join(ROOT, 'bench/out'), size, seed, { log: console.log }).dir;
  console.log(`loading ${dir}`);
  const loaded = await loadIndexedDataset(dir);
  if (!loaded.ok) throw new Error(`the dataset in ${dir} does not load`);
  const { dataset, engine } = loaded;
  const records = dataset.events.length + dataset.quotes.length + dataset.actors.length;
  const deps: WebDeps = { current: () => ({ dataset, engine }), dataDir: dir };
  const { server, base, lastServerMs } = await startServer(deps);
  const classes = requestClasses(dataset, dir, samples, seed);
  // Warm-up: the code paths compiled, as in a server that has run a while (not the texts cached).
  await measure(
    base,
    [STYLESHEET_PATH, '/records/x', searchHref('warm up')].flatMap((t) => Array(20).fill(t)),
    lastServerMs,
  );
  const results: {
    label: string;
    server: Latency;
    baseline: Latency;
    roundTrip: Latency;
    statuses: string;
  }[] = [];
  for (const [label, targets] of classes) {
    const timed = await measure(base, targets, lastServerMs);
    const statuses = [...new Set(timed.page.map((t) => t.status))].sort().join(', ');
    const result = {
      label,
      server: latency(timed.page.map((t) => t.serverMs)),
      baseline: latency(timed.baseline.map((t) => t.serverMs)),
      roundTrip: latency(timed.page.map((t) => t.roundTripMs)),
      statuses,
    };
    results.push(result);
    console.log(`${label}: p50 ${formatMs(result.server.p50, 2)}, p99 ${formatMs(result.server.p99, 2)}`);
  }
  server.close();
  const ratio = (v: number, b: number) => `${Math.round(v / b).toLocaleString('en-US')}×`;
  const lines = [
    `# Web pages at ${records.toLocaleString('en-US')} records (${size}, seed ${seed})`,
    '',
    `${new Date().toISOString()} · ${machine()}`,
    '',
    'Server time: from the request reaching the handler to the body being ready. Each page request',
    'follows a request for the static stylesheet (the baseline), so both meet the same machine; the',
    'ratio is of their medians. Round trip: what a client on the same machine waited (node:http on',
    `127.0.0.1). Target: every page under ${TARGET_MS} ms of server time.`,
    '',
    '| Requests | n | status | server p50 | p95 | p99 | max | baseline p50 | p50 / baseline | round trip p50 | p99 |',
    '| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...results.map(
      (r) =>
        `| ${r.label} | ${r.server.n} | ${r.statuses} | ${formatMs(r.server.p50, 2)} | ${formatMs(r.server.p95, 2)} | ` +
        `${formatMs(r.server.p99, 2)} | ${formatMs(r.server.max, 2)} | ${formatMs(r.baseline.p50, 2)} | ` +
        `${ratio(r.server.p50, r.baseline.p50)} | ${formatMs(r.roundTrip.p50, 2)} | ${formatMs(r.roundTrip.p99, 2)} |`,
    ),
    '',
    `Slowest class at p99: ${[...results].sort((a, b) => b.server.p99 - a.server.p99)[0]!.label}.`,
  ];
  const report = lines.join('\n');
  console.log(`\n${report}`);
  const out = arg('out') ?? path.join(ROOT, `bench/out/web-${size}.md`);
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, `${report}\n`);
  const over = results.filter((r) => r.server.p95 > TARGET_MS);
  if (over.length > 0) {
    console.error(`over ${TARGET_MS} ms at p95: ${over.map((r) => r.label).join(', ')}`);
    return 1;
  }
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  runScript(() => main(process.argv.slice(2)));
}
