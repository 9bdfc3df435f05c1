// The shared backend: PostgreSQL through node-postgres (`pg`), selected by DATABASE_URL, for shards
// on several hosts. Statements are the SQLite backend's, with `?` numbered for Postgres. A lost
// connection is retried with backoff; that is safe because every write is one idempotent-on-repeat
// statement (a repeated claim finds its own row held and backs off; nothing is posted twice).
import pg from 'pg';
import { StoreError } from './errors.js';
import { describePostgresUrl } from './location.js';
import { createGuildSettingsStore } from './guild-settings.js';
import { createPostLedger } from './post-ledger.js';
import { migratePostgres } from './postgres-migrations.js';
import type { SqlDriver, SqlValue } from './sql.js';
import type { Store } from './types.js';

export interface PostgresOptions {
  /** How long connecting may take before start-up gives up (default 5 s). */
  readonly connectTimeoutMs?: number;
  /** How long a statement keeps retrying a lost connection before it fails (default 60 s). */
  readonly retryForMs?: number;
  /** Told about each retry, for a log line. */
  readonly onRetry?: (info: { where: string; attempt: number; waitMs: number; error: string }) => void;
}

export interface PostgresStore extends Store {
  readonly backend: 'postgres';
}

const POOL_SIZE = 4;
const INT8_OID = 20;

/** The password in the URL, so no message can repeat it. */
function passwordOf(url: string): string | undefined {
  try {
    return decodeURIComponent(new URL(url).password) || undefined;
  } catch {
    return undefined;
  }
}

function hide(text: string, secret: string | undefined): string {
  return secret ? text.split(secret).join('[redacted]') : text;
}

const TRANSIENT_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
  '57P01', // admin_shutdown: the server is restarting
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now: starting up
  '53300', // too_many_connections
  '40001', // serialization_failure
  '40P01', // deadlock_detected
]);

/** A failure of the connection rather than of the statement: worth repeating the statement. */
export function isTransientPostgresError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && (TRANSIENT_CODES.has(code) || code.startsWith('08'))) return true;
  const message = error instanceof Error ? error.message : '';
  return /Connection terminated|timeout exceeded when trying to connect|not queryable|ECONNRESET/i.test(
    message,
  );
}

/** `?` placeholders numbered as $1, $2, … (outside quoted literals). */
export function numberPlaceholders(sql: string): string {
  let n = 0;
  let quoted = false;
  let out = '';
  for (const char of sql) {
    if (char === "'") quoted = !quoted;
    out += char === '?' && !quoted ? `$${++n}` : char;
  }
  return out;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Connects (failing fast with a StoreError naming host, port and database when the server cannot
 * be reached or refuses the login), migrates under an advisory lock, and returns the store.
 */
export async function openPostgresStore(url: string, options: PostgresOptions = {}): Promise<PostgresStore> {
  const where = describePostgresUrl(url);
  const secret = passwordOf(url);
  const retryForMs = options.retryForMs ?? 60_000;
  let pool: pg.Pool;
  try {
    pool = new pg.Pool({
      connectionString: url,
      max: POOL_SIZE,
      connectionTimeoutMillis: options.connectTimeoutMs ?? 5_000,
      idleTimeoutMillis: 30_000,
      application_name: 'dossier',
      // Epoch milliseconds are BIGINT columns: read them as numbers (they stay far below 2^53).
      types: {
        getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
          oid === INT8_OID ? Number : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
      },
    });
  } catch (error) {
    throw new StoreError('unreadable', where, `DATABASE_URL is not a usable PostgreSQL URL (${where}).`, {
      cause: error,
    });
  }
  // An idle connection dropped by the server must not crash the process; the next query reconnects.
  pool.on('error', () => undefined);

  const fail = (error: unknown): never => {
    const detail = hide(error instanceof Error ? error.message : String(error), secret);
    throw new StoreError(
      isTransientPostgresError(error) ? 'unreachable' : 'refused',
      where,
      `Cannot use the PostgreSQL database at ${where} (DATABASE_URL): ${detail}`,
      { cause: error },
    );
  };

  try {
    await pool.query('SELECT 1');
    await migratePostgres(pool, where);
  } catch (error) {
    await pool.end().catch(() => undefined);
    if (error instanceof StoreError) throw error;
    fail(error);
  }

  const withRetry = async <T>(work: () => Promise<T>): Promise<T> => {
    const started = Date.now();
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await work();
      } catch (error) {
        const waitMs = Math.min(250 * 2 ** (attempt - 1), 5_000);
        if (!isTransientPostgresError(error) || Date.now() - started + waitMs > retryForMs) fail(error);
        options.onRetry?.({
          where,
          attempt,
          waitMs,
          error: hide(error instanceof Error ? error.message : String(error), secret),
        });
        await sleep(waitMs);
      }
    }
  };

  const driver: SqlDriver = {
    all: async <Row>(sql: string, params: readonly SqlValue[] = []) =>
      withRetry(async () => (await pool.query(numberPlaceholders(sql), [...params])).rows as Row[]),
    run: async (sql, params = []) =>
      withRetry(async () => (await pool.query(numberPlaceholders(sql), [...params])).rowCount ?? 0),
    // Snowflakes can exceed what a cast to bigint allows in far-future ids: divide as numeric.
    shardOf: (column) =>
      `(CASE WHEN ${column} ~ '^[0-9]{1,20}$' THEN mod(div(${column}::numeric, 4194304), ?) ELSE 0 END)`,
  };

  let closed: Promise<void> | undefined;
  return {
    backend: 'postgres',
    where,
    settings: createGuildSettingsStore(driver),
    ledger: createPostLedger(driver),
    close: () => (closed ??= pool.end().catch(() => undefined)),
  };
}
