// The words date patterns are built from, shared by the absolute and relative patterns and the
// planned-date cues: months, weekdays, qualifiers ("mid-", "the end of"), seasons, counts, and the
// words before the new date of a plan put off.
import { MONTH_PATTERN, WEEKDAY_PATTERN } from '../../language/months.js';

export const M = MONTH_PATTERN;
export const WD = WEEKDAY_PATTERN;
// "mid-May", "late 2004"; "by the middle of 2006", "by the end of March" are the same qualifiers.
export const Q = '(?:(?:early|mid|late)(?:-| )|the (?:beginning|start|middle|end) of )';
export const SEASON = '(?:spring|summer|autumn|fall|winter)';
export const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  several: 0,
  few: 0,
};
export const COUNT = `(?:\\d+|${Object.keys(NUMBER_WORDS).join('|')})`;

// "was moved to February", "postponed until May 3": the words before the new date of a plan put off.
export const PUT_OFF_TO =
  /\b(?:(?:moved|postponed|put off|pushed back|deferred|delayed|rescheduled|adjourned) (?:to|until|till)|rescheduled for)\s$/;
