// Replicas of `npm run start:http` (the compiled entry point, as child processes) sharing one real
// PostgreSQL, with the stand-in POSTing signed interactions to them in turn as a load balancer
// would: settings written through one are read through the other, a picker sent by one is answered
// by the other, a burst is answered in full by both, each daily post goes out exactly once with
// both replicas ticking (also when one dies mid-send), and SIGTERM lets a request in flight finish.
import { request } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandDefinitions } from '../../commands/index.js';
import { parseConfig } from '../../src/config/env.js';
import { createRest, deployCommands } from '../../src/discord/deploy.js';
import { freshPostgresDatabase, hasPostgres } from '../helpers/postgres.js';
import { startStandin, type InteractionHandle, type InvokeSpec, type Standin } from '../standin/index.js';
import { ROOT, listeningPort, runScript, type Child } from './child.js';
import { answer, componentsOf, embedOf, httpBotEnvironment } from './harness.js';
import { seedDailyPost, withStore } from './live-bot.js';

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'dossier-replicas-'));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

interface Replica {
  readonly child: Child;
  readonly url: string;
}

async function startReplica(
  discord: Standin,
  database: string,
  extra: Record<string, string> = {},
): Promise<Replica> {
  const child = runScript(
    'dist/src/http-main.js',
    httpBotEnvironment(discord, {
      DATABASE_URL: database,
      DATA_DIR: join(ROOT, 'data'),
      LOG_LEVEL: 'info',
      ...extra,
    }),
    { cwd: scratch },
  );
  await child.waitFor(/"message":"http interactions ready"/, 60_000);
  return { child, url: `http://127.0.0.1:${listeningPort(child.logs())}/interactions` };
}

async function stopReplica(replica: Replica): Promise<void> {
  replica.child.process.kill('SIGTERM');
  expect(await replica.child.exited).toEqual({ code: 0, signal: null });
}

async function newsroom(guilds = 1): Promise<Standin> {
  const discord = await startStandin({
    users: [{ username: 'alice' }, { username: 'bob' }],
    guilds: Array.from({ length: guilds }, (_, i) => ({
      name: i === 0 ? 'Newsroom' : `Newsroom ${i}`,
      channels: [{ name: 'general' }, { name: 'news' }],
    })),
  });
  await deployCommands({
    rest: createRest(parseConfig({ DISCORD_API_BASE: discord.apiBase }), discord.token),
    applicationId: discord.applicationId,
    definitions: commandDefinitions(),
  });
  return discord;
}

/** Which replica answered an interaction (the URL the stand-in posted it to). */
async function servedBy(handle: InteractionHandle, replicas: readonly Replica[]): Promise<number> {
  const result = await handle.endpointResult(5000);
  expect(result.status).toBe(200);
  return replicas.findIndex((r) => r.url === result.url);
}

const ADMIN: InvokeSpec = { user: 'alice', permissions: ['ManageGuild', 'SendMessages'] };

describe.skipIf(!hasPostgres)('two HTTP replicas on one PostgreSQL', { timeout: 120_000 }, () => {
  it('share settings and pickers round robin, and answer a burst in full, each interaction once', async () => {
    const discord = await newsroom();
    const database = await freshPostgresDatabase();
    const replicas = await Promise.all([startReplica(discord, database), startReplica(discord, database)]);
    try {
      discord.useInteractionsEndpoint(replicas.map((r) => r.url));

      // Written through replica 0, read through replica 1.
      const set = discord.chatInput({
        name: 'dailypost',
        subcommand: 'channel',
        options: { channel: 'news' },
        ...ADMIN,
      });
      expect((await answer(set, 5000)).content).toContain('The daily post will go to');
      const show = discord.chatInput({ name: 'dailypost', subcommand: 'show', ...ADMIN });
      expect(String((await answer(show, 5000)).content)).toContain(`<#${discord.channelId('news')}>`);
      expect([await servedBy(set, replicas), await servedBy(show, replicas)]).toEqual([0, 1]);

      // A picker sent by replica 0, chosen through replica 1.
      const ask = discord.chatInput({ name: 'actor', options: { name: 'ivanov' }, user: 'alice' });
      const [select] = componentsOf(await answer(ask, 5000), 3);
      const customId = String(select?.custom_id);
      // The option's value as the replica made it (signed with the replicas' shared key).
      const igor = (select?.options as { label: string; value: string }[]).find((o) =>
        o.label.includes('Igor'),
      );
      const chosen = discord.select({
        customId,
        values: [String(igor?.value)],
        user: 'alice',
        message: ask.original()!,
      });
      const callback = await chosen.response(5000);
      // The picker was the asker's alone; the choice is posted in the channel as a new message.
      expect(callback.type).toBe(4);
      expect(embedOf(callback.data ?? {})?.title).toBe('Igor Ivanov');
      expect([await servedBy(ask, replicas), await servedBy(chosen, replicas)]).toEqual([0, 1]);

      // A burst: everything at once, all answered once, by both replicas, within Discord's deadline.
      const queries = [
        'karimov',
        'ivanov',
        'tashkent',
        'putin',
        'uzbekistan',
        'gulomov',
        'samarkand',
        'duma',
      ];
      const burst = Array.from({ length: 120 }, (_, i) => {
        const query = queries[i % queries.length]!;
        if (i % 4 === 0) return discord.autocomplete({ name: 'event', focused: 'query', options: { query } });
        if (i % 4 === 1) return discord.chatInput({ name: 'event', options: { query } });
        if (i % 4 === 2) return discord.chatInput({ name: 'quote', options: { query } });
        return discord.chatInput({ name: 'actor', options: { name: query } });
      });
      const results = await Promise.all(burst.map((handle) => handle.endpointResult(10_000)));
      for (const result of results) {
        expect(result.status).toBe(200);
        expect(result.callbackError).toBeUndefined();
        expect(result.ms).toBeLessThan(3000);
      }
      const callbacks = await Promise.all(burst.map((handle) => handle.response(5000)));
      expect(callbacks.every((c) => [4, 8].includes(c.type))).toBe(true);
      const perReplica = replicas.map((r) => results.filter((result) => result.url === r.url).length);
      expect(perReplica).toEqual([60, 60]);
      for (const interaction of discord.interactions())
        expect(interaction.responses.filter((r) => r.kind === 'callback')).toHaveLength(1);
      expect(discord.unknownRequests).toEqual([]);
      // The token never reaches the logs.
      for (const replica of replicas) expect(replica.child.output()).not.toContain(discord.token);
    } finally {
      await Promise.all(replicas.map(stopReplica));
      await discord.close();
    }
  });

  it('post each server’s daily post exactly once with both replicas ticking', async () => {
    const discord = await newsroom(4);
    const database = await freshPostgresDatabase();
    const guilds = discord.guildIds();
    await withStore(database, async (store) => {
      for (const guildId of guilds) await seedDailyPost(store, guildId, discord.channelId('news', guildId));
    });
    // 09:00 UTC on June 2 (a day with entries): due as the replicas come up, and both tick at once.
    const clock = { DOSSIER_CLOCK_START: '2026-06-02T09:00:05Z' };
    const replicas = await Promise.all([
      startReplica(discord, database, clock),
      startReplica(discord, database, clock),
    ]);
    try {
      for (const guildId of guilds) {
        const posted = await discord.waitForMessage(discord.channelId('news', guildId), {
          timeoutMs: 20_000,
          source: 'channel',
        });
        expect(posted.author.id).toBe(discord.botUser.id);
      }
      // Both replicas have ticked at least once since (each ticks at start).
      await new Promise((resolve) => setTimeout(resolve, 1500));
      for (const guildId of guilds)
        expect(discord.messages(discord.channelId('news', guildId), { source: 'channel' })).toHaveLength(1);
      const sent = replicas.flatMap((r) => r.child.logs().filter((l) => l.message === 'daily post sent'));
      expect(sent).toHaveLength(guilds.length);
      await withStore(database, async (store) => {
        for (const guildId of guilds) expect((await store.ledger.latest(guildId))?.status).toBe('sent');
      });
    } finally {
      await Promise.all(replicas.map(stopReplica));
      await discord.close();
    }
  });

  it('a replica dying mid-send: the next one to tick past the lease finds the post and does not repeat it', async () => {
    const discord = await newsroom();
    const database = await freshPostgresDatabase();
    const guildId = discord.guildId('Newsroom');
    const news = discord.channelId('news');
    await withStore(database, (store) => seedDailyPost(store, guildId, news));
    // Discord takes the post, but only after the sender is gone.
    discord.injectFault({
      method: 'POST',
      route: '/channels/:channel/messages',
      delayMs: 1500,
      afterHandler: true,
      status: 500,
    });
    const first = await startReplica(discord, database, { DOSSIER_CLOCK_START: '2026-06-02T09:00:05Z' });
    await discord
      .waitFor('request', {
        timeoutMs: 10_000,
        predicate: (record) => record.method === 'POST' && record.route === '/channels/:channel/messages',
      })
      .catch(() => undefined);
    first.child.kill('SIGKILL');
    await first.child.exited;
    await discord.waitForMessage(news, { timeoutMs: 10_000, source: 'channel' });
    // Three minutes later (past the two-minute claim lease), another replica takes over.
    const second = await startReplica(discord, database, { DOSSIER_CLOCK_START: '2026-06-02T09:03:10Z' });
    try {
      await second.child.waitFor(/"message":"daily post found already sent"/, 20_000);
      expect(discord.messages(news, { source: 'channel' })).toHaveLength(1);
      await withStore(database, async (store) => {
        expect((await store.ledger.latest(guildId))?.status).toBe('sent');
      });
    } finally {
      await stopReplica(second);
      await discord.close();
    }
  });

  it('SIGTERM: a request in flight is answered, then the replica exits 0 and takes no more', async () => {
    const discord = await newsroom();
    const database = await freshPostgresDatabase();
    const replica = await startReplica(discord, database);
    try {
      const body = JSON.stringify({
        id: '1300000000000000077',
        application_id: discord.applicationId,
        type: 2,
        token: 'itok.in-flight',
        version: 1,
        guild_id: discord.guildId('Newsroom'),
        channel_id: discord.channelId('general'),
        member: { user: { id: discord.user('alice').id }, permissions: '0' },
        data: { id: '1', name: 'actor', type: 1, options: [{ name: 'name', type: 3, value: 'karimov' }] },
      });
      const headers = discord.interactionsEndpoint.sign(body);
      const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = request(
          replica.url,
          { method: 'POST', headers: { ...headers, 'content-length': Buffer.byteLength(body) } },
          (res) => {
            let text = '';
            res.on('data', (chunk: Buffer) => (text += chunk.toString()));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
          },
        );
        req.on('error', reject);
        // Half the body now (the replica has the request once it has read the headers), SIGTERM,
        // then the rest: the request is in flight as the replica stops.
        req.write(body.slice(0, 100));
        setTimeout(() => {
          replica.child.process.kill('SIGTERM');
          void replica.child.waitFor(/"message":"shutting down"/).then(() => req.end(body.slice(100)));
        }, 500);
      });
      const answered = await response;
      expect(answered.status).toBe(200);
      expect(JSON.parse(answered.body)).toMatchObject({
        type: 4,
        data: { embeds: [{ title: 'Islam Karimov' }] },
      });
      expect(await replica.child.exited).toEqual({ code: 0, signal: null });
      expect(replica.child.output()).toMatch(/"message":"http interactions stopped"/);
      const after = await discord.interactionsEndpoint.post(replica.url, body, { ...headers });
      expect(after.status).toBe(0);
    } finally {
      replica.child.kill();
      await discord.close();
    }
  });
});
