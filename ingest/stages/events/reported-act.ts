// An act a report tells in the past perfect ("Interfax reported on April 9 that X had already booked
// the tankers"), with no date of its own, is dated by the report.
import type { Analysis, ResolvedMention } from '../../analysis.js';
import { SAID_ON, SAYING } from './act-patterns.js';
import { clauseAround } from './clauses.js';

/**
 * "Interfax reported on April 9 that Transborneft had already booked the tankers": an act the report
 * tells in the past perfect, with no date of its own (nor a saying), is dated by the report.
 */
export function reportedAct(an: Analysis, d: ResolvedMention): boolean {
  const s = an.sentences[d.sentence];
  if (!s) return false;
  const clause = clauseAround(s.text, d.mention.start - s.start);
  const saying = SAID_ON.exec(clause);
  if (!saying || !/^reported\b/.test(saying[0])) return false;
  const told = clause.slice(saying.index + saying[0].length);
  const toldAt = s.start + s.text.indexOf(clause) + saying.index + saying[0].length;
  const ownDate = an.dates.some(
    (o) =>
      o.sentence === d.sentence &&
      o.mention.start >= toldAt &&
      o.mention.start < toldAt + told.length &&
      !/\bfor (?:the whole of|all of)\s$/.test(an.text.slice(o.mention.start - 20, o.mention.start)),
  );
  return (
    // ("that the commission, to general surprise, had voted …", "… had also moved …": an aside, an adverb.)
    /^ [^,;]{0,60}?(?:, [^,;]{1,40},)? ?\bhad (?:(?:already|just|also|quietly|secretly|finally|again|since) )?(?:been )?\p{Ll}+(?:ed|en)\b/u.test(
      told,
    ) &&
    !SAYING.test(told) &&
    // ("that not a single Ingush family had been resettled": what did not happen dates no act.)
    !/^ [^,;]{0,40}?\b(?:not|no|never|nobody|no one|none|nothing|neither)\b/.test(told) &&
    !ownDate
  );
}

/**
 * "told its customers that it would take no more orders", "told us that its presses were full": a
 * notice of the sayer's own act or state, dated by the notice (a warning, "warned that it would",
 * stays a saying). Not when the act told has a date of its own ("told me that they would begin
 * rationing on November 1"): that date is the happening, and the notice a saying.
 */
export function ownNotice(
  an: Analysis,
  d: ResolvedMention,
  sentence: string,
  clauseAt: number,
  saying: RegExpExecArray | null,
): boolean {
  if (!saying || !/^told\b/.test(saying[0])) return false;
  const toldAt = clauseAt + saying.index + saying[0].length;
  const start = an.sentences[d.sentence]?.start ?? 0;
  return (
    /^ (?:(?:it|they) (?:would|will)|(?:its|their) \p{Ll}+ (?:was|were|would|will))\b/u.test(
      sentence.slice(toldAt),
    ) &&
    // (a limit, "booked until the end of the year", is no date of the act's own)
    !an.dates.some(
      (o) =>
        o.sentence === d.sentence &&
        o.mention.start >= start + toldAt &&
        !o.citation &&
        !/\b(?:until|till|through)\s$/.test(an.text.slice(o.mention.start - 8, o.mention.start)),
    )
  );
}
