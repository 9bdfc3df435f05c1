// The day a date mention counts from: the day the narrative is on, unless a rule names a nearer
// one (the last day told, a day its own sentence named, a happening's day, a night's morning).
import type { ResolvedMention } from '../../analysis.js';
import type { DateMention } from '../dates.js';
import type { Sentence } from '../segment.js';
import {
  dayNamed,
  dayOfNamedHappening,
  happeningDay,
  paragraphFirstDay,
  untoldHappening,
} from './happening-days.js';
import { nightDay } from './night.js';
import { dayInApposition, dayOffset, daysNamedBefore, LEAD_HAPPENING, latestDayTold } from './offset-days.js';
import { referredDay } from './referred-day.js';
import { dayPointedBack } from './that-day.js';
import type { ArticleDates, Reading } from './types.js';

/** What a mention counts from: a day, if any, and the morning of the night told last if it falls in it. */
export interface Anchor {
  readonly narrative: string | undefined;
  readonly onNight: string | undefined;
}

/** The day a mention counts from; undefined when it needs a day the article never told: no date. */
export function anchorOf(
  d: DateMention,
  s: Sentence,
  article: ArticleDates,
  reading: Reading,
): Anchor | undefined {
  const { sentences, dash } = article;
  const { ctx, dates, lastDay, spanStart } = reading;
  // "On May 13, two days after the bombing, …": the offset says how long before that day the bombing was.
  const apposed = dayInApposition(d, s, dates);
  if (apposed) return { narrative: apposed, onNight: undefined };
  let narrativeFor: string | undefined = ctx.narrative;
  const offset = dayOffset(d);
  // "Two days later" counts from the last day the narrative told, not from a coarser date told
  // since as background ("X, who took office in June 2012, …") that lies before that day.
  // (But "In April 2014 we published … Three weeks later": a coarse date opening its sentence is the
  // narrative's new time, not background.)
  if (
    offset &&
    narrativeFor &&
    narrativeFor.length < 10 &&
    lastDay &&
    narrativeFor <= lastDay &&
    !opensSentence(narrativeFor, dates, sentences)
  )
    narrativeFor = lastDay;
  // "… told Radio Dolmansk in February that …¶ The first blockade caught Dolmansk unprepared. That
  // evening, …": a paragraph that opens on an offset after a coarse date told as background returns to
  // the latest day the story has reached (the first blockade's, March 3), not to that month.
  else if (
    offset &&
    narrativeFor &&
    narrativeFor.length < 10 &&
    opensParagraph(d, s, sentences) &&
    (latestDayTold(dates) ?? '') > narrativeFor &&
    !opensSentence(narrativeFor, dates, sentences)
  )
    narrativeFor = latestDayTold(dates);
  // "The payment, due on May 3, was missed, and two days later …", "a vote set for May 3 was called
  // off two days beforehand": an offset counts from the day its own sentence has just named.
  const named = offset ? daysNamedBefore(d, s, dates) : [];
  if (offset && d.relative?.unit === 'day' && named.length > 0) narrativeFor = named.at(-1)?.spec?.start;
  // "Zlatobank, founded in 1994 and bought by Kholodov ten years later": years counted from the
  // date its own sentence has just named, though that date told background.
  // So do "the following year", "the year before" ("a 2003 agreement, which parliament ratified the
  // following year": the year of the thing a relative clause tells more of, though it modified a noun).
  if (
    d.relative?.anchor === 'narrative' &&
    d.relative.unit === 'year' &&
    / (?:later|earlier)$|^the (?:following|next|previous) year$|^the year (?:before|after)$/i.test(d.text)
  ) {
    const between = (o: ResolvedMention) => s.text.slice(o.mention.end - s.start, d.start - s.start);
    const before = dates.filter(
      (o) =>
        o.sentence === s.index &&
        o.mention.end <= d.start &&
        o.spec &&
        !o.planned &&
        (!o.mention.modifier || /^[^,;]{0,60}, (?:which|that|who)\b/.test(between(o))) &&
        !between(o).includes(';'),
    );
    // (A year told as a time wins over a noun's: "In 2013, Moscow invited Yerevan to join the 2010
    // customs union, which Armenia joined the following year".)
    narrativeFor =
      (before.filter((o) => !o.mention.modifier).at(-1) ?? before.at(-1))?.spec?.start ?? narrativeFor;
  }
  if (dash?.describing?.date && d.start === dash.describing.date.start)
    narrativeFor = reading.citationDates.get(dash.start)?.start;
  // "On May 4 police detained him. The next day … Two days after the arrest, a court …": an offset
  // from a named happening counts from the paragraph's first day, not from the day it has moved to.
  if (
    offset &&
    / after$/.test(d.text) &&
    /^ the \p{Ll}+\b/u.test(s.text.slice(d.end - s.start)) &&
    named.length === 0
  )
    narrativeFor = paragraphFirstDay(s.paragraph, dates, sentences) ?? narrativeFor;
  // "The drivers were released the following day": from the day "the drivers" were told in.
  if (offset && named.length === 0) narrativeFor = referredDay(d, s, dates, sentences) ?? narrativeFor;
  narrativeFor = dayPointedBack(d, s, dates) ?? narrativeFor;
  if (d.relative?.ofSpanEnd) {
    // ("on the last day" of a span the story is still on: not of talks told before another day.)
    const { lastDay, spanEnd } = reading;
    if (!spanStart || !spanEnd || !lastDay || lastDay < spanStart || lastDay > spanEnd) return undefined;
    narrativeFor = spanEnd;
  } else if (d.relative?.ofSpan) narrativeFor = spanStart;
  if (d.relative?.eveOf) {
    narrativeFor = dayNamed(d.relative.eveOf, dates, sentences);
    // "on the eve of the vote" with no day told for the vote: no date.
    if (!narrativeFor) return undefined;
  }
  // "withdrew in 1993 and returned that June": the year the paragraph told last, a year alone too.
  if (d.relative?.yearTold) {
    narrativeFor = dates
      .filter((o) => o.spec && !o.planned && sentences[o.sentence]?.paragraph === s.paragraph)
      .at(-1)?.spec?.start;
    if (!narrativeFor) return undefined;
  }
  // "We will be back at full load before the end of the year": a plan in the present future counts
  // from the time of writing (or of the answer), not from the past the narrative last told.
  const now =
    ctx.published ??
    [ctx.issued, ctx.reference]
      .filter((x) => x !== undefined)
      .sort()
      .at(-1);
  if (
    d.relative?.anchor === 'narrative' &&
    d.relative.unit === 'year' &&
    !d.relative.yearTold &&
    now &&
    (!narrativeFor || narrativeFor < now) &&
    PRESENT_FUTURE.test(clauseBefore(s.text, d.start - s.start))
  )
    narrativeFor = now;
  const onNight = nightDay(d, reading.night, s.paragraph, ctx.narrative);
  if (onNight) narrativeFor = onNight;
  // "by dawn", "at 3 a.m." with no night told before: the day the sentence is on, no date of its own.
  else if (d.relative?.smallHours && !d.relative.byMorning) return undefined;
  if (offset && / (?:before|after)$/.test(d.text)) {
    const after = s.text.slice(d.end - s.start);
    // ("…, the day after X …" stands beside what it dates, and is read later.)
    const apposed = /,\s$/.test(s.text.slice(0, d.start - s.start));
    const told =
      happeningDay(after, dates, sentences, spanStart, reading.spanEnd) ??
      (apposed ? undefined : dayOfNamedHappening(after, d.start, dates, sentences));
    if (told) narrativeFor = told;
    // "The blast came four weeks after Gazprom doubled the price": counted from a happening its own
    // clause tells, whose day the article never gave: no date.
    else if (!apposed && untoldHappening(after)) return undefined;
    // ("On the night before the rally, …" with no day told for the rally: no date, as "on the eve of".)
    else if (/^the (?:evening|night) before$/i.test(d.text)) return undefined;
    // ("The day after the incident", where no dated clause names one: the happening the story has
    // reached, on the latest day told so far, not background told since.)
    else if (!apposed && LEAD_HAPPENING.test(after)) narrativeFor = latestDayTold(dates) ?? narrativeFor;
  }
  return { narrative: narrativeFor, onNight };
}

/** "will", "shall", "is due to", "are supposed to": the future seen from now (not reported "would"). */
const PRESENT_FUTURE =
  /\b(?:will|shall|(?:am|is|are) (?:due|supposed|expected|scheduled|set|going) to)\b(?![^,;]*\bwould\b)/;

/** The text of a date's clause before it (after the last semicolon, colon or dash). */
function clauseBefore(text: string, offset: number): string {
  return (
    text
      .slice(0, offset)
      .split(/; |: | — | – /)
      .at(-1) ?? ''
  );
}

/** Whether the date the narrative is on was told last at the start of its sentence ("In April 2014, …"). */
function opensSentence(
  day: string,
  dates: readonly ResolvedMention[],
  sentences: readonly Sentence[],
): boolean {
  const o = dates.filter((m) => m.spec?.start === day && !m.mention.relative).at(-1);
  const s = o && sentences[o.sentence];
  return !!s && /^(?:In|By|Since|Until) $/.test(s.text.slice(0, o.mention.start - s.start));
}

/** Whether the mention opens its sentence, in the first two sentences of its paragraph. */
function opensParagraph(d: DateMention, s: Sentence, sentences: readonly Sentence[]): boolean {
  const first = sentences.findIndex((x) => x.paragraph === s.paragraph);
  return s.index - first <= 1 && /^\s*$/.test(s.text.slice(0, d.start - s.start));
}
