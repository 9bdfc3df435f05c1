// Absolute dates: a month with its day, a day with its month, a month or a year alone, with
// qualifiers ("mid-May", "the end of 2004"), seasons and ranges ("from March 20 to 24"), parsed into
// their parts. A month alone counts only after a preposition; a year followed by a unit is a number.
import { WEEKDAYS, monthNumber } from '../../language/months.js';
import type { DateQualifier } from '../../../src/dataset/schema.js';
import { isModifier } from './modifier.js';
import type { DateMention, DateParts } from './types.js';
import {
  M,
  NUMBER_WORDS,
  ORDINAL_DAY,
  PUT_OFF_FROM,
  PUT_OFF_ON,
  PUT_OFF_TO,
  Q,
  SEASON,
  WD,
  ordinalDay,
} from './words.js';

const ATOM = [
  `(?:(?:${WD}),? )?(?:${Q})?(?:${M}) \\d{1,2}(?:st|nd|rd|th)?(?!\\d|:\\d)(?:,? (?:19|20)\\d{2}(?!\\d))?`,
  `(?:(?:${WD}),? )?\\d{1,2} (?:${M})(?:,? (?:19|20)\\d{2}(?!\\d))?`,
  // "the first of January" (a day as an ordinal of its month)
  `\\bthe ${ORDINAL_DAY} of (?:${M})(?:,? (?:19|20)\\d{2}(?!\\d))?`,
  `(?:${Q}|${SEASON} (?:of )?)?(?:${M})(?:,? (?:19|20)\\d{2}(?!\\d))?`,
  // (not a decade: "in the 1990s", "the early 2000s")
  `(?:${Q}|${SEASON} (?:of )?)?(?<![\\d,.$€£-])(?:19|20)\\d{2}(?!\\d|,\\d|%|\\.\\d|[’']?s\\b)`,
].join('|');
// "from March 20 to 24": a span's last day printed without its month, where the phrase ends or a
// preposition follows ("to 4 under mediation"; not "to 40 percent", "and 12 fishermen").
const DAY_ONLY =
  '\\d{1,2}(?=\\s?[,.;:()—–]|$|\\s(?:the|in|at|on|under|with|without|near|off|behind|for|by|and|but|when|while|after|before|as)\\b)';
// "21–27 November": a span's first day printed without its month, before a day-first date.
const DAY_FIRST_SPAN = `\\b\\d{1,2}\\s?[-–]\\s?(?=\\d{1,2} (?:${M})\\b)`;
const ABSOLUTE = new RegExp(
  `(?:\\b(?:[Ff]rom|[Bb]etween) )?(?:${DAY_FIRST_SPAN})?(?:${ATOM})(?:(?: (?:to|and|until|through|till) |\\s?[-–—]\\s?)(?:${ATOM}|${DAY_ONLY}))?`,
  'gu',
);

const YEAR_UNIT_AFTER =
  /^ (?:troops|people|soldiers|men|women|km|kilometers|miles|tons|percent|dollars|euros|rubles|votes|signatures|members|cases|years)\b/;

// "the first of January": the ordinal that names the day.
const ORDINAL_OF = new RegExp(`^the (${ORDINAL_DAY}) of `, 'i');

function parseAtom(text: string): DateParts {
  const parts: DateParts = {};
  const q = /\b(early|mid|late)\b/i.exec(text);
  if (q?.[1]) parts.qualifier = q[1].toLowerCase() as DateQualifier;
  const part = /\bthe (beginning|start|middle|end) of\b/i.exec(text)?.[1]?.toLowerCase();
  if (part) parts.qualifier = part === 'middle' ? 'mid' : part === 'end' ? 'late' : 'early';
  const s = new RegExp(`\\b(${SEASON})\\b`, 'i').exec(text);
  if (s?.[1])
    parts.qualifier = (s[1].toLowerCase() === 'fall' ? 'autumn' : s[1].toLowerCase()) as DateQualifier;
  const w = new RegExp(`\\b(${WD})\\b`).exec(text);
  if (w?.[1]) parts.weekday = WEEKDAYS[w[1]];
  const month = new RegExp(`\\b(${M})`).exec(text);
  if (month?.[1]) parts.month = monthNumber(month[1]);
  const year = /(?:19|20)\d{2}(?!\d)/.exec(text);
  if (year) parts.year = Number(year[0]);
  const day = /(?<!\d)(\d{1,2})(?!\d)/.exec(text.replace(/(?:19|20)\d{2}(?!\d)/, ''));
  if (day?.[1] && parts.month !== undefined) parts.day = Number(day[1]);
  const nth = ORDINAL_OF.exec(text)?.[1];
  if (nth && parts.month !== undefined) parts.day = ordinalDay(nth);
  return parts;
}

function splitRange(text: string): [string, string | undefined] {
  const m = new RegExp(
    `^(.*?\\S)(?: (?:to|and|until|through|till) |\\s?[-–—]\\s?)(?=(?:${ATOM}|${DAY_ONLY})$)(.*)$`,
    'u',
  ).exec(text);
  if (!m?.[1] || !m[2]) return [text, undefined];
  // "mid-May" is one date: its hyphen joins a qualifier to the month.
  if (/^(?:(?:from|between) )?(?:early|mid|late)$/i.test(m[1])) return [text, undefined];
  return [m[1].replace(/^(?:from|between) /i, ''), m[2]];
}

/** Absolute dates in `text` (a sentence starting at `offset` in the article), added to `found`. */
export function addAbsoluteDates(text: string, offset: number, found: DateMention[]): void {
  for (const m of text.matchAll(ABSOLUTE))
    for (const [start, piece, month] of putOffDays(text, m[0], m.index) ?? listedDays(m[0], m.index))
      addDate(text, offset, start, piece, found, month);
}

/**
 * "was postponed on March 19 until April 24", "adjourned on May 3 until June 12": the day of the
 * delay and the day put off to are two dates, not a span; and so are the day a plan was moved from and
 * the day it was moved to ("postponed from July 1 to July 28").
 */
function putOffDays(text: string, raw: string, start: number): [number, string][] | undefined {
  const before = text.slice(0, start);
  const movedFrom = /^from /i.test(raw) && PUT_OFF_FROM.test(before);
  if (!PUT_OFF_ON.test(before) && !movedFrom) return undefined;
  const pair = (
    movedFrom ? /^from (.*?\d)( (?:to|until|till) )(.*\d)$/i : /^(.*?\d)( (?:until|till) )(.*\d)$/
  ).exec(raw);
  if (!pair?.[1] || !pair[2] || !pair[3] || /^\d{1,2}$/.test(pair[3])) return undefined;
  const at = start + (movedFrom ? 'from '.length : 0);
  return [
    [at, pair[1]],
    [at + pair[1].length + pair[2].length, pair[3]],
  ];
}

/**
 * "on May 2 and May 9", "on July 9 and 30": two days joined by "and" are two dates, each of its own
 * (a span needs "between", or two days running; months joined so, "in late March and early April",
 * stay a span).
 * Each piece: where it starts, its text, and the month a bare day takes from the one before.
 */
function listedDays(raw: string, start: number): [number, string, number?][] {
  const pair = /^(?!between\b)(.*?\d)( and )(.*\d)$/i.exec(raw);
  const first = pair?.[1];
  const second = pair?.[3];
  if (!first || !second || !pair[2]) return [[start, raw]];
  const from = parseAtom(first);
  const bare = /^\d{1,2}$/.test(second);
  // ("On July 9 and 10 the commission heard …", "spent October 12 and 13 in X": two days running are one
  // stretch.)
  const running = bare && from.day !== undefined && Number(second) === from.day + 1;
  if (from.day === undefined || running || (!bare && parseAtom(second).day === undefined))
    return [[start, raw]];
  return [
    [start, first],
    [start + first.length + pair[2].length, second, bare ? from.month : undefined],
  ];
}

/** One absolute date (or span) matched at `start` of the sentence `text`, added to `found`. */
function addDate(
  text: string,
  offset: number,
  start: number,
  matched: string,
  found: DateMention[],
  monthOfBareDay?: number,
): void {
  let raw = matched;
  let [fromText, toText] = splitRange(raw);
  let from = monthOfBareDay !== undefined ? { month: monthOfBareDay, day: Number(raw) } : parseAtom(fromText);
  // A month alone needs a preposition or qualifier to be a date ("in March"; not "March rally").
  if (from.day === undefined && from.year === undefined && from.qualifier === undefined && !toText) {
    const before = text.slice(Math.max(0, start - 16), start);
    // "planned for September": the month a plan names; "double from January": the match holds its
    // own preposition.
    if (
      !/^(?:from|between) /i.test(raw) &&
      !/\b(?:in|since|by|until|till|from|to|of|during|before|after|through|throughout|around|early|mid|late|(?:planned|(?:re)?scheduled|set|slated|due) for)\s$/i.test(
        before,
      )
    )
      return;
  }
  if (
    from.year !== undefined &&
    from.month === undefined &&
    YEAR_UNIT_AFTER.test(text.slice(start + raw.length))
  )
    return;
  let to = toText ? (/^\d{1,2}$/.test(toText) ? { day: Number(toText) } : parseAtom(toText)) : undefined;
  // ("21–27 November": the first day takes the month printed after the last.)
  if (to?.month !== undefined && /^\d{1,2}$/.test(fromText))
    from = { day: Number(fromText), month: to.month };
  if (
    to &&
    to.month === undefined &&
    to.year === undefined &&
    (to.day === undefined || from.day === undefined)
  ) {
    raw = fromText;
    [fromText, toText] = [raw, undefined];
    from = parseAtom(fromText);
    to = undefined;
  }
  if (to) {
    if (from.year === undefined && to.year !== undefined) {
      from.year =
        from.month !== undefined && to.month !== undefined && from.month > to.month ? to.year - 1 : to.year;
    }
    if (to.month === undefined && from.month !== undefined && to.day !== undefined) to.month = from.month;
  }
  let end = start + raw.length;
  // ("elected in August 2004 after the assassination … on May 9 of that year": the year the sentence
  // printed last before it; not a citation's, in brackets, nor a modifier's: "under the 1995 law".
  // With none, the date keeps no year of its own.)
  const thatYear = from.year === undefined ? /^,? of (?:that|the same) year\b/.exec(text.slice(end)) : null;
  const printedYear =
    thatYear &&
    [
      ...text
        .slice(0, start)
        .replace(/\([^()]*\)/g, (m) => ' '.repeat(m.length))
        .matchAll(
          /\b((?:19|20)\d{2})\b(?! (?!(?:and|or|but|when|after|before|in|on|at|to|for|as)\b)\p{Ll})/gu,
        ),
    ].at(-1)?.[1];
  if (thatYear && printedYear) {
    from.year = Number(printedYear);
    if (to && to.year === undefined) to.year = from.year;
    end += thatYear[0].length;
    raw = text.slice(start, end);
  }
  const lasting = /^ for (\w+) days\b/.exec(text.slice(end));
  const days = lasting?.[1]
    ? /^\d+$/.test(lasting[1])
      ? Number(lasting[1])
      : NUMBER_WORDS[lasting[1]]
    : undefined;
  const yearWords =
    from.year === undefined
      ? /^(?:,? (?:last|this) year\b|(?: of)? next year\b(?!['’]s))/.exec(text.slice(end))
      : null;
  const yearOffset = yearWords?.[0].includes('last') ? -1 : yearWords?.[0].includes('next') ? 1 : 0;
  // "April 20 last year", "in March next year", "in March this year" are one date: their "last year"
  // or "this year" is not a second one (and "this year" is the article's year, as a month alone
  // already is).
  const through = end + (yearWords?.[0].length ?? 0);
  found.push({
    start: offset + start,
    end: offset + through,
    text: text.slice(start, through),
    ...(/\bnight of\s$/i.test(text.slice(0, start)) ? { night: true } : {}),
    ...(PUT_OFF_TO.test(text.slice(0, start)) ? { putOff: true } : {}),
    from,
    ...(to ? { to } : {}),
    modifier: isModifier(text, start, end),
    ...(days && days > 1 ? { lastingDays: days } : {}),
    ...(yearOffset ? { yearOffset } : {}),
  });
}
