// `npm run bench:ingest:messy`: drafts messy copies of every annotated article (hard-wrapped as
// e-mail and plain-text archives print them, one paragraph per line, Windows line ends,
// non-breaking spaces, straight quotes, ASCII dashes…) and scores each kind of copy against the
// same hand annotations, beside the clean articles: what a user pasting an article meets.
// Evidence is compared with its whitespace, quote marks and dashes folded, since a copy prints them
// differently from the gold's verbatim strings.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { draftArticle } from '../ingest/pipeline.js';
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

/** The text as a mail client prints it: every line cut at `width` columns. */
function hardWrap(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => {
      const lines: string[] = [];
      let current = '';
      for (const word of line.split(' ')) {
        if (current !== '' && `${current} ${word}`.length > width) {
          lines.push(current);
          current = word;
        } else current = current === '' ? word : `${current} ${word}`;
      }
      return [...lines, current].join('\n');
    })
    .join('\n');
}

const onePerLine = (text: string) => text.replace(/\n\n+/g, '\n');

const COPIES: Readonly<Record<string, (text: string) => string>> = {
  'clean (as annotated)': (t) => t,
  'hard-wrapped at 72': (t) => hardWrap(t, 72),
  'hard-wrapped at 60, indented': (t) =>
    hardWrap(t, 60)
      .split('\n')
      .map((l) => (l.trim() === '' ? l : `  ${l}`))
      .join('\n'),
  'one paragraph per line': onePerLine,
  'hard-wrapped, no blank lines': (t) => hardWrap(onePerLine(t), 72),
  'Windows line ends, BOM': (t) => `\ufeff${t.replace(/\n/g, '\r\n')}`,
  'header as "X, Vol. N, No. M"': (t) =>
    t.replace(/^Publication: (.+?) Volume: (\d+) Issue: (\d+)/m, '$1, Vol. $2, No. $3'),
  'non-breaking spaces': (t) => t.replace(/ (?=\d)|(?<=\d) /g, '\u00a0'),
  'two spaces after a full stop': (t) => t.replace(/\. (?=\p{Lu})/gu, '.  '),
  'straight quotes': (t) => t.replace(/[‘’]/g, "'").replace(/[“”]/g, '"'),
  'ASCII dashes': (t) => t.replace(/ ?— ?/g, ' -- ').replace(/–/g, '-'),
};

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
