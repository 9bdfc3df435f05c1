// `npm run start:sharded` against the stand-in: the plan (SHARD_TOTAL, SHARD_IDS, SHARDS_PER_PROCESS),
// one process per shard or several shards in one process, each server's post from its own shard,
// progress while loading, a dead process restarted, bad input refused, and a clean stop.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/env.js';
import { groupShards, parseShardIds, planShards } from '../../src/discord/shard-plan.js';
import { snowflakeForShard, startStandin } from '../standin/index.js';
import { answer, embedOf } from './harness.js';
import { runScript } from './child.js';
import { botEnvironment, seedDailyPost, withStore } from './live-bot.js';

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'dossier-shards-'));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe('the shard plan', () => {
  it('takes SHARD_TOTAL or asks the configured API base; this host’s SHARD_IDS in processes of SHARDS_PER_PROCESS', async () => {
    const discord = await startStandin({ shards: 3, maxConcurrency: 2 });
    try {
      const config = (env: Record<string, string>) =>
        parseConfig({ DISCORD_API_BASE: discord.apiBase, DISCORD_TOKEN: discord.token, ...env });
      expect(await planShards(config({ SHARD_TOTAL: 'auto' }), discord.token)).toEqual({
        total: 3,
        source: 'gateway',
        ids: [0, 1, 2],
        groups: [[0, 1, 2]],
        identifyIntervalMs: 2500,
      });
      expect(
        await planShards(
          config({ SHARD_TOTAL: '12', SHARD_IDS: '4-7,10', SHARDS_PER_PROCESS: '2' }),
          discord.token,
        ),
      ).toMatchObject({
        total: 12,
        source: 'SHARD_TOTAL',
        ids: [4, 5, 6, 7, 10],
        groups: [[4, 5], [6, 7], [10]],
      });
      await expect(planShards(config({ SHARD_IDS: '2-3' }), discord.token)).rejects.toThrow(
        /SHARD_IDS: shard 3 does not exist: with SHARD_TOTAL 3 the shards are 0-2/,
      );
      expect(discord.requestsTo('GET', '/gateway/bot')).toHaveLength(3);
      await expect(planShards(config({ SHARD_TOTAL: 'auto' }), 'not-the-token')).rejects.toThrow(
        /could not ask http:\/\/127\.0\.0\.1:\d+.* for the gateway \(GET \/gateway\/bot\): the token was refused \(401\)/,
      );
    } finally {
      await discord.close();
    }
  });

  it('refuses shard ids outside the total, overlapping, backwards or malformed, saying which', () => {
    expect(parseShardIds('0-3', 8)).toEqual([0, 1, 2, 3]);
    expect(parseShardIds(' 5, 0-1 ,3', 8)).toEqual([0, 1, 3, 5]);
    expect(() => parseShardIds('0-8', 8)).toThrow(
      /shard 8 does not exist: with SHARD_TOTAL 8 the shards are 0-7/,
    );
    expect(() => parseShardIds('0-3,2-5', 8)).toThrow(/shard 2 is listed twice/);
    expect(() => parseShardIds('1,1', 8)).toThrow(/shard 1 is listed twice/);
    expect(() => parseShardIds('3-1', 8)).toThrow(/runs backwards; write 1-3/);
    expect(() => parseShardIds('0-3;5', 8)).toThrow(/"0-3;5" is not a shard id or range/);
    expect(() => parseShardIds('a', 8)).toThrow(/not a shard id or range/);
    expect(groupShards([0, 1, 2, 3, 4], 2)).toEqual([[0, 1], [2, 3], [4]]);
  });
});

describe('npm run start:sharded', { timeout: 90_000 }, () => {
  it('one process per shard: each server’s post arrives once, from its own shard; SIGTERM stops all with exit 0', async () => {
    const guilds = [
      { id: snowflakeForShard(0, 2), name: 'Even', channels: [{ name: 'news' }] },
      { id: snowflakeForShard(1, 2), name: 'Odd', channels: [{ name: 'news' }] },
    ];
    const discord = await startStandin({ shards: 2, guilds });
    const databasePath = join(scratch, 'sharded.sqlite');
    await withStore(databasePath, async (store) => {
      for (const { name } of guilds)
        await seedDailyPost(store, discord.guildId(name), discord.channelId('news', name));
    });
    // As `npm run start:sharded` runs it: compiled, so each shard runs the compiled main.js.
    const manager = runScript(
      'dist/src/shard.js',
      botEnvironment(discord, databasePath, {
        SHARD_TOTAL: 'auto',
        SHARDS_PER_PROCESS: '1',
        DOSSIER_CLOCK_START: '2026-06-02T09:00:00Z',
      }),
      { cwd: scratch, detached: true },
    );
    try {
      await manager.waitFor(/"message":"all shards ready"/, 60_000);
      const [even, odd] = await Promise.all(
        guilds.map((g) =>
          discord.waitForMessage(discord.channelId('news', g.name), { source: 'channel', timeoutMs: 10_000 }),
        ),
      );
      expect(even?.embeds.at(-1)?.footer?.text).toBe('Dossier · on this day · 2026-06-02');
      expect(odd?.embeds.at(-1)?.footer?.text).toBe('Dossier · on this day · 2026-06-02');
      expect(discord.sessions().map((s) => s.shard)).toEqual(
        expect.arrayContaining([
          [0, 2],
          [1, 2],
        ]),
      );
      expect(discord.sessions()).toHaveLength(2);
      await Promise.all(
        guilds.map((g) => manager.waitFor(new RegExp(`"message":"daily post sent","guildId":"${g.id}"`))),
      );
      const logs = manager.logs();
      const started = logs.filter((l) => l.message === 'shard process started');
      expect(started.map((l) => l.shards)).toEqual([[0], [1]]);
      // Every line says where it comes from: the process, and the shards (or the manager).
      expect(logs.every((l) => typeof l.pid === 'number')).toBe(true);
      expect(logs.every((l) => l.role === 'manager' || Array.isArray(l.shards))).toBe(true);
      const sent = logs.filter((l) => l.message === 'daily post sent');
      expect(sent.map((l) => [l.guildId, l.shards])).toEqual(
        expect.arrayContaining([
          [guilds[0]?.id, [0]],
          [guilds[1]?.id, [1]],
        ]),
      );
      expect(sent).toHaveLength(2);

      await new Promise((resolve) => setTimeout(resolve, 500));
      for (const { name } of guilds) {
        expect(discord.messages(discord.channelId('news', name), { source: 'channel' })).toHaveLength(1);
      }
      expect(discord.requestsTo('POST', '/channels/:channel/messages')).toHaveLength(2);

      manager.process.kill('SIGTERM');
      expect(await manager.exited).toEqual({ code: 0, signal: null });
      const after = manager.logs();
      expect(after.filter((l) => l.message === 'shard process stopped').map((l) => l.shards)).toEqual(
        expect.arrayContaining([[0], [1]]),
      );
      expect(after.filter((l) => l.message === 'daily posts stopped')).toHaveLength(2);
      expect(after.at(-1)?.message).toBe('sharding manager stopped');
      expect(discord.sessions().every((s) => !s.connected)).toBe(true);
      expect(manager.output()).not.toContain(discord.token);
      expect(discord.unknownRequests).toEqual([]);
    } finally {
      manager.kill();
      await discord.close();
    }
  });

  it('several shards in one process: one dataset, every shard identified once, every guild answered; a dead process is restarted', async () => {
    const guilds = [0, 1, 2, 3].map((shard) => ({ id: snowflakeForShard(shard, 4), name: `Shard ${shard}` }));
    const discord = await startStandin({ guilds });
    const manager = runScript(
      'dist/src/shard.js',
      botEnvironment(discord, join(scratch, 'grouped.sqlite'), { SHARD_TOTAL: '4' }),
      { cwd: scratch, detached: true },
    );
    try {
      await manager.waitFor(/"message":"all shards ready"/, 60_000);
      const started = manager.logs().filter((l) => l.message === 'shard process started');
      expect(started.map((l) => l.shards)).toEqual([[0, 1, 2, 3]]);
      expect(manager.logs().filter((l) => l.message === 'dataset loaded')).toHaveLength(1);
      expect(discord.stats.identifies).toBe(4);
      expect(
        discord
          .sessions()
          .map((s) => s.shard)
          .sort(),
      ).toEqual([
        [0, 4],
        [1, 4],
        [2, 4],
        [3, 4],
      ]);
      for (const guild of guilds) {
        const handle = discord.chatInput({ name: 'actor', options: { name: 'karimov' }, guild: guild.name });
        expect(handle.shard).toEqual([guilds.indexOf(guild), 4]);
        expect(embedOf(await answer(handle, 5000))?.title).toBe('Islam Karimov');
      }

      // The process dies: the manager starts it again and its servers are answered again.
      const childPid = started[0]?.childPid as number;
      process.kill(childPid, 'SIGKILL');
      await manager.waitFor(/"message":"shard process died; restarting it"/);
      await manager.waitFor(
        /"message":"shard process ready"[^\n]*\n(.|\n)*"message":"shard process ready"/,
        60_000,
      );
      const handle = discord.chatInput({ name: 'actor', options: { name: 'ivanov' }, guild: 'Shard 2' });
      expect((await answer(handle, 5000)).components).toBeDefined();
      expect(discord.stats.identifies).toBe(8);

      manager.process.kill('SIGINT');
      expect(await manager.exited).toEqual({ code: 0, signal: null });
    } finally {
      manager.kill();
      await discord.close();
    }
  });

  it('refuses bad SHARD_IDS and the old SHARD_COUNT with a clear message and exit code 1', async () => {
    const discord = await startStandin({ shards: 4 });
    try {
      const bad = runScript(
        'dist/src/shard.js',
        botEnvironment(discord, join(scratch, 'bad.sqlite'), { SHARD_TOTAL: '4', SHARD_IDS: '2-5' }),
        { cwd: scratch },
      );
      expect((await bad.exited).code).toBe(1);
      expect(bad.output()).toContain(
        'SHARD_IDS: shard 5 does not exist: with SHARD_TOTAL 4 the shards are 0-3',
      );
      const old = runScript(
        'dist/src/shard.js',
        botEnvironment(discord, join(scratch, 'old.sqlite'), { SHARD_COUNT: '4' }),
        {
          cwd: scratch,
        },
      );
      expect((await old.exited).code).toBe(1);
      expect(old.output()).toContain('SHARD_COUNT: is now SHARD_TOTAL');
    } finally {
      await discord.close();
    }
  });
});
