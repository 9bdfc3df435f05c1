// Holidays on a fixed day, dated by their name alone. Found after the absolute dates, because a
// holiday's printed year ("on New Year's Day 2006") was found as a year and must go.
import type { DateMention } from './types.js';

// Holidays on the same day every year, by the names the region's English-language press uses (not
// Christmas: December 25 or, in the Orthodox churches, January 7).
const HOLIDAYS: Readonly<Record<string, readonly [number, number]>> = {
  "new year's eve": [12, 31],
  "new year's day": [1, 1],
  'victory day': [5, 9],
  nowruz: [3, 21],
  navruz: [3, 21],
  novruz: [3, 21],
};
// (after a preposition, with its year if printed: "on New Year's Day 2006"; not "the Victory Day parade")
const HOLIDAY =
  /(?<=\b(?:[Oo]n|[Bb]y|[Bb]efore|[Aa]fter|[Uu]ntil|[Ss]ince|[Oo]ver|[Dd]uring) )(New Year[’']s (?:Eve|Day)|Victory Day|Nowruz|Navruz|Novruz)\b(?:,? ((?:19|20)\d{2})\b)?/g;

/** Holidays in `text` (a sentence starting at `offset`), added to `found`. */
export function addHolidays(text: string, offset: number, found: DateMention[]): void {
  // "On New Year's Eve", "on Nowruz": a holiday with a fixed day, a month-day told by its name.
  for (const m of text.matchAll(HOLIDAY)) {
    const [month, day] = HOLIDAYS[(m[1] ?? '').toLowerCase().replace(/’/g, "'")] ?? [];
    if (!month || !day) continue;
    const [start, end] = [offset + m.index, offset + m.index + m[0].length];
    // Its printed year is part of it, not a date of its own.
    const year = found.findIndex((f) => f.start >= start && f.end <= end);
    if (year >= 0) found.splice(year, 1);
    found.push({
      start,
      end,
      text: m[0],
      from: { month, day, ...(m[2] ? { year: Number(m[2]) } : {}) },
      modifier: false,
    });
  }
}
