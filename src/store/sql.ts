// The one seam between the store's statements and a database: each backend (SQLite, PostgreSQL)
// runs the same SQL text, written with `?` placeholders, one statement at a time. Every write the
// store makes is a single atomic statement, so no backend needs to expose transactions.

export type SqlValue = string | number | null;

export interface SqlDriver {
  /** Rows a statement returns (SELECT, or a write with RETURNING). */
  all<Row>(sql: string, params?: readonly SqlValue[]): Promise<Row[]>;
  /** How many rows a write changed. */
  run(sql: string, params?: readonly SqlValue[]): Promise<number>;
  /**
   * An SQL expression for the shard of the server id in `column` ((id >> 22) % total), with `?`
   * placeholders for `total`; a non-numeric id counts as shard 0 on both backends.
   */
  shardOf(column: string): string;
}

/** Which servers a process serves: the shards it runs, out of the bot's total. */
export interface ShardFilter {
  readonly ids: readonly number[];
  readonly total: number;
}

/** `?, ?, ?` for a list of `count` values. */
export function placeholders(count: number): string {
  return Array.from({ length: count }, () => '?').join(', ');
}
