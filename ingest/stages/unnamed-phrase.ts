// How far an unnamed speaker's printed phrase runs: "an official who sat in on the meeting
// said …", "according to one member who was there, …". The article describes the speaker by what they
// did or where they were; that description is part of how it names them, so it is kept in the alias
// (the drafted name stays the short noun phrase, decision 012).
import { SPEECH_VERBS } from '../language/lexicon.js';
import { BASE_SPEECH_VERBS } from './speakers.js';

/** A restrictive relative clause before the speech verb: " who saw the convoy told". */
const WHO_BEFORE_VERB = new RegExp(
  `^ who (?!never\\b|not\\b)[^,;.“”"()]{2,80}?(?= (?:has |have |had |also |then |later |now |still )*(?:${SPEECH_VERBS}|${BASE_SPEECH_VERBS})\\b)`,
);
/** After "according to", the phrase runs to its comma: " who was there", " at the meeting". */
const AFTER_ACCORDING =
  /^ (?:who (?!never\b|not\b)|(?:in|at|from|of) (?:the|those|these|that|this) )[^,;.“”"()]{2,60}?(?=\s*[,;.(]|$)/;

/** The printed phrase from `start` to `end` and on through its description, when one follows. */
export function describedPhrase(text: string, start: number, end: number, attributed: boolean): string {
  const after = text.slice(end, end + 140);
  const tail = WHO_BEFORE_VERB.exec(after) ?? (attributed ? AFTER_ACCORDING.exec(after) : null);
  return text.slice(start, end) + (tail?.[0] ?? '');
}
