// The days words were spoken on, which the dates in them count from: an interview's answers (the
// day its credit line or closing line gives) and a quote box's words (the day of its dash
// attribution), and how a mention reads when told from such a day.
import type { DateSpec } from '../../../src/dataset/schema.js';
import { resolveDate, type DateContext, type DateMention } from '../dates.js';
import type { Sentence } from '../segment.js';
import type { Citation } from '../sources.js';

/** The day an interview's answers were spoken: its credit line's other date, else its closing line's. */
export function answersDay(
  citations: readonly Citation[],
  sentences: readonly Sentence[],
  sentenceDates: readonly (readonly DateMention[])[],
  base: DateContext,
  answers: ReadonlySet<number>,
): string | undefined {
  return (
    interviewDay(citations, sentenceDates, base) ?? closingLineDay(sentences, sentenceDates, base, answers)
  );
}

/** The day an interview was conducted, from its credit line's other date ("on May 10, 2011"). */
function interviewDay(
  citations: readonly Citation[],
  sentenceDates: readonly (readonly DateMention[])[],
  base: DateContext,
): string | undefined {
  const credit = citations.find((c) => c.credit);
  if (!credit) return undefined;
  for (const d of sentenceDates[credit.sentence] ?? []) {
    if (d.start === credit.date?.start) continue;
    const r = resolveDate(d, base);
    if (r?.spec.start.length === 10) return r.spec.start;
  }
  return undefined;
}

/**
 * An interview whose closing line was not read as a credit: "Ana Rus spoke to Ion Popa in Ostrov on
 * May 10, 2011, for the weekly Zorile …" after the last answer gives the day the answers were spoken.
 */
function closingLineDay(
  sentences: readonly Sentence[],
  sentenceDates: readonly (readonly DateMention[])[],
  base: DateContext,
  answers: ReadonlySet<number>,
): string | undefined {
  const lastAnswer = Math.max(-1, ...answers);
  if (lastAnswer < 0) return undefined;
  for (const s of sentences) {
    if (s.paragraph <= lastAnswer || !/\b(?:spoke|talked) (?:to|with)\b|\binterview(?:ed)?\b/.test(s.text))
      continue;
    for (const d of sentenceDates[s.index] ?? []) {
      const r = d.relative ? undefined : resolveDate(d, base);
      if (r?.spec.start.length === 10) return r.spec.start;
    }
  }
  return undefined;
}

/**
 * "On Sunday" in an interview's answer is the Sunday before the interview (the next one when the
 * clause speaks of a plan), not the Sunday after the last date the narrative told.
 */
export function spokenWeekday(d: DateMention, planned: boolean): DateMention {
  const rel = d.relative;
  if (rel?.unit !== 'weekday' || rel.anchor !== 'narrative') return d;
  return { ...d, relative: { ...rel, anchor: 'publication', offset: planned ? 1 : -1 } };
}

/** A quote box's dash attribution dates what it describes ("describing … three days earlier"). */
export function describedDay(
  dash: Citation | undefined,
  citationDates: ReadonlyMap<number, DateSpec>,
  ctx: DateContext,
): string | undefined {
  if (!dash?.describing?.date || !dash.date) return undefined;
  const anchor = citationDates.get(dash.start)?.start;
  const r = anchor
    ? resolveDate(describedFirst(dash.describing.date), { ...ctx, narrative: anchor })
    : undefined;
  return r?.spec.start;
}

/**
 * A quote box's words are spoken on the day its dash attribution gives ("—X, Radio Y, April 16,
 * speaking … the previous day"): "on Friday" in them is the Friday before that day. The day of each
 * quote box's paragraph.
 */
export function quoteBoxDays(
  citations: readonly Citation[],
  sentences: readonly Sentence[],
  citationDates: ReadonlyMap<number, DateSpec>,
  ctx: DateContext,
): Map<number, string> {
  const boxDay = new Map<number, string>();
  for (const c of citations) {
    const day = c.kind === 'dash' ? citationDates.get(c.start)?.start : undefined;
    const paragraph = sentences[c.sentence]?.paragraph;
    if (!day || day.length !== 10 || paragraph === undefined) continue;
    const told =
      c.describing?.date && /^speaking\b/.test(c.describing.text)
        ? resolveDate(describedFirst(c.describing.date), { ...ctx, narrative: day })?.spec.start
        : undefined;
    boxDay.set(paragraph, told?.length === 10 ? told : day);
  }
  return boxDay;
}

/**
 * "three days after the parliament elected its speaker", in a quote box: what is described came first;
 * "on September 1, a week before the presidents met": what is described came after.
 */
export function describedFirst(d: DateMention): DateMention {
  const rel = d.relative;
  return rel && ((rel.offset > 0 && / after$/.test(d.text)) || (rel.offset < 0 && / before$/.test(d.text)))
    ? { ...d, relative: { ...rel, offset: -rel.offset } }
    : d;
}
