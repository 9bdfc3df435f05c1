// A statement built from its sentence: the evidence cut from the sentence (less a trailing citation),
// dated by a date printed before the reporting words or else by its citation, and cited.
import type { DateSpec } from '../../../src/dataset/schema.js';
import type { Analysis } from '../../analysis.js';
import { citationsFor } from '../cite.js';
import type { Citation } from '../sources.js';
import type { SpeakerResolution } from '../speakers.js';
import type { StatementDraft } from './types.js';

/**
 * The statement of sentence `s`: its evidence is the sentence from its start (or `from`, a second
 * speaker's clause) up to its trailing citation (less the `trailing` punctuation), dated and cited
 * as the sentence is.
 */
export function statementIn(
  an: Analysis,
  s: Analysis['sentences'][number],
  speaker: SpeakerResolution,
  verbAt: number,
  trailing: RegExp,
  from = s.start,
): StatementDraft {
  const citation = an.citations.find(
    (c) => c.sentence === s.index && c.kind === 'bracket' && c.spanEnd >= s.end - 2,
  );
  const evidence = an.text.slice(from, citation ? citation.spanStart : s.end).replace(trailing, '');
  const citations = citationsFor(an, s.index);
  const date = statementDate(an, s.index, verbAt, citations);
  return {
    sentence: s.index,
    speaker,
    evidence,
    start: from,
    verbAt,
    ...(date ? { date } : {}),
    citations,
  };
}

/** A date printed before the reporting words dates them ("Two days later, Ormanov indicated"); else the citation's. */
function statementDate(
  an: Analysis,
  sentence: number,
  verbAt: number,
  citations: readonly Citation[],
): DateSpec | undefined {
  const inSentence = an.dates.find(
    (d) =>
      d.sentence === sentence &&
      d.spec &&
      !d.planned &&
      !d.mention.modifier &&
      d.mention.start < verbAt &&
      (!d.citation || d.citation.kind === 'in-sentence'),
  );
  return inSentence?.spec ?? citations.map((c) => an.citationDates.get(c.start)).find((x) => !!x);
}
