// One engine on one dataset, in its own process so its memory and start-up are its own: start up
// (load, validate, build), then time every lookup and autocomplete of the query set and score them.
// Prints `RESULT <json>` as its last line; the runner (bench/run.ts) starts it.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { startUp, type StartupReport } from './startup.js';
import type { BenchQuery, Command } from './queries.js';
import { latency, rankOf, score, spreadSample, type Latency, type Outcome, type Score } from './score.js';

export interface WorkerResult {
  readonly adapterKey: string;
  readonly startup: StartupReport;
  readonly lookup: Latency;
  readonly autocomplete: Latency;
  /** Lookups and autocomplete prefixes together. */
  readonly score: Score;
  readonly lookupScore: Score;
  readonly autocompleteScore: Score;
  /** Queries run out of those in the set (slow engines run a sample). */
  readonly ran: {
    readonly lookups: number;
    readonly ofLookups: number;
    readonly prefixes: number;
    readonly ofPrefixes: number;
  };
  readonly stoppedByBudget: boolean;
}

function option(argv: readonly string[], name: string): string | undefined {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
}

async function main(argv: readonly string[]): Promise<void> {
  const dir = argv[0]!;
  const adapterKey = option(argv, 'adapter') ?? 'dossier';
  const queries = JSON.parse(readFileSync(option(argv, 'queries-file')!, 'utf8')) as BenchQuery[];
  const sample = option(argv, 'sample') === undefined ? undefined : Number(option(argv, 'sample'));
  const budgetMs = Number(option(argv, 'budget-ms') ?? 600_000);
  const warmup = Number(option(argv, 'warmup') ?? 20);
  const missesFile = option(argv, 'misses-file');

  const { report, adapter } = await startUp(dir, adapterKey);
  console.error(
    `[${adapter.name}] ready: load ${report.loadMs} ms, build ${report.buildMs} ms, rss ${report.rssMB} MB`,
  );

  const lookupSet = queries.filter((q) => q.kind !== 'prefix');
  const prefixSet = queries.filter((q) => q.kind === 'prefix');
  // Keystrokes: what autocomplete sees while someone types the other /event and /actor queries.
  const typing = queries
    .filter((q) => q.command !== 'quote' && q.kind !== 'prefix')
    .flatMap((q) =>
      [3, Math.ceil(q.text.length / 2)].map((n) => ({ command: q.command, text: q.text.slice(0, n) })),
    );
  const lookups = spreadSample(lookupSet, sample);
  const prefixes = spreadSample(prefixSet, sample);
  const keystrokes = spreadSample(typing, sample);

  for (const q of lookups.slice(0, warmup)) adapter.lookup(q.command, q.text);
  for (const q of prefixes.slice(0, warmup)) adapter.autocomplete(q.command, q.text);

  // Half the time box for lookups, half for autocomplete, so a slow engine still runs some of each.
  let started = performance.now();
  const overBudget = () => performance.now() - started > budgetMs / 2;
  let stoppedByBudget = false;
  const lookupOutcomes: Outcome[] = [];
  for (const query of lookups) {
    if (overBudget()) {
      stoppedByBudget = true;
      break;
    }
    const t = performance.now();
    const ids = adapter.lookup(query.command, query.text);
    lookupOutcomes.push({ query, ids, ms: performance.now() - t });
  }
  started = performance.now();
  const prefixOutcomes: Outcome[] = [];
  const autocompleteMs: number[] = [];
  for (const query of prefixes) {
    if (overBudget()) {
      stoppedByBudget = true;
      break;
    }
    const t = performance.now();
    const ids = adapter.autocomplete(query.command, query.text);
    const ms = performance.now() - t;
    prefixOutcomes.push({ query, ids, ms });
    autocompleteMs.push(ms);
  }
  for (const { command, text } of keystrokes) {
    if (overBudget()) {
      stoppedByBudget = true;
      break;
    }
    const t = performance.now();
    adapter.autocomplete(command as Command, text);
    autocompleteMs.push(performance.now() - t);
  }

  if (missesFile) {
    const misses = [...lookupOutcomes, ...prefixOutcomes]
      .filter((o) => rankOf(o.query, o.ids) !== 0)
      .map((o) => ({ ...o.query, got: o.ids.slice(0, 5), ms: Math.round(o.ms * 100) / 100 }));
    writeFileSync(missesFile, `${JSON.stringify(misses, null, 1)}\n`);
  }

  const result: WorkerResult = {
    adapterKey,
    startup: report,
    lookup: latency(lookupOutcomes.map((o) => o.ms)),
    autocomplete: latency(autocompleteMs),
    score: score([...lookupOutcomes, ...prefixOutcomes]),
    lookupScore: score(lookupOutcomes),
    autocompleteScore: score(prefixOutcomes),
    ran: {
      lookups: lookupOutcomes.length,
      ofLookups: lookupSet.length,
      prefixes: prefixOutcomes.length,
      ofPrefixes: prefixSet.length,
    },
    stoppedByBudget,
  };
  console.log(`RESULT ${JSON.stringify(result)}`);
}

if (process.argv[1] && path.basename(process.argv[1]).startsWith('worker')) {
  await main(process.argv.slice(2));
}
