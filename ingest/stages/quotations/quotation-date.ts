// When a quotation was said and what backs it: a date printed with the attribution, a nested
// quotation's date, or its citations' date; the citations of the sentences it spans.
import type { DateSpec } from '../../../src/dataset/schema.js';
import type { Analysis } from '../../analysis.js';
import { citationsFor } from '../cite.js';
import type { QuoteGroup } from '../quote-marks.js';
import type { Citation } from '../sources.js';
import type { PlacedQuotation } from './types.js';

/** Date: said on a date printed with the attribution (in `region`), else the citations' date. */
export function quotationDate(
  an: Analysis,
  q: PlacedQuotation,
  region: { start: number; end: number } | undefined,
  cites: readonly Citation[],
): DateSpec | undefined {
  const { group: g, firstSentence, lastSentence } = q;
  const spoken = an.dates.find(
    (d) =>
      d.spec &&
      !d.planned &&
      d.sentence >= firstSentence.index - (region && region.start < firstSentence.start ? 1 : 0) &&
      d.sentence <= lastSentence.index &&
      !g.parts.some((p) => d.mention.start >= p.start && d.mention.end <= p.end) &&
      (!d.citation || d.citation.kind === 'in-sentence'),
  );
  let date: DateSpec | undefined = spoken?.spec;
  if (!date && g.depth === 1) date = nestedQuotationDate(an, g, firstSentence.index);
  if (!date) date = cites.map((c) => an.citationDates.get(c.start)).find((x) => !!x);
  return date;
}

/** A quotation inside another: the date printed before it, or the occasion a quote box describes. */
function nestedQuotationDate(an: Analysis, g: QuoteGroup, sentence: number): DateSpec | undefined {
  const first = g.parts[0];
  const last = g.parts.at(-1);
  if (!first || !last) return undefined;
  const enclosing = an.quotes.find(
    (o) => o.depth === 0 && o.parts.some((p) => p.start <= first.start && p.end >= last.end),
  );
  const dash = an.citations.find((c) => c.kind === 'dash');
  const occasion = an.dates.find((d) => d.mention.start === dash?.describing?.date?.start);
  if (enclosing && occasion?.spec) return occasion.spec;
  const inside = an.dates
    .filter((d) => d.spec && !d.planned && d.mention.end <= first.start && d.sentence >= sentence - 3)
    .at(-1);
  return inside?.spec ?? an.dates.find((d) => d.citation?.kind === 'dash')?.spec;
}

/** Citations of the sentences a quotation spans, else those backing its last sentence. */
export function quoteCitations(an: Analysis, first: number, last: number): Citation[] {
  const own = an.citations.filter((c) => c.sentence >= first && c.sentence <= last);
  return own.length > 0 ? own : citationsFor(an, last);
}
