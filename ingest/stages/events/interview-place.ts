// The interview's place: an answer tells of the place the interviewee speaks from, the credit line's
// place, when the dated clause names no place of its own.
import type { Analysis } from '../../analysis.js';
import { actorsInSentence } from './sentence-actors.js';

/** Whether the dated clause, up to a reason or a condition after it (", because her owners in X …"), names no place. */
export function namesNoPlace(an: Analysis, sentence: number, clause: string): boolean {
  const s = an.sentences[sentence];
  if (!s) return true;
  const own = clause.split(/, (?:because|although|while|as|since|after|before|when|and) /)[0] ?? clause;
  const at = s.start + s.text.indexOf(clause);
  return actorsInSentence(an, sentence, { start: at, end: at + own.length }).places.length === 0;
}

/** The place actor the closing credit line sets the interview in ("… spoke to X in Khobeti on July 5"). */
export function interviewPlace(an: Analysis): string | undefined {
  const place = an.citations.find((c) => c.credit)?.place;
  if (!place) return undefined;
  return [...an.table.actors.values()].find((a) => a.kind === 'place' && a.forms.has(place))?.key;
}
