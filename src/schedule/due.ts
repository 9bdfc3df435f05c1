// When a server's post is due: local wall time at or past the post time on the local date, and
// that date not yet behind the ledger. Pure, so every clock edge case is a unit test.
import type { GuildSettings } from '../store/guild-settings.js';
import { addDays, firstInstantAtOrAfter, localDateTime, type LocalDateTime } from './zoned-time.js';

export type PostSchedule = Pick<GuildSettings, 'postTime' | 'timeZone'>;

/**
 * True when the post for `local.date` should go out now. `latestLedgerDate` is the server's latest
 * ledger date: once a later date is in the ledger (the zone moved west mid-day), an earlier local
 * date is never posted, so changing the zone cannot post "the same day" twice.
 * Only today counts: days missed during downtime are not back-filled.
 */
export function isPostDue(
  schedule: PostSchedule,
  local: LocalDateTime,
  latestLedgerDate: string | undefined,
): boolean {
  if (local.time < schedule.postTime) return false;
  return latestLedgerDate === undefined || latestLedgerDate <= local.date;
}

export interface NextPost {
  /** The local date the next post is for. */
  readonly localDate: string;
  /** When it becomes due (epoch ms); `now` when it is due already. */
  readonly at: number;
}

/**
 * The next scheduled post, for the settings view. `handledDates` says whether a local date already
 * has a finished ledger row (sent, empty or failed) or a later one exists.
 */
/** How many days, from today, nextPost asks about before it stops looking. */
export const NEXT_POST_HORIZON_DAYS = 3;

export function nextPost(
  schedule: PostSchedule,
  now: number,
  isHandled: (localDate: string) => boolean,
): NextPost {
  const today = localDateTime(now, schedule.timeZone).date;
  for (let offset = 0; offset < NEXT_POST_HORIZON_DAYS; offset += 1) {
    const localDate = addDays(today, offset);
    if (isHandled(localDate)) continue;
    const at = firstInstantAtOrAfter(localDate, schedule.postTime, schedule.timeZone);
    return { localDate, at: Math.max(at, now) };
  }
  const localDate = addDays(today, NEXT_POST_HORIZON_DAYS);
  return { localDate, at: firstInstantAtOrAfter(localDate, schedule.postTime, schedule.timeZone) };
}
