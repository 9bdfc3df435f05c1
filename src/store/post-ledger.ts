// The daily-post ledger: one row per server and local date, written *before* posting (claimed) and
// after (sent). The primary key on (guild_id, local_date) is what makes a day post at most once,
// across restarts and across processes sharing the file.
import type Database from 'better-sqlite3';

/**
 * claimed: a post for the day is in progress or waiting for a retry.
 * sent: Discord accepted it (never posted again).
 * empty: nothing to post that day (and no "nothing today" note wanted).
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
  get(guildId: string, localDate: string): LedgerEntry | undefined;
  /** The row with the latest local date for the server. */
  latest(guildId: string): LedgerEntry | undefined;
  /**
   * Claims the day for sending, atomically: creates the row, or takes over a claimed row whose lease
   * has expired and whose retry time has come. Undefined when the day is sent, empty, failed, or
   * held by someone else.
   */
  claim(request: ClaimRequest): Claim | undefined;
  /** Records that Discord accepted the post. Only a claimed row changes. */
  markSent(guildId: string, localDate: string, messageId: string, now: number): void;
  /** Records a day with nothing to post; false when the day already has a row. */
  markEmpty(request: Omit<ClaimRequest, 'leaseMs'>): boolean;
  /** Releases the claim after a transient failure; the row stays claimed for a later attempt. */
  scheduleRetry(guildId: string, localDate: string, nextAttemptAt: number, error: string, now: number): void;
  /** Gives up on the day. Only a claimed row changes. */
  markFailed(guildId: string, localDate: string, error: string, now: number): void;
  /** Claimed rows of the server dated before `localDate`: days whose post never went out. */
  openBefore(guildId: string, localDate: string): LedgerEntry[];
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

export function createPostLedger(db: Database.Database): PostLedger {
  const select = db.prepare<[string, string], Row>(
    'SELECT * FROM post_ledger WHERE guild_id = ? AND local_date = ?',
  );
  const selectLatest = db.prepare<[string], Row>(
    'SELECT * FROM post_ledger WHERE guild_id = ? ORDER BY local_date DESC LIMIT 1',
  );
  const insertClaim = db.prepare(`
    INSERT INTO post_ledger (guild_id, local_date, status, channel_id, nonce, attempts, claimed_at, lease_until, updated_at)
    VALUES (@guildId, @localDate, 'claimed', @channelId, @nonce, 1, @now, @leaseUntil, @now)`);
  const retakeClaim = db.prepare(`
    UPDATE post_ledger
    SET attempts = attempts + 1, channel_id = @channelId, lease_until = @leaseUntil, next_attempt_at = NULL,
        updated_at = @now
    WHERE guild_id = @guildId AND local_date = @localDate AND status = 'claimed'
      AND (lease_until IS NULL OR lease_until <= @now)
      AND (next_attempt_at IS NULL OR next_attempt_at <= @now)`);
  const insertEmpty = db.prepare(`
    INSERT INTO post_ledger (guild_id, local_date, status, channel_id, nonce, attempts, claimed_at, updated_at)
    VALUES (@guildId, @localDate, 'empty', @channelId, @nonce, 0, @now, @now)
    ON CONFLICT (guild_id, local_date) DO NOTHING`);
  const updateSent = db.prepare(`
    UPDATE post_ledger SET status = 'sent', message_id = ?, sent_at = ?, lease_until = NULL, updated_at = ?
    WHERE guild_id = ? AND local_date = ? AND status = 'claimed'`);
  const updateRetry = db.prepare(`
    UPDATE post_ledger SET lease_until = NULL, next_attempt_at = ?, last_error = ?, updated_at = ?
    WHERE guild_id = ? AND local_date = ? AND status = 'claimed'`);
  const updateFailed = db.prepare(`
    UPDATE post_ledger SET status = 'failed', lease_until = NULL, next_attempt_at = NULL, last_error = ?, updated_at = ?
    WHERE guild_id = ? AND local_date = ? AND status = 'claimed'`);
  const selectOpenBefore = db.prepare<[string, string], Row>(
    "SELECT * FROM post_ledger WHERE guild_id = ? AND local_date < ? AND status = 'claimed' ORDER BY local_date",
  );

  const get = (guildId: string, localDate: string) => {
    const row = select.get(guildId, localDate);
    return row ? fromRow(row) : undefined;
  };

  const claim = db.transaction((request: ClaimRequest): Claim | undefined => {
    const params = { ...request, leaseUntil: request.now + request.leaseMs };
    const existing = get(request.guildId, request.localDate);
    if (!existing) {
      insertClaim.run(params);
    } else if (retakeClaim.run(params).changes === 0) {
      return undefined;
    }
    const entry = get(request.guildId, request.localDate);
    return entry ? { entry, isRetry: existing !== undefined } : undefined;
  });

  // Every write is its own immediate transaction: it takes the write lock up front, so a second
  // process waits (busy_timeout) instead of failing half-way through a read-then-write.
  const write = <A extends unknown[]>(fn: (...args: A) => unknown) => {
    const tx = db.transaction(fn);
    return (...args: A) => tx.immediate(...args);
  };

  const markSent = write((guildId: string, localDate: string, messageId: string, now: number) =>
    updateSent.run(messageId, now, now, guildId, localDate),
  );
  const scheduleRetry = write(
    (guildId: string, localDate: string, nextAttemptAt: number, error: string, now: number) =>
      updateRetry.run(nextAttemptAt, error, now, guildId, localDate),
  );
  const markFailed = write((guildId: string, localDate: string, error: string, now: number) =>
    updateFailed.run(error, now, guildId, localDate),
  );
  const markEmpty = db.transaction(
    (request: Omit<ClaimRequest, 'leaseMs'>) => insertEmpty.run(request).changes > 0,
  );

  return {
    get,
    latest: (guildId) => {
      const row = selectLatest.get(guildId);
      return row ? fromRow(row) : undefined;
    },
    claim: (request) => claim.immediate(request),
    markSent: (...args) => void markSent(...args),
    markEmpty: (request) => markEmpty.immediate(request),
    scheduleRetry: (...args) => void scheduleRetry(...args),
    markFailed: (...args) => void markFailed(...args),
    openBefore: (guildId, localDate) => selectOpenBefore.all(guildId, localDate).map(fromRow),
  };
}
