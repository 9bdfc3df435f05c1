// Month and weekday names as articles print them, with their numbers.

export const MONTHS: Readonly<Record<string, number>> = {
  January: 1,
  February: 2,
  March: 3,
  April: 4,
  May: 5,
  June: 6,
  July: 7,
  August: 8,
  September: 9,
  October: 10,
  November: 11,
  December: 12,
  Jan: 1,
  Feb: 2,
  Mar: 3,
  Apr: 4,
  Jun: 6,
  Jul: 7,
  Aug: 8,
  Sep: 9,
  Sept: 9,
  Oct: 10,
  Nov: 11,
  Dec: 12,
};

export const WEEKDAYS: Readonly<Record<string, number>> = {
  Sunday: 0,
  Monday: 1,
  Tuesday: 2,
  Wednesday: 3,
  Thursday: 4,
  Friday: 5,
  Saturday: 6,
};

/** Full month names only, for building patterns. */
export const FULL_MONTH_PATTERN =
  'January|February|March|April|May|June|July|August|September|October|November|December';

/** Month names as printed, full or abbreviated with a dot, for building patterns. */
export const MONTH_PATTERN = `${FULL_MONTH_PATTERN}|Sept\\.?|Jan\\.|Feb\\.|Aug\\.|Oct\\.|Nov\\.|Dec\\.`;

export const WEEKDAY_PATTERN = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';

/** The month number of a printed month name ("Sept." -> 9). */
export function monthNumber(name: string): number | undefined {
  return MONTHS[name.replace(/\.$/, '')];
}

/** The weekday number of a weekday's name in any case ("friday" -> 5). */
export function weekdayNumber(name: string): number | undefined {
  return WEEKDAYS[name.replace(/^./, (c) => c.toUpperCase())];
}

export function isMonthName(word: string): boolean {
  return monthNumber(word) !== undefined;
}
