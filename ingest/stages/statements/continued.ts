// A statement that goes on in the next sentence, attributed there between commas to the same speaker,
// is one statement over both sentences.
import type { Analysis } from '../../analysis.js';
import { PARENTHETICAL } from './said-after.js';
import type { StatementDraft } from './types.js';

/** A sentence that opens by pointing back to the one before: "Such reports", "This rally", "Those who". */
const POINTS_BACK = /^(?:Such|This|These|That|Those)\b/;

/**
 * "X warned that the rally would be dispersed. Any officer who joined it, the minister went on, would be
 * dismissed.": words the next sentence goes on with, attributed between commas to the same speaker,
 * are one statement spread over both sentences (two such asides in a row stay two statements: "The
 * deal, X said, would last. The price, he added, was secret."), when the aside goes on ("went on",
 * "continued") or the sentence points back ("Such a rally, he claimed, …").
 */
export function continuedStatements(an: Analysis, out: readonly StatementDraft[]): StatementDraft[] {
  const aside = (o: StatementDraft) => {
    const s = an.sentences[o.sentence];
    const m = s ? PARENTHETICAL.exec(s.text) : null;
    return !!s && !!m && s.start + m.index + 2 === o.verbAt;
  };
  // Only words that go on with the first ones: "the minister went on", or a sentence that points back
  // ("Such reports, he claimed, …"); "The next round, he added, …" and "The KNB, he said, …" are
  // statements of their own.
  const goesOn = (o: StatementDraft) => {
    const s = an.sentences[o.sentence];
    const m = s ? PARENTHETICAL.exec(s.text) : null;
    return !!s && !!m && (/ (?:went on|continued), $/.test(m[0]) || POINTS_BACK.test(s.text));
  };
  const merged = [...out];
  for (const next of out) {
    const s = an.sentences[next.sentence];
    if (!s || !aside(next) || !goesOn(next)) continue;
    const first = merged.find(
      (o) =>
        o.sentence === next.sentence - 1 &&
        o.speaker.actor === next.speaker.actor &&
        an.sentences[o.sentence]?.paragraph === s.paragraph &&
        !aside(o),
    );
    if (!first) continue;
    const evidence = an.text.slice(first.start, next.start + next.evidence.length);
    merged[merged.indexOf(first)] = { ...first, evidence };
    merged.splice(merged.indexOf(next), 1);
  }
  return merged;
}
