// The shard manager's timing rules, with small stand-in shard processes: a process that keeps
// reporting progress gets as long as it needs (no fixed ready timeout), one that goes silent is
// killed, and logins are granted one process at a time, paced by the identify interval.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ShardProcesses } from '../../src/discord/shard-processes.js';
import { createLogger } from '../../src/log.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'dossier-shard-processes-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/**
 * A shard process that loads for `loadMs` (reporting progress every 100 ms unless `silent`) and,
 * with `dieAfterReadyMs`, crashes that long after it is ready.
 */
async function fakeShard(
  name: string,
  loadMs: number,
  silent = false,
  dieAfterReadyMs?: number,
): Promise<string> {
  const file = path.join(dir, `${name}.mjs`);
  await writeFile(
    file,
    `/* global process, setInterval, clearInterval, setTimeout */
const started = Date.now();
const progress = setInterval(() => {
  ${silent ? '' : "process.send({ type: 'dossier:progress', progress: { stage: 'records', files: 1, totalFiles: 2, records: 1 } });"}
  if (Date.now() - started < ${loadMs}) return;
  clearInterval(progress);
  process.on('message', (m) => {
    if (m.type !== 'dossier:login-granted') return;
    process.send({ type: 'dossier:granted-at', at: Date.now() });
    setTimeout(() => process.send({ type: 'dossier:ready' }), 50);
    ${dieAfterReadyMs === undefined ? '' : `setTimeout(() => process.exit(1), 50 + ${dieAfterReadyMs});`}
  });
  process.send({ type: 'dossier:login-request' });
}, 100);
process.on('SIGTERM', () => process.exit(0));
`,
  );
  return file;
}

/** The manager's window without progress in these tests. */
const PROGRESS_WINDOW_MS = 4000;

function manager(
  script: string,
  groups: number[][],
  lines: Record<string, unknown>[],
  identifyIntervalMs = 300,
  healthyAfterMs?: number,
) {
  return new ShardProcesses({
    script,
    execArgv: [],
    plan: { total: 4, source: 'SHARD_TOTAL', ids: groups.flat(), groups, identifyIntervalMs },
    env: { PATH: process.env.PATH ?? '' },
    logger: createLogger('info', (line) => lines.push(JSON.parse(line) as Record<string, unknown>)),
    // Long enough for a node process to start on a busy machine and send its first progress.
    progressTimeoutMs: PROGRESS_WINDOW_MS,
    ...(healthyAfterMs === undefined ? {} : { healthyAfterMs }),
  });
}

/** Resolves once `lines` holds `count` lines with `message` (polled). */
async function linesWith(lines: Record<string, unknown>[], message: string, count: number) {
  for (;;) {
    const found = lines.filter((l) => l.message === message);
    if (found.length >= count) return found.slice(0, count);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('the shard manager', { timeout: 40_000 }, () => {
  it('gives a loading process as long as it reports progress, and paces logins one process at a time', async () => {
    const lines: Record<string, unknown>[] = [];
    const processes = manager(
      await fakeShard('slow-but-alive', 2 * PROGRESS_WINDOW_MS),
      [[0, 1], [2], [3]],
      lines,
    );
    await processes.start(); // loading twice as long as the window without progress allowed
    const ready = lines.filter((l) => l.message === 'shard process ready');
    expect(ready.map((l) => l.shards)).toEqual(expect.arrayContaining([[0, 1], [2], [3]]));
    expect(lines.some((l) => l.message === 'shard process made no progress; killing it')).toBe(false);
    // One login at a time, each after the previous process is ready and the identifies of its
    // shards are paced (300 ms per shard of the previous process).
    const logins = lines.filter((l) => l.message === 'shard process logging in');
    expect(logins.map((l) => l.shards)).toEqual(expect.arrayContaining([[0, 1], [2], [3]]));
    const at = logins.map((l) => Date.parse(l.time as string));
    for (let i = 1; i < logins.length; i += 1) {
      const previousShards = (logins[i - 1]?.shards as number[]).length;
      expect((at[i] ?? 0) - (at[i - 1] ?? 0)).toBeGreaterThanOrEqual(previousShards * 300 - 5);
    }
    const readyIndex = (shards: unknown) =>
      lines.findIndex((l) => l.message === 'shard process ready' && String(l.shards) === String(shards));
    for (const [i, login] of logins.entries()) {
      expect(readyIndex(login.shards)).toBeGreaterThan(lines.indexOf(login));
      if (i > 0) expect(lines.indexOf(login)).toBeGreaterThan(readyIndex(logins[i - 1]?.shards));
    }
    await processes.stop('SIGTERM');
    expect(lines.filter((l) => l.message === 'shard process stopped')).toHaveLength(3);
  });

  it('restarts a dying process after a growing delay, and from the shortest again after a healthy spell', async () => {
    const flapping: Record<string, unknown>[] = [];
    const healthy: Record<string, unknown>[] = [];
    const quick = manager(await fakeShard('dies-at-once', 100, false, 20), [[0]], flapping, 300, 400);
    const steady = manager(await fakeShard('dies-after-serving', 100, false, 700), [[1]], healthy, 300, 400);
    await Promise.all([quick.start(), steady.start()]);
    const died = 'shard process died; restarting it';
    const [flaps, spells] = await Promise.all([linesWith(flapping, died, 3), linesWith(healthy, died, 3)]);
    await Promise.all([quick.stop('SIGTERM'), steady.stop('SIGTERM')]);
    expect(flaps.map((l) => l.restartInMs)).toEqual([1000, 2000, 4000]);
    expect(spells.map((l) => l.restartInMs)).toEqual([1000, 1000, 1000]);
  });

  it('kills a process that goes silent while loading, and stops the start', async () => {
    const lines: Record<string, unknown>[] = [];
    const processes = manager(await fakeShard('silent', 10 * PROGRESS_WINDOW_MS, true), [[0]], lines);
    await expect(processes.start()).rejects.toThrow(/shard\(s\) 0 exited while starting/);
    expect(lines.find((l) => l.message === 'shard process made no progress; killing it')).toMatchObject({
      shards: [0],
      phase: 'loading',
    });
  });
});
