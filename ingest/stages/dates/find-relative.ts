// Relative dates in a sentence, less the phrases that only look like one: a length of time ("for
// three years"), part of a name ("Kestria Today TV"), an offset that restates a printed date or
// counts from a happening the clause tells, a weekday or season naming a kind of thing.
import { M, WD } from './words.js';
import { isModifier } from './modifier.js';
import { RELATIVE, parseRelative } from './relative-phrases.js';
import type { DateMention } from './types.js';

/** A happening told in the past perfect after "after": "-ed", "-en" or an irregular participle ("had begun"). */
const HAD_DONE_AFTER =
  /^ (?:a|an|the|his|her|its|their) [^,;.]{0,60}?\bhad (?:\p{Ll}+ly )?(?:\p{Ll}+(?:ed|en)|begun|won|done|gone|shown|drawn|flown|thrown|sworn|sent|built|spent|lost|held|left|paid|sold|struck|fought|brought|caught|cut|set|shut|put|hit)\b/u;

/** Relative dates in `text` (a sentence starting at `offset`), added to `found` where no date is already. */
export function addRelativeDates(text: string, offset: number, found: DateMention[]): void {
  for (const m of text.matchAll(RELATIVE)) {
    const relative = parseRelative(m[0]);
    if (!relative) continue;
    // "at 3 a.m. on November 5", "at dawn on Sunday", "shortly after midnight on May 2": the day
    // printed after the hour dates it.
    if (
      (relative.smallHours ||
        (relative.unit === 'same' && /\b(?:midnight|noon|midday|evening|nightfall|afternoon)$/.test(m[0]))) &&
      new RegExp(`^,? on (?:the )?(?:${WD}|${M}|\\d)`).test(text.slice(m.index + m[0].length))
    )
      continue;
    // "$250 from April, against some $265 today", "more than today": the present level of a
    // figure, compared, not a day anything happens.
    if (
      /^today$/i.test(m[0]) &&
      /(?:\d[\d,.]*%?(?: [\p{L}%]+){0,3}|\bthan) $/u.test(text.slice(Math.max(0, m.index - 40), m.index))
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
    // So does one from a plan told as a clause ("by June 18, two days before the cut is to take effect").
    const restates =
      /^(?:after|before)$/.test(
        relative.unit === 'day' || relative.unit === 'week' ? (m[0].split(' ').at(-1) ?? '') : '',
      ) &&
      /^ (?:his|her|its|their|the) (?:(?:\p{Ll}+ )?\p{Ll}+(?:[.,;)]|$)|\p{Ll}+ (?:is|was|were|are) to\b)/u.test(
        text.slice(m.index + m[0].length),
      );
    if (
      restates &&
      found.some((f) => !f.relative && f.end <= start && /^,\s$/.test(text.slice(f.end - offset, m.index)))
    )
      continue;
    // "…, two days after a patrol boat had detained the vessel": counted from a happening the clause
    // after it tells in the past perfect, not from the narrative's date; it dates nothing by itself.
    if (
      /^(?:after|before)$/.test(m[0].split(' ').at(-1) ?? '') &&
      HAD_DONE_AFTER.test(text.slice(m.index + m[0].length))
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
}
