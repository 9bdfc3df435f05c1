// A reporting verb's statement added beside those a sentence already has: the first on its own, the
// same speaker's next verb in a list, a subject's words after an aside, or a second speaker's clause.
import type { Analysis } from '../../analysis.js';
import type { SpeakerResolution } from '../speakers.js';
import { CLAUSE_BREAK, COORDINATED } from './reporting-verbs.js';
import { statementIn } from './statement-in.js';
import type { StatementDraft } from './types.js';

/**
 * The statement `speaker` tells by the reporting verb `m` in sentence `s` (`lead` the text before
 * it), added to `out`, where it shares the sentence with the statements found there before.
 */
export function addVerbStatement(
  an: Analysis,
  s: Analysis['sentences'][number],
  m: RegExpExecArray,
  lead: string,
  speaker: SpeakerResolution,
  out: StatementDraft[],
): void {
  const verbAt = s.start + m.index;
  const earlier = out.filter((o) => o.sentence === s.index);
  if (earlier.length === 0) {
    out.push(statementIn(an, s, speaker, verbAt, /[\s,]+$/));
    return;
  }
  // The same speaker's next verb in a list ("argued that …, warned that …, and accused …"):
  // each verb keeps its own words.
  const last = earlier.at(-1);
  if (last && last.speaker.actor === speaker.actor) {
    addSameSpeakerVerb(an, s, m, lead, speaker, last, out);
    return;
  }
  // "X, whose bloc won 2 percent according to the CEC, claimed …": words told in an aside before
  // the verb leave the sentence's own statement to its subject.
  const aside = earlier.length === 1 && earlier[0] && earlier[0].start > s.start;
  if (aside && earlier[0] && earlier[0].start + earlier[0].evidence.length <= verbAt) {
    out.push(statementIn(an, s, speaker, verbAt, /[\s,]+$/));
    return;
  }
  addSecondSpeaker(an, s, m, speaker, earlier, out);
}

/** The same speaker's verb after `last`, the sentence's latest statement: each keeps its words. */
function addSameSpeakerVerb(
  an: Analysis,
  s: Analysis['sentences'][number],
  m: RegExpExecArray,
  lead: string,
  speaker: SpeakerResolution,
  last: StatementDraft,
  out: StatementDraft[],
): void {
  const verbAt = s.start + m.index;
  // "X denied that …, and according to him …": the words before the later attribution.
  if (last.start > verbAt) {
    out.push({
      ...statementIn(an, s, speaker, verbAt, /[\s,]+$/),
      evidence: an.text.slice(s.start, last.start).replace(/[\s,]+(?:and\s)?$/, ''),
    });
    return;
  }
  const coordinated = COORDINATED.exec(lead);
  if (!coordinated) return;
  // "said that Y honored the deal and had sought nothing": a past perfect after "and" goes on
  // with the reported clause, it is no second statement.
  if (/^had\s/.test(m[0]) && /\bthat\b/.test(an.text.slice(last.verbAt, verbAt))) return;
  const breakAt = s.start + m.index - coordinated[0].length;
  // "…; he urged …": the words start at the pronoun; "…, but said …" at the "but" that turns
  // them, "…, and called on …" at the "and" that joins them (the second verb's own statement).
  const joint = /(?:\b(?:he|she|they|it)|(?<=^,?\s)(?:but|and))\s$/i.exec(coordinated[0]);
  const from = joint ? breakAt + joint.index : verbAt;
  if (breakAt <= last.verbAt) return;
  out[out.indexOf(last)] = { ...last, evidence: an.text.slice(last.start, breakAt).trimEnd() };
  out.push(statementIn(an, s, speaker, verbAt, /[\s,]+$/, from));
}

/** A second speaker in a clause of its own ("X said …, while Y put …"): each keeps its clause. */
function addSecondSpeaker(
  an: Analysis,
  s: Analysis['sentences'][number],
  m: RegExpExecArray,
  speaker: SpeakerResolution,
  earlier: readonly StatementDraft[],
  out: StatementDraft[],
): void {
  const verbAt = s.start + m.index;
  const first = earlier[0];
  if (earlier.length > 1 || !first || first.speaker.actor === speaker.actor) return;
  const cut = [...s.text.slice(0, m.index).matchAll(CLAUSE_BREAK)]
    .filter((b) => s.start + b.index > first.verbAt)
    .at(-1);
  if (!cut) return;
  const evidence = an.text.slice(first.start, s.start + cut.index).trimEnd();
  out[out.indexOf(first)] = { ...first, evidence };
  out.push(statementIn(an, s, speaker, verbAt, /[\s,]+$/, s.start + cut.index + cut[0].length));
}
