// Finds date expressions in a sentence and resolves them to honest partial dates: month-day to a
// year from context, ranges with qualifiers, relative dates against the narrative or the
// publication date, and planned dates marked as such.
import type { DateQualifier, DateSpec } from '../../src/dataset/schema.js';
import { MONTH_PATTERN, WEEKDAY_PATTERN, WEEKDAYS, monthNumber } from '../language/months.js';

interface DateParts {
  year?: number;
  month?: number;
  day?: number;
  qualifier?: DateQualifier;
  weekday?: number;
}

export type RelativeAnchor = 'narrative' | 'publication';

export interface RelativeDate {
  readonly anchor: RelativeAnchor;
  readonly unit: 'day' | 'week' | 'month' | 'year' | 'weekday' | 'monthday' | 'same';
  readonly offset: number;
  readonly weekday?: number;
  /** "on the 29th": that day of the month the narrative is in. */
  readonly monthDay?: number;
  /** "last spring", "at the start of the month": the part of the month or year. */
  readonly qualifier?: DateQualifier;
  readonly month?: number;
  /** "the following week": a calendar week, not a count of seven days from the anchor. */
  readonly calendarWeek?: boolean;
  /** "on the second day": counted from the first day of the span the narrative last told. */
  readonly ofSpan?: boolean;
  /** "by dawn", "shortly before 4 a.m.": the small hours, a date only after a night told. */
  readonly smallHours?: boolean;
  /** "returned that June": a month or season of the year the paragraph told last. */
  readonly yearTold?: boolean;
  /** "on the eve of the vote": the day before the day the article dates its "vote". */
  readonly eveOf?: string;
}

export interface DateMention {
  /** Offsets into the article text. */
  readonly start: number;
  readonly end: number;
  /** Verbatim. */
  readonly text: string;
  readonly from?: DateParts;
  readonly to?: DateParts;
  readonly relative?: RelativeDate;
  /** Used as a modifier ("the March rally", "the 2001 deployment"), not as a time adverbial. */
  readonly modifier: boolean;
  /** "for two days" after the date: the number of days the happening lasted. */
  readonly lastingDays?: number;
  /** "April 20 last year": the year is the article's year minus one. */
  readonly lastYear?: boolean;
  /** "on the night of November 3", "on Saturday night": the small hours told after it are the next day. */
  readonly night?: boolean;
  /** "was moved to February": the new date of a plan put off, later than when it was put off. */
  readonly putOff?: boolean;
}

const M = MONTH_PATTERN;
const WD = WEEKDAY_PATTERN;
// "mid-May", "late 2004"; "by the middle of 2006", "by the end of March" are the same qualifiers.
const Q = '(?:(?:early|mid|late)(?:-| )|the (?:beginning|start|middle|end) of )';
const SEASON = '(?:spring|summer|autumn|fall|winter)';
const NUMBER_WORDS: Record<string, number> = {
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

const ATOM = [
  `(?:(?:${WD}),? )?(?:${Q})?(?:${M}) \\d{1,2}(?:st|nd|rd|th)?(?!\\d|:\\d)(?:,? (?:19|20)\\d{2}(?!\\d))?`,
  `(?:(?:${WD}),? )?\\d{1,2} (?:${M})(?:,? (?:19|20)\\d{2}(?!\\d))?`,
  `(?:${Q}|${SEASON} (?:of )?)?(?:${M})(?:,? (?:19|20)\\d{2}(?!\\d))?`,
  // (not a decade: "in the 1990s", "the early 2000s")
  `(?:${Q}|${SEASON} (?:of )?)?(?<![\\d,.$€£-])(?:19|20)\\d{2}(?!\\d|,\\d|%|\\.\\d|[’']?s\\b)`,
].join('|');
// "from March 20 to 24": a span's last day printed without its month, where the phrase ends or a
// preposition follows ("to 4 under mediation"; not "to 40 percent", "and 12 fishermen").
const DAY_ONLY =
  '\\d{1,2}(?=\\s?[,.;:()—–]|$|\\s(?:the|in|at|on|under|with|without|near|off|behind|for|by|and|but|when|while|after|before|as)\\b)';
const ABSOLUTE = new RegExp(
  `(?:\\b(?:[Ff]rom|[Bb]etween) )?(?:${ATOM})(?:(?: (?:to|and|until|through|till) |\\s?[-–—]\\s?)(?:${ATOM}|${DAY_ONLY}))?`,
  'gu',
);
const COUNT = `(?:\\d+|${Object.keys(NUMBER_WORDS).join('|')})`;
const RELATIVE = new RegExp(
  [
    // ("late last month": the part of that month or year)
    `\\b(?:(?:early|late) )?(?:last|this|next|the coming|the past) (?:week|month|year|weekend|${SEASON}|${M})\\b`,
    // "the day before yesterday" is one date, not "the day before" and "yesterday"; so is "the week
    // before last".
    `\\bthe day (?:before yesterday|after tomorrow)\\b`,
    `\\bthe (?:week|month|year) before last\\b`,
    // "by the end of the month": the month the narrative is on.
    `\\b(?:the )?end of the (?:month|year)\\b`,
    // "at the start of the month", "in the middle of the year": a part of the narrative's month or year.
    // (Not "since the start of the year": the start of a state, not a happening.)
    `\\b(?<!\\bsince )the (?:start|beginning|middle) of the (?:month|year)\\b`,
    // "which deployed along the river that June", "that summer": that month or season of the
    // narrative's year (not "said that March was …", whose month is a subject).
    `\\bthat (?:${M}|${SEASON})(?=[.,;:)]|$|\\s(?:and|but|when|as|before|after|in|on|at)\\b)`,
    // "first agreed in the spring": the season of the narrative's year.
    `\\b(?<=\\b(?:in|during|by) )the ${SEASON}\\b(?! of\\b)`,
    `\\b${COUNT} (?:days?|weeks?|fortnights?|months?|years?) (?:earlier|later|before|after|ago|previously|beforehand)\\b`,
    `\\b(?:(?:${COUNT}|several|a few) )?(?:hours?|minutes?) (?:later|earlier)\\b`,
    `\\bthe (?:day|week|month|year) (?:before|after|earlier)\\b`,
    // "The evening before, …", "the morning after.": the day before or after, standing alone (not
    // "the morning after X telephoned", counted from a happening its clause tells).
    `\\bthe (?:morning|evening|night) (?:before|after)(?=[,.;:]|$)`,
    `\\bthe (?:next|following|previous|preceding) (?:day|week|weekend|month|year|morning|evening)\\b`,
    // "That evening": a part of the day already told is that day.
    `\\b(?:that|the same|that same) (?:day|week|weekend|month|morning|afternoon|evening|night)\\b`,
    // "…, and by evening the police had …": the end of the day the narrative is on.
    `\\bby (?:evening|nightfall|midday|noon|the afternoon|the end of the day)\\b`,
    // "Over the weekend, the ministry began …": a time fronted in its clause (not "over the weekend of
    // June 3-4", which prints its days, nor one trailing a report's words).
    `(?<=^|[;:]\\s|,\\s(?:and|but)\\s)(?:over|at|during) the weekend\\b(?! of\\b)`,
    // "Earlier in the day, the police had …": the day the narrative is on.
    `\\b(?:earlier|later) in the day\\b`,
    // "On the night of May 3 … by dawn", "… stopped shortly before 4 a.m.": the small hours.
    `\\b(?:by|at|before|around) (?:dawn|daybreak|first light)\\b`,
    `\\bin the (?:early|small) hours\\b(?! of\\b)`,
    `\\b(?:(?:shortly|just|soon) (?:before|after) |at |around |about |by )?[1-5](?::[0-5]\\d)? ?a\\.m\\.`,
    // "on the eve of the vote", "on the eve of his visit to Baku": the day before a dated happening.
    `\\bon the eve of (?:the|its|their|his|her) [a-z-]+(?: (?!(?:on|in|at|of|for|to|by|and|with)\\b)[a-z-]+){0,2}`,
    // "met from July 18 to July 20 … walked out on the second day": a day of a span just told.
    `(?<=\\bon )the (?:first|second|third|fourth|fifth) day\\b(?! of\\b)`,
    // ("this morning" in an interview: the day it is given)
    `\\b(?:yesterday|today|this (?:morning|afternoon|evening))\\b`,
    // "followed on the 29th": a day of the month the narrative is in.
    `(?<=\\bon )the (?:[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)\\b`,
    // "shortly before midnight": still the day the narrative is on.
    `\\b(?:shortly|just) (?:before|after) (?:midnight|noon)\\b`,
    `\\b(?:(?:last|next|this|the previous|the preceding) )?(?:${WD})\\b(?!,? (?:${M}|\\d))`,
  ].join('|'),
  'gi',
);

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

// "was moved to February", "postponed until May 3": the words before the new date of a plan put off.
const PUT_OFF_TO =
  /\b(?:(?:moved|postponed|put off|pushed back|deferred|delayed|rescheduled|adjourned) (?:to|until|till)|rescheduled for)\s$/;

const YEAR_UNIT_AFTER =
  /^ (?:troops|people|soldiers|men|women|km|kilometers|miles|tons|percent|dollars|euros|rubles|votes|signatures|members|cases|years)\b/;

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

function parseRelative(raw: string): RelativeDate | undefined {
  const text = raw.toLowerCase();
  // "late last month", "early next year": the part of that month or year.
  const part = /^(early|late) (?=\w+ (?:month|year)$)/.exec(text)?.[1];
  if (part) {
    const whole = parseRelative(raw.slice(part.length + 1));
    return whole && { ...whole, qualifier: part as DateQualifier };
  }
  let m = /^(last|this|next|the coming|the past) (\w+)$/.exec(text);
  if (m?.[1] && m[2]) {
    const dir = m[1] === 'last' || m[1] === 'the past' ? -1 : m[1] === 'this' ? 0 : 1;
    const word = m[2];
    if (word === 'week' || word === 'weekend') return { anchor: 'publication', unit: 'week', offset: dir };
    if (word === 'month') return { anchor: 'publication', unit: 'month', offset: dir };
    if (word === 'year') return { anchor: 'publication', unit: 'year', offset: dir };
    const season = word === 'fall' ? 'autumn' : word;
    if (['spring', 'summer', 'autumn', 'winter'].includes(season))
      return { anchor: 'publication', unit: 'year', offset: dir, qualifier: season as DateQualifier };
    const month = monthNumber(raw.split(' ').at(-1) ?? '');
    if (month) return { anchor: 'publication', unit: 'year', offset: dir, month };
    const wd = WEEKDAYS[(raw.split(' ').at(-1) ?? '').replace(/^./, (c) => c.toUpperCase())];
    if (wd !== undefined) return { anchor: 'publication', unit: 'weekday', offset: dir, weekday: wd };
  }
  m = /^on the eve of \S+ (.+)$/.exec(text);
  if (m?.[1]) return { anchor: 'narrative', unit: 'day', offset: -1, eveOf: m[1].split(' ').at(-1) ?? m[1] };
  m = /^the (week|month|year) before last$/.exec(text);
  if (m?.[1]) return { anchor: 'publication', unit: m[1] as 'week', offset: -2 };
  if (text === 'the day before yesterday') return { anchor: 'publication', unit: 'day', offset: -2 };
  if (text === 'the day after tomorrow') return { anchor: 'publication', unit: 'day', offset: 2 };
  if (/end of the month$/.test(text)) return { anchor: 'narrative', unit: 'month', offset: 0 };
  m = /^the (start|beginning|middle) of the (month|year)$/.exec(text);
  if (m?.[1] && m[2])
    return {
      anchor: 'narrative',
      unit: m[2] as 'month',
      offset: 0,
      qualifier: m[1] === 'middle' ? 'mid' : 'early',
    };
  const month = /^that (\w+)$/.test(text) ? monthNumber(raw.split(' ')[1] ?? '') : undefined;
  if (month) return { anchor: 'narrative', unit: 'year', offset: 0, month, yearTold: true };
  m = new RegExp(`^(the|that) (${SEASON})$`).exec(text);
  if (m?.[1] && m[2])
    return {
      anchor: 'narrative',
      unit: 'year',
      offset: 0,
      qualifier: (m[2] === 'fall' ? 'autumn' : m[2]) as DateQualifier,
      ...(m[1] === 'that' ? { yearTold: true } : {}),
    };
  // "before the end of the year": December of the year the narrative is in.
  if (/end of the year$/.test(text)) return { anchor: 'narrative', unit: 'year', offset: 0, month: 12 };
  m = new RegExp(
    `^(${COUNT}) (day|week|fortnight|month|year)s? (earlier|later|before|after|ago|previously|beforehand)$`,
  ).exec(text);
  if (m?.[1] && m[2] && m[3]) {
    const count = /^\d+$/.test(m[1]) ? Number(m[1]) : (NUMBER_WORDS[m[1]] ?? 0);
    const n = m[2] === 'fortnight' ? count * 2 : count;
    if (m[2] === 'fortnight') m[2] = 'week';
    if (n === 0) return undefined;
    const dir = m[3] === 'later' || m[3] === 'after' ? 1 : -1;
    const anchor: RelativeAnchor = m[3] === 'ago' ? 'publication' : 'narrative';
    // "Two weeks ago" is a day (fourteen before), not a week-long span as "last week" is.
    if (m[3] === 'ago' && m[2] === 'week') return { anchor, unit: 'day', offset: dir * n * 7 };
    const unit = m[2] as 'day' | 'week' | 'month' | 'year';
    return { anchor, unit, offset: dir * n };
  }
  m = /^the (day|week|month|year|morning|evening|night) (before|after|earlier)$/.exec(text);
  if (m?.[1] && m[2]) {
    const unit = ['week', 'month', 'year'].includes(m[1]) ? (m[1] as 'week') : 'day';
    return { anchor: 'narrative', unit, offset: m[2] === 'after' ? 1 : -1 };
  }
  // "the following weekend": the Saturday after the narrative's day.
  if (/^the (?:next|following) weekend$/.test(text))
    return { anchor: 'narrative', unit: 'weekday', offset: 1, weekday: 6 };
  m = /^the (next|following|previous|preceding) (day|week|month|year|morning|evening)$/.exec(text);
  if (m?.[1] && m[2]) {
    const unit = m[2] === 'morning' || m[2] === 'evening' ? 'day' : (m[2] as RelativeDate['unit']);
    const offset = m[1] === 'next' || m[1] === 'following' ? 1 : -1;
    return { anchor: 'narrative', unit, offset, ...(unit === 'week' ? { calendarWeek: true } : {}) };
  }
  // "A day later, … and that weekend thousands rallied": the Saturday of the week the narrative is in.
  if (/^(?:that|the same|that same|over the|at the|during the) weekend$/.test(text))
    return { anchor: 'narrative', unit: 'weekday', offset: 0, weekday: 6 };
  if (/\b(?:dawn|daybreak|first light|hours|a\.m\.)$/.test(text))
    return { anchor: 'narrative', unit: 'same', offset: 0, smallHours: true };
  if (
    /(?:hours?|minutes?) (?:later|earlier)$/.test(text) ||
    /^by (?:evening|nightfall|midday|noon|the afternoon|the end of the day)$/.test(text) ||
    /^(?:earlier|later) in the day$/.test(text) ||
    /^(that|the same|that same) (day|week|month|morning|afternoon|evening|night)$/.test(text) ||
    /^(?:shortly|just) (?:before|after) (?:midnight|noon)$/.test(text)
  )
    return { anchor: 'narrative', unit: 'same', offset: 0 };
  m = /^the (first|second|third|fourth|fifth) day$/.exec(text);
  if (m?.[1]) {
    const nth = ['first', 'second', 'third', 'fourth', 'fifth'].indexOf(m[1]);
    return { anchor: 'narrative', unit: 'day', offset: nth, ofSpan: true };
  }
  m = /^the (\d{1,2})(?:st|nd|rd|th)$/.exec(text);
  if (m?.[1]) return { anchor: 'narrative', unit: 'monthday', offset: 0, monthDay: Number(m[1]) };
  if (text === 'yesterday') return { anchor: 'publication', unit: 'day', offset: -1 };
  if (/^(?:today|this (?:morning|afternoon|evening))$/.test(text))
    return { anchor: 'publication', unit: 'day', offset: 0 };
  m = new RegExp(`^(?:(last|next|this|the previous|the preceding) )?(${WD.toLowerCase()})$`).exec(text);
  if (m?.[2]) {
    const weekday = WEEKDAYS[m[2].replace(/^./, (c) => c.toUpperCase())];
    if (m[1] === 'last' || m[1] === 'next')
      return { anchor: 'publication', unit: 'weekday', offset: m[1] === 'last' ? -1 : 1, weekday };
    // "The previous Friday": the Friday before the day the narrative is on.
    if (m[1]?.startsWith('the ')) return { anchor: 'narrative', unit: 'weekday', offset: -1, weekday };
    return { anchor: 'narrative', unit: 'weekday', offset: 1, weekday };
  }
  return undefined;
}

function isModifier(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 8), start);
  const after = text.slice(end, end + 20);
  // "asked for the lists for the period from May 2 to May 9": the span a thing covers, not a time.
  if (/\b(?:for|over|covering) the period (?:of )?$/i.test(text.slice(Math.max(0, start - 30), start)))
    return true;
  // "announced that from May 1 the fee would double": a date opened by a preposition modifies no noun.
  if (/^(?:from|between)\b/i.test(text.slice(start, end))) return false;
  return (
    /\b(?:the|its|their|this|that|his|her|a)\s$/i.test(before) &&
    /^[ -]\p{Ll}/u.test(after) &&
    !/^ (?:to|and|or|when|until|through|as|of|in|on)\b/.test(after)
  );
}

/** Date expressions in `text` (a sentence starting at `offset` in the article), in order. */
export function findDates(text: string, offset = 0): DateMention[] {
  const found: DateMention[] = [];
  for (const m of text.matchAll(ABSOLUTE)) {
    const start = m.index;
    let raw = m[0];
    let [fromText, toText] = splitRange(raw);
    let from = parseAtom(fromText);
    // A month alone needs a preposition or qualifier to be a date ("in March"; not "March rally").
    if (from.day === undefined && from.year === undefined && from.qualifier === undefined && !toText) {
      const before = text.slice(Math.max(0, start - 16), start);
      // "planned for September": the month a plan names.
      if (
        !/\b(?:in|since|by|until|till|from|to|of|during|before|after|through|throughout|around|early|mid|late|(?:planned|(?:re)?scheduled|set|slated|due) for)\s$/i.test(
          before,
        )
      )
        continue;
    }
    if (
      from.year !== undefined &&
      from.month === undefined &&
      YEAR_UNIT_AFTER.test(text.slice(start + raw.length))
    )
      continue;
    let to = toText ? (/^\d{1,2}$/.test(toText) ? { day: Number(toText) } : parseAtom(toText)) : undefined;
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
    const end = start + raw.length;
    const lasting = /^ for (\w+) days\b/.exec(text.slice(end));
    const days = lasting?.[1]
      ? /^\d+$/.test(lasting[1])
        ? Number(lasting[1])
        : NUMBER_WORDS[lasting[1]]
      : undefined;
    const lastYearWords = from.year === undefined ? /^,? (?:last|this) year\b/.exec(text.slice(end)) : null;
    const lastYear = lastYearWords !== null && lastYearWords[0].includes('last');
    // "April 20 last year", "in March this year" are one date: their "last year" or "this year" is
    // not a second one (and "this year" is the article's year, as a month alone already is).
    const through = end + (lastYearWords?.[0].length ?? 0);
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
      ...(lastYear ? { lastYear } : {}),
    });
  }
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
  for (const m of text.matchAll(RELATIVE)) {
    const relative = parseRelative(m[0]);
    if (!relative) continue;
    // "at 3 a.m. on November 5", "at dawn on Sunday": the day printed after the hour dates it.
    if (
      relative.smallHours &&
      new RegExp(`^,? on (?:the )?(?:${WD}|${M}|\\d)`).test(text.slice(m.index + m[0].length))
    )
      continue;
    // "sent him to prison for three years after a hearing": a length of time, not a date.
    if (/\bfor $/i.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
    // "a reporter for Kestria Today TV": a capitalised word after a capitalised word is part of a name.
    if (
      /^(?:Today|Yesterday)$/.test(m[0]) &&
      /\p{Lu}[\p{L}’'-]*\s$/u.test(text.slice(Math.max(0, m.index - 30), m.index))
    )
      continue;
    const start = offset + m.index;
    const end = start + m[0].length;
    if (found.some((f) => f.start < end && start < f.end)) continue;
    // "only on October 10, a week after his arrest": an offset from a happening named by a noun, set
    // beside a date, restates that date ("…, three days after the parliament elected X" dates the saying).
    const restates =
      /^(?:after|before)$/.test(
        relative.unit === 'day' || relative.unit === 'week' ? (m[0].split(' ').at(-1) ?? '') : '',
      ) &&
      /^ (?:his|her|its|their|the) (?:\p{Ll}+ )?\p{Ll}+(?:[.,;)]|$)/u.test(text.slice(m.index + m[0].length));
    if (
      restates &&
      found.some((f) => !f.relative && f.end <= start && /^,\s$/.test(text.slice(f.end - offset, m.index)))
    )
      continue;
    // "…, two days after a patrol boat had detained the vessel": counted from a happening the clause
    // after it tells in the past perfect, not from the narrative's date; it dates nothing by itself.
    if (
      /^(?:after|before)$/.test(m[0].split(' ').at(-1) ?? '') &&
      /^ (?:a|an|the|his|her|its|their) [^,;.]{0,60}?\bhad (?:\p{Ll}+ly )?\p{Ll}+(?:ed|en)\b/u.test(
        text.slice(m.index + m[0].length),
      )
    )
      continue;
    // "booked until the end of the year": the end of a span, not a time anything happens.
    if (/end of the year$/.test(m[0]) && /\b(?:until|till|through)\s$/.test(text.slice(0, m.index))) continue;
    // "what we sell at the Saturday market": a weekday naming a kind of thing, not a day (but "the
    // Saturday before the vote" and "the Friday night" are days).
    const habitual =
      relative.unit === 'weekday' &&
      !/\s/.test(m[0]) &&
      isModifier(text, m.index, m.index + m[0].length) &&
      !/^ (?:before|after|night|morning|afternoon|evening)\b/.test(text.slice(m.index + m[0].length));
    // "a cut in the summer flow", "in the autumn session": a season naming a kind of thing.
    const seasonal =
      relative.qualifier !== undefined &&
      /^the /i.test(m[0]) &&
      /^ \p{Ll}/u.test(text.slice(m.index + m[0].length)) &&
      !/^ (?:of|and|or|to|when|as|in|on|at|before|after|until|the|a|an|its|their|his|her)\b/.test(
        text.slice(m.index + m[0].length),
      );
    // "On May 3 (a Tuesday) … Late on Tuesday, the police …": a weekday told with a time of day may be
    // the very day the narrative is on, not a week later.
    const timeOfDay =
      relative.unit === 'weekday' &&
      relative.anchor === 'narrative' &&
      (/\b(?:late|early|later|earlier) on $/i.test(text.slice(0, m.index)) ||
        /^ (?:morning|afternoon|evening|night)\b/.test(text.slice(m.index + m[0].length)));
    // "On Saturday night", "on the night of Friday": a night, whose small hours are the next day.
    const night =
      /^ night\b/.test(text.slice(m.index + m[0].length)) || /\bnight of\s$/i.test(text.slice(0, m.index));
    found.push({
      start,
      end,
      text: m[0],
      relative: timeOfDay ? { ...relative, offset: 0 } : relative,
      modifier: habitual || seasonal,
      ...(night ? { night } : {}),
    });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** What a date is resolved against. */
export interface DateContext {
  /** The article's year: printed in the header or inferred from the text. */
  readonly year?: number;
  /** The publication day when the header prints it. */
  readonly published?: string;
  /** The latest dated thing the article cites: publication is on or after it. */
  readonly reference?: string;
  /** The last date the narrative moved to, for "two days later", "that day", "On Tuesday". */
  readonly narrative?: string;
}

export interface ResolvedDate {
  readonly spec: DateSpec;
  /** Why the resolution is approximate or impossible; the review report lists these. */
  readonly doubt?: string;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function partial(p: DateParts): string | undefined {
  if (p.year === undefined) return undefined;
  if (p.month === undefined) return String(p.year);
  if (p.day === undefined) return `${p.year}-${pad(p.month)}`;
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

function toUtc(day: string): Date {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
}

function fromUtc(date: Date, precision: 'day' | 'month' | 'year' = 'day'): string {
  const y = date.getUTCFullYear();
  if (precision === 'year') return String(y);
  const m = `${y}-${pad(date.getUTCMonth() + 1)}`;
  return precision === 'month' ? m : `${m}-${pad(date.getUTCDate())}`;
}

export function addDays(day: string, n: number): string {
  const d = toUtc(day);
  d.setUTCDate(d.getUTCDate() + n);
  return fromUtc(d);
}

function precisionOf(date: string): 'day' | 'month' | 'year' {
  return date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year';
}

/** The first day a partial date can mean: 2004 -> 2004-01-01. */
export function earliestDay(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}

function isReal(date: string): boolean {
  if (date.length !== 10) return true;
  return fromUtc(toUtc(date)) === date;
}

function mondayOf(day: string): string {
  return addDays(day, -((toUtc(day).getUTCDay() + 6) % 7));
}

/**
 * A calendar week told only as "the following week": its month, with the part of the month the
 * week falls in, and the week itself in the note (no day is printed, so none is claimed).
 */
function calendarWeek(base: { text: string; yearInferred: boolean }, monday: string): ResolvedDate {
  const day = Number(monday.slice(8, 10));
  const qualifier: DateQualifier = day <= 10 ? 'early' : day <= 20 ? 'mid' : 'late';
  return {
    spec: {
      ...base,
      start: monday.slice(0, 7),
      startQualifier: qualifier,
      note: `the week of ${monday} to ${addDays(monday, 6)}`,
    },
  };
}

function resolveRelative(
  mention: DateMention,
  rel: RelativeDate,
  ctx: DateContext,
): ResolvedDate | undefined {
  const base = { text: mention.text, yearInferred: true };
  const pubDay = ctx.published;
  if (rel.anchor === 'narrative' && ctx.narrative) {
    const anchor = ctx.narrative;
    const precision = precisionOf(anchor);
    if (rel.unit === 'same') return { spec: { ...base, start: anchor, note: `the same date as ${anchor}` } };
    if (rel.unit === 'monthday' && rel.monthDay !== undefined && precision !== 'year') {
      const start = `${anchor.slice(0, 7)}-${pad(rel.monthDay)}`;
      if (isReal(start))
        return { spec: { ...base, start, note: `day ${rel.monthDay} of ${anchor.slice(0, 7)}` } };
    }
    if (rel.unit === 'year' && rel.month !== undefined) {
      const start = `${Number(anchor.slice(0, 4)) + rel.offset}-${pad(rel.month)}`;
      return { spec: { ...base, start, note: `relative to ${anchor}` } };
    }
    // "In October … I resigned the following month": a month counted from a month, a year from a
    // month or a year, is exact; anything finer than the anchor is known only to its precision.
    const exact =
      (rel.unit === 'month' && precision === 'month') || (rel.unit === 'year' && precision !== 'day');
    if (precision !== 'day' && !exact) {
      return {
        spec: { ...base, start: anchor, note: `relative to ${anchor}; resolvable only to that precision` },
        doubt: `"${mention.text}" resolved only to ${anchor}`,
      };
    }
    if (rel.unit === 'weekday' && rel.weekday !== undefined) {
      const from = toUtc(anchor);
      let delta = (rel.weekday - from.getUTCDay() + 7) % 7;
      // "on Friday" after a Friday is the next one; "that weekend" on a Saturday is that day.
      // ("the previous Friday" is the one before, a Friday's too)
      if (rel.offset < 0) delta -= 7;
      else if (delta === 0 && rel.offset !== 0) delta = 7;
      const start = addDays(anchor, delta);
      const side = delta < 0 ? 'before' : 'after';
      return {
        spec: {
          ...base,
          start,
          note: `the ${mention.text.replace(/^(?:on|the \w+) /i, '')} ${side} ${anchor}`,
        },
      };
    }
    if (rel.calendarWeek) return calendarWeek(base, addDays(mondayOf(anchor), 7 * rel.offset));
    const days = rel.unit === 'day' ? rel.offset : rel.unit === 'week' ? rel.offset * 7 : undefined;
    if (days !== undefined) {
      const start = addDays(anchor, days);
      return {
        spec: { ...base, start, note: `${Math.abs(days)} day(s) ${days < 0 ? 'before' : 'after'} ${anchor}` },
      };
    }
    const d = toUtc(earliestDay(anchor));
    const part = rel.qualifier ? { startQualifier: rel.qualifier } : {};
    if (rel.unit === 'month') {
      d.setUTCMonth(d.getUTCMonth() + rel.offset);
      return { spec: { ...base, start: fromUtc(d, 'month'), ...part, note: `relative to ${anchor}` } };
    }
    return {
      spec: {
        ...base,
        start: String(d.getUTCFullYear() + rel.offset),
        ...part,
        note: `relative to ${anchor}`,
      },
    };
  }
  // Relative to publication.
  const year = pubDay ? Number(pubDay.slice(0, 4)) : ctx.year;
  if (rel.unit === 'year') {
    if (year === undefined) return undefined;
    const y = year + rel.offset;
    if (rel.month !== undefined) return { spec: { ...base, start: `${y}-${pad(rel.month)}` } };
    if (rel.qualifier) return { spec: { ...base, start: String(y), startQualifier: rel.qualifier } };
    return { spec: { ...base, start: String(y) } };
  }
  if (pubDay) {
    if (rel.unit === 'day') return { spec: { ...base, start: addDays(pubDay, rel.offset) } };
    // "Next week" names no day: its month and part of the month, as "the following week" does.
    if (rel.unit === 'week') return calendarWeek(base, addDays(mondayOf(pubDay), 7 * rel.offset));
    if (rel.unit === 'weekday' && rel.weekday !== undefined) {
      const wd = toUtc(pubDay).getUTCDay();
      let delta = rel.offset < 0 ? -((wd - rel.weekday + 7) % 7 || 7) : (rel.weekday - wd + 7) % 7 || 7;
      if (rel.offset === 0) delta = 0;
      return { spec: { ...base, start: addDays(pubDay, delta) } };
    }
    const d = toUtc(pubDay);
    d.setUTCMonth(d.getUTCMonth() + rel.offset);
    return {
      spec: {
        ...base,
        start: fromUtc(d, 'month'),
        ...(rel.qualifier ? { startQualifier: rel.qualifier } : {}),
      },
    };
  }
  const ref = ctx.reference;
  if (!ref) return undefined;
  const month = ref.slice(0, 7);
  return {
    spec: {
      ...base,
      start: month,
      note: `"${mention.text}" counts from the publication date, which the text does not print; resolved to the month of the latest date it cites (${ref})`,
    },
    doubt: `"${mention.text}" resolved only to ${month}: the publication date is not printed`,
  };
}

/** Resolve a mention to a DateSpec, or explain why it cannot be. */
export function resolveDate(
  mention: DateMention,
  ctx: DateContext,
  planned = false,
): ResolvedDate | undefined {
  if (mention.relative) return resolveRelative(mention, mention.relative, ctx);
  const from = { ...(mention.from ?? {}) };
  const to = mention.to ? { ...mention.to } : undefined;
  let yearInferred = false;
  let note: string | undefined;
  let doubt: string | undefined;
  if (from.year === undefined) {
    if (to?.year !== undefined) from.year = to.year;
    else if (ctx.year !== undefined && mention.lastYear) {
      from.year = ctx.year - 1;
      yearInferred = true;
      note = `"last year": ${from.year}`;
    } else if (ctx.year !== undefined) {
      from.year = ctx.year;
      yearInferred = true;
      // A range across the new year ("from late December to early February") ends in the year.
      if (
        !planned &&
        to?.year === undefined &&
        to?.month !== undefined &&
        from.month !== undefined &&
        to.month < from.month
      ) {
        from.year -= 1;
        note = `the range crosses the new year: it starts in ${from.year}`;
      }
      // "In November … the conference was moved to February": the new month of a plan put off, before
      // the month the narrative is on, is next year's.
      else if (mention.putOff && from.month !== undefined && ctx.narrative && ctx.narrative.length >= 7) {
        if (
          Number(ctx.narrative.slice(0, 4)) === from.year &&
          from.month < Number(ctx.narrative.slice(5, 7))
        ) {
          from.year += 1;
          note = `year taken as ${from.year}: a plan told in ${ctx.narrative.slice(0, 7)}`;
        }
      }
      // A past happening dated after everything the article cites is from the year before.
      else if (!planned && ctx.reference && from.month !== undefined) {
        const candidate = partial(from) ?? '';
        const limit = addDays(ctx.reference.length === 10 ? ctx.reference : earliestDay(ctx.reference), 60);
        if (earliestDay(candidate) > limit) {
          from.year -= 1;
          note = `year taken as ${from.year}: ${candidate} would fall after the dates the article cites`;
        }
      }
    } else return undefined;
  }
  if (to && to.year === undefined) {
    to.year = from.year;
    if (to.month !== undefined && from.month !== undefined && to.month < from.month) to.year += 1;
  }
  const start = partial(from);
  if (!start || !isReal(start)) return undefined;
  let end = to ? partial(to) : undefined;
  if (end && (!isReal(end) || end < start)) end = undefined;
  if (!end && mention.lastingDays && start.length === 10) end = addDays(start, mention.lastingDays - 1);
  if (yearInferred && mention.from?.year === undefined && to?.year === undefined)
    note ??= `year ${from.year} inferred from the article`;
  const spec: DateSpec = {
    start,
    ...(from.qualifier ? { startQualifier: from.qualifier } : {}),
    ...(end ? { end } : {}),
    ...(end && to?.qualifier ? { endQualifier: to.qualifier } : {}),
    yearInferred,
    text: mention.text,
    ...(note ? { note } : {}),
  };
  if (note?.startsWith('year taken')) doubt = note;
  return { spec, ...(doubt ? { doubt } : {}) };
}

// "announced that the bridge would reopen on October 15": reported speech's "would" is a plan; so is
// what someone has asked others to do ("I have asked the council to meet on Friday").
const PLANNED_CUE =
  /\b(?:will|shall|would(?! have)|is due|are due|due to|due in|due on|set for|set to|scheduled|plans? to|planned for|planning to|intends? to|intention to|expected to|(?:is|are|was|were) to (?!be\b)\w+|to be held|could be|may be|might|upcoming|forthcoming|(?:offered|agreed|promised|pledged|proposed|threatened|vowed) to (?!an?\b|the\b)\w+|(?:have|has) (?:asked|urged|invited|called on|instructed) (?:[\w'’-]+ ){1,4}?to (?!an?\b|the\b)\w+)\b/i;

/** True when the clause leading up to the date speaks of the future ("are due to meet on April 20"). */
export function isPlannedAt(sentence: string, offsetInSentence: number, mentionText: string): boolean {
  if (/^(?:(?:early|late) )?(?:next|the coming)\b/i.test(mentionText)) return true;
  const before = sentence.slice(0, offsetInSentence);
  if (PUT_OFF_TO.test(before)) return true;
  const clauseStart = Math.max(
    before.lastIndexOf(';'),
    before.lastIndexOf('. '),
    before.lastIndexOf(': '),
    before.lastIndexOf('—'),
    before.lastIndexOf('–'),
  );
  const words = before
    .slice(clauseStart + 1)
    .split(/\s+/)
    .slice(-14)
    .join(' ');
  // "on Monday we will open": the future follows the date.
  const after = sentence.slice(
    offsetInSentence + mentionText.length,
    offsetInSentence + mentionText.length + 40,
  );
  // "Talks planned for July 24, were called off on July 22": the plan's fate is told in the past.
  const cues = [...words.matchAll(new RegExp(PLANNED_CUE.source, 'gi'))];
  const sinceCue =
    cues.length > 0 ? words.slice((cues.at(-1)?.index ?? 0) + (cues.at(-1)?.[0].length ?? 0)) : '';
  if (/,\s(?:was|were|had been|has been|have been)\s\p{Ll}+(?:ed|en)\b/u.test(sinceCue)) return false;
  return (
    PLANNED_CUE.test(words) ||
    // "On Monday I am due in court again": "due" after the date is as much a plan as before it.
    /^,?\s(?:[\p{L}-]+\s){0,3}(?:will|shall|is to|are to|(?:am|is|are) due)\b/u.test(after) ||
    // "On Friday the council meets in special session": a sitting's present tense is its schedule.
    /^,?\s(?:the\s)?(?:\p{Ll}+\s)?(?:meets|sits|convenes|opens|reconvenes)\b/u.test(after) ||
    // "announced that from May 1 the fee would double": the future of reported words.
    (/\bthat\s$/.test(before) && /^,?\s(?:[\p{L}'’-]+\s){0,4}would\b/u.test(after))
  );
}

/** True when the resolved date lies wholly after the reference day. */
export function isAfter(spec: DateSpec, reference: string | undefined): boolean {
  if (!reference) return false;
  return earliestDay(spec.start) > (reference.length === 10 ? reference : earliestDay(reference));
}
