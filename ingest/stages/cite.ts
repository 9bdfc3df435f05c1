// Which citations back a sentence: its own (bracketed, in-sentence, or a quote box's dash
// attribution), else the next bracketed citation in the same paragraph, since EDM cites a passage
// at its end.
import type { Analysis } from '../analysis.js';
import type { Citation } from './sources.js';

export function citationsFor(an: Analysis, sentence: number): Citation[] {
  const s = an.sentences[sentence];
  if (!s) return [];
  const own = an.citations.filter((c) => c.sentence === sentence);
  if (own.length > 0) return own;
  const dash = quoteBoxOf(an, s.paragraph);
  if (dash) return [dash];
  const next = an.citations.find(
    (c) =>
      c.kind === 'bracket' && c.sentence > sentence && an.sentences[c.sentence]?.paragraph === s.paragraph,
  );
  return next ? an.citations.filter((c) => c.sentence === next.sentence && c.kind === 'bracket') : [];
}

/** The dash attribution of paragraph `paragraph` when it is a quote box ("“…”—X, Outlet, May 3"). */
export function quoteBoxOf(an: Analysis, paragraph: number): Citation | undefined {
  return an.citations.find((c) => c.kind === 'dash' && an.sentences[c.sentence]?.paragraph === paragraph);
}

/** True when offset `at` lies inside a citation that only cites (not a speech act). */
export function insideCitation(an: Analysis, start: number, end: number): boolean {
  return an.citations.some((c) => !c.speechAct && start >= c.spanStart && end <= c.spanEnd);
}
