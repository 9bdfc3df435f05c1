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

/** A shard process that loads for `loadMs` (reporting progress every 100 ms unless `silent`). */
async function fakeShard(name: string, loadMs: number, silent = false): Promise<string> {
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
  });
  process.send({ type: 'dossier:login-request' });
}, 100);
process.on('SIGTERM', () => process.exit(0));
`,
  );
  return file;
}

function manager(
  script: string,
  groups: number[][],
  lines: Record<string, unknown>[],
  identifyIntervalMs = 300,
) {
  return new ShardProcesses({
    script,
    execArgv: [],
    plan: { total: 4, source: 'SHARD_TOTAL', ids: groups.flat(), groups, identifyIntervalMs },
    env: { PATH: process.env.PATH ?? '' },
    logger: createLogger('info', (line) => lines.push(JSON.parse(line) as Record<string, unknown>)),
    progressTimeoutMs: 1500,
  });
}

describe('the shard manager', () => {
  it('gives a loading process as long as it reports progress, and paces logins one process at a time', async () => {
    const lines: Record<string, unknown>[] = [];
    const processes = manager(await fakeShard('slow-but-alive', 4000), [[0, 1], [2], [3]], lines);
    await processes.start(); // 4 s of loading, far past the 1.5 s without progress allowed
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

  it('kills a process that goes silent while loading, and stops the start', async () => {
    const lines: Record<string, unknown>[] = [];
    const processes = manager(await fakeShard('silent', 5000, true), [[0]], lines);
    await expect(processes.start()).rejects.toThrow(/shard\(s\) 0 exited while starting/);
    expect(lines.find((l) => l.message === 'shard process made no progress; killing it')).toMatchObject({
      shards: [0],
      phase: 'loading',
    });
  });
});
