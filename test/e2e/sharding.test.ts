// `npm run start:sharded` against a stand-in that recommends two shards: one process per shard,
// each posting the daily post for its own servers only, all on one SQLite file, and a clean stop.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/env.js';
import { planShards } from '../../src/discord/shard-plan.js';
import { snowflakeForShard, startStandin } from '../standin/index.js';
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
  it('asks the configured API base for the count, or takes SHARD_COUNT; paces spawns by max_concurrency', async () => {
    const discord = await startStandin({ shards: 3, maxConcurrency: 1 });
    try {
      const config = (count: string) =>
        parseConfig({ DISCORD_API_BASE: discord.apiBase, DISCORD_TOKEN: discord.token, SHARD_COUNT: count });
      expect(await planShards(config('auto'), discord.token)).toEqual({
        count: 3,
        source: 'gateway',
        delayMs: 5000,
      });
      expect(await planShards(config('2'), discord.token)).toMatchObject({ count: 2, source: 'SHARD_COUNT' });
      expect(discord.requestsTo('GET', '/gateway/bot')).toHaveLength(2);
    } finally {
      await discord.close();
    }
  });
});

describe('npm run start:sharded', () => {
  it('runs a process per shard; each server’s post arrives once, from its own shard; SIGTERM stops all with exit 0', async () => {
    const guilds = [
      { id: snowflakeForShard(0, 2), name: 'Even', channels: [{ name: 'news' }] },
      { id: snowflakeForShard(1, 2), name: 'Odd', channels: [{ name: 'news' }] },
    ];
    const discord = await startStandin({ shards: 2, guilds });
    const databasePath = join(scratch, 'sharded.sqlite');
    withStore(databasePath, (store) => {
      for (const { name } of guilds)
        seedDailyPost(store, discord.guildId(name), discord.channelId('news', name));
    });
    // As `npm run start:sharded` runs it: compiled, so each shard runs the compiled main.js.
    const manager = runScript(
      'dist/src/shard.js',
      botEnvironment(discord, databasePath, {
        SHARD_COUNT: 'auto',
        DOSSIER_CLOCK_START: '2026-06-02T09:00:00Z',
      }),
      { cwd: scratch, detached: true },
    );
    try {
      await manager.waitFor(/"message":"all shards ready"/, 45_000);
      const [even, odd] = await Promise.all(
        guilds.map((g) =>
          discord.waitForMessage(discord.channelId('news', g.name), { source: 'channel', timeoutMs: 10_000 }),
        ),
      );
      expect(even?.embeds.at(-1)?.footer?.text).toBe('Dossier · on this day · 2026-06-02');
      expect(odd?.embeds.at(-1)?.footer?.text).toBe('Dossier · on this day · 2026-06-02');
      expect(discord.sessions().map((s) => s.shard)).toEqual([
        [0, 2],
        [1, 2],
      ]);
      // Each shard logs the post after Discord's answer: wait for both lines.
      await Promise.all(
        guilds.map((g) => manager.waitFor(new RegExp(`"message":"daily post sent","guildId":"${g.id}"`))),
      );
      const logs = manager.logs();
      expect(logs.filter((l) => l.message === 'shard spawned').map((l) => l.shardId)).toEqual([0, 1]);
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
      withStore(databasePath, (store) => {
        for (const { id } of guilds) expect(store.ledger.get(id, '2026-06-02')?.status).toBe('sent');
      });

      manager.process.kill('SIGTERM');
      expect(await manager.exited).toEqual({ code: 0, signal: null });
      const after = manager.logs();
      expect(after.filter((l) => l.message === 'shard died').map((l) => [l.shardId, l.level])).toEqual(
        expect.arrayContaining([
          [0, 'info'],
          [1, 'info'],
        ]),
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
  }, 60_000);
});
