// The store's contract, run against both backends: SQLite (a file) and PostgreSQL (a fresh database
// on the tests' server). Anything a caller can observe must behave the same on both.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../src/store/store.js';
import { snowflakeForShard } from '../standin/index.js';
import { BACKENDS, freshDatabase } from '../helpers/postgres.js';

const NOW = Date.parse('2026-06-02T08:00:00Z');

describe.each(BACKENDS)('the store on %s', (backend) => {
  let dir: string;
  const opened: Store[] = [];
  let location: string;

  async function open(): Promise<Store> {
    const store = await openStore(location);
    opened.push(store);
    return store;
  }

  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'dossier-store-'));
    location = await freshDatabase(backend, path.join(dir, 'dossier.sqlite'));
  });

  afterEach(async () => {
    for (const store of opened.splice(0)) await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('names its backend, and where it is without any password', async () => {
    const store = await open();
    expect(store.backend).toBe(backend);
    expect(store.where).not.toMatch(/password/);
  });

  it('keeps settings and ledger rows across a close and reopen', async () => {
    const first = await open();
    await first.settings.update(
      'g1',
      { channelId: 'c1', postTime: '07:15', timeZone: 'Asia/Tokyo', enabled: true },
      NOW,
    );
    await first.ledger.claim({
      guildId: 'g1',
      localDate: '2026-06-02',
      channelId: 'c1',
      nonce: 'n',
      now: NOW,
      leaseMs: 1,
    });
    await first.ledger.markSent('g1', '2026-06-02', 'm1', NOW + 5);
    await first.close();
    await first.close(); // idempotent

    const second = await open();
    expect(await second.settings.get('g1')).toEqual({
      guildId: 'g1',
      channelId: 'c1',
      postTime: '07:15',
      timeZone: 'Asia/Tokyo',
      enabled: true,
      emptyDayNote: false,
      disabledReason: null,
      disabledAt: null,
      updatedAt: NOW,
    });
    expect(await second.ledger.get('g1', '2026-06-02')).toMatchObject({
      status: 'sent',
      messageId: 'm1',
      sentAt: NOW + 5,
      claimedAt: NOW,
      attempts: 1,
    });
  });

  describe('guild settings', () => {
    it('start from defaults, apply patches, and record an automatic disable until turned on again', async () => {
      const store = await open();
      expect(await store.settings.get('g1')).toBeUndefined();
      const created = await store.settings.update('g1', { channelId: 'c1' }, NOW);
      expect(created).toMatchObject({
        channelId: 'c1',
        postTime: '09:00',
        timeZone: 'UTC',
        enabled: false,
        emptyDayNote: false,
      });
      await store.settings.update('g1', { enabled: true }, NOW);
      expect((await store.settings.listEnabled()).map((s) => s.guildId)).toEqual(['g1']);

      await store.settings.disable('g1', 'the channel was deleted', NOW + 1000);
      expect(await store.settings.get('g1')).toMatchObject({
        enabled: false,
        disabledReason: 'the channel was deleted',
        disabledAt: NOW + 1000,
      });
      expect(await store.settings.listEnabled()).toEqual([]);

      // Changing something else keeps the notice; turning posting on clears it.
      await store.settings.update('g1', { channelId: 'c2' }, NOW + 2000);
      expect((await store.settings.get('g1'))?.disabledReason).toBe('the channel was deleted');
      const on = await store.settings.update('g1', { enabled: true }, NOW + 3000);
      expect(on).toMatchObject({
        enabled: true,
        disabledReason: null,
        disabledAt: null,
        updatedAt: NOW + 3000,
      });
      expect(await store.settings.get('g1')).toEqual(on);
    });

    it('two processes changing different settings at once both keep their change', async () => {
      const one = await open();
      const two = await open();
      await one.settings.update('g1', { channelId: 'c1' }, NOW);
      await Promise.all([
        one.settings.update('g1', { postTime: '06:30' }, NOW + 1),
        two.settings.update('g1', { timeZone: 'Europe/Berlin' }, NOW + 1),
      ]);
      expect(await one.settings.get('g1')).toMatchObject({
        channelId: 'c1',
        postTime: '06:30',
        timeZone: 'Europe/Berlin',
      });
    });

    it('lists only enabled servers that have a channel', async () => {
      const store = await open();
      await store.settings.update('a', { enabled: true }, NOW);
      await store.settings.update('b', { enabled: true, channelId: 'cb' }, NOW);
      await store.settings.update('c', { enabled: false, channelId: 'cc' }, NOW);
      expect((await store.settings.listEnabled()).map((s) => s.guildId)).toEqual(['b']);
    });

    it('lists only the given shards’ servers, (guild_id >> 22) % total, in the database', async () => {
      const store = await open();
      const total = 4;
      // Ids as Discord makes them today (18-19 digits), on known shards, and one far-future id.
      const ids = [0, 1, 2, 3, 1, 3].map((shard) => snowflakeForShard(shard, total));
      ids.push('9000000000000000001');
      for (const id of ids) await store.settings.update(id, { enabled: true, channelId: `c${id}` }, NOW);
      const listed = async (shardIds: number[]) =>
        (await store.settings.listEnabled({ ids: shardIds, total })).map((s) => s.guildId).sort();
      const onShard = (shardIds: number[]) =>
        ids.filter((id) => shardIds.includes(Number((BigInt(id) >> 22n) % BigInt(total)))).sort();
      expect(await listed([1, 3])).toEqual(onShard([1, 3]));
      expect((await listed([1, 3])).length).toBeGreaterThanOrEqual(4);
      expect(await listed([0])).toEqual(onShard([0]));
      expect(await listed([])).toEqual([]);
      expect(await listed([0, 1, 2, 3])).toHaveLength(ids.length);
    });
  });

  describe('post ledger', () => {
    const request = {
      guildId: 'g1',
      localDate: '2026-06-02',
      channelId: 'c1',
      nonce: 'n1',
      now: NOW,
      leaseMs: 60_000,
    };

    it('claims a day once; a sent day is never claimed again', async () => {
      const { ledger } = await open();
      const claim = await ledger.claim(request);
      expect(claim).toMatchObject({
        isRetry: false,
        entry: { status: 'claimed', attempts: 1, leaseUntil: NOW + 60_000, nonce: 'n1', channelId: 'c1' },
      });
      expect(await ledger.claim({ ...request, now: NOW + 1 })).toBeUndefined(); // lease held
      await ledger.markSent('g1', '2026-06-02', 'm1', NOW + 2);
      expect(await ledger.claim({ ...request, now: NOW + 10 * 86_400_000 })).toBeUndefined();
      expect(await ledger.get('g1', '2026-06-02')).toMatchObject({ status: 'sent', messageId: 'm1' });
    });

    it('re-claims a crashed claim after its lease, and a retry after its time, counting attempts', async () => {
      const { ledger } = await open();
      await ledger.claim(request);
      const retaken = await ledger.claim({ ...request, channelId: 'c2', now: NOW + 60_000 });
      expect(retaken).toMatchObject({ isRetry: true, entry: { attempts: 2, channelId: 'c2' } });
      await ledger.scheduleRetry('g1', '2026-06-02', NOW + 200_000, 'Discord answered 503', NOW + 61_000);
      expect(await ledger.claim({ ...request, now: NOW + 199_999 })).toBeUndefined();
      expect(await ledger.claim({ ...request, now: NOW + 200_000 })).toMatchObject({
        isRetry: true,
        entry: { attempts: 3, nextAttemptAt: null, lastError: 'Discord answered 503' },
      });
    });

    it('records empty days and failures, and lists open days before a date', async () => {
      const { ledger } = await open();
      const empty = { guildId: 'g1', localDate: '2026-06-01', channelId: 'c1', nonce: 'n0', now: NOW };
      expect(await ledger.markEmpty(empty)).toBe(true);
      expect(await ledger.markEmpty(empty)).toBe(false);
      await ledger.claim(request);
      expect((await ledger.openBefore('g1', '2026-06-03')).map((e) => e.localDate)).toEqual(['2026-06-02']);
      await ledger.markFailed('g1', '2026-06-02', 'gave up', NOW + 5);
      expect(await ledger.openBefore('g1', '2026-06-03')).toEqual([]);
      expect(await ledger.latest('g1')).toMatchObject({
        localDate: '2026-06-02',
        status: 'failed',
        lastError: 'gave up',
      });
      // markSent never turns a failed or empty day into a sent one.
      await ledger.markSent('g1', '2026-06-02', 'late', NOW + 6);
      expect((await ledger.get('g1', '2026-06-02'))?.status).toBe('failed');
    });

    it('takes over an empty day as a first attempt once there is something to post after all', async () => {
      const { ledger } = await open();
      expect(await ledger.markEmpty({ ...request, nonce: 'n0' })).toBe(true);
      const later = await ledger.claim({ ...request, now: NOW + 3_600_000 });
      expect(later).toMatchObject({
        isRetry: false,
        entry: { status: 'claimed', attempts: 1, claimedAt: NOW + 3_600_000 },
      });
      // Held now: a second claim inside the lease gets nothing.
      expect(await ledger.claim({ ...request, now: NOW + 3_600_001 })).toBeUndefined();
      await ledger.markSent('g1', '2026-06-02', 'm1', NOW + 3_600_002);
      expect(await ledger.claim({ ...request, now: NOW + 99_999_999 })).toBeUndefined();
      expect(await ledger.markEmpty({ ...request, nonce: 'n0' })).toBe(false);
    });

    it('two connections claiming the same day at the same moment: exactly one wins', async () => {
      const one = await open();
      const two = await open();
      const results = await Promise.all([one.ledger.claim(request), two.ledger.claim(request)]);
      expect(results.filter((r) => r !== undefined)).toHaveLength(1);
      expect((await one.ledger.get('g1', '2026-06-02'))?.attempts).toBe(1);
    });
  });
});
