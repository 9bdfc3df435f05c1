import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, expect, it } from 'vitest';
import { openStore } from '../../src/store/store.js';

const run = promisify(execFile);
let dir: string | undefined;

afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

it('separate processes claiming the same day on one file: exactly one wins', async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'dossier-race-'));
  const file = path.join(dir, 'shared.sqlite');
  openStore(file).close(); // migrate once so the workers only race on the claim
  const worker = path.resolve('test/store/claim-worker.ts');
  const startAt = Date.now() + 1500;
  const names = ['a', 'b', 'c', 'd'];
  const outputs = await Promise.all(
    names.map((name) => run(process.execPath, ['--import', 'tsx', worker, file, String(startAt), name])),
  );
  const results = outputs.map((o) => JSON.parse(o.stdout) as { name: string; won: boolean });
  expect(results.filter((r) => r.won)).toHaveLength(1);

  const store = openStore(file);
  const entry = store.ledger.get('g-race', '2026-06-02');
  store.close();
  const winner = results.find((r) => r.won)?.name;
  expect(entry).toMatchObject({ status: 'claimed', attempts: 1, channelId: `c-${winner}` });
});
