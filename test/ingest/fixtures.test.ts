// The benchmark as a test: the fictional fixtures beside the repository. The first three must meet
// issue 5's targets; the two newer styles (../shared/fixtures/ingest-new: a Q&A interview and a
// dense analysis) must be drafted and must not fall below the figures reached on them so far.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  FIXTURE_DIR,
  NEW_FIXTURE_DIR,
  predictionOf,
  readFixtureCases,
  REPO_ROOT,
} from '../../bench/ingest-cases.js';
import {
  addScores,
  CATEGORIES,
  emptyScores,
  missedTargets,
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

describe.skipIf(!existsSync(FIXTURE_DIR))('ingest on the fixtures (../shared/fixtures/ingest)', () => {
  it('meets the targets overall, and drafts every fixture', async () => {
    expect(missedTargets(await scoreFixtures(FIXTURE_DIR))).toEqual([]);
  });
});

/** Reached on ingest-new so far (overall, two decimals, rounded down): a drop is a regression. */
const NEW_FLOOR: Record<Category, { precision: number; recall: number }> = {
  events: { precision: 0.67, recall: 0.56 },
  quotes: { precision: 0.93, recall: 0.83 },
  statements: { precision: 1, recall: 0.4 },
  actors: { precision: 0.95, recall: 0.86 },
  sources: { precision: 0.88, recall: 0.78 },
};

describe.skipIf(!existsSync(NEW_FIXTURE_DIR))(
  'ingest on the newer styles (../shared/fixtures/ingest-new)',
  () => {
    it('drafts every fixture and keeps the figures reached so far', async () => {
      const total = await scoreFixtures(NEW_FIXTURE_DIR);
      const below = CATEGORIES.flatMap((c) => {
        const floor = NEW_FLOOR[c];
        const p = precision(total[c]);
        const r = recall(total[c]);
        return [
          ...(p + 1e-9 < floor.precision ? [`${c} precision ${p.toFixed(2)} < ${floor.precision}`] : []),
          ...(r + 1e-9 < floor.recall ? [`${c} recall ${r.toFixed(2)} < ${floor.recall}`] : []),
        ];
      });
      expect(below).toEqual([]);
    });
  },
);
