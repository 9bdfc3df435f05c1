// Live reload in a running bot process: SIGHUP (and a file change with DATA_WATCH=1) loads the new
// data beside the old and swaps it in while lookups keep arriving; none of them fails. A dataset
// with problems is refused and the old one stays in service. /about names the version.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor, EventRecord } from '../../src/dataset/schema.js';
import { editJson, scratchDataset } from '../helpers/scratch-data.js';
import { snowflakeForShard, startStandin, type Standin } from '../standin/index.js';
import { runScript, type Child } from './child.js';
import { answer, embedOf } from './harness.js';
import { botEnvironment } from './live-bot.js';

const RECORDS = 'records/tm-2-7-harbor-talks.json';

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'dossier-reload-'));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

function startBot(discord: Standin, dataDir: string, extra: Record<string, string> = {}): Child {
  return runScript(
    'src/main.ts',
    {
      DISCORD_TOKEN: discord.token,
      DISCORD_API_BASE: discord.apiBase,
      DATA_DIR: dataDir,
      DATABASE_PATH: join(scratch, `${Math.random().toString(36).slice(2)}.sqlite`),
      LOG_LEVEL: 'info',
      ...extra,
    },
    { cwd: scratch },
  );
}

async function titleOf(discord: Standin, name: string, options: Record<string, string>): Promise<unknown> {
  return embedOf(await answer(discord.chatInput({ name, options }), 10_000))?.title;
}

async function aboutVersion(discord: Standin): Promise<string> {
  const embed = embedOf(await answer(discord.chatInput({ name: 'about', options: {} }), 10_000));
  const fields = (embed?.fields ?? []) as { name: string; value: string }[];
  return fields.find((f) => f.name === 'Dataset version')?.value ?? '';
}

/** Lookups sent without pause by `workers` loops until stopped; each answer is checked. */
function keepAsking(discord: Standin, workers = 4) {
  let stopped = false;
  let answered = 0;
  const failures: string[] = [];
  const loop = async () => {
    while (!stopped) {
      try {
        const title = await titleOf(discord, 'actor', { name: 'petrova' });
        if (title === 'Ana Petrova') answered++;
        else failures.push(`answered ${JSON.stringify(title)}`);
      } catch (error) {
        failures.push(String(error));
      }
    }
  };
  const running = Array.from({ length: workers }, loop);
  return {
    get answered() {
      return answered;
    },
    failures,
    stop: async () => {
      stopped = true;
      await Promise.all(running);
    },
  };
}

async function until(condition: () => boolean, timeoutMs = 20_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('live reload of a running bot', { timeout: 120_000 }, () => {
  it('swaps the dataset on SIGHUP with no failed lookup under load; refuses a broken one', async () => {
    const discord = await startStandin({ guilds: [{ name: 'Newsroom' }] });
    const dataDir = await scratchDataset();
    const bot = startBot(discord, dataDir);
    try {
      await bot.waitFor(/"message":"discord bot ready"/, 30_000);
      const before = await aboutVersion(discord);
      expect(before).toMatch(/^`[0-9a-f]{12}`, loaded \d{4}-\d\d-\d\d \d\d:\d\d:\d\dZ$/);
      expect(await titleOf(discord, 'event', { query: 'harbor talks resume' })).toBeUndefined();

      const load = keepAsking(discord);
      await until(() => load.answered >= 20);
      await editJson<{ events: EventRecord[] }>(dataDir, RECORDS, (file) => {
        file.events[0]!.title = 'Harbor talks resume in Porto Vela';
      });
      bot.process.kill('SIGHUP');
      await bot.waitFor(/"message":"dataset reloaded"/, 30_000);
      const atSwap = load.answered;
      await until(() => load.answered >= atSwap + 20);
      await load.stop();
      expect(load.failures).toEqual([]);

      expect(await titleOf(discord, 'event', { query: 'harbor talks resume' })).toBe(
        'Harbor talks resume in Porto Vela',
      );
      const after = await aboutVersion(discord);
      expect(after).not.toBe(before);

      // A broken dataset: refused, the problem logged, the old data still answering.
      await writeFile(join(dataDir, RECORDS), '{ "article": ');
      bot.process.kill('SIGHUP');
      await bot.waitFor(
        /"message":"dataset reload refused[^"]*".*records\/tm-2-7-harbor-talks\.json/,
        30_000,
      );
      expect(await titleOf(discord, 'actor', { name: 'petrova' })).toBe('Ana Petrova');
      expect(await titleOf(discord, 'event', { query: 'harbor talks resume' })).toBe(
        'Harbor talks resume in Porto Vela',
      );
      expect(await aboutVersion(discord)).toBe(after);
      expect(bot.process.exitCode).toBeNull();
    } finally {
      bot.kill('SIGKILL');
      await discord.close();
    }
  });

  it('reloads on its own when a data file changes and DATA_WATCH=1', async () => {
    const discord = await startStandin({ guilds: [{ name: 'Newsroom' }] });
    const dataDir = await scratchDataset();
    const bot = startBot(discord, dataDir, { DATA_WATCH: '1' });
    try {
      await bot.waitFor(/"message":"discord bot ready"/, 30_000);
      expect(await titleOf(discord, 'actor', { name: 'anyuta' })).toBeUndefined();
      await editJson<{ actors: Actor[] }>(dataDir, 'actors/registry.json', (file) => {
        file.actors[0]!.aliases.push('Anyuta');
      });
      await bot.waitFor(/"message":"dataset reloaded"/, 30_000);
      expect(await titleOf(discord, 'actor', { name: 'anyuta' })).toBe('Ana Petrova');
    } finally {
      bot.kill('SIGKILL');
      await discord.close();
    }
  });

  it('in sharded mode, the manager passes SIGHUP on to every shard process', async () => {
    const guilds = [0, 1].map((shard) => ({ id: snowflakeForShard(shard, 2), name: `Shard ${shard}` }));
    const discord = await startStandin({ guilds });
    const dataDir = await scratchDataset();
    const manager = runScript(
      'dist/src/shard.js',
      botEnvironment(discord, join(scratch, 'sharded.sqlite'), {
        DATA_DIR: dataDir,
        SHARD_TOTAL: '2',
        SHARDS_PER_PROCESS: '1',
      }),
      { cwd: scratch, detached: true },
    );
    try {
      await manager.waitFor(/"message":"all shards ready"/, 60_000);
      await editJson<{ events: EventRecord[] }>(dataDir, RECORDS, (file) => {
        file.events[0]!.title = 'Harbor talks resume in Porto Vela';
      });
      manager.process.kill('SIGHUP');
      await manager.waitFor(
        /"message":"dataset reloaded"[^\n]*\n(.|\n)*"message":"dataset reloaded"/,
        60_000,
      );
      for (const guild of guilds) {
        const handle = discord.chatInput({
          name: 'event',
          options: { query: 'harbor talks resume' },
          guild: guild.name,
        });
        expect(embedOf(await answer(handle, 10_000))?.title).toBe('Harbor talks resume in Porto Vela');
      }
      manager.process.kill('SIGINT');
      expect(await manager.exited).toEqual({ code: 0, signal: null });
    } finally {
      manager.kill();
      await discord.close();
    }
  });
});
