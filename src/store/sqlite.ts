// The embedded backend: a SQLite file (better-sqlite3 v12) for per-server settings and the post
// ledger. Several processes on one host (shards) share the file: write-ahead logging lets readers
// and one writer proceed together, and busy_timeout makes a second writer wait instead of failing.
import { closeSync, mkdirSync, openSync, readSync, statSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { StoreError, toStoreError } from './errors.js';
import { createGuildSettingsStore } from './guild-settings.js';
import { migrate, schemaVersion, SCHEMA_VERSION } from './migrations.js';
import { createPostLedger } from './post-ledger.js';
import type { SqlDriver, SqlValue } from './sql.js';
import type { Store } from './types.js';

export const DEFAULT_BUSY_TIMEOUT_MS = 5_000;

export interface SqliteStore extends Store {
  readonly backend: 'sqlite';
  /** The file, for the tests and tools that look inside it. */
  readonly db: Database.Database;
}

export interface OpenSqliteOptions {
  /** How long a write waits for another process's lock before failing with a 'locked' StoreError. */
  readonly busyTimeoutMs?: number;
}

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/**
 * Reads the first bytes of an existing, non-empty file and refuses anything that is not SQLite,
 * before SQLite itself opens (and might write to) the file.
 */
function assertLooksLikeSqlite(file: string): void {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    return; // does not exist yet: SQLite creates it
  }
  if (size === 0) return;
  const header = Buffer.alloc(SQLITE_HEADER.length);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, header, 0, header.length, 0);
  } finally {
    closeSync(fd);
  }
  if (!header.equals(SQLITE_HEADER)) {
    throw toStoreError(Object.assign(new Error('file is not a database'), { code: 'SQLITE_NOTADB' }), file);
  }
}

/**
 * Opens (creating if needed, with its parent directories) and migrates the store at `file`.
 * Throws StoreError naming the path when the file is corrupt, locked or from a newer version;
 * a file that cannot be used is never deleted, recreated or modified.
 */
export function openSqliteStore(file: string, options: OpenSqliteOptions = {}): SqliteStore {
  const inMemory = file === ':memory:';
  if (!inMemory) {
    mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    assertLooksLikeSqlite(file);
  }
  const busyTimeoutMs = options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS;
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { timeout: busyTimeoutMs });
    db.pragma(`busy_timeout = ${Math.max(0, Math.floor(busyTimeoutMs))}`);
    const check = db.pragma('quick_check(1)', { simple: true });
    if (check !== 'ok') {
      throw toStoreError(Object.assign(new Error(String(check)), { code: 'SQLITE_CORRUPT' }), file);
    }
    const version = schemaVersion(db);
    if (version > SCHEMA_VERSION) {
      throw new StoreError(
        'too-new',
        file,
        `The database file ${file} is at schema version ${version}, newer than this build knows ` +
          `(${SCHEMA_VERSION}). It was left untouched: run a newer build of Dossier.`,
      );
    }
    if (!inMemory) db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    migrate(db);
  } catch (error) {
    db?.close();
    throw toStoreError(error, file);
  }
  const driver = sqliteDriver(db);
  const opened = db;
  return {
    backend: 'sqlite',
    where: file,
    db: opened,
    settings: createGuildSettingsStore(driver),
    ledger: createPostLedger(driver),
    close: async () => {
      if (opened.open) opened.close();
    },
  };
}

/** The store's statements on better-sqlite3: synchronous underneath, prepared once per text. */
function sqliteDriver(db: Database.Database): SqlDriver {
  const prepared = new Map<string, Database.Statement<SqlValue[]>>();
  const statement = (sql: string) => {
    let found = prepared.get(sql);
    if (!found) {
      found = db.prepare<SqlValue[]>(sql);
      prepared.set(sql, found);
    }
    return found;
  };
  return {
    all: async <Row>(sql: string, params: readonly SqlValue[] = []) => statement(sql).all(...params) as Row[],
    run: async (sql, params = []) => statement(sql).run(...params).changes,
    // Snowflakes fit SQLite's 64-bit integers; a non-numeric text casts to 0.
    shardOf: (column) => `((CAST(${column} AS INTEGER) >> 22) % ?)`,
  };
}
