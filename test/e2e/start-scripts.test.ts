// The start scripts exactly as package.json has them, run through npm as an operator or a process
// manager runs them: SIGTERM to npm must reach node and stop everything it started, with exit 0;
// and a service started without a token says so instead of "succeeding" silently.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snowflakeForShard, startStandin } from '../standin/index.js';
import { ROOT, runScript, type Child } from './child.js';
import { botEnvironment } from './live-bot.js';

let scratch: string;
/**
 * A scratch package whose start scripts are the repository's own, with `build` a no-op (the tests'
 * global setup compiled dist/ already; rebuilding it here would race other tests using it).
 */
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'dossier-start-'));
  const pkg = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  const scripts = { ...pkg.scripts, build: 'node -e ""' };
  await writeFile(join(scratch, 'package.json'), JSON.stringify({ name: 'start-check', scripts }));
  await symlink(join(ROOT, 'dist'), join(scratch, 'dist'));
  await symlink(join(ROOT, 'node_modules'), join(scratch, 'node_modules'));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

function npm(script: string, env: Record<string, string>): Child {
  const npmCli = join(process.execPath, '../../lib/node_modules/npm/bin/npm-cli.js');
  return runScript(npmCli, env, { cwd: scratch, args: ['run', '--silent', script], detached: true });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The pids of the node processes that wrote log lines. */
function loggedPids(child: Child): number[] {
  return [
    ...new Set(
      child
        .logs()
        .map((l) => l.pid)
        .filter((p): p is number => typeof p === 'number'),
    ),
  ];
}

describe('start scripts under npm', { timeout: 60_000 }, () => {
  it.concurrent('npm start: SIGTERM to npm stops the bot (no orphan) and npm exits 0', async () => {
    const discord = await startStandin({ guilds: [{ name: 'Newsroom' }] });
    const bot = npm('start', botEnvironment(discord, join(scratch, 'start.sqlite')));
    try {
      await bot.waitFor(/"message":"discord bot ready"/);
      const pids = loggedPids(bot);
      expect(pids).toHaveLength(1);
      bot.process.kill('SIGTERM');
      const exit = await bot.exited;
      // npm passes the signal on to the bot and exits 0 once it is gone, the bot having stopped
      // cleanly (its signal handlers are in place from the start, so even a signal sent the moment
      // it says it is ready is a clean stop).
      expect(exit).toEqual({ code: 0, signal: null });
      expect(pids.filter(isAlive)).toEqual([]);
      expect(bot.output()).toMatch(/"message":"discord client destroyed"/);
      expect(discord.sessions().every((s) => !s.connected)).toBe(true);
    } finally {
      bot.kill();
      await discord.close();
    }
  });

  it.concurrent(
    'npm run start:sharded: SIGTERM to npm stops the manager and every shard, exit 0',
    async () => {
      const guilds = [0, 1].map((shard) => ({ id: snowflakeForShard(shard, 2), name: `g${shard}` }));
      const discord = await startStandin({ shards: 2, guilds });
      const manager = npm(
        'start:sharded',
        botEnvironment(discord, join(scratch, 'sharded.sqlite'), {
          SHARD_TOTAL: '2',
          SHARDS_PER_PROCESS: '1',
        }),
      );
      try {
        await manager.waitFor(/"message":"all shards ready"/, 50_000);
        const pids = loggedPids(manager);
        expect(pids.length).toBeGreaterThanOrEqual(2);
        manager.process.kill('SIGTERM');
        expect(await manager.exited).toEqual({ code: 0, signal: null });
        expect(pids.filter(isAlive)).toEqual([]);
        expect(discord.sessions().every((s) => !s.connected)).toBe(true);
      } finally {
        manager.kill();
        await discord.close();
      }
    },
  );

  it.concurrent('npm start with no token and no input: says why on stderr and exits non-zero', async () => {
    const child = spawn(process.execPath, [join(ROOT, 'dist/src/main.js')], {
      cwd: scratch,
      env: { PATH: process.env.PATH ?? '', DATA_DIR: join(ROOT, 'data'), DATABASE_PATH: ':memory:' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((done) => child.once('exit', (c) => done(c)));
    expect(code).toBe(1);
    expect(stderr).toContain('No DISCORD_TOKEN is set, so Dossier runs the console');
    expect(stderr).toContain('standard input held no commands');
  });
});
