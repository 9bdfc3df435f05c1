// Finding dates in a sentence: absolute dates first, then holidays, then relative phrases where
// no date was found already, all in text order.
import { addAbsoluteDates } from './absolute.js';
import { addHolidays } from './holidays.js';
import { addRelativeDates } from './find-relative.js';
import { addOrdinalWeekdays } from './ordinal-weekday.js';
import type { DateMention } from './types.js';

/** Date expressions in `text` (a sentence starting at `offset` in the article), in order. */
export function findDates(text: string, offset = 0): DateMention[] {
  const found: DateMention[] = [];
  addAbsoluteDates(text, offset, found);
  addHolidays(text, offset, found);
  addOrdinalWeekdays(text, offset, found);
  addRelativeDates(text, offset, found);
  return found.sort((a, b) => a.start - b.start);
}
