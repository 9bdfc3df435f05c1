// Whether a phrase speaks (a speech verb follows, or "according to" precedes) and how far its
// printed description runs: only phrases that speak are drafted as unnamed speakers.
import { SPEECH_VERBS } from '../../language/lexicon.js';
import { FULL_MONTH_PATTERN, WEEKDAY_PATTERN } from '../../language/months.js';
// (From speakers/words.ts, not through speakers.ts: the actors stage reads this module, and
// speakers.ts reads the actors stage, so the facade would close a cycle.)
import {
  BASE_SPEECH_VERBS,
  DEED_AND,
  DEED_AND_PRONOUN,
  KEPT_UP_AUX,
  KEPT_UP_VERBS,
  PHONED_TO,
} from '../speakers/words.js';
import { WHERE_THEY_STOOD } from './words.js';

/**
 * Verbs that report words as a speech verb does: a naming ("calls that theft"; not "called the
 * ministry", a telephone call), or blame or praise with its object ("accused X of …", "welcomed
 * the decision"), which the statements report too.
 */
export const SPEAKING_VERBS = `${SPEECH_VERBS}|call(?:s|ed)(?= (?:it|that|this|them)\\b)|accuse[sd]?(?= [^.;“”"]{1,60}? of\\b)|(?:welcome|condemn|criticize|criticise|praise)[sd]?(?= (?:the|this|that|these|its|his|her|their)\\b)`;

/** Words kept up: "have been telling diplomats that …", "were saying that …". */
const KEPT_UP = `(?:${KEPT_UP_AUX}) (?:${KEPT_UP_VERBS})`;

/**
 * After the phrase: an optional aside, relative clause or time ("the next day", "in March"), or a deed done first
 * ("came to our flat and told …"), then a speech verb (or "made it clear", "pointed out that",
 * which report as well as "said"), or one of the SPEAKING_VERBS; or "as saying" ("quoted a source in
 * the ministry as saying that …").
 */
const SPEAKS = new RegExp(
  `^(?:,[^,;.“”"]{1,60},| (?:that|which|who) [^,;.“”"]{1,80}?| the (?:next|following|same) day| (?:in|on|last|this) (?:${FULL_MONTH_PATTERN}|${WEEKDAY_PATTERN})\\b(?: \\d{1,2}\\b)?| ${DEED_AND.trimEnd()}| ${DEED_AND_PRONOUN.trimEnd()}| ${PHONED_TO.trimEnd()}| ${WHERE_THEY_STOOD})? (?:has |have |had |also |then |later |now |still |privately |publicly |openly |already )*(?:${SPEAKING_VERBS}|${KEPT_UP}|called|termed|described|describes|as saying|hinted|hints|let it be known|made (?:it )?clear|(?:pointed|points|point) out(?= that\\b)|(?:like to )?(?:${BASE_SPEECH_VERBS}))\\b`,
);

/** A manner of speaking before the words after a colon: "…, was blunter:", "was less categorical:". */
const SPOKE_SO =
  /^(?:,[^,;.“”"]{1,60},)? (?:was|were) (?:(?:more|less|even|still|much) )*\p{Ll}+(?: still)?:/u;
/** Or a deed told with the words it came with: "echoed him, saying privately that …". */
const SPEAKS_IN_PASSING =
  /^ \p{Ll}+(?: [^,;.“”"]{1,40})?, (?:saying|adding|arguing|insisting|claiming|warning)(?: \p{Ll}+ly)? that\b/u;

/** A speech verb (or a deed told with its words, or a manner of speaking) follows the phrase ending at `end`. */
export function speaksAfter(text: string, end: number): boolean {
  const after = text.slice(end, end + 160);
  return SPEAKS.test(after) || SPEAKS_IN_PASSING.test(after) || SPOKE_SO.test(after);
}
/** "according to officials", "citing sources in the ministry": the phrase is an attribution. */
export function attributedBefore(text: string, start: number): boolean {
  return /\b(?:according to|in the words of|citing) $/i.test(text.slice(Math.max(0, start - 18), start));
}

// How far an unnamed speaker's printed phrase runs: "an official who sat in on the meeting
// said …", "according to one member who was there, …". The article describes the speaker by what they
// did or where they were; that description is part of how it names them, so it is kept in the alias
// (the drafted name stays the short noun phrase, decision 012).

/** A restrictive relative clause before the speech verb: " who saw the convoy told". */
const WHO_BEFORE_VERB = new RegExp(
  `^ who (?!never\\b|not\\b)[^,;.“”"()]{2,80}?(?= (?:has |have |had |also |then |later |now |still )*(?:${SPEECH_VERBS}|${BASE_SPEECH_VERBS})\\b)`,
);
/**
 * After "according to", the phrase runs to its comma: " who was there", " at the meeting", " of the
 * State Agency for the Use of Water" (a body's long name), " delegation in Astana" (the noun the
 * phrase stopped short of, then where it sits).
 */
const AFTER_ACCORDING =
  /^ (?:who (?!never\b|not\b)|(?:\p{Ll}+ )?(?:in|at|from|of) (?:(?:the|those|these|that|this) |(?=\p{Lu})))[^,;.“”"()]{2,100}?(?=\s*[,;.(]|$)/u;

/** The printed phrase from `start` to `end` and on through its description, when one follows. */
export function describedPhrase(text: string, start: number, end: number, attributed: boolean): string {
  const after = text.slice(end, end + 140);
  const tail = WHO_BEFORE_VERB.exec(after) ?? (attributed ? AFTER_ACCORDING.exec(after) : null);
  return text.slice(start, end) + (tail?.[0] ?? '');
}
