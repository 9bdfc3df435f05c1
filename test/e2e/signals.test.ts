// Signals during start-up, in both runtimes as processes: SIGTERM or SIGINT before the bot is
// running ends it at once with exit code 0 (not killed by the signal), SIGTERM the moment it says
// it is ready stops it cleanly, and a SIGHUP while it is still loading (the sharding manager passes
// one to every shard) is carried out once it is in service instead of killing it.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStandin, type Standin } from '../standin/index.js';
import { ROOT, runScript, type Child } from './child.js';
import { httpBotEnvironment } from './harness.js';
import { botEnvironment } from './live-bot.js';

let scratch: string;
let discord: Standin;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'dossier-signals-'));
  discord = await startStandin({ guilds: [{ name: 'Newsroom' }] });
});
afterAll(async () => {
  await discord?.close();
  await rm(scratch, { recursive: true, force: true });
});

const RUNTIMES = {
  gateway: {
    script: 'dist/src/main.js',
    env: () => botEnvironment(discord, join(scratch, `${Math.random().toString(36).slice(2)}.sqlite`)),
    ready: /"message":"discord bot ready"/,
  },
  http: {
    script: 'dist/src/http-main.js',
    env: () => httpBotEnvironment(discord, { DATA_DIR: join(ROOT, 'data'), LOG_LEVEL: 'info' }),
    ready: /"message":"http interactions ready"/,
  },
} as const;

function start(runtime: keyof typeof RUNTIMES): Child {
  const { script, env } = RUNTIMES[runtime];
  return runScript(script, env(), { cwd: scratch });
}

describe.each(Object.keys(RUNTIMES) as (keyof typeof RUNTIMES)[])(
  '%s runtime',
  { timeout: 60_000 },
  (runtime) => {
    it.each(['SIGTERM', 'SIGINT'] as const)(
      '%s while the dataset loads: exit 0 at once, saying why',
      async (signal) => {
        const bot = start(runtime);
        try {
          await bot.waitFor(/"message":"store opened"/, 30_000);
          bot.process.kill(signal);
          expect(await bot.exited).toEqual({ code: 0, signal: null });
          expect(bot.output()).toContain('stopped by a signal before the bot was running');
          expect(bot.output()).not.toMatch(RUNTIMES[runtime].ready);
        } finally {
          bot.kill();
        }
      },
    );

    it('SIGTERM the moment it is ready: a clean stop, exit 0', async () => {
      const bot = start(runtime);
      try {
        await bot.waitFor(RUNTIMES[runtime].ready, 30_000);
        bot.process.kill('SIGTERM');
        expect(await bot.exited).toEqual({ code: 0, signal: null });
        expect(bot.output()).toMatch(/"message":"shutting down"/);
      } finally {
        bot.kill();
      }
    });

    it('SIGHUP while the dataset loads: it starts, then reloads', async () => {
      const bot = start(runtime);
      try {
        await bot.waitFor(/"message":"store opened"/, 30_000);
        bot.process.kill('SIGHUP');
        await bot.waitFor(RUNTIMES[runtime].ready, 30_000);
        // The files did not change meanwhile: the reload finds the same version and keeps it.
        await bot.waitFor(/"message":"dataset unchanged; nothing swapped"/, 30_000);
        // (On a loaded machine the small dataset may be in service before the signal lands: then it
        // is an ordinary reload. Either way the bot lives and reloads once.)
        expect(bot.output()).toMatch(
          /"message":"dataset reload started","reason":"SIGHUP(?: during start-up)?"/,
        );
        bot.process.kill('SIGTERM');
        expect(await bot.exited).toEqual({ code: 0, signal: null });
      } finally {
        bot.kill();
      }
    });
  },
);
