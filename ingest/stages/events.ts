// Stage "events": every sentence that dates a happening ("On March 1, the Assembly voted …", "due to
// meet on April 20") becomes an event with its date, status, actors, places, sources and the sentence
// as evidence. Dates used as modifiers ("the March rally") or that only date a citation are not
// happenings. The parts, under events/:
//   from-dates.ts          the main loop: each dated mention, skipped when a skip rule fires
//                          (skip-rules.ts, skip-rules-retold.ts, their context skip-context.ts);
//                          draft.ts drafts the rest, with its same-day and "also"
//                          sub-events (sub-events.ts)
//   act-patterns.ts        event nouns, sayings, opinions, occasions and past acts
//   clauses.ts             the clause around a date or an event's evidence
//   headline.ts            titles (`headline`, `shorten`) and summaries without citations
//   sentence-actors.ts     who acts in a sentence: named actors, "we", "he", "it"
//   interview-place.ts     the place an interview's answers speak from
//   reported-act.ts        an act a report tells in the past perfect, dated by the report
//   saying.ts              dates of sayings ("said on May 3 that"), and what they keep of their own
//   dated-by-citation.ts   past actions in sentences dated only by their citation
import type { Analysis } from '../analysis.js';
import { mainActorFirst } from './event-actors.js';
import { clauseOf } from './events/clauses.js';
import { eventsDatedByCitation } from './events/dated-by-citation.js';
import { eventsFromDates, type SkippedDate } from './events/from-dates.js';
import type { EventDraft } from './events/types.js';
import type { InterviewVoice } from './interview.js';

export { headline } from './events/headline.js';
export { actorsInSentence } from './events/sentence-actors.js';
export type { EventDraft } from './events/types.js';
export type { SkippedDate } from './events/from-dates.js';

/** `voice`: who "I" and "we" are in an interview's answers, if the article is one. */
export function buildEvents(
  an: Analysis,
  voice: InterviewVoice | undefined,
  onSkip?: (skipped: SkippedDate) => void,
): EventDraft[] {
  const events = eventsFromDates(an, voice, onSkip);
  return [...events, ...eventsDatedByCitation(an)].map((e) => ({
    ...e,
    ...mainActorFirst(
      an,
      e.mention.sentence,
      clauseOf(an, e),
      e.mention.mention.start,
      e,
      voice?.answers.has(an.sentences[e.mention.sentence]?.paragraph ?? -1),
    ),
  }));
}
