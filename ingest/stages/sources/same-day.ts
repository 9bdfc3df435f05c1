// "… (Agency, April 11). An official told Other Agency the same day that …": "the same day" right
// after a dated citation, with no other date between, is that citation's date, not the narrative's.
import type { DateMention } from '../dates.js';
import type { Sentence } from '../segment.js';
import type { Citation } from './types.js';

/**
 * In-sentence citations dated "the same day" take the date of the dated citation before them in the
 * paragraph, when the narrative names no other date between the two ("The next day, …" does).
 */
export function sameDayAsCitationBefore(
  citations: readonly Citation[],
  sentences: readonly Sentence[],
  dates: readonly DateMention[],
): Citation[] {
  const paragraphOf = (c: Citation) => sentences[c.sentence]?.paragraph;
  return citations.map((c, i) => {
    if (c.kind !== 'in-sentence' || c.date?.relative?.unit !== 'same' || !/\bsame day\b/.test(c.date.text))
      return c;
    const before = citations
      .slice(0, i)
      .reverse()
      .find((b) => b.date !== undefined && paragraphOf(b) === paragraphOf(c));
    if (!before?.date?.from) return c;
    const between = dates.some((d) => d.start >= before.end && d.end <= c.start);
    return between ? c : { ...c, date: before.date };
  });
}
