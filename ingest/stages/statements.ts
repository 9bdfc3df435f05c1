// Stage "statements": reported statements, indirect speech such as "Seitkali described the visit as a
// turning point", "Karimov has indicated his belief that …", "He added that …", "the ministry put its
// losses at 12", "accused Russia of …", "welcomed the decision". The speaker is the person named (or
// the pronoun's antecedent) right before the reporting verb. Each finder adds to the statements the
// earlier ones found, in this order, mostly where a sentence has none yet. The parts, under statements/:
//   according-to.ts        "according to X", "by X's account", "according to a statement by X"
//   said-after.ts          attributions after or inside the words ("…, X said.", "The deal, X said,
//                          would …") and "…, an allegation X denied"
//   in-passing.ts          a clause's subject reported in passing (", saying that …", "to insist that …")
//   interview-answers.ts   "That …" answering "What did X say?" in an interview
//   find-reported.ts       the main loop: each reporting verb, its speaker (verb-speaker.ts; people
//                          placed by their body or post in placed-speaker.ts), its complement
//                          (verb-complement.ts), two statements sharing a sentence
//                          (shared-sentence.ts); the verbs are in reporting-verbs.ts
//   continued.ts           one statement over two sentences ("…. The price, he added, was secret.")
//   speaker-mentions.ts    who a span names; ends-in-quotation.ts whether the words are a quotation
//                          only; statement-in.ts a statement's evidence, date and citations
import type { Analysis } from '../analysis.js';
import type { InterviewVoice } from './interview.js';
import { addAccordingTo, addAccordingToStatement, addOwnedWords } from './statements/according-to.js';
import { continuedStatements } from './statements/continued.js';
import { addReported } from './statements/find-reported.js';
import { addInfinitives, addParticiples } from './statements/in-passing.js';
import { answersReporting } from './statements/interview-answers.js';
import { addClaimDenied, addParenthetical, addSaidAfter } from './statements/said-after.js';
import type { StatementDraft } from './statements/types.js';

export type { StatementDraft } from './statements/types.js';

/** `voice`: who "I" and "we" are in an interview's answers, if the article is one. */
export function buildStatements(an: Analysis, voice: InterviewVoice | undefined): StatementDraft[] {
  const out: StatementDraft[] = [];
  const quoteSpans = an.quotes.flatMap((g) => g.parts);
  addAccordingTo(an, quoteSpans, out);
  addOwnedWords(an, out);
  addSaidAfter(an, out);
  addParenthetical(an, out);
  addAccordingToStatement(an, out);
  addParticiples(an, quoteSpans, out);
  addInfinitives(an, quoteSpans, out);
  out.push(...answersReporting(an, voice?.answers));
  addReported(an, quoteSpans, voice, out);
  addClaimDenied(an, out);
  // "Zarnegorsk insists that …": a capital speaks for its country's government.
  return continuedStatements(an, out).map((o) => {
    const country = an.table.actors.get(o.speaker.actor ?? '')?.capitalOf;
    return country ? { ...o, speaker: { ...o.speaker, actor: country } } : o;
  });
}
