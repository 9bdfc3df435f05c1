// The clause of a sentence an event is drafted from, around its date or from the event's evidence.
import type { Analysis } from '../../analysis.js';
import type { EventDraft } from './types.js';

/** The clause of `sentence` around `offset`: between semicolons, dashes or ", and". */
export function clauseAround(
  sentence: string,
  offset: number,
  boundaries = /; |, and |, but | — | – /g,
): string {
  const bounds = [...sentence.matchAll(boundaries)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
  let start = 0;
  let end = sentence.length;
  for (const b of bounds) {
    if (b.end <= offset) start = b.end;
    else if (b.start >= offset) {
      end = b.start;
      break;
    }
  }
  return sentence.slice(start, end);
}

/** The absolute span of the clause an event was drafted from: its evidence when that is a clause. */
export function clauseOf(an: Analysis, e: EventDraft): { from: number; to: number } {
  const s = an.sentences[e.mention.sentence];
  if (!s) return { from: 0, to: 0 };
  const at = e.evidence !== s.text ? s.text.indexOf(e.evidence) : -1;
  // (A closing quotation mark may stand between the comma and "and": "… “within days,” and the next
  // morning the ministry announced …".)
  const clause =
    at >= 0
      ? e.evidence
      : clauseAround(s.text, e.mention.mention.start - s.start, /; |,[”"]? and |,[”"]? but | — | – /g);
  const from = s.start + (at >= 0 ? at : s.text.indexOf(clause));
  return { from, to: from + clause.length };
}
