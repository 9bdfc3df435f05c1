// The PostgreSQL the tests run against (see postgres-cluster.ts), and a fresh database per test so
// tests never see each other's rows.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';

/** The server's superuser URL, or '' when no PostgreSQL is available (outside CI only). */
export const postgresUrl = inject('postgresUrl');

export const hasPostgres = postgresUrl !== '';

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** Creates an empty database and returns its URL. */
export async function freshPostgresDatabase(): Promise<string> {
  const name = `${inject('postgresDatabasePrefix')}${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: postgresUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  return withDatabase(postgresUrl, name);
}

/** A database location for each backend: a SQLite file in `dir`, or a fresh PostgreSQL database. */
export async function freshDatabase(backend: 'sqlite' | 'postgres', file: string): Promise<string> {
  return backend === 'sqlite' ? file : freshPostgresDatabase();
}

/** The backends to run a suite against: SQLite always, PostgreSQL when it is available. */
export const BACKENDS: readonly ('sqlite' | 'postgres')[] = hasPostgres ? ['sqlite', 'postgres'] : ['sqlite'];
