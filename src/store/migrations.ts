// The store's schema as an ordered list of migrations. PRAGMA user_version records how many have
// run; each runs in its own transaction, so a failure leaves the file at the previous version.
import type Database from 'better-sqlite3';

export interface Migration {
  readonly version: number;
  readonly description: string;
  readonly sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'per-server daily-post settings and the post ledger',
    sql: `
      CREATE TABLE guild_settings (
        guild_id        TEXT PRIMARY KEY,
        channel_id      TEXT,
        post_time       TEXT NOT NULL DEFAULT '09:00',
        time_zone       TEXT NOT NULL DEFAULT 'UTC',
        enabled         INTEGER NOT NULL DEFAULT 0 CHECK (enabled IN (0, 1)),
        empty_day_note  INTEGER NOT NULL DEFAULT 0 CHECK (empty_day_note IN (0, 1)),
        disabled_reason TEXT,
        disabled_at     INTEGER,
        updated_at      INTEGER NOT NULL
      ) STRICT;

      -- One row per server and local date: the unique key is what makes a day post at most once.
      CREATE TABLE post_ledger (
        guild_id        TEXT NOT NULL,
        local_date      TEXT NOT NULL,
        status          TEXT NOT NULL CHECK (status IN ('claimed', 'sent', 'empty', 'failed')),
        channel_id      TEXT NOT NULL,
        nonce           TEXT NOT NULL,
        attempts        INTEGER NOT NULL DEFAULT 0,
        claimed_at      INTEGER NOT NULL,
        lease_until     INTEGER,
        next_attempt_at INTEGER,
        last_error      TEXT,
        message_id      TEXT,
        sent_at         INTEGER,
        updated_at      INTEGER NOT NULL,
        PRIMARY KEY (guild_id, local_date)
      ) STRICT;
    `,
  },
];

export const SCHEMA_VERSION = MIGRATIONS.length;

/** The schema version the file is at. */
export function schemaVersion(db: Database.Database): number {
  return Number(db.pragma('user_version', { simple: true }));
}

/**
 * Brings the file up to SCHEMA_VERSION. Each migration and its version bump commit together under
 * an immediate (write) transaction, so two processes starting at once cannot both apply it.
 * Returns the versions applied.
 */
export function migrate(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS): number[] {
  const applied: number[] = [];
  for (const migration of migrations) {
    const apply = db.transaction(() => {
      if (schemaVersion(db) >= migration.version) return false;
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
      return true;
    });
    if (apply.immediate()) applied.push(migration.version);
  }
  return applied;
}
