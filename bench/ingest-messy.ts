// `npm run bench:ingest:messy`: drafts messy copies of every annotated article (hard-wrapped as
// e-mail and plain-text archives print them, one paragraph per line, Windows line ends,
// non-breaking spaces, straight quotes, ASCII dashes…) and scores each kind of copy against the
// same hand annotations, beside the clean articles: what a user pasting an article meets.
// Evidence is compared with its whitespace, quote marks and dashes folded, since a copy prints them
// differently from the gold's verbatim strings.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { draftArticle } from '../ingest/pipeline.js';
import { COPIES } from './messy-copies.js';
import { readRegistry } from '../ingest/files/registry.js';
import {
  FIXTURE_DIR,
  NEW_FIXTURE_DIR,
  OWN_ARTICLES_DIR,
  predictionOf,
  readFixtureCases,
  REPO_ROOT,
} from './ingest-cases.js';
import {
  addScores,
  emptyScores,
  formatScores,
  matchArticle,
  scoresOf,
  type Gold,
  type Prediction,
} from './ingest-score.js';

const fold = (s: string) =>
  s
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/ ?(?:--|—|–) ?/g, '—')
    .replace(/\s+/g, ' ')
    .trim();

function foldGold(g: Gold): Gold {
  return {
    ...g,
    events: g.events.map((e) => ({ ...e, evidence: fold(e.evidence) })),
    quotes: g.quotes.map((q) => ({ ...q, text: fold(q.text) })),
    statements: g.statements.map((s) => ({ ...s, evidence: fold(s.evidence) })),
    sources: g.sources.map((s) => ({ ...s, raw: fold(s.raw) })),
  };
}

function foldPrediction(p: Prediction): Prediction {
  return {
    ...p,
    events: p.events.map((e) => ({ ...e, evidence: fold(e.evidence) })),
    quotes: p.quotes.map((q) => ({ ...q, text: fold(q.text) })),
    statements: p.statements.map((s) => ({ ...s, evidence: fold(s.evidence) })),
    sources: p.sources.map((s) => ({ ...s, raw: fold(s.raw) })),
  };
}

const dataDir = path.resolve(REPO_ROOT, process.env.DATA_DIR ?? 'data');
const folders = process.argv.slice(2).map((f) => path.resolve(f));
const cases = (
  await Promise.all(
    (folders.length > 0 ? folders : [FIXTURE_DIR, NEW_FIXTURE_DIR, OWN_ARTICLES_DIR]).map((d) =>
      readFixtureCases(d),
    ),
  )
).flat();
const registry = await readRegistry(dataDir);
const texts = await Promise.all(cases.map((c) => readFile(c.textPath, 'utf8')));
const rows = Object.entries(COPIES).map(([copy, make]) => {
  let total = emptyScores();
  let refused = 0;
  cases.forEach((c, i) => {
    const result = draftArticle(make(texts[i] ?? ''), { registry });
    if (!result.ok) refused++;
    const prediction = result.ok
      ? predictionOf(result.draft, registry)
      : { events: [], quotes: [], statements: [], actors: [], sources: [] };
    total = addScores(total, scoresOf(matchArticle(foldGold(c.gold), foldPrediction(prediction))));
  });
  return { name: refused > 0 ? `${copy} (${refused} refused)` : copy, scores: total };
});
console.log(`${cases.length} annotated articles, each drafted from every kind of copy, pooled:\n`);
console.log(formatScores(rows));
