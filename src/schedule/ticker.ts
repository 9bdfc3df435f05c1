// The daily-post ticker. Each tick, for every server this process serves: give up days that ended
// unposted, and if today's post is due, claim the day in the ledger, send, then mark it sent.
// Claim-before-send means a crash can only leave a claimed row (retried, with the same nonce, after
// checking the channel for the post), never an unrecorded post.
import type { Dataset } from '../dataset/types.js';
import type { GuildSettings } from '../store/guild-settings.js';
import type { LedgerEntry } from '../store/post-ledger.js';
import type { ShardFilter, Store } from '../store/store.js';
import { isPostDue } from './due.js';
import { buildDailyPost } from './post.js';
import { dailyPostMarker, dailyPostNonce } from './post-identity.js';
import { classifySendFailure, type PostSender } from './sender.js';
import { localDateTime, type Clock } from './zoned-time.js';

export const DEFAULT_TICK_INTERVAL_MS = 30_000;
/** A claim keeps other processes off the row this long; a crashed claim is retried after it. */
export const DEFAULT_LEASE_MS = 2 * 60_000;
const DEFAULT_CONCURRENCY = 8;

/** 30 s, 1 min, 2 min, … capped at 30 min: the wait after the `attempt`th failed attempt. */
export function defaultBackoffMs(attempt: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempt - 1), 30 * 60_000);
}

export type TickLog = (
  level: 'info' | 'warn' | 'error',
  message: string,
  fields: Record<string, unknown>,
) => void;

export interface DailyPostTickerDeps {
  readonly store: Pick<Store, 'settings' | 'ledger'>;
  /** The dataset, or a getter when it can be reloaded. */
  readonly dataset: Dataset | (() => Dataset);
  readonly sender: PostSender;
  readonly clock: Clock;
  /** The shards this process runs: only their servers are listed (by the database). */
  readonly shards?: ShardFilter;
  /** A further check per listed server (e.g. the bot is still in it). */
  readonly servesGuild?: (guildId: string) => boolean;
  readonly log?: TickLog;
  /** Told each server's outcome as it is known (the metrics count sent and failed posts). */
  readonly onResult?: (result: GuildTickResult) => void;
  readonly leaseMs?: number;
  readonly backoffMs?: (attempt: number) => number;
  /** How many servers are handled at once within a tick. */
  readonly concurrency?: number;
}

export type TickOutcome =
  | 'sent'
  /** A retry found the post already in the channel (the crash came after Discord accepted it). */
  | 'found-existing'
  | 'empty'
  | 'retry-scheduled'
  | 'disabled'
  | 'gave-up'
  | 'error';

export interface GuildTickResult {
  readonly guildId: string;
  readonly localDate: string;
  readonly outcome: TickOutcome;
  readonly messageId?: string;
  readonly detail?: string;
}

export interface TimerApi {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface DailyPostTicker {
  /** One pass over the served servers; resolves with what happened to each server that acted. */
  tick(): Promise<GuildTickResult[]>;
  /** Ticks now and then every `intervalMs` (each tick starts after the previous one finished). */
  start(options?: { intervalMs?: number; timers?: TimerApi }): void;
  /** Stops ticking and waits for a tick in progress. */
  stop(): Promise<void>;
}

const systemTimers: TimerApi = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => {
    if (handle !== undefined) clearTimeout(handle as ReturnType<typeof setTimeout>);
  },
};

const GAVE_UP_END_OF_DAY = 'gave up: the local day ended before the post could be sent';

export function createDailyPostTicker(deps: DailyPostTickerDeps): DailyPostTicker {
  const { store, sender, clock } = deps;
  const log: TickLog = deps.log ?? (() => undefined);
  const leaseMs = deps.leaseMs ?? DEFAULT_LEASE_MS;
  const backoffMs = deps.backoffMs ?? defaultBackoffMs;
  const datasetNow = () => (typeof deps.dataset === 'function' ? deps.dataset() : deps.dataset);
  const inFlight = new Set<string>();

  async function serveGuild(settings: GuildSettings): Promise<GuildTickResult | undefined> {
    const { guildId, channelId, timeZone } = settings;
    if (channelId === null) return undefined;
    const now = clock();
    const local = localDateTime(now, timeZone);
    for (const open of await store.ledger.openBefore(guildId, local.date)) {
      await store.ledger.markFailed(guildId, open.localDate, GAVE_UP_END_OF_DAY, now);
      log('warn', 'daily post given up', { guildId, localDate: open.localDate, lastError: open.lastError });
    }
    const latest = await store.ledger.latest(guildId);
    if (!isPostDue(settings, local, latest?.localDate)) return undefined;
    const today: LedgerEntry | undefined = latest?.localDate === local.date ? latest : undefined;
    if (today && !isClaimable(today, now)) return undefined;

    const nonce = dailyPostNonce(guildId, local.date);
    const body = buildDailyPost(datasetNow(), local.date, {
      kind: 'scheduled',
      guildId,
      emptyDayNote: settings.emptyDayNote,
    });
    const result = (outcome: TickOutcome, extra: Partial<GuildTickResult> = {}): GuildTickResult => ({
      guildId,
      localDate: local.date,
      outcome,
      ...extra,
    });
    if (!body) {
      if (today?.status === 'empty') return undefined; // recorded already
      if (today)
        await store.ledger.markFailed(guildId, local.date, 'nothing to post for this day any more', now);
      else if (await store.ledger.markEmpty({ guildId, localDate: local.date, channelId, nonce, now }))
        log('info', 'daily post skipped: no entries for the day and the empty-day note is off', {
          guildId,
          localDate: local.date,
        });
      return result('empty');
    }

    const claim = await store.ledger.claim({
      guildId,
      localDate: local.date,
      channelId,
      nonce,
      now,
      leaseMs,
    });
    if (!claim) return undefined; // sent meanwhile, or another process holds it

    let messageId: string;
    let found = false;
    try {
      const existing = claim.isRetry
        ? await sender.findRecentOwnPost(channelId, { footer: dailyPostMarker(local.date), nonce })
        : undefined;
      if (existing) {
        messageId = existing.messageId;
        found = true;
      } else {
        ({ messageId } = await sender.send(channelId, body, { nonce, enforceNonce: true }));
      }
    } catch (error) {
      return result(...(await recordFailure(settings, local.date, claim.entry.attempts, error)));
    }
    // If this write fails, the row stays claimed: after the lease the retry finds the post.
    await store.ledger.markSent(guildId, local.date, messageId, clock());
    log('info', found ? 'daily post found already sent' : 'daily post sent', {
      guildId,
      localDate: local.date,
      channelId,
      messageId,
      attempt: claim.entry.attempts,
    });
    return result(found ? 'found-existing' : 'sent', { messageId });
  }

  async function recordFailure(
    settings: GuildSettings,
    localDate: string,
    attempts: number,
    error: unknown,
  ): Promise<[TickOutcome, Partial<GuildTickResult>]> {
    const { guildId } = settings;
    const failure = classifySendFailure(error);
    const at = clock();
    const fields = {
      guildId,
      localDate,
      channelId: settings.channelId,
      attempt: attempts,
      reason: failure.reason,
    };
    switch (failure.action) {
      case 'disable':
        await store.settings.disable(guildId, failure.reason, at);
        // The claim stays open: when an admin fixes the channel and turns posting on again the
        // same day, the post still goes out (after checking for it, with the same nonce).
        await store.ledger.scheduleRetry(guildId, localDate, at, failure.reason, at);
        log('warn', 'daily post disabled for the server', fields);
        return ['disabled', { detail: failure.reason }];
      case 'retry': {
        const wait = Math.max(failure.retryAfterMs ?? 0, backoffMs(attempts));
        await store.ledger.scheduleRetry(guildId, localDate, at + wait, failure.reason, at);
        log('warn', 'daily post failed; will retry', { ...fields, retryInMs: wait });
        return ['retry-scheduled', { detail: failure.reason }];
      }
      case 'give-up':
        await store.ledger.markFailed(guildId, localDate, failure.reason, at);
        log('error', 'daily post rejected; giving up for the day', fields);
        return ['gave-up', { detail: failure.reason }];
    }
  }

  async function guarded(settings: GuildSettings): Promise<GuildTickResult | undefined> {
    if (inFlight.has(settings.guildId)) return undefined;
    inFlight.add(settings.guildId);
    try {
      return await serveGuild(settings);
    } catch (error) {
      // One server's trouble (a bad zone, a store hiccup) never stops the others.
      const detail = error instanceof Error ? error.message : String(error);
      log('error', 'daily post tick failed for the server', { guildId: settings.guildId, error });
      return { guildId: settings.guildId, localDate: '', outcome: 'error', detail };
    } finally {
      inFlight.delete(settings.guildId);
    }
  }

  async function tick(): Promise<GuildTickResult[]> {
    const enabled = await store.settings.listEnabled(deps.shards);
    const servers = deps.servesGuild ? enabled.filter((s) => deps.servesGuild?.(s.guildId)) : enabled;
    const results: GuildTickResult[] = [];
    let next = 0;
    const worker = async () => {
      while (next < servers.length) {
        const settings = servers[next];
        next += 1;
        if (!settings) continue;
        const result = await guarded(settings);
        if (!result) continue;
        results.push(result);
        deps.onResult?.(result);
      }
    };
    const workers = Math.max(1, Math.min(deps.concurrency ?? DEFAULT_CONCURRENCY, servers.length));
    await Promise.all(Array.from({ length: workers }, worker));
    return results.sort((a, b) => (a.guildId < b.guildId ? -1 : a.guildId > b.guildId ? 1 : 0));
  }

  let handle: unknown;
  let running: Promise<unknown> | undefined;
  let stopped = true;
  let timers: TimerApi = systemTimers;

  const loop = (intervalMs: number) => {
    running = tick()
      .catch((error: unknown) => {
        log('error', 'daily post tick failed', {
          error,
        });
      })
      .finally(() => {
        running = undefined;
        if (!stopped) handle = timers.setTimeout(() => loop(intervalMs), intervalMs);
      });
  };

  return {
    tick,
    start: (options = {}) => {
      if (!stopped) return;
      stopped = false;
      timers = options.timers ?? systemTimers;
      loop(options.intervalMs ?? DEFAULT_TICK_INTERVAL_MS);
    },
    stop: async () => {
      stopped = true;
      if (handle !== undefined) timers.clearTimeout(handle);
      handle = undefined;
      await running;
    },
  };
}

/** Whether this tick may try the day: an empty day may have something now (note on, new entries). */
function isClaimable(entry: LedgerEntry, now: number): boolean {
  if (entry.status === 'empty') return true;
  if (entry.status !== 'claimed') return false;
  if (entry.leaseUntil !== null && entry.leaseUntil > now) return false;
  return entry.nextAttemptAt === null || entry.nextAttemptAt <= now;
}
