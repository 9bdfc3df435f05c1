// The benchmark as a test: the fictional fixtures beside the repository (the first three, and the
// two newer styles of ../shared/fixtures/ingest-new) must all be drafted and must not fall below the
// figures reached on them so far.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  FIXTURE_DIR,
  NEW_FIXTURE_DIR,
  OWN_ARTICLES_DIR,
  predictionOf,
  readFixtureCases,
  REPO_ROOT,
} from '../../bench/ingest-cases.js';
import {
  addScores,
  CATEGORIES,
  emptyScores,
  precision,
  recall,
  scoreArticle,
  type Category,
  type Scores,
} from '../../bench/ingest-score.js';
import { draftArticle } from '../../ingest/pipeline.js';
import { readRegistry } from '../../ingest/files/registry.js';

/** Overall scores of the fixtures in `dir`, each of which must draft. */
async function scoreFixtures(dir: string): Promise<Scores> {
  const cases = await readFixtureCases(dir);
  expect(cases.length).toBeGreaterThan(0);
  const registry = await readRegistry(path.join(REPO_ROOT, 'data'));
  let total = emptyScores();
  for (const c of cases) {
    const result = draftArticle(await readFile(c.textPath, 'utf8'), { registry });
    expect(result.ok, c.name).toBe(true);
    if (!result.ok) continue;
    expect(result.draft.article).toMatchObject(c.gold.article);
    total = addScores(total, scoreArticle(c.gold, predictionOf(result.draft, registry)));
  }
  return total;
}

/** Overall figures below `floor` in any class, described. */
function below(total: Scores, floor: Record<Category, { precision: number; recall: number }>): string[] {
  return CATEGORIES.flatMap((c) => {
    const p = precision(total[c]);
    const r = recall(total[c]);
    return [
      ...(p + 1e-9 < floor[c].precision ? [`${c} precision ${p.toFixed(2)} < ${floor[c].precision}`] : []),
      ...(r + 1e-9 < floor[c].recall ? [`${c} recall ${r.toFixed(2)} < ${floor[c].recall}`] : []),
    ];
  });
}

/**
 * Reached so far (overall, two decimals, rounded down): a drop is a regression. Issue 17's targets
 * (TARGETS in bench/ingest-score.ts) are what `npm run bench:ingest` reports against; these floors
 * only keep what has been won.
 */
const FLOOR: Record<string, Record<Category, { precision: number; recall: number }>> = {
  [FIXTURE_DIR]: {
    events: { precision: 0.84, recall: 0.92 },
    quotes: { precision: 1, recall: 1 },
    statements: { precision: 1, recall: 1 },
    actors: { precision: 0.97, recall: 1 },
    sources: { precision: 1, recall: 1 },
  },
  // (Lowered twenty-five times, by adding the blind articles 28–33, 34–39, 40–42, 43–48, 49–51, 52–57,
  // 58–60, 61–66, 67–75, 76–84, 85–93, 94–102, 103–105, 106–108, 109–126, 127–144, 145–180, 181–198,
  // 199–216, 217–234, 235–252, 253–288, 289–306, 307–324 and 553–570 at their first-run or held-back
  // figures, not by a regression.)
  [OWN_ARTICLES_DIR]: {
    events: { precision: 0.69, recall: 0.67 },
    quotes: { precision: 0.94, recall: 0.9 },
    statements: { precision: 0.87, recall: 0.71 },
    // (Decision 012's exception has lowered this before: unnamed speakers are drafted actors the gold
    // does not list.)
    actors: { precision: 0.87, recall: 0.92 },
    sources: { precision: 0.96, recall: 0.93 },
  },
  [NEW_FIXTURE_DIR]: {
    events: { precision: 0.94, recall: 0.94 },
    quotes: { precision: 1, recall: 1 },
    statements: { precision: 1, recall: 1 },
    actors: { precision: 0.89, recall: 1 },
    sources: { precision: 1, recall: 1 },
  },
};

describe.each([
  ['the fixtures (../shared/fixtures/ingest)', FIXTURE_DIR],
  ['our own articles (test/ingest/articles)', OWN_ARTICLES_DIR],
  ['the newer styles (../shared/fixtures/ingest-new: a Q&A interview, a dense analysis)', NEW_FIXTURE_DIR],
])('ingest on %s', (_name, dir) => {
  // (Drafting some 120 articles takes seconds alone, a minute or two on a machine busy with other work.)
  it.skipIf(!existsSync(dir))(
    'drafts every fixture and keeps the figures reached so far',
    async () => {
      expect(below(await scoreFixtures(dir), FLOOR[dir]!)).toEqual([]);
    },
    120_000,
  );
});
