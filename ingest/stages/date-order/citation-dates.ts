// Citations' dates: each citation's printed date, resolved before the reading starts (the latest
// is the article's reference day when no publication day is printed), and, after the reading, the
// day an in-sentence source that prints no date speaks on.
import type { DateSpec } from '../../../src/dataset/schema.js';
import type { ResolvedMention } from '../../analysis.js';
import type { Header } from '../../files/header.js';
import { resolveDate, type DateContext } from '../dates.js';
import type { Citation } from '../sources.js';

/**
 * The date each citation prints, by its start offset, and the reference: the publication day, or
 * when none is printed the latest day the citations print.
 */
export function printedCitationDates(
  citations: readonly Citation[],
  base: DateContext,
  header: Header,
): { citationDates: Map<number, DateSpec>; reference: string | undefined } {
  const citationDates = new Map<number, DateSpec>();
  let reference: string | undefined = header.published;
  for (const c of citations) {
    if (!c.date || c.date.relative) continue;
    const r = resolveDate(c.date, base);
    if (!r) continue;
    citationDates.set(c.start, r.spec);
    if (r.spec.start.length === 10 && (!reference || r.spec.start > reference) && !header.published)
      reference = r.spec.start;
  }
  return { citationDates, reference };
}

/**
 * "Two days later, … the minister told Temir TV that …": a source named in the sentence without a
 * date of its own speaks on the day the sentence has moved to, or on the day its own bracket
 * citation gives.
 */
export function addSentenceSourceDates(
  citations: readonly Citation[],
  dates: readonly ResolvedMention[],
  citationDates: Map<number, DateSpec>,
): void {
  for (const c of citations) {
    if (c.kind !== 'in-sentence' || c.date || c.anaphoric || c.credit || citationDates.has(c.start)) continue;
    // "according to Delovaya Sartava, … (Delovaya Sartava, no. 6, 6 February)": the outlet's own
    // bracket citation in the sentence dates its report.
    const bracket = citations.find(
      (b) =>
        b.kind === 'bracket' &&
        b.sentence === c.sentence &&
        b.start > c.start &&
        b.outlet === c.outlet &&
        citationDates.has(b.start),
    );
    const bracketDay = bracket ? citationDates.get(bracket.start) : undefined;
    if (bracketDay) {
      citationDates.set(c.start, bracketDay);
      continue;
    }
    const day = dates
      .filter(
        (d) =>
          d.sentence === c.sentence &&
          d.spec &&
          !d.planned &&
          !d.mention.modifier &&
          d.mention.start < c.start,
      )
      .at(-1)?.spec;
    if (day) citationDates.set(c.start, day);
  }
}
