import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StoreError } from '../../src/store/errors.js';
import { openStore } from '../../src/store/store.js';
import { migrate, MIGRATIONS, SCHEMA_VERSION, schemaVersion } from '../../src/store/migrations.js';
import { openSqliteStore, type SqliteStore } from '../../src/store/sqlite.js';

// What only the SQLite backend has: a file, its pragmas, its migrations, its ways of being broken.
// The behaviour both backends share is tested in store.test.ts.
let dir: string;
const opened: { close(): unknown }[] = [];

function open(file: string, options?: Parameters<typeof openSqliteStore>[1]): SqliteStore {
  const store = openSqliteStore(file, options);
  opened.push(store);
  return store;
}

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'dossier-store-'));
});

afterEach(async () => {
  for (const handle of opened.splice(0)) {
    try {
      await handle.close();
    } catch {
      // already closed
    }
  }
  await rm(dir, { recursive: true, force: true });
});

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
      expect((error as StoreError).where).toBe(file);
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
    void open(file).close();
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

  it('a file that is not SQLite, through openStore as boot opens it', async () => {
    const file = path.join(dir, 'notes.sqlite');
    await writeFile(file, 'my notes, not a database');
    await expect(openStore(file)).rejects.toMatchObject({ kind: 'corrupt', where: file });
    expect(await readFile(file, 'utf8')).toBe('my notes, not a database');
  });
});
