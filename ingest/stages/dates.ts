// Stage "find dates", first half: finds date expressions in a sentence and resolves them to honest
// partial dates: month-day to a year from context, ranges with qualifiers, relative dates against
// the narrative or the publication date, and planned dates marked as such. (date-order.ts, the
// second half, resolves them in reading order.) The parts, each in its own module under dates/:
//   find-dates.ts        all dates in a sentence, in order: absolute.ts (month, day, year, ranges),
//                        holidays.ts (fixed-day holidays), find-relative.ts (relative phrases,
//                        whose meanings are in relative-phrases.ts); words.ts the shared words
//   resolve-date.ts      a mention resolved to a DateSpec, its year from the article;
//                        resolve-relative.ts for relative ones, calendar.ts the day arithmetic
//   planned.ts           whether the clause around a date speaks of the future
export { addDays, earliestDay, isAfter } from './dates/calendar.js';
export { findDates } from './dates/find-dates.js';
export { isPlannedAt } from './dates/planned.js';
export { resolveDate } from './dates/resolve-date.js';
export type { DateContext, DateMention, RelativeAnchor, RelativeDate, ResolvedDate } from './dates/types.js';
