import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { loadDataset } from '../../src/dataset/load.js';
import type { Dataset } from '../../src/dataset/types.js';
import { dailyPostMarker, dailyPostNonce } from '../../src/schedule/post-identity.js';
import { buildDailyPost } from '../../src/schedule/post.js';
import { PostSendError } from '../../src/schedule/sender.js';
import { describeGuildSettings } from '../../src/schedule/settings.js';
import { createDailyPostTicker, DEFAULT_LEASE_MS, type DailyPostTicker } from '../../src/schedule/ticker.js';
import type { GuildSettingsPatch } from '../../src/store/guild-settings.js';
import { openSqliteStore, type SqliteStore } from '../../src/store/sqlite.js';
import { FakeClock, FakeSender, forbidden, notFound, rateLimited, serverError } from './fakes.js';

let dataset: Dataset;

beforeAll(async () => {
  const result = await loadDataset('data');
  if (!result.ok) throw new Error('the seed dataset must load');
  dataset = result.dataset;
});

const MINUTE = 60_000;

interface World {
  store: SqliteStore;
  clock: FakeClock;
  sender: FakeSender;
  ticker: DailyPostTicker;
  /** A new process on the same store and channels: a restart. */
  restart(): void;
  configure(guildId: string, patch: GuildSettingsPatch): Promise<void>;
  /** Ticks every `stepMs` from now until `untilIso` (exclusive). */
  runUntil(untilIso: string, stepMs?: number): Promise<void>;
  /** [local date of the post, UTC instant it went out] for every message in `channelId`. */
  posts(channelId: string): [string, string][];
}

function world(startIso: string, serves: (guildId: string) => boolean = () => true): World {
  const store = openSqliteStore(':memory:');
  const clock = new FakeClock(Date.parse(startIso));
  const sender = new FakeSender(clock);
  const make = () =>
    createDailyPostTicker({ store, dataset, sender, clock: clock.read, servesGuild: serves });
  const w: World = {
    store,
    clock,
    sender,
    ticker: make(),
    restart: () => {
      w.ticker = make();
    },
    configure: async (guildId, patch) => {
      await store.settings.update(guildId, { emptyDayNote: true, enabled: true, ...patch }, clock.now);
    },
    runUntil: async (untilIso, stepMs = MINUTE) => {
      const until = Date.parse(untilIso);
      while (clock.now < until) {
        await w.ticker.tick();
        clock.advance(stepMs);
      }
    },
    posts: (channelId) =>
      sender.postsIn(channelId).map((m) => {
        const footer = m.body.embeds[m.body.embeds.length - 1]?.footer?.text ?? '';
        return [footer.replace(dailyPostMarker(''), ''), new Date(m.at).toISOString()];
      }),
  };
  return w;
}

describe('posting on the right local day', () => {
  it('east of UTC: Asia/Tokyo at 09:00 posts at 00:00 UTC for the Tokyo date', async () => {
    const w = world('2026-05-31T23:00:00Z'); // 08:00 on June 1 in Tokyo
    await w.configure('tokyo', { channelId: 'c-tokyo', postTime: '09:00', timeZone: 'Asia/Tokyo' });
    await w.runUntil('2026-06-02T12:00:00Z', 5 * MINUTE);
    expect(w.posts('c-tokyo')).toEqual([
      ['2026-06-01', '2026-06-01T00:00:00.000Z'],
      ['2026-06-02', '2026-06-02T00:00:00.000Z'],
    ]);
  });

  it('west of UTC: America/Los_Angeles at 08:00 posts at 15:00 UTC (PDT)', async () => {
    const w = world('2026-06-01T14:00:00Z'); // 07:00 on June 1 in Los Angeles
    await w.configure('la', { channelId: 'c-la', postTime: '08:00', timeZone: 'America/Los_Angeles' });
    await w.runUntil('2026-06-03T00:00:00Z', 5 * MINUTE);
    expect(w.posts('c-la')).toEqual([
      ['2026-06-01', '2026-06-01T15:00:00.000Z'],
      ['2026-06-02', '2026-06-02T15:00:00.000Z'],
    ]);
  });

  it('the post carries the entries of its local date, not the UTC date', async () => {
    const w = world('2026-06-01T23:00:00Z'); // June 2 08:00 in Tokyo, still June 1 in UTC
    await w.configure('tokyo', {
      channelId: 'c',
      postTime: '08:00',
      timeZone: 'Asia/Tokyo',
      emptyDayNote: false,
    });
    await w.ticker.tick();
    const [message] = w.sender.postsIn('c');
    expect(message?.body).toEqual(
      buildDailyPost(dataset, '2026-06-02', { kind: 'scheduled', guildId: 'tokyo', emptyDayNote: false }),
    );
    expect(message?.body.embeds[0]?.title).toMatch(/Duma/);
  });

  it('at midnight boundaries: 00:00 in Tokyo and 23:59 in Los Angeles', async () => {
    const w = world('2026-06-01T00:00:00Z');
    await w.configure('tokyo', { channelId: 'c-tokyo', postTime: '00:00', timeZone: 'Asia/Tokyo' });
    await w.configure('la', { channelId: 'c-la', postTime: '23:59', timeZone: 'America/Los_Angeles' });
    await w.runUntil('2026-06-03T08:00:00Z');
    expect(w.posts('c-tokyo')).toEqual([
      ['2026-06-01', '2026-06-01T00:00:00.000Z'], // started after midnight Tokyo: posted at once
      ['2026-06-02', '2026-06-01T15:00:00.000Z'],
      ['2026-06-03', '2026-06-02T15:00:00.000Z'],
    ]);
    expect(w.posts('c-la')).toEqual([
      ['2026-05-31', '2026-06-01T06:59:00.000Z'], // started at 17:00 on May 31 in Los Angeles
      ['2026-06-01', '2026-06-02T06:59:00.000Z'],
      ['2026-06-02', '2026-06-03T06:59:00.000Z'],
    ]);
  });
});

describe('daylight saving time neither skips nor repeats a day', () => {
  it('Europe/Berlin spring forward: 02:30 does not exist on March 29, so it posts at 03:00 CEST', async () => {
    const w = world('2026-03-28T00:00:00Z');
    await w.configure('berlin', { channelId: 'c', postTime: '02:30', timeZone: 'Europe/Berlin' });
    await w.runUntil('2026-03-31T00:00:00Z');
    expect(w.posts('c')).toEqual([
      ['2026-03-28', '2026-03-28T01:30:00.000Z'],
      ['2026-03-29', '2026-03-29T01:00:00.000Z'],
      ['2026-03-30', '2026-03-30T00:30:00.000Z'],
    ]);
  });

  it('Europe/Berlin fall back: 02:30 happens twice on October 25 and posts once', async () => {
    const w = world('2026-10-24T00:00:00Z');
    await w.configure('berlin', { channelId: 'c', postTime: '02:30', timeZone: 'Europe/Berlin' });
    await w.runUntil('2026-10-27T00:00:00Z');
    expect(w.posts('c')).toEqual([
      ['2026-10-24', '2026-10-24T00:30:00.000Z'],
      ['2026-10-25', '2026-10-25T00:30:00.000Z'],
      ['2026-10-26', '2026-10-26T01:30:00.000Z'],
    ]);
  });

  it('America/New_York spring forward (02:30 skipped) and fall back (01:30 repeated)', async () => {
    const spring = world('2026-03-07T12:00:00Z');
    spring.configure('ny', { channelId: 'c', postTime: '02:30', timeZone: 'America/New_York' });
    await spring.runUntil('2026-03-10T00:00:00Z');
    expect(spring.posts('c')).toEqual([
      ['2026-03-07', '2026-03-07T12:00:00.000Z'], // first start after 02:30: posted late, at once
      ['2026-03-08', '2026-03-08T07:00:00.000Z'],
      ['2026-03-09', '2026-03-09T06:30:00.000Z'],
    ]);

    const fall = world('2026-10-31T12:00:00Z');
    fall.configure('ny', { channelId: 'c', postTime: '01:30', timeZone: 'America/New_York' });
    await fall.runUntil('2026-11-03T00:00:00Z');
    expect(fall.posts('c')).toEqual([
      ['2026-10-31', '2026-10-31T12:00:00.000Z'],
      ['2026-11-01', '2026-11-01T05:30:00.000Z'],
      ['2026-11-02', '2026-11-02T06:30:00.000Z'],
    ]);
  });

  it('fixed times outside the changing hour keep their wall-clock time across the change', async () => {
    const w = world('2026-03-28T06:00:00Z');
    await w.configure('berlin', { channelId: 'c', postTime: '09:00', timeZone: 'Europe/Berlin' });
    await w.runUntil('2026-03-30T12:00:00Z', 5 * MINUTE);
    expect(w.posts('c').map(([, at]) => at)).toEqual([
      '2026-03-28T08:00:00.000Z',
      '2026-03-29T07:00:00.000Z',
      '2026-03-30T07:00:00.000Z',
    ]);
  });
});

describe('restarts and downtime', () => {
  it('after a 3-day downtime posts today only, once, and does not back-fill the missed days', async () => {
    const w = world('2026-06-01T08:00:00Z');
    await w.configure('g', { channelId: 'c', postTime: '09:00', timeZone: 'UTC' });
    await w.runUntil('2026-06-01T12:00:00Z');
    w.clock.set('2026-06-04T15:30:00Z'); // down from June 1 noon to June 4 afternoon
    w.restart();
    await w.runUntil('2026-06-04T23:00:00Z');
    expect(w.posts('c')).toEqual([
      ['2026-06-01', '2026-06-01T09:00:00.000Z'],
      ['2026-06-04', '2026-06-04T15:30:00.000Z'],
    ]);
    expect(await w.store.ledger.get('g', '2026-06-02')).toBeUndefined();
    expect(await w.store.ledger.get('g', '2026-06-03')).toBeUndefined();
  });

  it('a restart before the post time waits for it; a restart after a sent post does not post again', async () => {
    const w = world('2026-06-02T06:00:00Z');
    await w.configure('g', { channelId: 'c', postTime: '09:00', timeZone: 'UTC' });
    await w.runUntil('2026-06-02T10:00:00Z');
    w.restart();
    await w.runUntil('2026-06-02T23:59:00Z');
    expect(w.posts('c')).toEqual([['2026-06-02', '2026-06-02T09:00:00.000Z']]);
  });

  it('a crash between claim and send: the next start retries after the lease, with the same nonce', async () => {
    const w = world('2026-06-02T09:00:00Z');
    await w.configure('g', { channelId: 'c', postTime: '09:00', timeZone: 'UTC' });
    w.sender.hang = true; // the process dies while its send is in flight
    void w.ticker.tick();
    await vi.waitFor(() => expect(w.sender.sendCalls).toHaveLength(1));
    expect(await w.store.ledger.get('g', '2026-06-02')).toMatchObject({ status: 'claimed', attempts: 1 });
    expect(w.sender.messages).toHaveLength(0);

    w.sender.hang = false;
    w.restart();
    w.clock.advance(MINUTE);
    expect(await w.ticker.tick()).toEqual([]); // still leased to the dead process
    w.clock.advance(DEFAULT_LEASE_MS);
    const [result] = await w.ticker.tick();
    expect(result).toMatchObject({ guildId: 'g', localDate: '2026-06-02', outcome: 'sent' });
    const nonces = w.sender.sendCalls.map((c) => c.nonce);
    expect(nonces).toEqual([dailyPostNonce('g', '2026-06-02'), dailyPostNonce('g', '2026-06-02')]);
    expect(w.sender.lookups).toHaveLength(1); // looked for the post before resending
    expect(await w.store.ledger.get('g', '2026-06-02')).toMatchObject({ status: 'sent', attempts: 2 });
    await w.runUntil('2026-06-02T23:00:00Z');
    expect(w.sender.messages).toHaveLength(1);
  });

  it('a crash after Discord accepted the post but before it was marked: the retry finds it, no second post', async () => {
    const w = world('2026-06-02T09:00:00Z');
    await w.configure('g', { channelId: 'c', postTime: '09:00', timeZone: 'UTC' });
    const nonce = dailyPostNonce('g', '2026-06-02');
    // What the crashed process did: claimed, and Discord created the message.
    await w.store.ledger.claim({
      guildId: 'g',
      localDate: '2026-06-02',
      channelId: 'c',
      nonce,
      now: w.clock.now,
      leaseMs: DEFAULT_LEASE_MS,
    });
    const body = buildDailyPost(dataset, '2026-06-02', {
      kind: 'scheduled',
      guildId: 'g',
      emptyDayNote: true,
    });
    if (!body) throw new Error('expected a post');
    const delivered = w.sender.deliver('c', body, nonce);

    w.clock.advance(30 * MINUTE); // well past Discord's nonce window
    w.restart();
    const [result] = await w.ticker.tick();
    expect(result).toMatchObject({ outcome: 'found-existing', messageId: delivered.id });
    expect(w.sender.sendCalls).toHaveLength(0);
    expect(w.sender.messages).toHaveLength(1);
    expect(await w.store.ledger.get('g', '2026-06-02')).toMatchObject({
      status: 'sent',
      messageId: delivered.id,
    });
  });

  it('within the nonce window Discord returns the existing message even when history does not show it', async () => {
    const w = world('2026-06-02T09:00:00Z');
    await w.configure('g', { channelId: 'c', postTime: '09:00', timeZone: 'UTC' });
    const nonce = dailyPostNonce('g', '2026-06-02');
    await w.store.ledger.claim({
      guildId: 'g',
      localDate: '2026-06-02',
      channelId: 'c',
      nonce,
      now: w.clock.now,
      leaseMs: DEFAULT_LEASE_MS,
    });
    const body = buildDailyPost(dataset, '2026-06-02', {
      kind: 'scheduled',
      guildId: 'g',
      emptyDayNote: true,
    });
    if (!body) throw new Error('expected a post');
    const delivered = w.sender.deliver('c', body, nonce);
    w.sender.historyVisible = false;

    w.clock.advance(DEFAULT_LEASE_MS);
    w.restart();
    const [result] = await w.ticker.tick();
    expect(result).toMatchObject({ outcome: 'sent', messageId: delivered.id });
    expect(w.sender.messages).toHaveLength(1);
  });
});

describe('a restart on a real database file', () => {
  it('reopening the file after a sent post does not post again; the next day posts once', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'dossier-ticker-'));
    try {
      const file = path.join(dir, 'var', 'dossier.sqlite');
      const clock = new FakeClock(Date.parse('2026-06-02T09:00:00Z'));
      const sender = new FakeSender(clock);
      const boot = () => {
        const store = openSqliteStore(file);
        const ticker = createDailyPostTicker({
          store,
          dataset,
          sender,
          clock: clock.read,
          servesGuild: () => true,
        });
        return { store, ticker };
      };
      let run = boot();
      await run.store.settings.update(
        'g',
        { channelId: 'c', postTime: '09:00', timeZone: 'UTC', enabled: true },
        clock.now,
      );
      await run.ticker.tick();
      await run.store.close();

      run = boot();
      clock.advance(MINUTE);
      expect(await run.ticker.tick()).toEqual([]);
      clock.set('2026-06-11T09:00:00Z');
      await run.ticker.tick();
      await run.ticker.tick();
      await run.store.close();
      expect(sender.messages.map((m) => m.body.embeds.at(-1)?.footer?.text)).toEqual([
        dailyPostMarker('2026-06-02'),
        dailyPostMarker('2026-06-11'),
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('settings changed during the day', () => {
  it('moving the post time later after today was posted does not post again', async () => {
    const w = world('2026-06-02T09:00:00Z');
    await w.configure('g', { channelId: 'c', postTime: '09:00', timeZone: 'UTC' });
    await w.ticker.tick();
    await w.configure('g', { postTime: '18:00' });
    await w.runUntil('2026-06-02T23:59:00Z');
    expect(w.posts('c')).toEqual([['2026-06-02', '2026-06-02T09:00:00.000Z']]);
  });

  it('moving the post time earlier before today was posted posts at the new time', async () => {
    const w = world('2026-06-02T06:00:00Z');
    await w.configure('g', { channelId: 'c', postTime: '09:00', timeZone: 'UTC' });
    await w.runUntil('2026-06-02T07:00:00Z');
    await w.configure('g', { postTime: '07:30' });
    await w.runUntil('2026-06-02T23:59:00Z');
    expect(w.posts('c')).toEqual([['2026-06-02', '2026-06-02T07:30:00.000Z']]);
  });

  it('a zone moved west after posting does not post the earlier local date again', async () => {
    const w = world('2026-06-02T00:00:00Z');
    await w.configure('g', { channelId: 'c', postTime: '09:00', timeZone: 'Asia/Tokyo' });
    await w.ticker.tick(); // June 2 in Tokyo
    w.clock.set('2026-06-02T01:00:00Z');
    await w.configure('g', { timeZone: 'America/Los_Angeles' }); // still June 1, 18:00 there
    // June 1 there is before the date already posted, and June 2 was posted: nothing until June 3.
    await w.runUntil('2026-06-03T15:59:00Z', 5 * MINUTE);
    expect(w.posts('c')).toEqual([['2026-06-02', '2026-06-02T00:00:00.000Z']]);
    await w.runUntil('2026-06-03T17:00:00Z');
    expect(w.posts('c')).toEqual([
      ['2026-06-02', '2026-06-02T00:00:00.000Z'],
      ['2026-06-03', '2026-06-03T16:00:00.000Z'],
    ]);
  });

  it('a zone moved east posts the new local date when it comes', async () => {
    const w = world('2026-06-01T16:00:00Z');
    await w.configure('g', { channelId: 'c', postTime: '09:00', timeZone: 'America/Los_Angeles' });
    await w.ticker.tick(); // June 1 in Los Angeles
    w.clock.set('2026-06-01T17:00:00Z');
    await w.configure('g', { timeZone: 'Asia/Tokyo' }); // June 2, 02:00 there
    await w.runUntil('2026-06-02T12:00:00Z');
    expect(w.posts('c')).toEqual([
      ['2026-06-01', '2026-06-01T16:00:00.000Z'],
      ['2026-06-02', '2026-06-02T00:00:00.000Z'],
    ]);
  });
});

describe('failures', () => {
  it('a deleted channel (404) disables posting, records why, and tells the admins in the settings view', async () => {
    const w = world('2026-06-02T09:00:00Z');
    await w.configure('g', { channelId: 'gone', postTime: '09:00', timeZone: 'Europe/Berlin' });
    w.sender.broken.set('gone', notFound());
    const [result] = await w.ticker.tick();
    expect(result).toMatchObject({ outcome: 'disabled' });
    expect(await w.store.settings.get('g')).toMatchObject({ enabled: false, disabledAt: w.clock.now });
    expect((await w.store.settings.get('g'))?.disabledReason).toMatch(/deleted/);
    const view = await describeGuildSettings(w.store, 'g', w.clock.now);
    expect(view).toMatch(
      /turned off automatically on 2026-06-02 11:00 Europe\/Berlin because the channel was deleted/,
    );
    expect(view).toMatch(/turn posting on again/);

    await w.runUntil('2026-06-02T12:00:00Z');
    expect(w.sender.sendCalls).toHaveLength(1); // no more attempts while disabled

    // The admin picks another channel and turns posting on again the same day: it posts, once.
    await w.configure('g', { channelId: 'new', enabled: true });
    await w.runUntil('2026-06-02T20:00:00Z');
    expect(w.posts('new')).toEqual([['2026-06-02', '2026-06-02T12:00:00.000Z']]);
    expect(await describeGuildSettings(w.store, 'g', w.clock.now)).not.toMatch(/turned off automatically/);
  });

  it('a missing permission (403) disables posting with its reason', async () => {
    const w = world('2026-06-02T09:00:00Z');
    await w.configure('g', { channelId: 'closed', postTime: '09:00', timeZone: 'UTC' });
    w.sender.broken.set('closed', forbidden());
    await w.runUntil('2026-06-02T10:00:00Z');
    expect(w.sender.sendCalls).toHaveLength(1);
    expect((await w.store.settings.get('g'))?.disabledReason).toMatch(/missing permission/);
    expect(await describeGuildSettings(w.store, 'g', w.clock.now)).toMatch(
      /⚠️ Posting was turned off automatically/,
    );
  });

  it('a 429 is retried after the wait Discord asked for, then succeeds', async () => {
    const w = world('2026-06-02T09:00:00Z');
    await w.configure('g', { channelId: 'c', postTime: '09:00', timeZone: 'UTC' });
    w.sender.failNext('c', rateLimited(90_000));
    const [first] = await w.ticker.tick();
    expect(first).toMatchObject({ outcome: 'retry-scheduled' });
    expect(await w.store.ledger.get('g', '2026-06-02')).toMatchObject({
      status: 'claimed',
      attempts: 1,
      nextAttemptAt: Date.parse('2026-06-02T09:01:30Z'),
    });
    await w.runUntil('2026-06-02T10:00:00Z', 15_000);
    expect(w.sender.sendCalls.map((c) => new Date(c.at).toISOString())).toEqual([
      '2026-06-02T09:00:00.000Z',
      '2026-06-02T09:01:30.000Z',
    ]);
    expect(await w.store.ledger.get('g', '2026-06-02')).toMatchObject({ status: 'sent', attempts: 2 });
    expect(w.sender.messages).toHaveLength(1);
  });

  it('5xx errors are retried with growing backoff, then succeed', async () => {
    const w = world('2026-06-02T09:00:00Z');
    await w.configure('g', { channelId: 'c', postTime: '09:00', timeZone: 'UTC' });
    w.sender.failNext('c', serverError(502), serverError(503), serverError(500));
    await w.runUntil('2026-06-02T10:00:00Z', 15_000);
    expect(w.sender.sendCalls.map((c) => new Date(c.at).toISOString())).toEqual([
      '2026-06-02T09:00:00.000Z',
      '2026-06-02T09:00:30.000Z',
      '2026-06-02T09:01:30.000Z',
      '2026-06-02T09:03:30.000Z',
    ]);
    expect(w.sender.messages).toHaveLength(1);
    expect(await w.store.ledger.get('g', '2026-06-02')).toMatchObject({ status: 'sent', attempts: 4 });
  });

  it('gives up at the end of the local day and posts normally the next day', async () => {
    const w = world('2026-06-02T20:00:00Z');
    await w.configure('g', { channelId: 'c', postTime: '20:00', timeZone: 'UTC' });
    w.sender.broken.set('c', serverError(500));
    await w.runUntil('2026-06-03T00:05:00Z');
    expect(await w.store.ledger.get('g', '2026-06-02')).toMatchObject({ status: 'failed' });
    expect((await w.store.ledger.get('g', '2026-06-02'))?.lastError).toMatch(/day ended/);
    w.sender.broken.delete('c');
    await w.runUntil('2026-06-03T21:00:00Z');
    expect(w.posts('c')).toEqual([['2026-06-03', '2026-06-03T20:00:00.000Z']]);
  });

  it('another 4xx gives up for the day without disabling', async () => {
    const w = world('2026-06-02T09:00:00Z');
    await w.configure('g', { channelId: 'c', postTime: '09:00', timeZone: 'UTC' });
    w.sender.failNext('c', new PostSendError('Invalid Form Body', 400));
    await w.runUntil('2026-06-02T12:00:00Z');
    expect(w.sender.sendCalls).toHaveLength(1);
    expect(await w.store.ledger.get('g', '2026-06-02')).toMatchObject({ status: 'failed' });
    expect((await w.store.settings.get('g'))?.enabled).toBe(true);
  });

  it("one server's failure never stops the others", async () => {
    const w = world('2026-06-02T09:00:00Z');
    for (const id of ['a-gone', 'b-down', 'c-bad-zone', 'd-ok']) {
      await w.configure(id, { channelId: `ch-${id}`, postTime: '09:00', timeZone: 'UTC' });
    }
    w.store.db
      .prepare("UPDATE guild_settings SET time_zone = 'Mars/Olympus' WHERE guild_id = 'c-bad-zone'")
      .run();
    w.sender.broken.set('ch-a-gone', notFound());
    w.sender.broken.set('ch-b-down', serverError(503));
    const results = await w.ticker.tick();
    expect(results.map((r) => [r.guildId, r.outcome])).toEqual([
      ['a-gone', 'disabled'],
      ['b-down', 'retry-scheduled'],
      ['c-bad-zone', 'error'],
      ['d-ok', 'sent'],
    ]);
    expect(w.posts('ch-d-ok')).toHaveLength(1);
  });
});

describe('what is posted', () => {
  it('posts nothing on a day without entries, unless the server asked for a note', async () => {
    const w = world('2026-06-05T09:00:00Z');
    await w.configure('quiet', {
      channelId: 'c-quiet',
      postTime: '09:00',
      timeZone: 'UTC',
      emptyDayNote: false,
    });
    await w.configure('noted', {
      channelId: 'c-noted',
      postTime: '09:00',
      timeZone: 'UTC',
      emptyDayNote: true,
    });
    const results = await w.ticker.tick();
    expect(results.map((r) => r.outcome)).toEqual(['sent', 'empty']);
    expect(w.sender.postsIn('c-quiet')).toHaveLength(0);
    expect((await w.store.ledger.get('quiet', '2026-06-05'))?.status).toBe('empty');
    expect(w.sender.postsIn('c-noted')[0]?.body.embeds[0]?.description).toMatch(/Nothing in the dossier/);
    await w.runUntil('2026-06-05T23:00:00Z');
    expect(w.sender.messages).toHaveLength(1);
  });

  it('posts the note once when it is turned on after an empty day was passed over', async () => {
    const w = world('2026-06-05T09:00:00Z');
    await w.configure('quiet', {
      channelId: 'c-quiet',
      postTime: '09:00',
      timeZone: 'UTC',
      emptyDayNote: false,
    });
    await w.runUntil('2026-06-05T12:00:00Z');
    expect((await w.store.ledger.get('quiet', '2026-06-05'))?.status).toBe('empty');
    await w.configure('quiet', { emptyDayNote: true });
    const results = await w.ticker.tick();
    expect(results.map((r) => r.outcome)).toEqual(['sent']);
    expect(w.sender.postsIn('c-quiet')[0]?.body.embeds[0]?.description).toMatch(/Nothing in the dossier/);
    const entry = await w.store.ledger.get('quiet', '2026-06-05');
    expect(entry).toMatchObject({ status: 'sent', attempts: 1 });
    await w.runUntil('2026-06-05T23:59:00Z');
    expect(w.sender.postsIn('c-quiet')).toHaveLength(1);
  });

  it('leaves an empty day alone, without a result each tick, while there is still nothing to post', async () => {
    const w = world('2026-06-05T09:00:00Z');
    await w.configure('quiet', {
      channelId: 'c-quiet',
      postTime: '09:00',
      timeZone: 'UTC',
      emptyDayNote: false,
    });
    expect((await w.ticker.tick()).map((r) => r.outcome)).toEqual(['empty']);
    w.clock.advance(MINUTE);
    expect(await w.ticker.tick()).toEqual([]);
    expect((await w.store.ledger.get('quiet', '2026-06-05'))?.status).toBe('empty');
  });
});

describe('shards', () => {
  it('each ticker serves only its own guilds', async () => {
    const w = world('2026-06-02T09:00:00Z', (guildId) => guildId === 'mine');
    await w.configure('mine', { channelId: 'c-mine', postTime: '09:00', timeZone: 'UTC' });
    await w.configure('theirs', { channelId: 'c-theirs', postTime: '09:00', timeZone: 'UTC' });
    await w.runUntil('2026-06-02T10:00:00Z');
    expect(w.sender.postsIn('c-mine')).toHaveLength(1);
    expect(w.sender.postsIn('c-theirs')).toHaveLength(0);
    expect(await w.store.ledger.get('theirs', '2026-06-02')).toBeUndefined();
  });
});

describe('start and stop', () => {
  it('ticks at once, then after each interval, and stops cleanly', async () => {
    const w = world('2026-06-02T09:00:00Z');
    await w.configure('g', { channelId: 'c', postTime: '09:00', timeZone: 'UTC' });
    const scheduled: { callback: () => void; ms: number }[] = [];
    let cleared = 0;
    w.ticker.start({
      intervalMs: 30_000,
      timers: {
        setTimeout: (callback, ms) => scheduled.push({ callback, ms }),
        clearTimeout: () => {
          cleared += 1;
        },
      },
    });
    await w.ticker.stop();
    expect(w.sender.messages).toHaveLength(1);
    expect(cleared).toBe(0); // the first tick was still running when stop was asked
    expect(scheduled).toHaveLength(0); // and no further tick was scheduled after it
  });

  it('schedules the next tick after each one finishes and cancels it on stop', async () => {
    const w = world('2026-06-02T08:59:00Z');
    await w.configure('g', { channelId: 'c', postTime: '09:00', timeZone: 'UTC' });
    const scheduled: { callback: () => void; ms: number }[] = [];
    const cleared: unknown[] = [];
    w.ticker.start({
      intervalMs: 30_000,
      timers: {
        setTimeout: (callback, ms) => scheduled.push({ callback, ms }),
        clearTimeout: (handle) => cleared.push(handle),
      },
    });
    await vi.waitFor(() => expect(scheduled).toHaveLength(1));
    expect(scheduled[0]?.ms).toBe(30_000);
    expect(w.sender.messages).toHaveLength(0); // 08:59: not yet

    w.clock.advance(MINUTE);
    scheduled[0]?.callback();
    await vi.waitFor(() => expect(scheduled).toHaveLength(2));
    expect(w.sender.messages).toHaveLength(1);

    await w.ticker.stop();
    expect(cleared).toEqual([2]); // the handle setTimeout returned for the pending tick
  });
});
