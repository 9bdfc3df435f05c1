// Wall-clock arithmetic in IANA time zones through Intl (Node ships full ICU), so the daily post
// follows the server's clock through daylight saving changes instead of a fixed UTC offset.
import { formatDate, pad } from '../util/calendar.js';

/** Epoch milliseconds; the scheduler reads time only through an injected clock. */
export type Clock = () => number;

export const systemClock: Clock = () => Date.now();

/** A zone's wall clock at one instant. `date` is YYYY-MM-DD and `time` HH:MM (24-hour). */
export interface LocalDateTime {
  readonly date: string;
  readonly time: string;
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

/** The wall-clock date and time in `zone` at `instant`. Throws RangeError for an unknown zone. */
export function localDateTime(instant: number, zone: string): LocalDateTime {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(zone).formatToParts(new Date(instant))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const year = parts.year ?? 0;
  const month = parts.month ?? 1;
  const day = parts.day ?? 1;
  // Some ICU builds still print midnight as 24 under h23; fold it back.
  const hour = (parts.hour ?? 0) % 24;
  const minute = parts.minute ?? 0;
  const second = parts.second ?? 0;
  return {
    date: formatDate(year, month, day),
    time: `${pad(hour)}:${pad(minute)}`,
    year,
    month,
    day,
    hour,
    minute,
    second,
  };
}

/** The zone's offset from UTC at `instant`, in minutes (east positive: Tokyo is +540). */
export function zoneOffsetMinutes(instant: number, zone: string): number {
  const local = localDateTime(instant, zone);
  const asUtc = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second);
  const flooredInstant = Math.floor(instant / 1000) * 1000;
  return Math.round((asUtc - flooredInstant) / MINUTE_MS);
}

/** "UTC+09:00", "UTC−05:00", "UTC". */
export function formatOffset(minutes: number): string {
  if (minutes === 0) return 'UTC';
  const sign = minutes > 0 ? '+' : '−';
  const abs = Math.abs(minutes);
  return `UTC${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

function wallKey(instant: number, zone: string): string {
  const local = localDateTime(instant, zone);
  return `${local.date} ${local.time}`;
}

/**
 * The first instant at which the wall clock in `zone` reads `date time` or later: the moment a post
 * set for that time becomes due. In a spring-forward gap (02:30 that never happens) that is the
 * first instant after the gap; in a fall-back overlap (01:30 twice) it is the first occurrence.
 */
export function firstInstantAtOrAfter(date: string, time: string, zone: string): number {
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  const naive = Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1, hh ?? 0, mm ?? 0);
  const target = `${date} ${time}`;
  // The offset in force is one of those a day either side; try both, earliest first.
  const offsets = new Set([zoneOffsetMinutes(naive - DAY_MS, zone), zoneOffsetMinutes(naive + DAY_MS, zone)]);
  const candidates = [...offsets].map((offset) => naive - offset * MINUTE_MS).sort((a, b) => a - b);
  for (const candidate of candidates) {
    if (wallKey(candidate, zone) === target) return candidate;
  }
  // The time falls in a gap: search the minute at which the wall clock jumps past it.
  let low = (candidates[0] ?? naive) - DAY_MS / 2;
  let high = (candidates[candidates.length - 1] ?? naive) + DAY_MS / 2;
  while (high - low > MINUTE_MS) {
    const mid = low + Math.floor((high - low) / 2 / MINUTE_MS) * MINUTE_MS;
    if (wallKey(mid, zone) >= target) high = mid;
    else low = mid;
  }
  return high;
}
