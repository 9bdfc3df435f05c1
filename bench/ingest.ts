// `npm run bench:ingest`: drafts every fixture article, our own test articles (test/ingest/articles)
// and every curated seed article, and prints precision and recall per category, per article and
// overall, against the hand annotations.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { draftArticle } from '../ingest/pipeline.js';
import { readRegistry } from '../ingest/files/registry.js';
import {
  FIXTURE_DIR,
  NEW_FIXTURE_DIR,
  OWN_ARTICLES_DIR,
  readFixtureCases,
  readSeedCases,
  predictionOf,
  REPO_ROOT,
  type BenchCase,
} from './ingest-cases.js';
import {
  addScores,
  emptyScores,
  formatScores,
  actorKindsRight,
  mainActorFirst,
  matchArticle,
  missedTargets,
  scoresOf,
  type Scores,
} from './ingest-score.js';

async function scoreCases(
  cases: readonly BenchCase[],
  dataDir: string,
  except?: (c: BenchCase) => string | undefined,
) {
  const rows: { name: string; scores: Scores }[] = [];
  let total = emptyScores();
  const lead = { first: 0, matched: 0 };
  const kinds = { right: 0, matched: 0 };
  for (const c of cases) {
    const registry = await readRegistry(dataDir, except?.(c));
    const result = draftArticle(await readFile(c.textPath, 'utf8'), { registry });
    const prediction = result.ok
      ? predictionOf(result.draft, registry)
      : { events: [], quotes: [], statements: [], actors: [], sources: [] };
    const matching = matchArticle(c.gold, prediction);
    const scores = scoresOf(matching);
    const { first, matched } = mainActorFirst(c.gold, prediction, matching.events);
    lead.first += first;
    lead.matched += matched;
    const kind = actorKindsRight(c.gold, prediction, matching.actors);
    kinds.right += kind.right;
    kinds.matched += kind.matched;
    rows.push({ name: c.name, scores });
    total = addScores(total, scores);
  }
  return { rows, total, lead, kinds };
}

const dataDir = path.resolve(REPO_ROOT, process.env.DATA_DIR ?? 'data');
// `npm run bench:ingest -- <folder> …` scores other annotated folders (held-out articles) instead.
const folders = process.argv.slice(2).map((f) => path.resolve(f));
let allMet = true;
let everything = emptyScores();
for (const dir of folders.length > 0 ? folders : [FIXTURE_DIR, NEW_FIXTURE_DIR, OWN_ARTICLES_DIR]) {
  const fixtures = await readFixtureCases(dir);
  if (fixtures.length === 0) {
    console.log(`No fixtures at ${dir}; skipping them.\n`);
    continue;
  }
  const { rows, total, lead, kinds } = await scoreCases(fixtures, dataDir);
  if (dir !== OWN_ARTICLES_DIR) everything = addScores(everything, total);
  console.log(`Articles in ${dir}, registry from ${path.relative(REPO_ROOT, dataDir)}/actors\n`);
  console.log(formatScores([...rows, { name: 'OVERALL', scores: total }]));
  const share = (part: number, whole: number) => (whole === 0 ? 1 : part / whole).toFixed(2);
  console.log(
    `\nEvents right that name the main actor first: ${lead.first} of ${lead.matched} (${share(lead.first, lead.matched)})`,
  );
  console.log(
    `Actors right drafted with the gold's kind: ${kinds.right} of ${kinds.matched} (${share(kinds.right, kinds.matched)})`,
  );
  const missed = missedTargets(total);
  allMet &&= missed.length === 0;
  console.log(missed.length === 0 ? '\nAll targets met.\n' : `\nTargets missed: ${missed.join('; ')}\n`);
}
process.exitCode = allMet ? 0 : 1;
// The fixtures' pooled row and the seed article belong to the default run only.
if (folders.length === 0) {
  console.log(formatScores([{ name: 'ALL SHARED FIXTURES', scores: everything }]));
  const seeds = await readSeedCases(dataDir);
  if (seeds.length > 0) {
    // The seed article's own records stay in the registry: matching them is part of the job.
    const { rows, total } = await scoreCases(seeds, dataDir);
    console.log(`\nCurated seed records as gold (${path.relative(REPO_ROOT, dataDir)}/records)\n`);
    console.log(formatScores([...rows, { name: 'OVERALL', scores: total }]));
  }
}
