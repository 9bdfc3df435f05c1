// The daily post, live, on each backend (a SQLite file; a PostgreSQL database): the real client
// against the stand-in, an admin setting it up through /dailypost, restarts as new processes on the
// same store, Discord refusing, rate limiting and failing, and a process killed between claiming
// the day and recording the post.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { dailyPostNonce } from '../../src/schedule/post-identity.js';
import { startStandin, type InvokeSpec, type Standin } from '../standin/index.js';
import { BACKENDS, freshDatabase } from '../helpers/postgres.js';
import { runScript } from './child.js';
import { answer } from './harness.js';
import { botEnvironment, seedDailyPost, startLiveBot, withStore, type LiveBot } from './live-bot.js';

const MESSAGES = '/channels/:channel/messages';
const admin = (guild: string): InvokeSpec => ({
  guild,
  user: 'alice',
  permissions: ['ManageGuild', 'SendMessages'],
});
const at = (iso: string) => Date.parse(iso);
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'dossier-daily-'));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

/** The bot's own posts in a channel (not interaction replies). */
function posts(discord: Standin, channel: string) {
  return discord.messages(channel, { source: 'channel' });
}

function footerOf(message: { embeds: { footer?: { text?: string } }[] }): string | undefined {
  return message.embeds.at(-1)?.footer?.text;
}

describe.each(BACKENDS)(
  'on %s: set up through /dailypost, posted once, and never again that day after a restart',
  (backend) => {
    it('posts at the chosen time; a new process on the same file posts nothing more that day; the next June 2 it posts again', async () => {
      const discord = await startStandin({
        users: [{ username: 'alice' }],
        guilds: [
          { name: 'Newsroom', channels: [{ name: 'general' }, { name: 'news' }] },
          { name: 'Bureau', channels: [{ name: 'desk' }] },
        ],
      });
      const databasePath = await freshDatabase(backend, join(scratch, 'restart.sqlite'));
      const newsroom = discord.guildId('Newsroom');
      const bureau = discord.guildId('Bureau');
      // 07:59 in Berlin (UTC+2 in June) on June 2, 2026.
      const clock = { now: at('2026-06-02T05:59:00Z') };
      let live: LiveBot | undefined;
      try {
        live = await startLiveBot(discord, databasePath, { clock, intervalMs: 50 });
        const configure = async (guild: string, subcommand: string, options: Record<string, string> = {}) =>
          answer(discord.chatInput({ name: 'dailypost', subcommand, options, ...admin(guild) }));
        expect((await configure('Newsroom', 'channel', { channel: 'news' })).content).toContain(
          `<#${discord.channelId('news', 'Newsroom')}>`,
        );
        await configure('Newsroom', 'timezone', { zone: 'Europe/Berlin' });
        await configure('Newsroom', 'time', { time: '08:00' });
        const on = await configure('Newsroom', 'on');
        expect(on.content).toContain('Posting: **on**');
        expect(on.content).toContain('Next post: June 2 entries, 2026-06-02 08:00 Europe/Berlin');
        // Bureau posts at 14:00 UTC: the restarted process below shows it is ticking.
        await configure('Bureau', 'channel', { channel: 'desk' });
        await configure('Bureau', 'time', { time: '14:00' });
        await configure('Bureau', 'on');

        await pause(300); // several passes before the time: nothing yet
        expect(posts(discord, 'news')).toEqual([]);

        clock.now = at('2026-06-02T06:00:00Z');
        const post = await discord.waitForMessage('news', { source: 'channel', timeoutMs: 5000 });
        expect(post.author.id).toBe(discord.botUser.id);
        expect(post.content).toBe('**On this day: June 2**');
        expect(post.embeds[0]?.title).toBe('Russian Duma backs Russia–Uzbekistan air defense agreement');
        expect(post.embeds[0]?.description).toContain('**June 2, 2004** · 22 years ago');
        expect(footerOf(post)).toBe('Dossier · on this day · 2026-06-02');
        expect(post.nonce).toBe(dailyPostNonce(newsroom, '2026-06-02'));
        const sent = discord.requestsTo('POST', MESSAGES);
        expect(sent).toHaveLength(1);
        expect(sent[0]?.body).toMatchObject({ enforce_nonce: true, allowed_mentions: { parse: [] } });

        await pause(300); // more passes after the post: still one
        expect(posts(discord, 'news')).toHaveLength(1);
        expect(posts(discord, 'desk')).toEqual([]);
        const show = await configure('Newsroom', 'show');
        expect(show.content).toContain(`Last post: June 2, 2026: posted in <#${post.channel_id}>`);
        // June 3 has no entries and the empty-day note is off: the next post is June 11's.
        expect(show.content).toContain('Next post: June 11 entries, 2026-06-11 08:00 Europe/Berlin');
        await live.stop();
        live = undefined;

        // Restarted as a new process on the same file, later the same day (16:00 in Berlin).
        const restarted = runScript(
          'dist/src/main.js',
          botEnvironment(discord, databasePath, { DOSSIER_CLOCK_START: '2026-06-02T14:00:00Z' }),
          { cwd: scratch },
        );
        try {
          await restarted.waitFor(new RegExp(`"message":"daily post sent","guildId":"${bureau}"`));
          expect(posts(discord, 'desk')).toHaveLength(1);
          expect(posts(discord, 'news')).toHaveLength(1);
          restarted.kill('SIGTERM');
          expect(await restarted.exited).toEqual({ code: 0, signal: null });
          expect(restarted.output()).toMatch(/"message":"daily posts stopped"/);
        } finally {
          restarted.kill();
        }

        // A year on, June 2 again: both servers post, once each.
        const nextYear = runScript(
          'dist/src/main.js',
          botEnvironment(discord, databasePath, { DOSSIER_CLOCK_START: '2027-06-02T14:00:00Z' }),
          { cwd: scratch },
        );
        try {
          const again = await discord.waitForMessage('news', { source: 'channel', timeoutMs: 30_000 });
          expect(footerOf(again)).toBe('Dossier · on this day · 2027-06-02');
          expect(again.embeds[0]?.description).toContain('23 years ago');
          expect(again.nonce).toBe(dailyPostNonce(newsroom, '2027-06-02'));
          await nextYear.waitFor(new RegExp(`"message":"daily post sent","guildId":"${bureau}"`));
          nextYear.kill('SIGTERM');
          expect(await nextYear.exited).toEqual({ code: 0, signal: null });
        } finally {
          nextYear.kill();
        }
        expect(posts(discord, 'news')).toHaveLength(2);
        expect(posts(discord, 'desk')).toHaveLength(2);
        expect(
          await withStore(databasePath, (store) => store.ledger.get(newsroom, '2026-06-02')),
        ).toMatchObject({
          status: 'sent',
          messageId: post.id,
          attempts: 1,
        });
        expect(discord.unknownRequests).toEqual([]);
      } finally {
        await live?.stop();
        await discord.close();
      }
    }, 60_000);
  },
);

describe.each(BACKENDS)('on %s: when Discord refuses, rate-limits or fails', (backend) => {
  // One bot for these; each test turns on its own server's post, due at once on the fake clock.
  let discord: Standin;
  let live: LiveBot;
  const clock = { now: at('2026-06-02T09:00:00Z') };
  beforeAll(async () => {
    discord = await startStandin({
      users: [{ username: 'alice' }],
      guilds: [
        {
          name: 'Locked',
          channels: [
            { name: 'general' },
            { name: 'closed', overwrites: [{ id: '@everyone', type: 'role', deny: ['SendMessages'] }] },
          ],
        },
        { name: 'Busy', channels: [{ name: 'rate' }] },
        { name: 'Flaky', channels: [{ name: 'outage' }] },
        { name: 'Echo', channels: [{ name: 'lost-reply' }] },
      ],
    });
    const database = await freshDatabase(backend, join(scratch, 'faults.sqlite'));
    live = await startLiveBot(discord, database, { clock, intervalMs: 50 });
  });
  afterAll(async () => {
    await live?.stop();
    await discord?.close();
  });

  const turnOn = (guild: string, channel: string) =>
    seedDailyPost(live.booted.store, discord.guildId(guild), discord.channelId(channel, guild));
  const ledgerOf = (guild: string) => live.booted.store.ledger.get(discord.guildId(guild), '2026-06-02');

  it('a 403 turns posting off, and /dailypost show tells the admin why', async () => {
    await turnOn('Locked', 'closed');
    await vi.waitFor(async () =>
      expect((await live.booted.store.settings.get(discord.guildId('Locked')))?.enabled).toBe(false),
    );
    expect(posts(discord, 'closed')).toEqual([]);
    // The day stays open, so fixing the channel and turning posting on still posts today.
    expect(await ledgerOf('Locked')).toMatchObject({ status: 'claimed', attempts: 1 });
    const show = await answer(
      discord.chatInput({ name: 'dailypost', subcommand: 'show', ...admin('Locked') }),
    );
    expect(show.content).toContain('Posting: **off**');
    expect(show.content).toContain('Posting was turned off automatically on 2026-06-02 09:00 UTC');
    expect(show.content).toContain('the bot is missing permission to post in the channel');
  });

  it('a 429 is waited out and the post arrives once', async () => {
    discord.rateLimitNext('POST', MESSAGES, { retryAfter: 0.2 });
    await turnOn('Busy', 'rate');
    const post = await discord.waitForMessage('rate', { source: 'channel', timeoutMs: 5000 });
    await vi.waitFor(async () =>
      expect(await ledgerOf('Busy')).toMatchObject({ status: 'sent', messageId: post.id }),
    );
    await pause(200);
    expect(posts(discord, 'rate')).toHaveLength(1);
    const channel = discord.channelId('rate', 'Busy');
    const attempts = discord.requestsTo('POST', MESSAGES).filter((r) => r.path.includes(channel));
    expect(attempts.map((r) => r.status)).toEqual([429, 200]);
  });

  it('an outage longer than the client’s own retries is retried after the backoff, and posts once', async () => {
    discord.failNext('POST', MESSAGES, 500, 4); // discord.js tries a 5xx 4 times
    await turnOn('Flaky', 'outage');
    await vi.waitFor(async () =>
      expect((await ledgerOf('Flaky'))?.lastError).toMatch(/Discord answered 500/),
    );
    expect(await ledgerOf('Flaky')).toMatchObject({ status: 'claimed', nextAttemptAt: clock.now + 30_000 });
    const show = await answer(
      discord.chatInput({ name: 'dailypost', subcommand: 'show', ...admin('Flaky') }),
    );
    expect(show.content).toMatch(/Latest day: June 2, 2026: not posted yet, retrying after attempt 1/);
    await pause(200);
    expect(posts(discord, 'outage')).toEqual([]);

    clock.now += 31_000;
    const post = await discord.waitForMessage('outage', { source: 'channel', timeoutMs: 5000 });
    await vi.waitFor(async () =>
      expect(await ledgerOf('Flaky')).toMatchObject({ status: 'sent', attempts: 2 }),
    );
    expect((await ledgerOf('Flaky'))?.messageId).toBe(post.id);
    await pause(200);
    expect(posts(discord, 'outage')).toHaveLength(1);
    clock.now = at('2026-06-02T09:00:00Z');
  });

  it('a post Discord accepted but whose answer was lost is not repeated: the nonce returns the same message', async () => {
    discord.injectFault({ method: 'POST', route: MESSAGES, status: 500, afterHandler: true });
    const replaysBefore = discord.stats.nonceReplays;
    await turnOn('Echo', 'lost-reply');
    await vi.waitFor(async () => expect((await ledgerOf('Echo'))?.status).toBe('sent'));
    expect(discord.stats.nonceReplays).toBe(replaysBefore + 1);
    const stored = posts(discord, 'lost-reply');
    expect(stored).toHaveLength(1);
    expect((await ledgerOf('Echo'))?.messageId).toBe(stored[0]?.id);
  });

  it('hit no unknown routes', () => {
    expect(discord.unknownRequests).toEqual([]);
  });
});

describe.each(BACKENDS)(
  'on %s: a process killed between claiming the day and recording the post',
  (backend) => {
    // The first process is SIGKILLed the moment Discord stores its post, before the answer reaches
    // it: the ledger row stays claimed. The next process, after the claim's lease, finds the post.
    for (const buried of [false, true]) {
      const how = buried
        ? 'the post buried under 50 newer messages: the same nonce makes Discord return it'
        : 'the post among the recent messages: found there, not sent again';
      it.concurrent(
        `posts once after a restart (${how})`,
        async () => {
          const discord = await startStandin({
            guilds: [{ name: 'Newsroom', channels: [{ name: 'news' }] }],
          });
          const databasePath = await freshDatabase(backend, join(scratch, `crash-${buried}.sqlite`));
          const guildId = discord.guildId('Newsroom');
          const channelId = discord.channelId('news');
          await withStore(databasePath, (store) => seedDailyPost(store, guildId, channelId));
          const env = (start: string) =>
            botEnvironment(discord, databasePath, { DOSSIER_CLOCK_START: start });
          const first = runScript('dist/src/main.js', env('2026-06-02T09:00:00Z'), { cwd: scratch });
          discord.events.on('message', (stored) => {
            if (stored.source === 'channel') first.kill('SIGKILL');
          });
          let second: ReturnType<typeof runScript> | undefined;
          try {
            expect(await first.exited).toEqual({ code: null, signal: 'SIGKILL' });
            const original = posts(discord, 'news');
            expect(original).toHaveLength(1);
            expect(
              await withStore(databasePath, (store) => store.ledger.get(guildId, '2026-06-02')),
            ).toMatchObject({
              status: 'claimed',
              messageId: null,
            });
            if (buried) {
              for (let i = 0; i < 50; i += 1) discord.postAsUser('news', 'tester', `message ${i}`);
            }

            // Five minutes later on the bot's clock: the two-minute lease has run out.
            second = runScript('dist/src/main.js', env('2026-06-02T09:05:00Z'), { cwd: scratch });
            await second.waitFor(
              buried ? /"message":"daily post sent"/ : /"message":"daily post found already sent"/,
            );
            expect(posts(discord, 'news')).toHaveLength(1);
            expect(discord.stats.nonceReplays).toBe(buried ? 1 : 0);
            expect(
              await withStore(databasePath, (store) => store.ledger.get(guildId, '2026-06-02')),
            ).toMatchObject({
              status: 'sent',
              messageId: original[0]?.id,
              attempts: 2,
            });
            second.kill('SIGTERM');
            expect(await second.exited).toEqual({ code: 0, signal: null });
          } finally {
            first.kill();
            second?.kill();
            await discord.close();
          }
        },
        60_000,
      );
    }
  },
);
