// The bot and the deploy script as child processes configured only by environment variables, as
// an operator runs them: login, an answer, a clean exit on SIGTERM and SIGINT, and no token in logs.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { startStandin, type Standin } from '../standin/index.js';
import { ROOT, runScript, type Child } from './child.js';
import { answer, embedOf } from './harness.js';

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'dossier-e2e-'));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

/** Runs an entry point (compiled, as npm start runs it) in a scratch directory (no .env there) with only `env` set. */
function run(script: string, env: Record<string, string>): Child {
  return runScript(script, env, { cwd: scratch });
}

function botEnvironment(discord: Standin, name: string): Record<string, string> {
  return {
    DISCORD_TOKEN: discord.token,
    DISCORD_API_BASE: discord.apiBase,
    DATA_DIR: join(ROOT, 'data'),
    DATABASE_PATH: join(scratch, `${name}.sqlite`),
    LOG_LEVEL: 'info',
    // As in .env.example: meant for the sharding manager, and must not trip a standalone client.
    SHARD_TOTAL: 'auto',
  };
}

// A child starts in about 2 s; the margins are for a machine busy with other work.
describe('the bot as a child process', { timeout: 60_000 }, () => {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it.concurrent(`logs in, answers, and exits cleanly on ${signal}`, async () => {
      const discord = await startStandin({ guilds: [{ name: 'Newsroom' }] });
      let bot: Child | undefined;
      try {
        bot = run('dist/src/main.js', botEnvironment(discord, signal));
        await bot.waitFor(/"message":"discord bot ready"/);
        expect(discord.sessions().map((s) => s.intents)).toEqual([1]);
        const body = await answer(discord.chatInput({ name: 'actor', options: { name: 'karimov' } }));
        expect(embedOf(body)?.title).toBe('Islam Karimov');
        await bot.waitFor(/"message":"interaction".*"command":"actor"/);

        bot.process.kill(signal);
        const exit = await bot.exited;
        expect(exit).toEqual({ code: 0, signal: null });
        const lines = bot.output();
        expect(lines).toMatch(new RegExp(`"message":"shutting down","reason":"${signal}"`));
        expect(lines).toMatch(/"message":"discord client destroyed"/);
        expect(discord.sessions().every((s) => !s.connected)).toBe(true);
        expect(lines).not.toContain(discord.token);
        expect(discord.unknownRequests).toEqual([]);
      } finally {
        if (bot && bot.process.exitCode === null) bot.process.kill('SIGKILL');
        await discord.close();
      }
    });
  }

  it.concurrent('refuses a wrong token with a clear message and exit code 1', async () => {
    const discord = await startStandin();
    try {
      const token = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.wrong.token-value';
      const bot = run('dist/src/main.js', { ...botEnvironment(discord, 'wrong'), DISCORD_TOKEN: token });
      expect((await bot.exited).code).toBe(1);
      expect(bot.output()).toMatch(/token/i);
      expect(bot.output()).not.toContain(token);
    } finally {
      await discord.close();
    }
  });
});

describe('the deploy script as a child process', { timeout: 60_000 }, () => {
  it.concurrent('registers the registry to DISCORD_GUILD_ID, looking up the application id', async () => {
    const discord = await startStandin({ guilds: [{ name: 'Newsroom' }] });
    try {
      const script = run('scripts/deploy-commands.ts', {
        DISCORD_TOKEN: discord.token,
        DISCORD_API_BASE: discord.apiBase,
        DISCORD_GUILD_ID: discord.guildId('Newsroom'),
      });
      expect((await script.exited).code).toBe(0);
      const names = commands.map((m) => m.definition.name);
      expect(discord.commands('Newsroom').map((c) => c.name)).toEqual(names);
      expect(discord.commands()).toEqual([]);
      expect(script.output()).toContain(`Registered ${names.length} command(s) to guild`);
      expect(script.output()).not.toContain(discord.token);
    } finally {
      await discord.close();
    }
  });
});
