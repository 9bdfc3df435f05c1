// Start-up and memory of a sharded host against a single `npm start`, measured in the same run:
// the stand-in on 127.0.0.1 holds guilds on every shard; each configuration runs as an operator
// runs it (node dist/src/main.js, or node dist/src/shard.js with SHARD_TOTAL and
// SHARDS_PER_PROCESS), on the generated dataset. Ready: from spawn until "discord bot ready" (single)
// or "all shards ready" (sharded), every guild received. RSS: the whole process tree (manager and
// shard processes), read from /proc once ready and settled, and its peak while starting.
//
//   npm run bench:sharding                                  # 100k: single vs 4 shards (4 and 1 per process)
//   npm run bench:sharding -- --size 1m --shards 16 --per-process 16,4 [--no-baseline]
//                             [--data DIR] [--out bench/out/sharding-1m.md]
//
// Heavy sizes run under the shared lock: flock /tmp/dossier-heavy.lock npm run bench:sharding …
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { snowflakeForShard, startStandin, type Standin } from '../test/standin/index.js';
import { ensureDataset, sizeArg } from './generate.js';
import { numberArg, parseScriptArgs, runScript } from '../src/util/args.js';
import { machine } from './report-format.js';

const ROOT = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  import.meta.url.includes('/dist/') ? '..' : '',
);
const READY_TIMEOUT_MS = 20 * 60_000;

export interface RunResult {
  readonly label: string;
  readonly processes: number;
  readonly readyMs: number;
  readonly rssMB: number;
  readonly peakRssMB: number;
}

/** Resident memory of `pid` and all its descendants, in MB (from /proc). */
export function treeRssMB(pid: number): number {
  const parents = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // The command name may hold spaces and parentheses: fields start after the last ')'.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parents.set(Number(entry), Number(fields[1]));
    } catch {
      // exited meanwhile
    }
  }
  const tree = new Set([pid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [child, parent] of parents) {
      if (tree.has(parent) && !tree.has(child)) {
        tree.add(child);
        grew = true;
      }
    }
  }
  let kB = 0;
  for (const member of tree) {
    try {
      const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${member}/status`, 'utf8'));
      kB += Number(match?.[1] ?? 0);
    } catch {
      // exited meanwhile
    }
  }
  return Math.round(kB / 1024);
}

async function runOnce(
  label: string,
  script: string,
  env: Record<string, string>,
  readyLine: RegExp,
  log: (m: string) => void,
): Promise<RunResult> {
  const started = performance.now();
  const child = spawn(process.execPath, [path.join(ROOT, script)], {
    cwd: os.tmpdir(),
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let output = '';
  let peak = 0;
  const sampler = setInterval(() => {
    if (child.pid) peak = Math.max(peak, treeRssMB(child.pid));
  }, 250);
  try {
    const readyMs = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`${label}: not ready in time:\n${output.slice(-3000)}`)),
        READY_TIMEOUT_MS,
      );
      child.stderr.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (readyLine.test(output)) {
          clearTimeout(timer);
          resolve(performance.now() - started);
        }
      });
      child.once('exit', (code) =>
        reject(new Error(`${label}: exited with ${code} before ready:\n${output.slice(-3000)}`)),
      );
    });
    // Settle: the index worker's memory given back, the first daily-post pass done.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const rssMB = treeRssMB(child.pid ?? 0);
    const processes =
      output.split('\n').filter((l) => l.includes('"message":"shard process started"')).length || 1;
    log(
      `${label}: ready in ${(readyMs / 1000).toFixed(1)} s, RSS ${rssMB} MB (peak ${Math.max(peak, rssMB)} MB)`,
    );
    return { label, processes, readyMs, rssMB, peakRssMB: Math.max(peak, rssMB) };
  } finally {
    clearInterval(sampler);
    child.kill('SIGTERM');
    await new Promise((resolve) =>
      child.exitCode !== null ? resolve(undefined) : child.once('exit', resolve),
    );
  }
}

const USAGE =
  'npm run bench:sharding -- [--size 100k | --data dir] [--seed S] [--shards N] [--per-process 4,1] [--no-baseline] [--out file.md]';

async function main(argv: readonly string[]): Promise<number> {
  const { values } = parseScriptArgs(
    argv,
    {
      size: { type: 'string' },
      data: { type: 'string' },
      seed: { type: 'string' },
      shards: { type: 'string' },
      'per-process': { type: 'string' },
      'no-baseline': { type: 'boolean' },
      out: { type: 'string' },
    },
    USAGE,
    false,
  );
  const arg = (name: keyof typeof values) => values[name] as string | undefined;
  const label = arg('size') ?? '100k';
  sizeArg(label, USAGE);
  const seed = numberArg(arg('seed'), 'seed', 1, USAGE);
  const shards = numberArg(arg('shards'), 'shards', 4, USAGE, { min: 1 });
  const perProcess = (arg('per-process') ?? `${shards},1`)
    .split(',')
    .map((n) => numberArg(n, 'per-process', 1, USAGE, { min: 1 }));
  const baseline = !values['no-baseline'];
  const out = arg('out') ?? path.join('bench', 'out', `sharding-${label}.md`);
  const log = (m: string) => console.error(`[sharding] ${m}`);
  const dataDir = arg('data') ?? ensureDataset(path.join('bench', 'out'), label, seed, { log }).dir;

  // Four guilds on every shard, so each shard has servers to receive.
  const guilds = Array.from({ length: shards * 4 }, (_, i) => ({
    id: snowflakeForShard(i % shards, shards),
    name: `g${i}`,
  }));
  const discord: Standin = await startStandin({ shards, guilds });
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'dossier-bench-shards-'));
  const env = (name: string) => ({
    DISCORD_TOKEN: discord.token,
    DISCORD_API_BASE: discord.apiBase,
    DATA_DIR: path.resolve(dataDir),
    DATABASE_PATH: path.join(scratch, `${name}.sqlite`),
    LOG_LEVEL: 'info',
    // Required when several processes serve the same servers (sharded); random per run.
    COMPONENT_SIGNING_KEY: randomBytes(32).toString('hex'),
  });
  const results: RunResult[] = [];
  try {
    if (baseline) {
      log('single process (npm start)');
      results.push(
        await runOnce(
          'npm start (1 process, 1 shard)',
          'dist/src/main.js',
          env('single'),
          /"message":"discord bot ready"/,
          log,
        ),
      );
    }
    for (const per of perProcess) {
      const name = `start:sharded, ${shards} shards, ${per} per process`;
      log(name);
      results.push(
        await runOnce(
          name,
          'dist/src/shard.js',
          { ...env(`sharded-${per}`), SHARD_TOTAL: String(shards), SHARDS_PER_PROCESS: String(per) },
          /"message":"all shards ready"/,
          log,
        ),
      );
    }
  } finally {
    await discord.close();
    rmSync(scratch, { recursive: true, force: true });
  }
  const base = baseline ? results[0] : undefined;
  const ratio = (value: number, of: number | undefined) => (of ? `${(value / of).toFixed(2)}×` : '–');
  const table = [
    `## Sharded start-up and memory, ${label} records (seed ${seed})`,
    '',
    `${machine()}. Dataset: ${dataDir}. Every configuration in the same run, one after another; the stand-in holds ${guilds.length} guilds (4 per shard).`,
    '',
    '| Configuration | Processes | All ready | Ready vs npm start | RSS (tree, settled) | RSS vs npm start | Peak RSS while starting |',
    '|---|---|---|---|---|---|---|',
    ...results.map(
      (r) =>
        `| ${r.label} | ${r.processes} | ${(r.readyMs / 1000).toFixed(1)} s | ${ratio(r.readyMs, base?.readyMs)} | ${r.rssMB} MB | ${ratio(r.rssMB, base?.rssMB)} | ${r.peakRssMB} MB |`,
    ),
    '',
  ].join('\n');
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, table);
  console.log(table);
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  runScript(() => main(process.argv.slice(2)));
}
