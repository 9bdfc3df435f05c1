// Relative date phrases ("two days later", "last week", "that June", "on the eve of the vote") and
// what each means: counted from the narrative's date or from publication, by which unit and offset.
import { monthNumber, weekdayNumber } from '../../language/months.js';
import type { DateQualifier } from '../../../src/dataset/schema.js';
import type { RelativeAnchor, RelativeDate } from './types.js';
import { COUNT, M, NUMBER_WORDS, SEASON, SPELLED_DAY, WD, ordinalDay } from './words.js';

export const RELATIVE = new RegExp(
  [
    // ("late last month": the part of that month or year)
    `\\b(?:(?:early|late) )?(?:last|this|next|the coming|the past) (?:week|month|year|weekend|${SEASON}|${M})\\b`,
    // "the day before yesterday" is one date, not "the day before" and "yesterday"; so is "the week
    // before last".
    `\\bthe day (?:before yesterday|after tomorrow)\\b`,
    `\\bthe (?:week|month|year|${WD}) before last\\b`,
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
    // (Not "a week later than planned", "two days earlier than last year": a comparison, no day.)
    `\\b${COUNT} (?:days?|weeks?|fortnights?|months?|years?) (?:earlier|later|before|after|ago|previously|beforehand)\\b(?! than\\b)`,
    `\\b(?:(?:${COUNT}|several|a few) )?(?:hours?|minutes?) (?:later|earlier)\\b`,
    `\\bthe (?:day|week|month|year) (?:before|after|earlier)\\b`,
    // "The evening before, …", "the morning after.": the day before or after, standing alone (not
    // "the morning after X telephoned", counted from a happening its clause tells).
    // ("On the night before the vote I went …": counted from the happening named, date-order reads.)
    `\\bthe (?:morning|evening|night) (?:before|after)(?=[,.;:]|$)|\\bthe (?:evening|night) before(?= the [a-z])`,
    `\\bthe (?:next|following|previous|preceding) (?:day|week|weekend|month|year|morning|evening)\\b`,
    // "That evening": a part of the day already told is that day.
    `\\b(?:that|the same|that same) (?:day|week|weekend|month|morning|afternoon|evening|night)\\b`,
    // "…, and by evening the police had …": the end of the day the narrative is on.
    `\\bby (?:evening|nightfall|midday|noon|the afternoon|the end of the day)\\b`,
    // "On the night of May 3 …; by morning": the night's morning, else the day the narrative is on.
    `\\bby (?:the )?morning\\b(?! of\\b)`,
    // "Over the weekend, the ministry began …", "…; and over the weekend X began …": a time fronted in
    // its clause (not "over the weekend of June 3-4", which prints its days, nor one trailing a report's words).
    `(?<=^|[;:]\\s(?:and\\s|but\\s)?|,\\s(?:and|but)\\s)(?:over|at|during) the weekend\\b(?! of\\b)`,
    // "Earlier in the day, the police had …": the day the narrative is on.
    `\\b(?:earlier|later) in the day\\b`,
    // "On the night of May 3 … by dawn", "… stopped shortly before 4 a.m.": the small hours.
    `\\b(?:by|at|before|around) (?:dawn|daybreak|first light)\\b`,
    `\\bin the (?:early|small) hours\\b(?! of\\b)`,
    `\\b(?:(?:shortly|just|soon) (?:before|after) |at |around |about |by )?[1-5](?::[0-5]\\d)? ?a\\.m\\.`,
    // "on the eve of the vote", "on the eve of his visit to Baku": the day before a dated happening.
    `\\bon the eve of (?:the|its|their|his|her) [a-z-]+(?: (?!(?:on|in|at|of|for|to|by|and|with)\\b)[a-z-]+){0,2}`,
    // "met from July 18 to July 20 … walked out on the second day": a day of a span just told.
    `(?<=\\bon )the (?:first|second|third|fourth|fifth|last|final) day\\b(?! (?:of|before)\\b)`,
    // ("this morning" in an interview: the day it is given)
    `\\b(?:yesterday|today|this (?:morning|afternoon|evening))\\b`,
    // "followed on the 29th", "on the evening of the nineteenth": a day of the month the narrative is in
    // (not "the tenth round", "the sixth floor").
    `(?<=\\bon )the (?:[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)\\b`,
    `(?<=\\b(?:on|by|until|(?:morning|afternoon|evening|night|end) of) )the (?:${SPELLED_DAY})\\b(?![ -](?:day|days|hour|hours|minute|anniversary|floor|round|time|century|congress|session|reading|plenum|convocation|grade|class|of|place|row|year|month|week|term|\\p{Lu})\\b)`,
    // "shortly before midnight": still the day the narrative is on.
    `\\b(?:shortly|just) (?:before|after) (?:midnight|noon)\\b`,
    `\\b(?:(?:last|next|this|the previous|the preceding) )?(?:${WD})\\b(?!,? (?:${M}|\\d))`,
  ].join('|'),
  'gi',
);

export function parseRelative(raw: string): RelativeDate | undefined {
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
    const wd = weekdayNumber(raw.split(' ').at(-1) ?? '');
    if (wd !== undefined) return { anchor: 'publication', unit: 'weekday', offset: dir, weekday: wd };
  }
  m = /^on the eve of \S+ (.+)$/.exec(text);
  if (m?.[1]) return { anchor: 'narrative', unit: 'day', offset: -1, eveOf: m[1].split(' ').at(-1) ?? m[1] };
  m = /^the (week|month|year) before last$/.exec(text);
  if (m?.[1]) return { anchor: 'publication', unit: m[1] as 'week', offset: -2 };
  m = new RegExp(`^the (${WD.toLowerCase()}) before last$`).exec(text);
  if (m?.[1]) {
    const weekday = weekdayNumber(m[1]);
    return { anchor: 'publication', unit: 'weekday', offset: -2, weekday };
  }
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
  // "In the same month that …", "that month": the month the narrative is in, not its day.
  if (/^(?:that|the same|that same) month$/.test(text))
    return { anchor: 'narrative', unit: 'month', offset: 0 };
  if (/^by (?:the )?morning$/.test(text))
    return { anchor: 'narrative', unit: 'same', offset: 0, smallHours: true, byMorning: true };
  if (/\b(?:dawn|daybreak|first light|hours|a\.m\.)$/.test(text))
    return { anchor: 'narrative', unit: 'same', offset: 0, smallHours: true };
  if (
    /(?:hours?|minutes?) (?:later|earlier)$/.test(text) ||
    /^by (?:evening|nightfall|midday|noon|the afternoon|the end of the day)$/.test(text) ||
    /^(?:earlier|later) in the day$/.test(text) ||
    /^(that|the same|that same) (day|week|morning|afternoon|evening|night)$/.test(text) ||
    /^(?:shortly|just) (?:before|after) (?:midnight|noon)$/.test(text)
  )
    return { anchor: 'narrative', unit: 'same', offset: 0 };
  if (/^the (?:last|final) day$/.test(text))
    return { anchor: 'narrative', unit: 'day', offset: 0, ofSpan: true, ofSpanEnd: true };
  m = /^the (first|second|third|fourth|fifth) day$/.exec(text);
  if (m?.[1]) {
    const nth = ['first', 'second', 'third', 'fourth', 'fifth'].indexOf(m[1]);
    return { anchor: 'narrative', unit: 'day', offset: nth, ofSpan: true };
  }
  m = /^the (\d{1,2})(?:st|nd|rd|th)$/.exec(text);
  if (m?.[1]) return { anchor: 'narrative', unit: 'monthday', offset: 0, monthDay: Number(m[1]) };
  m = new RegExp(`^the (${SPELLED_DAY})$`).exec(text);
  const spelled = m?.[1] ? ordinalDay(m[1]) : undefined;
  if (spelled) return { anchor: 'narrative', unit: 'monthday', offset: 0, monthDay: spelled };
  if (text === 'yesterday') return { anchor: 'publication', unit: 'day', offset: -1 };
  if (/^(?:today|this (?:morning|afternoon|evening))$/.test(text))
    return { anchor: 'publication', unit: 'day', offset: 0 };
  m = new RegExp(`^(?:(last|next|this|the previous|the preceding) )?(${WD.toLowerCase()})$`).exec(text);
  if (m?.[2]) {
    const weekday = weekdayNumber(m[2]);
    if (m[1] === 'last' || m[1] === 'next')
      return { anchor: 'publication', unit: 'weekday', offset: m[1] === 'last' ? -1 : 1, weekday };
    // "The previous Friday": the Friday before the day the narrative is on.
    if (m[1]?.startsWith('the ')) return { anchor: 'narrative', unit: 'weekday', offset: -1, weekday };
    return { anchor: 'narrative', unit: 'weekday', offset: 1, weekday };
  }
  return undefined;
}
