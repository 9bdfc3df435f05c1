// Reads the day a user asks about in /onthisday: "06-02", "6/2", "June 2", "2 June", "jun 2nd".
import { daysInMonth, monthName, MONTH_NAMES, pad } from '../util/calendar.js';
import { fail, succeed, type Result } from '../util/result.js';
import { truncate } from '../replies/limits.js';

const MONTHS = MONTH_NAMES.map((name) => name.toLowerCase());

function monthFromWord(word: string): number | undefined {
  const lower = word.toLowerCase().replace(/\.$/, '');
  if (lower.length < 3) return undefined;
  const index = MONTHS.findIndex((m) => m.startsWith(lower) || (lower === 'sept' && m === 'september'));
  return index === -1 ? undefined : index + 1;
}

/** Days in a month of a leap year (2000): February 29 is a day worth asking about. */
const maxDay = (month: number) => daysInMonth(2000, month);

const HINT = 'Use MM-DD (06-02) or a month and day (June 2).';

/** "MM-DD" for a valid day and month, or a message saying what is wrong. */
export function parseMonthDay(input: string): Result<string> {
  const text = input.trim();
  let month: number | undefined;
  let day: number | undefined;
  const numeric = /^(\d{1,2})[-/.](\d{1,2})$/.exec(text);
  const monthFirst = /^([a-z.]+)\s+(\d{1,2})(?:st|nd|rd|th)?$/i.exec(text);
  const dayFirst = /^(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([a-z.]+)$/i.exec(text);
  if (numeric) {
    month = Number(numeric[1]);
    day = Number(numeric[2]);
  } else if (monthFirst) {
    month = monthFromWord(monthFirst[1]!);
    day = Number(monthFirst[2]);
  } else if (dayFirst) {
    month = monthFromWord(dayFirst[2]!);
    day = Number(dayFirst[1]);
  }
  const shown = truncate(text, 40);
  if (month === undefined || day === undefined) return fail(`“${shown}” is not a date I can read. ${HINT}`);
  if (month < 1 || month > 12) return fail(`“${shown}”: there is no month ${month}. ${HINT}`);
  if (day < 1 || day > maxDay(month)) {
    return fail(`“${shown}”: ${monthName(month)} has no day ${day}. ${HINT}`);
  }
  return succeed(`${pad(month)}-${pad(day)}`);
}
