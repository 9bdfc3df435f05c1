// PostgreSQL's schema as ordered migrations, recorded in a table of applied versions. Several
// processes (shards on several hosts) may start at the same moment: a session advisory lock lets
// one migrate while the others wait, then find nothing left to do.
import type pg from 'pg';
import { StoreError } from './errors.js';
import type { Migration } from './migrations.js';

/** The advisory lock's key: any fixed 64-bit number no other application on the database uses. */
export const MIGRATION_LOCK_KEY = '4702111234474983745';

/** Same tables and columns as SQLite's, in Postgres types (epoch milliseconds as BIGINT). */
export const POSTGRES_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'per-server daily-post settings and the post ledger',
    sql: `
      CREATE TABLE guild_settings (
        guild_id        TEXT PRIMARY KEY,
        channel_id      TEXT,
        post_time       TEXT NOT NULL DEFAULT '09:00',
        time_zone       TEXT NOT NULL DEFAULT 'UTC',
        enabled         SMALLINT NOT NULL DEFAULT 0 CHECK (enabled IN (0, 1)),
        empty_day_note  SMALLINT NOT NULL DEFAULT 0 CHECK (empty_day_note IN (0, 1)),
        disabled_reason TEXT,
        disabled_at     BIGINT,
        updated_at      BIGINT NOT NULL
      );

      -- One row per server and local date: the unique key is what makes a day post at most once.
      CREATE TABLE post_ledger (
        guild_id        TEXT NOT NULL,
        local_date      TEXT NOT NULL,
        status          TEXT NOT NULL CHECK (status IN ('claimed', 'sent', 'empty', 'failed')),
        channel_id      TEXT NOT NULL,
        nonce           TEXT NOT NULL,
        attempts        INTEGER NOT NULL DEFAULT 0,
        claimed_at      BIGINT NOT NULL,
        lease_until     BIGINT,
        next_attempt_at BIGINT,
        last_error      TEXT,
        message_id      TEXT,
        sent_at         BIGINT,
        updated_at      BIGINT NOT NULL,
        PRIMARY KEY (guild_id, local_date)
      );

      -- Each tick lists the enabled servers: keep that a small index scan.
      CREATE INDEX guild_settings_enabled ON guild_settings (guild_id)
        WHERE enabled = 1 AND channel_id IS NOT NULL;
    `,
  },
];

const VERSIONS_TABLE = 'dossier_schema_versions';

/**
 * Applies the migrations not yet recorded, each in its own transaction with its version row, while
 * holding the advisory lock. Refuses a database a newer build has migrated. Returns the versions
 * applied here.
 */
export async function migratePostgres(
  pool: pg.Pool,
  where: string,
  migrations: readonly Migration[] = POSTGRES_MIGRATIONS,
): Promise<number[]> {
  const client = await pool.connect();
  const applied: number[] = [];
  try {
    await client.query('SELECT pg_advisory_lock($1::bigint)', [MIGRATION_LOCK_KEY]);
    try {
      await client.query(`
        CREATE TABLE IF NOT EXISTS ${VERSIONS_TABLE} (
          version     INTEGER PRIMARY KEY,
          description TEXT NOT NULL,
          applied_at  TIMESTAMPTZ NOT NULL DEFAULT now()
        )`);
      const { rows } = await client.query<{ version: number }>(`SELECT version FROM ${VERSIONS_TABLE}`);
      const done = new Set(rows.map((row) => row.version));
      const newest = Math.max(0, ...done);
      const known = Math.max(0, ...migrations.map((m) => m.version));
      if (newest > known) {
        throw new StoreError(
          'too-new',
          where,
          `The PostgreSQL database at ${where} is at schema version ${newest}, newer than this build knows ` +
            `(${known}). It was left untouched: run a newer build of Dossier.`,
        );
      }
      for (const migration of migrations) {
        if (done.has(migration.version)) continue;
        await client.query('BEGIN');
        try {
          await client.query(migration.sql);
          await client.query(`INSERT INTO ${VERSIONS_TABLE} (version, description) VALUES ($1, $2)`, [
            migration.version,
            migration.description,
          ]);
          await client.query('COMMIT');
        } catch (error) {
          await client.query('ROLLBACK');
          throw error;
        }
        applied.push(migration.version);
      }
    } finally {
      await client.query('SELECT pg_advisory_unlock($1::bigint)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    client.release();
  }
  return applied;
}
