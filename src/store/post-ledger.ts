// The daily-post ledger: one row per server and local date, written *before* posting (claimed) and
// after (sent). The primary key on (guild_id, local_date) is what makes a day post at most once,
// across restarts and across processes (and hosts) sharing the database. Every write is one
// statement, so repeating one after a lost connection changes nothing twice.
import type { SqlDriver } from './sql.js';

/**
 * claimed: a post for the day is in progress or waiting for a retry.
 * sent: Discord accepted it (never posted again).
 * empty: nothing to post that day (and no "nothing today" note wanted) when it came; claimable
 *   later the same day if there is something after all (the note turned on, entries reloaded).
 * failed: given up for the day.
 */
export type LedgerStatus = 'claimed' | 'sent' | 'empty' | 'failed';

export interface LedgerEntry {
  readonly guildId: string;
  readonly localDate: string;
  readonly status: LedgerStatus;
  readonly channelId: string;
  readonly nonce: string;
  /** Send attempts started, counting the one in progress. */
  readonly attempts: number;
  readonly claimedAt: number;
  /** While a process is sending, others leave the row alone until this instant (epoch ms). */
  readonly leaseUntil: number | null;
  /** After a transient failure, no retry before this instant (epoch ms). */
  readonly nextAttemptAt: number | null;
  readonly lastError: string | null;
  readonly messageId: string | null;
  readonly sentAt: number | null;
  readonly updatedAt: number;
}

export interface ClaimRequest {
  readonly guildId: string;
  readonly localDate: string;
  readonly channelId: string;
  readonly nonce: string;
  readonly now: number;
  /** How long the claim keeps other processes off the row. */
  readonly leaseMs: number;
}

export interface Claim {
  readonly entry: LedgerEntry;
  /** True when the row already existed: an earlier attempt may have reached Discord. */
  readonly isRetry: boolean;
}

export interface PostLedger {
  get(guildId: string, localDate: string): Promise<LedgerEntry | undefined>;
  /** The row with the latest local date for the server. */
  latest(guildId: string): Promise<LedgerEntry | undefined>;
  /**
   * Claims the day for sending in one atomic statement: creates the row, takes over an empty one,
   * or takes over a claimed row whose lease has expired and whose retry time has come. Undefined
   * when the day is sent, failed, or held by someone else.
   */
  claim(request: ClaimRequest): Promise<Claim | undefined>;
  /** Records that Discord accepted the post. Only a claimed row changes. */
  markSent(guildId: string, localDate: string, messageId: string, now: number): Promise<void>;
  /** Records a day with nothing to post; false when the day already has a row. */
  markEmpty(request: Omit<ClaimRequest, 'leaseMs'>): Promise<boolean>;
  /** Releases the claim after a transient failure; the row stays claimed for a later attempt. */
  scheduleRetry(
    guildId: string,
    localDate: string,
    nextAttemptAt: number,
    error: string,
    now: number,
  ): Promise<void>;
  /** Gives up on the day. Only a claimed row changes. */
  markFailed(guildId: string, localDate: string, error: string, now: number): Promise<void>;
  /** Claimed rows of the server dated before `localDate`: days whose post never went out. */
  openBefore(guildId: string, localDate: string): Promise<LedgerEntry[]>;
}

interface Row {
  guild_id: string;
  local_date: string;
  status: LedgerStatus;
  channel_id: string;
  nonce: string;
  attempts: number;
  claimed_at: number;
  lease_until: number | null;
  next_attempt_at: number | null;
  last_error: string | null;
  message_id: string | null;
  sent_at: number | null;
  updated_at: number;
}

function fromRow(row: Row): LedgerEntry {
  return {
    guildId: row.guild_id,
    localDate: row.local_date,
    status: row.status,
    channelId: row.channel_id,
    nonce: row.nonce,
    attempts: row.attempts,
    claimedAt: row.claimed_at,
    leaseUntil: row.lease_until,
    nextAttemptAt: row.next_attempt_at,
    lastError: row.last_error,
    messageId: row.message_id,
    sentAt: row.sent_at,
    updatedAt: row.updated_at,
  };
}

/**
 * Inserts the day's row as claimed, takes over an empty row (nothing was sent for it, so the first
 * attempt starts), or takes over a claimed row whose lease expired and whose retry time came. The
 * database serializes concurrent claims on the key: exactly one returns the row.
 */
const CLAIM = `
  INSERT INTO post_ledger
    (guild_id, local_date, status, channel_id, nonce, attempts, claimed_at, lease_until, updated_at)
  VALUES (?, ?, 'claimed', ?, ?, 1, ?, ?, ?)
  ON CONFLICT (guild_id, local_date) DO UPDATE SET
    status = 'claimed', attempts = post_ledger.attempts + 1, channel_id = excluded.channel_id,
    claimed_at = CASE WHEN post_ledger.status = 'empty' THEN excluded.claimed_at ELSE post_ledger.claimed_at END,
    lease_until = excluded.lease_until, next_attempt_at = NULL, updated_at = excluded.updated_at
  WHERE post_ledger.status = 'empty'
    OR (post_ledger.status = 'claimed'
      AND (post_ledger.lease_until IS NULL OR post_ledger.lease_until <= ?)
      AND (post_ledger.next_attempt_at IS NULL OR post_ledger.next_attempt_at <= ?))
  RETURNING *`;

export function createPostLedger(db: SqlDriver): PostLedger {
  const rows = async (sql: string, params: (string | number)[]) =>
    (await db.all<Row>(sql, params)).map(fromRow);
  const first = async (sql: string, params: (string | number)[]) => (await rows(sql, params))[0];

  return {
    get: (guildId, localDate) =>
      first('SELECT * FROM post_ledger WHERE guild_id = ? AND local_date = ?', [guildId, localDate]),
    latest: (guildId) =>
      first('SELECT * FROM post_ledger WHERE guild_id = ? ORDER BY local_date DESC LIMIT 1', [guildId]),
    claim: async ({ guildId, localDate, channelId, nonce, now, leaseMs }) => {
      const entry = await first(CLAIM, [
        guildId,
        localDate,
        channelId,
        nonce,
        now,
        now + leaseMs,
        now,
        now,
        now,
      ]);
      // A created row (or a taken-over empty one, attempts 0) has attempts 1; every take-over of a
      // claimed one adds one, and only then may an earlier attempt have reached Discord.
      return entry ? { entry, isRetry: entry.attempts > 1 } : undefined;
    },
    markSent: async (guildId, localDate, messageId, now) => {
      await db.run(
        `UPDATE post_ledger SET status = 'sent', message_id = ?, sent_at = ?, lease_until = NULL, updated_at = ?
         WHERE guild_id = ? AND local_date = ? AND status = 'claimed'`,
        [messageId, now, now, guildId, localDate],
      );
    },
    markEmpty: async ({ guildId, localDate, channelId, nonce, now }) =>
      (await db.run(
        `INSERT INTO post_ledger (guild_id, local_date, status, channel_id, nonce, attempts, claimed_at, updated_at)
         VALUES (?, ?, 'empty', ?, ?, 0, ?, ?)
         ON CONFLICT (guild_id, local_date) DO NOTHING`,
        [guildId, localDate, channelId, nonce, now, now],
      )) > 0,
    scheduleRetry: async (guildId, localDate, nextAttemptAt, error, now) => {
      await db.run(
        `UPDATE post_ledger SET lease_until = NULL, next_attempt_at = ?, last_error = ?, updated_at = ?
         WHERE guild_id = ? AND local_date = ? AND status = 'claimed'`,
        [nextAttemptAt, error, now, guildId, localDate],
      );
    },
    markFailed: async (guildId, localDate, error, now) => {
      await db.run(
        `UPDATE post_ledger
         SET status = 'failed', lease_until = NULL, next_attempt_at = NULL, last_error = ?, updated_at = ?
         WHERE guild_id = ? AND local_date = ? AND status = 'claimed'`,
        [error, now, guildId, localDate],
      );
    },
    openBefore: (guildId, localDate) =>
      rows(
        "SELECT * FROM post_ledger WHERE guild_id = ? AND local_date < ? AND status = 'claimed' ORDER BY local_date",
        [guildId, localDate],
      ),
  };
}
