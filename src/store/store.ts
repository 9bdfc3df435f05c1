// The store behind per-server settings and the daily-post ledger, with two backends behind one
// asynchronous interface: SQLite (a file, the embedded default) and PostgreSQL (DATABASE_URL, shared
// by shards on several hosts). Callers see only Store; both backends pass the same test suite.
import { isPostgresUrl } from './location.js';
import { openPostgresStore, type PostgresOptions } from './postgres.js';
import { openSqliteStore, type OpenSqliteOptions } from './sqlite.js';
import type { Store } from './types.js';

export type { ShardFilter } from './sql.js';

export type { Store } from './types.js';

/**
 * Opens and migrates the store at `location`: a postgres:// (or postgresql://) URL selects
 * PostgreSQL, anything else is a SQLite file path (':memory:' for a throwaway one). Throws
 * StoreError with a message for the operator (naming the file or host, never a password).
 */
export async function openStore(
  location: string,
  options: PostgresOptions & OpenSqliteOptions = {},
): Promise<Store> {
  return isPostgresUrl(location) ? openPostgresStore(location, options) : openSqliteStore(location, options);
}
