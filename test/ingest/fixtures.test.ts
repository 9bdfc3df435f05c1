// The benchmark as a test: the fictional fixtures beside the repository must meet issue 5's targets.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_DIR, predictionOf, readFixtureCases, REPO_ROOT } from '../../bench/ingest-cases.js';
import { addScores, emptyScores, missedTargets, scoreArticle } from '../../bench/ingest-score.js';
import { draftArticle } from '../../ingest/pipeline.js';
import { readRegistry } from '../../ingest/files/registry.js';

const present = existsSync(FIXTURE_DIR);
if (!present) console.warn(`Skipping the ingest fixture benchmark: ${FIXTURE_DIR} is absent.`);

describe.skipIf(!present)('ingest on the fixtures (../shared/fixtures/ingest)', () => {
  it('meets the targets overall, and drafts every fixture', async () => {
    const cases = await readFixtureCases();
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
    expect(missedTargets(total)).toEqual([]);
  });
});
