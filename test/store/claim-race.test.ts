// The claim race with real processes: 8 of them, started together, each claiming the same 1,000
// server-days (250 servers × 4 days) on one store. Every server-day must have exactly one winner.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/store.js';
import { BACKENDS, freshDatabase } from '../helpers/postgres.js';

const run = promisify(execFile);
const WORKERS = 8;
const DAYS = 1000;
let dir: string | undefined;

afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe.each(BACKENDS)('the claim race on %s', (backend) => {
  it(`${WORKERS} processes racing for ${DAYS} server-days: exactly one winner each`, async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'dossier-race-'));
    const location = await freshDatabase(backend, path.join(dir, 'shared.sqlite'));
    await (await openStore(location)).close(); // migrated once: the workers race on the claims only
    const worker = path.resolve('test/store/claim-worker.mjs');
    const barrier = await mkdtemp(path.join(dir, 'barrier-'));
    const outputs = await Promise.all(
      Array.from({ length: WORKERS }, (_, i) =>
        run(process.execPath, [worker, location, barrier, String(WORKERS), `w${i}`, String(DAYS)]),
      ),
    );
    const results = outputs.map((o) => JSON.parse(o.stdout) as { name: string; won: number[] });
    const winners = new Map<number, string[]>();
    for (const { name, won } of results)
      for (const key of won) winners.set(key, [...(winners.get(key) ?? []), name]);
    expect(winners.size).toBe(DAYS);
    expect([...winners.values()].filter((names) => names.length !== 1)).toEqual([]);
    // It was a race: more than one process won some days.
    expect(results.filter((r) => r.won.length > 0).length).toBeGreaterThan(1);

    const store = await openStore(location);
    try {
      const sample = [0, 1, 499, 999];
      for (const key of sample) {
        const entry = await store.ledger.get(`g-race-${key % 250}`, `2026-06-0${1 + Math.floor(key / 250)}`);
        expect(entry).toMatchObject({
          status: 'claimed',
          attempts: 1,
          channelId: `c-${winners.get(key)?.[0]}`,
        });
      }
    } finally {
      await store.close();
    }
  }, 90_000);
});
