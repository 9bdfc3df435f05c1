// Stage "quotations": paired quotation marks found per paragraph, then each quotation's speaker
// (from its attribution, a quote box's dash line, or the sentence around it), date and sources.
// The parts, under quotations/:
//   build-quotations.ts   the main loop: each quotation group placed in its sentences and drafted
//   scare-quotes.ts       a few words no one is said to have used, which are no quotation
//   attribution.ts        where the attribution lies (author line, gap, clause after, sentence before);
//                         speaker.ts whom it names, or to whom it gives the words
//   clause-speakers.ts    the clause's subject the words belong to, when the attribution names no one
//                         or only someone inside what was said
//   quotation-date.ts     when the words were said, and the citations that back them
//   types.ts              the quotation draft and a quotation placed in its sentences
import type { ReviewReport } from '../report.js';
import { findQuoteSpans, groupQuoteSpans, type QuoteGroup } from './quote-marks.js';
import type { Paragraph } from './segment.js';

export { buildQuotations } from './quotations/build-quotations.js';
export type { QuotationDraft } from './quotations/types.js';

/** The quotation marks of every paragraph, split quotations grouped. */
export function findQuotations(
  text: string,
  paragraphs: readonly Paragraph[],
  report: ReviewReport,
): QuoteGroup[] {
  const quotes: QuoteGroup[] = [];
  for (const p of paragraphs) {
    const scan = findQuoteSpans(text, p);
    for (const problem of scan.problems)
      report.add('warning', 'quote', `paragraph ${p.index + 1}: ${problem}`);
    quotes.push(...groupQuoteSpans(text, scan.spans));
  }
  return quotes;
}
