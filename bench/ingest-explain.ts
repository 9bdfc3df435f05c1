// `npm run bench:ingest:explain -- <article.txt | folder | seed> …`: for each annotated article, what the
// draft missed, what it made up, and which actors it matched with another kind than the gold's.
// The tool behind the per-class tables of `npm run bench:ingest`, for finding why a figure is low.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { draftArticle } from '../ingest/pipeline.js';
import type { SkippedDate } from '../ingest/stages/events.js';
import { readRegistry } from '../ingest/files/registry.js';
import { predictionOf, readFixtureCases, readSeedCases, REPO_ROOT, type BenchCase } from './ingest-cases.js';
import {
  actorsOfOtherKind,
  CATEGORIES,
  GoldSchema,
  matchArticle,
  overlaps,
  type Gold,
  type Prediction,
} from './ingest-score.js';

async function casesOf(target: string): Promise<BenchCase[]> {
  if ((await stat(target)).isDirectory()) return readFixtureCases(target);
  const name = path.basename(target).replace(/\.(txt|gold\.json)$/, '');
  const dir = path.dirname(target);
  const gold = GoldSchema.parse(JSON.parse(await readFile(path.join(dir, `${name}.gold.json`), 'utf8')));
  return [{ name, textPath: path.join(dir, `${name}.txt`), gold }];
}

const short = (s: string) => (s.length > 140 ? `${s.slice(0, 137)}…` : s);

function describeGold(gold: Gold, category: (typeof CATEGORIES)[number], i: number): string {
  switch (category) {
    case 'events': {
      const e = gold.events[i]!;
      return `${e.date} [${e.actors[0] ?? '-'}] ${short(e.evidence)}`;
    }
    case 'quotes':
      return `[${gold.quotes[i]!.speaker}] ${short(gold.quotes[i]!.text)}`;
    case 'statements':
      return `[${gold.statements[i]!.speaker}] ${short(gold.statements[i]!.evidence)}`;
    case 'actors':
      return `${gold.actors[i]!.name} (${gold.actors[i]!.kind})`;
    case 'sources':
      return `${gold.sources[i]!.outlet} ${gold.sources[i]!.date ?? '-'} «${gold.sources[i]!.raw}»`;
  }
}

function describePrediction(pred: Prediction, category: (typeof CATEGORIES)[number], i: number): string {
  switch (category) {
    case 'events': {
      const e = pred.events[i]!;
      return `${e.date} [${e.actorNames.map((n) => n[0]).join(', ')}] ${short(e.evidence)}`;
    }
    case 'quotes':
      return `[${pred.quotes[i]!.speakerNames[0]}] ${short(pred.quotes[i]!.text)}`;
    case 'statements':
      return `[${pred.statements[i]!.speakerNames[0]}] ${short(pred.statements[i]!.evidence)}`;
    case 'actors':
      return `${pred.actors[i]!.names.join(' / ')} (${pred.actors[i]!.kind})`;
    case 'sources':
      return `${pred.sources[i]!.outlet} ${pred.sources[i]!.date ?? '-'} «${pred.sources[i]!.raw}»`;
  }
}

/**
 * Why a gold event went unmatched when the draft has an event on its evidence: another date, or the
 * right date without the gold's main actor among the drafted actors.
 */
function whyMissed(
  gold: Gold,
  pred: Prediction,
  category: (typeof CATEGORIES)[number],
  i: number,
  skipped: readonly { evidence: string; skipped: SkippedDate }[],
): string {
  if (category !== 'events') return '';
  const g = gold.events[i]!;
  const same = pred.events.filter((p) => overlaps(p.evidence, g.evidence));
  if (same.length === 0) {
    // The dated mentions inside its evidence that the skip rules dropped, and the rules that fired.
    const dropped = skipped.filter((s) => g.evidence.includes(s.evidence));
    return dropped.length === 0
      ? ''
      : `\n             (skipped: ${dropped.map((s) => `"${s.skipped.text}" by ${s.skipped.rules.join(', ')}`).join('; ')})`;
  }
  if (same.some((p) => p.date === g.date))
    return '\n             (drafted: the main actor is not among its actors)';
  return `\n             (its sentence is drafted only on other dates: ${[...new Set(same.map((p) => p.date))].join(', ')})`;
}

const targets = process.argv.slice(2);
if (targets.length === 0) {
  console.error('Usage: npm run bench:ingest:explain -- <article.txt | folder | seed> …');
  process.exit(2);
}
const dataDir = path.resolve(REPO_ROOT, process.env.DATA_DIR ?? 'data');
for (const target of targets) {
  let cases: BenchCase[];
  try {
    // "seed": the curated seed records as gold, as the default bench scores them.
    cases = target === 'seed' ? await readSeedCases(dataDir) : await casesOf(path.resolve(target));
  } catch (error) {
    // A missing file, a .txt without its .gold.json, a gold file that is not the gold format.
    console.error(`Cannot read ${target} as an annotated article or folder: ${(error as Error).message}`);
    process.exitCode = 2;
    continue;
  }
  for (const c of cases) {
    const registry = await readRegistry(dataDir);
    const text = await readFile(c.textPath, 'utf8');
    const skipped: { evidence: string; skipped: SkippedDate }[] = [];
    const result = draftArticle(text, {
      registry,
      onSkippedDate: (s) =>
        skipped.push({ evidence: text.slice(s.start, s.start + s.text.length), skipped: s }),
    });
    console.log(`\n=== ${c.name}`);
    if (!result.ok) {
      console.log(`  not drafted: ${result.report.items.map((i) => i.message).join('; ')}`);
      continue;
    }
    const pred = predictionOf(result.draft, registry);
    const matching = matchArticle(c.gold, pred);
    for (const category of CATEGORIES) {
      const m = matching[category];
      const wrongKind = category === 'actors' ? actorsOfOtherKind(c.gold, pred, m) : [];
      if (m.missed.length + m.spurious.length + wrongKind.length === 0) continue;
      console.log(`  ${category}:`);
      for (const g of m.missed)
        console.log(
          `    missed   ${describeGold(c.gold, category, g)}${whyMissed(c.gold, pred, category, g, skipped)}`,
        );
      for (const p of m.spurious) console.log(`    spurious ${describePrediction(pred, category, p)}`);
      for (const [g, p] of wrongKind)
        console.log(`    kind     ${describeGold(c.gold, category, g)} drafted as ${pred.actors[p]!.kind}`);
    }
  }
}
