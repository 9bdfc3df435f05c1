// The gateway bot with PORT set, as a child process: /healthz and /metrics on that port, the
// interaction it answered counted, and the server closed with the bot on SIGTERM.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStandin } from '../standin/index.js';
import { listeningPort, runScript } from './child.js';
import { answer, embedOf } from './harness.js';
import { botEnvironment } from './live-bot.js';

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'dossier-gateway-http-'));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe('gateway mode with PORT', { timeout: 60_000 }, () => {
  it('serves /healthz and /metrics, counts the interactions, and closes on SIGTERM', async () => {
    const discord = await startStandin({ guilds: [{ name: 'Newsroom' }] });
    const bot = runScript(
      'dist/src/main.js',
      botEnvironment(discord, join(scratch, 'bot.sqlite'), { PORT: '0', HOST: '127.0.0.1' }),
      { cwd: scratch },
    );
    try {
      await bot.waitFor(/"message":"discord bot ready"/);
      const base = `http://127.0.0.1:${listeningPort(bot.logs())}`;
      const health = await fetch(`${base}/healthz`);
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({ status: 'ready', dataset: expect.any(String) });

      const body = await answer(discord.chatInput({ name: 'actor', options: { name: 'karimov' } }));
      expect(embedOf(body)?.title).toBe('Islam Karimov');
      await bot.waitFor(/"message":"interaction".*"command":"actor"/);
      const metrics = await (await fetch(`${base}/metrics`)).text();
      expect(metrics).toContain(
        'dossier_interactions_total{kind="command",command="actor",outcome="reply"} 1',
      );
      expect(metrics).toMatch(/dossier_dataset_records\{kind="events"\} [1-9]\d*/);

      bot.process.kill('SIGTERM');
      expect(await bot.exited).toEqual({ code: 0, signal: null });
      await expect(fetch(`${base}/healthz`)).rejects.toThrow();
    } finally {
      bot.kill();
      await discord.close();
    }
  });

  it('stops with a clear message when PORT is not a port', async () => {
    const discord = await startStandin();
    try {
      const bot = runScript(
        'dist/src/main.js',
        botEnvironment(discord, join(scratch, 'bad.sqlite'), { PORT: 'eighty' }),
        { cwd: scratch },
      );
      expect((await bot.exited).code).toBe(1);
      expect(bot.output()).toMatch(/PORT: must be a port number from 0 to 65535/);
    } finally {
      await discord.close();
    }
  });
});
