// "On the last Saturday of July", "the first Monday in May 2006": a weekday counted within a month
// is one day of it, found after the absolute dates (whose bare month it replaces) and before the
// relative ones (so "last Saturday" is not read as the Saturday before publication).
import { monthNumber, weekdayNumber } from '../../language/months.js';
import type { DateMention } from './types.js';
import { M, WD } from './words.js';

const ORDINALS: Readonly<Record<string, number>> = { first: 1, second: 2, third: 3, fourth: 4, last: -1 };

const ORDINAL_WEEKDAY = new RegExp(
  `\\bthe (first|second|third|fourth|last) (${WD}) (?:of|in) (${M})(?:,? ((?:19|20)\\d{2}))?\\b`,
  'gi',
);

/** Ordinal weekdays of a month in `text` (a sentence starting at `offset`), added to `found`. */
export function addOrdinalWeekdays(text: string, offset: number, found: DateMention[]): void {
  for (const m of text.matchAll(ORDINAL_WEEKDAY)) {
    const n = ORDINALS[(m[1] ?? '').toLowerCase()];
    const weekday = weekdayNumber(m[2] ?? '');
    const month = monthNumber(m[3] ?? '');
    if (n === undefined || weekday === undefined || !month) continue;
    const [start, end] = [offset + m.index, offset + m.index + m[0].length];
    // The month (and year) inside it are part of it, not dates of their own.
    for (let i = found.length - 1; i >= 0; i--) {
      const f = found[i];
      if (f && f.start >= start && f.end <= end) found.splice(i, 1);
    }
    const year = m[4] ? { year: Number(m[4]) } : {};
    found.push({ start, end, text: m[0], from: { month, weekday, nthWeekday: n, ...year }, modifier: false });
  }
}

/** The day of `month` in `year` that is its `n`-th `weekday` (n = -1: the last). */
export function nthWeekdayOf(year: number, month: number, weekday: number, n: number): number {
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (n > 0)
    return 1 + ((weekday - new Date(Date.UTC(year, month - 1, 1)).getUTCDay() + 7) % 7) + 7 * (n - 1);
  return days - ((new Date(Date.UTC(year, month - 1, days)).getUTCDay() - weekday + 7) % 7);
}
