import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StoreError } from '../../src/store/errors.js';
import { migrate, MIGRATIONS, SCHEMA_VERSION, schemaVersion } from '../../src/store/migrations.js';
import { openStore, type Store } from '../../src/store/store.js';

let dir: string;
const opened: { close(): void }[] = [];

function open(file: string, options?: Parameters<typeof openStore>[1]): Store {
  const store = openStore(file, options);
  opened.push(store);
  return store;
}

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'dossier-store-'));
});

afterEach(async () => {
  for (const handle of opened.splice(0)) {
    try {
      handle.close();
    } catch {
      // already closed
    }
  }
  await rm(dir, { recursive: true, force: true });
});

const NOW = Date.parse('2026-06-02T08:00:00Z');

describe('openStore on a new path', () => {
  it('creates parent directories and the file, migrated, in WAL mode with a busy timeout', () => {
    const file = path.join(dir, 'nested', 'deeper', 'dossier.sqlite');
    const store = open(file, { busyTimeoutMs: 1234 });
    expect(existsSync(file)).toBe(true);
    expect(schemaVersion(store.db)).toBe(SCHEMA_VERSION);
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.db.pragma('busy_timeout', { simple: true })).toBe(1234);
    const tables = store.db
      .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .all()
      .map((row) => row.name);
    expect(tables).toEqual(['guild_settings', 'post_ledger']);
  });

  it('keeps settings and ledger rows across a close and reopen, without re-running migrations', () => {
    const file = path.join(dir, 'dossier.sqlite');
    const first = open(file);
    first.settings.update(
      'g1',
      { channelId: 'c1', postTime: '07:15', timeZone: 'Asia/Tokyo', enabled: true },
      NOW,
    );
    first.ledger.claim({
      guildId: 'g1',
      localDate: '2026-06-02',
      channelId: 'c1',
      nonce: 'n',
      now: NOW,
      leaseMs: 1,
    });
    first.ledger.markSent('g1', '2026-06-02', 'm1', NOW + 5);
    first.close();

    const second = open(file);
    expect(second.settings.get('g1')).toMatchObject({
      channelId: 'c1',
      postTime: '07:15',
      timeZone: 'Asia/Tokyo',
      enabled: true,
    });
    expect(second.ledger.get('g1', '2026-06-02')).toMatchObject({
      status: 'sent',
      messageId: 'm1',
      sentAt: NOW + 5,
    });
    expect(migrate(second.db)).toEqual([]);
  });
});

describe('migrations', () => {
  it('run each in a transaction: a failing one leaves the previous version and no partial change', () => {
    const db = new Database(':memory:');
    opened.push(db);
    migrate(db);
    const broken = [
      ...MIGRATIONS,
      {
        version: SCHEMA_VERSION + 1,
        description: 'broken',
        sql: 'CREATE TABLE half (a); SELECT * FROM missing;',
      },
    ];
    expect(() => migrate(db, broken)).toThrow(/missing/);
    expect(schemaVersion(db)).toBe(SCHEMA_VERSION);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'half'").get()).toEqual({ n: 0 });
  });

  it('are numbered 1..n in order', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });
});

describe('openStore refuses files it cannot use, naming the path and leaving them untouched', () => {
  it('a file of garbage bytes', async () => {
    const file = path.join(dir, 'garbage.sqlite');
    const garbage = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37 + 11) % 256));
    await writeFile(file, garbage);
    let caught: unknown;
    try {
      open(file);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(StoreError);
    expect((caught as StoreError).kind).toBe('corrupt');
    expect((caught as StoreError).message).toContain(file);
    expect((caught as StoreError).message).toMatch(/not a valid SQLite database/);
    expect((await readFile(file)).equals(garbage)).toBe(true);
    expect(existsSync(`${file}-wal`)).toBe(false);
    expect(existsSync(`${file}-shm`)).toBe(false);
  });

  it('a file with the SQLite header but a damaged body', async () => {
    const file = path.join(dir, 'damaged.sqlite');
    const bytes = Buffer.alloc(8192, 0xab);
    Buffer.from('SQLite format 3\0', 'latin1').copy(bytes, 0);
    await writeFile(file, bytes);
    expect(() => open(file)).toThrow(StoreError);
    try {
      open(file);
    } catch (error) {
      expect((error as StoreError).kind).toBe('corrupt');
      expect((error as StoreError).path).toBe(file);
    }
    expect((await readFile(file)).equals(bytes)).toBe(true);
  });

  it('a file from a newer schema version', async () => {
    const file = path.join(dir, 'newer.sqlite');
    const db = new Database(file);
    db.pragma('user_version = 99');
    db.close();
    const before = await readFile(file);
    expect(() => open(file)).toThrow(/schema version 99/);
    expect((await readFile(file)).equals(before)).toBe(true);
  });

  it('a file locked by another process', () => {
    const file = path.join(dir, 'locked.sqlite');
    open(file).close();
    const holder = new Database(file);
    opened.push(holder);
    holder.exec('BEGIN IMMEDIATE');
    let caught: unknown;
    try {
      open(file, { busyTimeoutMs: 50 });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(StoreError);
    expect((caught as StoreError).kind).toBe('locked');
    expect((caught as StoreError).message).toContain(file);
    holder.exec('ROLLBACK');
    expect(() => open(file)).not.toThrow();
  });
});

describe('guild settings', () => {
  it('start from defaults, apply patches, and record an automatic disable until turned on again', () => {
    const store = open(':memory:');
    expect(store.settings.get('g1')).toBeUndefined();
    const created = store.settings.update('g1', { channelId: 'c1' }, NOW);
    expect(created).toMatchObject({
      postTime: '09:00',
      timeZone: 'UTC',
      enabled: false,
      emptyDayNote: false,
    });
    store.settings.update('g1', { enabled: true }, NOW);
    expect(store.settings.listEnabled().map((s) => s.guildId)).toEqual(['g1']);

    store.settings.disable('g1', 'the channel was deleted', NOW + 1000);
    expect(store.settings.get('g1')).toMatchObject({
      enabled: false,
      disabledReason: 'the channel was deleted',
      disabledAt: NOW + 1000,
    });
    expect(store.settings.listEnabled()).toEqual([]);

    // Changing something else keeps the notice; turning posting on clears it.
    store.settings.update('g1', { channelId: 'c2' }, NOW + 2000);
    expect(store.settings.get('g1')?.disabledReason).toBe('the channel was deleted');
    store.settings.update('g1', { enabled: true }, NOW + 3000);
    expect(store.settings.get('g1')).toMatchObject({ enabled: true, disabledReason: null, disabledAt: null });
  });

  it('lists only enabled servers that have a channel', () => {
    const store = open(':memory:');
    store.settings.update('a', { enabled: true }, NOW);
    store.settings.update('b', { enabled: true, channelId: 'cb' }, NOW);
    store.settings.update('c', { enabled: false, channelId: 'cc' }, NOW);
    expect(store.settings.listEnabled().map((s) => s.guildId)).toEqual(['b']);
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

  it('claims a day once; a sent day is never claimed again', () => {
    const { ledger } = open(':memory:');
    const claim = ledger.claim(request);
    expect(claim).toMatchObject({
      isRetry: false,
      entry: { status: 'claimed', attempts: 1, leaseUntil: NOW + 60_000 },
    });
    expect(ledger.claim({ ...request, now: NOW + 1 })).toBeUndefined(); // lease held
    ledger.markSent('g1', '2026-06-02', 'm1', NOW + 2);
    expect(ledger.claim({ ...request, now: NOW + 10 * 86_400_000 })).toBeUndefined();
    expect(ledger.get('g1', '2026-06-02')).toMatchObject({ status: 'sent', messageId: 'm1' });
  });

  it('re-claims a crashed claim after its lease, and a retry after its time, counting attempts', () => {
    const { ledger } = open(':memory:');
    ledger.claim(request);
    const retaken = ledger.claim({ ...request, now: NOW + 60_000 });
    expect(retaken).toMatchObject({ isRetry: true, entry: { attempts: 2 } });
    ledger.scheduleRetry('g1', '2026-06-02', NOW + 200_000, 'Discord answered 503', NOW + 61_000);
    expect(ledger.claim({ ...request, now: NOW + 199_999 })).toBeUndefined();
    expect(ledger.claim({ ...request, now: NOW + 200_000 })).toMatchObject({
      isRetry: true,
      entry: { attempts: 3, nextAttemptAt: null, lastError: 'Discord answered 503' },
    });
  });

  it('records empty days and failures, and lists open days before a date', () => {
    const { ledger } = open(':memory:');
    expect(
      ledger.markEmpty({ guildId: 'g1', localDate: '2026-06-01', channelId: 'c1', nonce: 'n0', now: NOW }),
    ).toBe(true);
    expect(
      ledger.markEmpty({ guildId: 'g1', localDate: '2026-06-01', channelId: 'c1', nonce: 'n0', now: NOW }),
    ).toBe(false);
    ledger.claim(request);
    expect(ledger.openBefore('g1', '2026-06-03').map((e) => e.localDate)).toEqual(['2026-06-02']);
    ledger.markFailed('g1', '2026-06-02', 'gave up', NOW + 5);
    expect(ledger.openBefore('g1', '2026-06-03')).toEqual([]);
    expect(ledger.latest('g1')).toMatchObject({
      localDate: '2026-06-02',
      status: 'failed',
      lastError: 'gave up',
    });
    // markSent never turns a failed or empty day into a sent one.
    ledger.markSent('g1', '2026-06-02', 'late', NOW + 6);
    expect(ledger.get('g1', '2026-06-02')?.status).toBe('failed');
  });

  it('two connections to the same file claiming the same day: exactly one wins', () => {
    const file = path.join(dir, 'shared.sqlite');
    const one = open(file);
    const two = open(file);
    const results = [one.ledger.claim(request), two.ledger.claim(request)];
    expect(results.filter((r) => r !== undefined)).toHaveLength(1);
    expect(one.ledger.get('g1', '2026-06-02')?.attempts).toBe(1);
  });
});
