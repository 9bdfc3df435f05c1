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

// "was moved to February", "postponed the hearing until May 3", "did so again on June 2, this time until
// September": the words before the new date of a plan put off.
const PUT_OFF = 'moved|postponed|put off|pushed back|deferred|delayed|rescheduled|adjourned';
// (The object between the verb and the new date holds no clause of its own: no comma, "and" or "when".)
export const PUT_OFF_TO = new RegExp(
  `\\b(?:(?:${PUT_OFF})\\b(?:(?!,|\\band\\b|\\bwhen\\b)[^.;“”"]){0,60}?\\s(?:to|until|till)|rescheduled for|(?:${PUT_OFF}|did so)\\b[^.;“”"]{0,40}?,\\sthis time (?:to|until|till))\\s$`,
);
/**
 * A plan put off from one day to another: "has been postponed from July 1 to July 28", "would be moved
 * from April 20 to May 15", "moved the vote from May 18 to June 1" name two days. (Only a delay's verb,
 * or "moved" of a plan in the passive, or "moved"/"delayed" with a sitting for its object: "refugees moved to
 * camps from March 3 to March 10", "trains were delayed from April 2 to April 9" are spans.)
 */
export const PUT_OFF_FROM = new RegExp(
  `\\b(?:(?:postponed|put off|pushed back|deferred|rescheduled|adjourned)(?: (?:once|again|twice))?|(?:be|been|was|were|is|are) moved(?: (?:once|again|twice))?|(?:moved|delayed) (?:the|its|their|a) (?:[\\p{Ll}-]+ )?(?:vote|election|elections|hearing|trial|summit|meeting|session|referendum|talks|round|congress|conference|visit|deadline|date|runoff|ceremony))\\s$`,
  'u',
);
/** A delay dated before the day it puts off to: "was postponed on ". */
export const PUT_OFF_ON = /\b(?:postponed|put off|pushed back|deferred|rescheduled|adjourned) on\s$/;

// "the first of January", "the 3rd of May": a day told as an ordinal of its month.
const ORDINALS = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
  'twentieth',
];
export const ORDINAL_DAY = `(?:(?:twenty-)?(?:${ORDINALS.slice(0, 9).join('|')})|${ORDINALS.slice(9).join('|')}|thirtieth|thirty-first|\\d{1,2}(?:st|nd|rd|th))`;
/** A day spelled as an ordinal alone, from the sixth on ("the nineteenth"): "the first" is too often no day. */
export const SPELLED_DAY = `(?:twenty-(?:${ORDINALS.slice(0, 9).join('|')})|${ORDINALS.slice(5).join('|')}|thirtieth|thirty-first)`;
/** The day an ordinal names: "third" 3, "twenty-first" 21, "thirty-first" 31, "3rd" 3. */
export function ordinalDay(word: string): number | undefined {
  const w = word.toLowerCase();
  if (/^\d/.test(w)) return Number.parseInt(w, 10);
  if (w === 'thirtieth') return 30;
  if (w === 'thirty-first') return 31;
  const base = w.replace(/^twenty-/, '');
  const i = ORDINALS.indexOf(base);
  return i < 0 ? undefined : i + 1 + (base === w ? 0 : 20);
}
