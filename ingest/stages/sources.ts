// Stage "sources": the sources an article cites, bracketed citations at sentence ends ("(Interfax,
// Moscow, June 2)"), sources named in the sentence ("Z reported on March 3", "according to an article
// by X in Y on May 21") and the dash attribution under a quote box. Parentheses that are not citations
// ("(CSTO)", "(Victory Day)", "(military intelligence)") are left alone. The parts, under sources/:
//   brackets.ts            bracketed citations in a sentence; parse-citation.ts parses one's text
//   dash-attribution.ts    a quote box's "— Name, Outlet, Date, describing …"
//   in-sentence.ts         sources named in a sentence, from the finders in according-to.ts,
//                          speech-acts.ts ("in an interview with X"), reported.ts ("X reported") and
//                          told.ts ("told X"), which share sentence-scan.ts
//   resolve-outlets.ts     outlets written as initials, and "told the agency" given the outlet before
//   speaker-day.ts         '"…," Lenz told Interfax' dated by the day Lenz's words were given before
//   outlet-patterns.ts     what an outlet's name looks like; types.ts the citation and outlet knowledge
import type { DateMention } from './dates.js';
import type { Paragraph, Sentence } from './segment.js';
import { findBracketCitations } from './sources/brackets.js';
import { findDashAttribution } from './sources/dash-attribution.js';
import { findInSentenceSources } from './sources/in-sentence.js';
import { sameDayAsCitationBefore } from './sources/same-day.js';
import type { Citation, OutletKnowledge } from './sources/types.js';

export { looksLikeMedia } from './sources/outlet-patterns.js';
export { expandInitialOutlets, resolveAnaphoricSources } from './sources/resolve-outlets.js';
export type { Citation } from './sources/types.js';

/** Stage "sources", first pass: bracket citations and quote boxes' dash attributions. */
export function findCitations(
  text: string,
  paragraphs: readonly Paragraph[],
  sentences: readonly Sentence[],
): Citation[] {
  const citations: Citation[] = [];
  for (const s of sentences) citations.push(...findBracketCitations(text, s));
  for (const p of paragraphs) {
    const last = sentences.filter((s) => s.paragraph === p.index).at(-1);
    const dash = last ? findDashAttribution(text, p, last.index, citations) : undefined;
    if (dash) citations.push(dash);
  }
  // (A bracket taken into a dash attribution is cited once, by the attribution.)
  return citations.filter(
    (c) =>
      c.kind !== 'bracket' ||
      !citations.some((d) => d.kind === 'dash' && d.start < c.start && c.end <= d.end),
  );
}

/**
 * Stage "sources", second pass (it needs the actors: "told Ormanov" is not a source): sources named
 * in the sentence, added to the citations in reading order.
 */
export function withInSentenceSources(
  text: string,
  sentences: readonly Sentence[],
  sentenceDates: readonly (readonly DateMention[])[],
  citations: readonly Citation[],
  know: OutletKnowledge,
): Citation[] {
  const all = [...citations];
  for (const s of sentences) {
    const found = findInSentenceSources(text, s, sentenceDates[s.index] ?? [], know);
    for (const c of found) if (!all.some((x) => x.start < c.end && c.start < x.end)) all.push(c);
  }
  return sameDayAsCitationBefore(
    all.sort((a, b) => a.start - b.start),
    sentences,
    sentenceDates.flat(),
  );
}
