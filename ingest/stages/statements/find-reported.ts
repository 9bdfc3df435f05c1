// The statement finder's main loop: each reporting verb in each sentence (REPORTING), its speaker (a
// name or pronoun before it, a body by its noun, "the former", an interviewee's "I", the speaker of a
// verb coordinated with it), whether what follows reports words (the verb's complement), and how two
// statements in one sentence share it (one speaker's list of verbs, or two speakers' clauses). The
// parts: verb-speaker.ts the speaker, verb-complement.ts the complement, shared-sentence.ts the sharing.
import type { Analysis } from '../../analysis.js';
import type { InterviewVoice } from '../interview.js';
import type { QuoteSpan } from '../quote-marks.js';
import type { SpeakerResolution } from '../speakers.js';
import { REPORTING, REPORTING_ANYWHERE } from './reporting-verbs.js';
import { addVerbStatement } from './shared-sentence.js';
import type { StatementDraft } from './types.js';
import { reportsWords } from './verb-complement.js';
import { verbSpeaker } from './verb-speaker.js';

/**
 * Statements told by a reporting verb ("X said that …", "the ministry put its losses at 12"), added to
 * `out`; `voice` is the interview's, whose answers speak for the interviewee.
 */
export function addReported(
  an: Analysis,
  quoteSpans: readonly QuoteSpan[],
  voice: InterviewVoice | undefined,
  out: StatementDraft[],
): void {
  for (const s of an.sentences) {
    // "X said that … and warned that …": the second verb shares the first one's speaker.
    let previous: SpeakerResolution | undefined;
    for (const m of s.text.matchAll(REPORTING)) {
      const verbAt = s.start + m.index;
      if (askedInLeadingClause(s.text, m.index)) continue;
      const lead = s.text.slice(Math.max(0, m.index - 60), m.index);
      const { speaker, subject, spoken } = verbSpeaker(an, s, m, lead, voice, previous);
      if (speaker?.actor) previous = speaker;
      if (!reportsWords(an, quoteSpans, s, m, lead)) continue;
      // Inside a quotation only words reported of someone named count ("his aides say he will …").
      const quoted = quoteSpans.some((q) => verbAt >= q.outerStart && verbAt < q.outerEnd);
      if (quoted && !(spoken && an.table.mentions.some((x) => x.via === 'group' && x.actors[0] === spoken)))
        continue;
      if (!speaker || (!speaker.actor && !/^(?:he|she)\s$/i.test(subject ?? ''))) continue;
      addVerbStatement(an, s, m, lead, speaker, out);
    }
  }
}

/** A sentence's leading time or reason clause, after at most an opening phrase: "Last October, when …". */
const LEADING_CLAUSE =
  /^(?:[^,;]{0,40},\s)?(?:[Ww]hen|[Aa]fter|[Bb]efore|[Ww]hile|[Oo]nce|[Ii]f|[Bb]ecause|[Aa]lthough|[Tt]hough|[Uu]ntil)\s[^,;“”"]*$/;

/**
 * "Last October, when Tagharhydro asked the Kengash to approve its regime, I warned that …": a verb
 * in a leading clause is not the sentence's saying when the main clause after it has one of its own;
 * one with words of its own still is ("After Aliyev said on May 3 that Baku would not attend, …").
 */
function askedInLeadingClause(text: string, at: number): boolean {
  if (!LEADING_CLAUSE.test(text.slice(0, at))) return false;
  const close = text.indexOf(', ', at);
  return close >= 0 && !/\bthat\b/.test(text.slice(at, close)) && REPORTING_ANYWHERE.test(text.slice(close));
}
