// The quotations of an article: each quotation group placed in its sentences, scare quotes left out,
// and drafted with its speaker, date, citations and evidence (or reported when no speaker is found).
import type { Analysis } from '../../analysis.js';
import type { ReviewReport } from '../../report.js';
import type { QuoteGroup } from '../quote-marks.js';
import { quotationDate, quoteCitations } from './quotation-date.js';
import { isScareQuote } from './scare-quotes.js';
import { quotationSpeaker } from './speaker.js';
import type { Answerer, PlacedQuotation, QuotationDraft } from './types.js';

/**
 * `client`: whom an interviewee's "my client" means (the interview's subject), if anyone; `answerer`:
 * an interview's answers and who says "I" in them.
 */
export function buildQuotations(
  an: Analysis,
  report: ReviewReport,
  client?: string,
  answerer?: Answerer,
): QuotationDraft[] {
  const out: QuotationDraft[] = [];
  for (const g of an.quotes) {
    const q = placeQuotation(an, g);
    if (!q || isScareQuote(an.text, q)) continue;
    const { speaker: res, region, dash } = quotationSpeaker(an, q, client, answerer);
    const quoted = q.parts.join(' ');
    if (!res.actor) {
      report.add(
        'warning',
        'quote',
        `quotation left out: no speaker found (${res.doubt ?? 'no attribution'})`,
        quoted,
      );
      continue;
    }
    const cites = dash ? [dash] : quoteCitations(an, q.firstSentence.index, q.lastSentence.index);
    const date = quotationDate(an, q, region, cites);
    out.push({
      speaker: res.actor,
      ...(res.doubt ? { speakerDoubt: res.doubt } : {}),
      text: quoted,
      parts: q.parts,
      ...(date ? { date } : {}),
      citations: cites,
      evidence: an.text.slice(q.firstSentence.start, q.lastSentence.end),
    });
  }
  return out;
}

/** A quotation group's words and the sentences its first and last parts fall in, if it has words. */
function placeQuotation(an: Analysis, g: QuoteGroup): PlacedQuotation | undefined {
  const [first, last] = [g.parts[0], g.parts.at(-1)];
  if (!first || !last) return undefined;
  const parts = g.parts.map((p) => an.text.slice(p.start, p.end).trim()).filter((p) => p !== '');
  if (parts.length === 0) return undefined;
  const firstSentence = an.sentences.find((s) => s.start <= first.outerStart && first.outerStart < s.end + 1);
  const lastSentence = an.sentences.find((s) => s.start <= last.outerEnd - 1 && last.outerEnd - 1 < s.end);
  if (!firstSentence || !lastSentence) return undefined;
  return { group: g, parts, first, last, firstSentence, lastSentence };
}
