// A generated dataset (the benchmark's generator) written to a temporary directory and loaded, for
// tests that need more than the seed article. Call `remove` when done.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateDataset } from '../../bench/generate.js';
import { loadDataset } from '../../src/dataset/load.js';
import type { Dataset } from '../../src/dataset/types.js';

export async function loadGeneratedDataset(
  records: number,
  seed: number,
): Promise<{ dataset: Dataset; dir: string; remove: () => void }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dossier-generated-'));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  generateDataset({ records, seed, outDir: dir });
  const loaded = await loadDataset(dir);
  if (!loaded.ok) {
    remove();
    throw new Error(`the generated dataset (${records} records, seed ${seed}) does not load`);
  }
  return { dataset: loaded.dataset, dir, remove };
}
