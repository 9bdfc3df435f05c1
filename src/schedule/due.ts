// When a server's post is due: local wall time at or past the post time on the local date, and
// that date not yet behind the ledger. Pure, so every clock edge case is a unit test.
import type { GuildSettings } from '../store/guild-settings.js';
import { addDays } from '../util/calendar.js';
import { firstInstantAtOrAfter, localDateTime, type LocalDateTime } from './zoned-time.js';

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

/** How far ahead the settings view looks for a day that will post something. */
const LOOKAHEAD_DAYS = 366;

/** How many days, from today, nextPost asks `isHandled` about (their ledger rows are read first). */
export const NEXT_POST_HORIZON_DAYS = 3;

/**
 * The next post that will actually go out, for the settings view; undefined when none will in the
 * coming year. `isHandled` says whether a local date already has a finished ledger row (sent, empty
 * or failed) or a later one exists; `wouldPost` whether the day has anything to post (entries, or
 * the empty-day note): a day with nothing to post is not announced as a post.
 */
export function nextPost(
  schedule: PostSchedule,
  now: number,
  isHandled: (localDate: string) => boolean,
  wouldPost: (localDate: string) => boolean = () => true,
): NextPost | undefined {
  const today = localDateTime(now, schedule.timeZone).date;
  for (let offset = 0; offset <= LOOKAHEAD_DAYS; offset += 1) {
    const localDate = addDays(today, offset);
    if ((offset < NEXT_POST_HORIZON_DAYS && isHandled(localDate)) || !wouldPost(localDate)) continue;
    const at = firstInstantAtOrAfter(localDate, schedule.postTime, schedule.timeZone);
    return { localDate, at: Math.max(at, now) };
  }
  return undefined;
}
