// Scratch copies of a fixture dataset, edited by a test, removed when the test file ends.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

export const DATASET_FIXTURES = path.resolve(import.meta.dirname, '../fixtures/datasets');

const copies: string[] = [];
afterAll(async () => {
  for (const dir of copies.splice(0)) await rm(dir, { recursive: true, force: true });
});

/** A copy of `fixture` (default: the valid one) in a new temporary directory. */
export async function scratchDataset(fixture = 'valid'): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'dossier-data-'));
  copies.push(dir);
  await cp(path.join(DATASET_FIXTURES, fixture), dir, { recursive: true });
  return dir;
}

/** Rewrites one JSON file of a data directory through `edit`. */
export async function editJson<T>(dir: string, file: string, edit: (json: T) => void): Promise<void> {
  const target = path.join(dir, file);
  const json = JSON.parse(await readFile(target, 'utf8')) as T;
  edit(json);
  await writeFile(target, JSON.stringify(json, null, 2));
}
