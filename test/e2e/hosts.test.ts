// Two "hosts" (two `npm run start:sharded` process groups with disjoint SHARD_IDS) sharing one
// PostgreSQL database, against a stand-in holding guilds on every shard: every shard identifies
// once, every guild is answered once by its own shard, each daily post goes out once, and after the
// hosts swap shards mid-day nothing is posted twice and the settings are intact.
import { commandDefinitions } from '../../commands/index.js';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/env.js';
import { createRest, deployCommands } from '../../src/discord/deploy.js';
import { snowflakeForShard, startStandin, type Standin } from '../standin/index.js';
import { freshPostgresDatabase, hasPostgres } from '../helpers/postgres.js';
import { runScript, type Child } from './child.js';
import { answer, embedOf } from './harness.js';
import { botEnvironment, seedDailyPost, withStore } from './live-bot.js';

const TOTAL = 4;
/** Two guilds on each shard. */
const GUILDS = [0, 1, 2, 3, 0, 1, 2, 3].map((shard, i) => ({
  id: snowflakeForShard(shard, TOTAL),
  name: `Guild ${i} (shard ${shard})`,
  shard,
  channels: [{ name: 'general' }, { name: 'news' }],
}));

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'dossier-hosts-'));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

function startHost(
  discord: Standin,
  database: string,
  shardIds: string,
  perProcess: string,
  clock: string,
): Child {
  return runScript(
    'dist/src/shard.js',
    botEnvironment(discord, database, {
      SHARD_TOTAL: String(TOTAL),
      SHARD_IDS: shardIds,
      SHARDS_PER_PROCESS: perProcess,
      DOSSIER_CLOCK_START: clock,
    }),
    { cwd: scratch, detached: true },
  );
}

async function stopHost(host: Child): Promise<void> {
  host.process.kill('SIGTERM');
  expect(await host.exited).toEqual({ code: 0, signal: null });
}

/** The host whose log has the interaction's line, and the shards of the process that wrote it. */
function whoAnswered(hosts: Record<string, Child>, interactionId: string): [string, unknown][] {
  return Object.entries(hosts).flatMap(([name, host]) =>
    host
      .logs()
      .filter((l) => l.message === 'interaction' && l.interactionId === interactionId)
      .map((l): [string, unknown] => [name, l.shards]),
  );
}

/** Asks every guild something; each must be answered once, by a process running the guild's shard. */
async function askEveryGuild(
  discord: Standin,
  hosts: Record<string, Child>,
  hostOf: (shard: number) => string,
) {
  for (const guild of GUILDS) {
    const handle = discord.chatInput({ name: 'actor', options: { name: 'karimov' }, guild: guild.name });
    expect(handle.shard).toEqual([guild.shard, TOTAL]);
    expect(embedOf(await answer(handle, 5000))?.title).toBe('Islam Karimov');
    const all = await handle.all({ quietMs: 100 });
    expect(all.filter((r) => r.kind === 'callback')).toHaveLength(1);
    await hosts[hostOf(guild.shard)]?.waitFor(new RegExp(`"interactionId":"${handle.id}"`), 5000);
    const answered = whoAnswered(hosts, handle.id);
    expect(answered).toHaveLength(1);
    expect(answered[0]?.[0]).toBe(hostOf(guild.shard));
    expect(answered[0]?.[1]).toContain(guild.shard);
  }
}

function postsIn(discord: Standin, guild: (typeof GUILDS)[number]) {
  return discord.messages(discord.channelId('news', guild.name), { source: 'channel' });
}

describe.skipIf(!hasPostgres)('two hosts sharing one PostgreSQL', () => {
  it('each shard identifies once, each guild is answered once by its shard, each post goes out once; after a swap mid-day nothing is posted twice and settings are intact', async () => {
    const discord = await startStandin({ shards: TOTAL, users: [{ username: 'alice' }], guilds: GUILDS });
    const database = await freshPostgresDatabase();
    const config = parseConfig({ DISCORD_API_BASE: discord.apiBase, DISCORD_TOKEN: discord.token });
    await deployCommands({
      rest: createRest(config, discord.token),
      applicationId: discord.applicationId,
      definitions: commandDefinitions(),
    });
    await withStore(database, async (store) => {
      for (const guild of GUILDS) {
        await seedDailyPost(store, guild.id, discord.channelId('news', guild.name), {
          timeZone: 'Europe/Berlin',
          postTime: '10:00',
        });
      }
    });
    // 10:00 in Berlin is 08:00 UTC: the posts are due as the hosts come up.
    let hosts: Record<string, Child> = {
      a: startHost(discord, database, '0-1', '1', '2026-06-02T08:00:00Z'),
      b: startHost(discord, database, '2-3', '2', '2026-06-02T08:00:00Z'),
    };
    try {
      await Promise.all(Object.values(hosts).map((h) => h.waitFor(/"message":"all shards ready"/, 60_000)));
      expect(discord.stats.identifies).toBe(TOTAL);
      expect(
        discord
          .sessions()
          .map((s) => s.shard[0])
          .sort(),
      ).toEqual([0, 1, 2, 3]);
      expect(
        hosts.a
          ?.logs()
          .filter((l) => l.message === 'shard process started')
          .map((l) => l.shards),
      ).toEqual([[0], [1]]);
      expect(
        hosts.b
          ?.logs()
          .filter((l) => l.message === 'shard process started')
          .map((l) => l.shards),
      ).toEqual([[2, 3]]);
      await askEveryGuild(discord, hosts, (shard) => (shard < 2 ? 'a' : 'b'));

      // Every guild's post, once, from the host running its shard.
      for (const guild of GUILDS) {
        await discord.waitForMessage(discord.channelId('news', guild.name), {
          source: 'channel',
          timeoutMs: 10_000,
        });
      }
      await Promise.all(
        GUILDS.map((g) =>
          hosts[g.shard < 2 ? 'a' : 'b']?.waitFor(
            new RegExp(`"message":"daily post sent","guildId":"${g.id}"`),
          ),
        ),
      );
      // An admin changes a setting through host b before the swap.
      const moved = GUILDS[2]!;
      const changed = await answer(
        discord.chatInput({
          name: 'dailypost',
          subcommand: 'time',
          options: { time: '11:30' },
          guild: moved.name,
          user: 'alice',
          permissions: ['ManageGuild', 'SendMessages'],
        }),
        5000,
      );
      expect(changed.content).toContain('11:30');
      await stopHost(hosts.a!);
      await stopHost(hosts.b!);
      const postsBefore = discord.requestsTo('POST', '/channels/:channel/messages').length;
      expect(postsBefore).toBe(GUILDS.length);

      // The hosts swap shards at 14:00 in Berlin, the same day.
      hosts = {
        a: startHost(discord, database, '2-3', '1', '2026-06-02T12:00:00Z'),
        b: startHost(discord, database, '0,1', '2', '2026-06-02T12:00:00Z'),
      };
      await Promise.all(Object.values(hosts).map((h) => h.waitFor(/"message":"all shards ready"/, 60_000)));
      await Promise.all(Object.values(hosts).map((h) => h.waitFor(/"message":"daily posts started"/)));
      await askEveryGuild(discord, hosts, (shard) => (shard < 2 ? 'b' : 'a'));
      await new Promise((resolve) => setTimeout(resolve, 1000)); // ticks ran: give them room to misbehave
      expect(discord.requestsTo('POST', '/channels/:channel/messages')).toHaveLength(postsBefore);
      for (const guild of GUILDS) expect(postsIn(discord, guild)).toHaveLength(1);
      expect(discord.stats.identifies).toBe(2 * TOTAL);

      await withStore(database, async (store) => {
        for (const guild of GUILDS) {
          expect(await store.settings.get(guild.id)).toMatchObject({
            enabled: true,
            channelId: discord.channelId('news', guild.name),
            timeZone: 'Europe/Berlin',
            postTime: guild === moved ? '11:30' : '10:00',
          });
          expect(await store.ledger.get(guild.id, '2026-06-02')).toMatchObject({
            status: 'sent',
            attempts: 1,
          });
        }
      });
      const show = await answer(
        discord.chatInput({
          name: 'dailypost',
          subcommand: 'show',
          guild: moved.name,
          user: 'alice',
          permissions: ['ManageGuild', 'SendMessages'],
        }),
        5000,
      );
      expect(show.content).toContain('Time: 11:30 Europe/Berlin');
      expect(show.content).toContain('Last post: June 2, 2026: posted');
      await stopHost(hosts.a!);
      await stopHost(hosts.b!);
      expect(discord.unknownRequests).toEqual([]);
    } finally {
      for (const host of Object.values(hosts)) host.kill();
      await discord.close();
    }
  }, 180_000);
});
