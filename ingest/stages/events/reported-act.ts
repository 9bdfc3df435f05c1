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
    /^ [^,;]{0,60}?\bhad (?:already |just |been )?\p{Ll}+(?:ed|en)\b/u.test(told) &&
    !SAYING.test(told) &&
    !ownDate
  );
}
