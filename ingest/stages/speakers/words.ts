// The words speakers are found by: speech verbs after a subject, in base form after a plural, in a
// clause of its own; role nouns ("the interior minister") with and without their qualifier.
import { IRREGULAR_PAST_ACTS, SPEECH_VERBS } from '../../language/lexicon.js';
import { FULL_MONTH_PATTERN } from '../../language/months.js';

/**
 * Speech verbs in the base form, which report after a plural subject or a pronoun: "officials deny
 * that …", "diplomats suspect that …", "they doubt that …", "residents complain that …" ("suspect",
 * "doubt", "reply", "respond" and "counter" only before "that": they are nouns too; "sources expect the
 * law to be annulled", not "I expect to be summoned"); "diplomats believe (that) …" too, an opinion
 * told of them (not "we believe": the interviewee's own view, and a named person's "believes" is no
 * statement either); "officials tell us that …" (only before a "that": "tell" takes other objects
 * too).
 */
export const BASE_SPEECH_VERBS =
  '(?:reply|respond|counter)(?= that\\b)|assure(?= (?:me|us|him|her|them|reporters|journalists) that\\b)|say|tell(?= [^.;,“"]{1,40}? that\\b)|deny|suggest|insist|argue|claim|point out(?= that\\b)|(?<!\\b(?:I|we|you) )expect(?= that\\b| [^.;,“"]{1,60}? to be [a-z]+ed\\b)|warn|complain|concede|admit|acknowledge|recall|note|stress|maintain|predict|explain|(?:suspect|doubt)(?= that\\b)|(?<!\\b(?:I|we|you|[Ww]e|You) )believe(?= that\\b| (?:the|a|an|it|they) [^.;,“"]{0,40}?\\b(?:will|would|is|are|was|were|has|have|had|can|could)\\b)';

/** The auxiliaries of words kept up, and their verbs: "have been telling …", "were saying …". */
export const KEPT_UP_AUX = 'been|were|was|are|is';
export const KEPT_UP_VERBS = 'telling|saying|claiming|arguing|insisting|warning|suggesting|complaining';

export const SAYS = new RegExp(`^\\s(?:has |had |also )?(?:${SPEECH_VERBS})\\b`);
export const SPOKEN = new RegExp(`\\b(?:${SPEECH_VERBS})\\b`);
/**
 * "It" opening its sentence as a body's subject: "It warned that …", "It also said …", "In a statement
 * on July 21, it accused …" (after a statement's or a day's phrase only: "In the film, it claims …" is
 * the film's).
 */
export const IT_OPENS = String.raw`^\s*(?:(?:In a (?:statement|communiqu[eé]|note|letter|press release)|On (?:${FULL_MONTH_PATTERN}) \d{1,2}|Later|Then|Earlier|Meanwhile|The (?:next|same|following) (?:day|week|morning|evening)|That (?:day|week|morning|evening))\b[^,;“”"]{0,60},\s(?=it\s)|(?=It\s))([Ii]t)\s(?:(?:also|then|later|again)\s)?`;
/** A clause of its own whose subject speaks: "…, and an official said …". */
// (Not a participle used as an adjective: "less than half the agreed level".)
export const SAID_NEXT = new RegExp(
  `(?:,|\\b(?:and|but|while))\\s[^,;]{0,60}?(?<!\\b(?:the|a|an|its|their|his|her) )\\b(?:${SPEECH_VERBS})\\b`,
);
/**
 * "the minister", or with its qualifier ("the interior minister", "the deputy foreign minister"):
 * group 1 the qualifier, 2 the role.
 */
export const ROLE_REFERENCE =
  /\bthe (?:(\p{Ll}+(?: \p{Ll}+)?) )?(prosecutor|governor|minister|president|premier|secretary|spokesman|spokeswoman|leader|chairman|mayor|general|ambassador|editor|envoy|official|commander|speaker|chief)\b/giu;

/** A role noun with its qualifier ("the defense minister", "The president's"), for roleHolder. */
export const QUALIFIED_ROLE =
  /\b[Tt]he ((?:\p{Ll}+ )?(?:minister|president|premier|prosecutor|governor|mayor|ambassador|general|chairman|spokesman|spokeswoman|judge|leader|envoy|commander))\b/gu;

/**
 * A deed the subject did before speaking, the two verbs sharing the subject: "came to our flat and
 * told my wife that …", "took me aside and said, “…”", "looked at the fish and told us", or up to three
 * of them, "read it, handed it back and said". Ends with " and "; a speech verb must follow it.
 */
const DEED = `(?:[a-z]{2,}ed|${IRREGULAR_PAST_ACTS}|came|went|rang|sat|shook|read|spoke|stood)\\b[^,;.“”"]{0,40}?`;
// ("kept me waiting for five hours, then handed my passport back and said": a deed may follow with "then".)
// ("declined to discuss the substance of the law but said that …": or "but".)
export const DEED_AND = `(?:(?:then )?${DEED}, ){0,2}(?:then )?${DEED} (?:and|but) `;
/** The same, the speech verb's clause with its own pronoun: "came to see me, and he said, …". */
export const DEED_AND_PRONOUN = `(?:${DEED}, ){0,2}${DEED},? and (?:he|she|they) `;
/** A call made to say something: "telephoned me to say that …", "phoned on Friday to tell me …". */
export const PHONED_TO = `(?:tele)?phoned(?: (?:me|us|him|her|them))?(?: [^,;.“”"]{1,24}?)? to `;

/**
 * A title that holds `office`: "Deputy Interior Minister" holds "deputy minister" (words may stand
 * between), but "Deputy Prime Minister" does not hold "prime minister".
 */
export function officePattern(office: string): RegExp {
  return new RegExp(
    `(?<!\\b(?:deputy|vice|first|acting) )\\b${office.replace(/ (?=\S+$)/, '(?: \\p{L}+){0,2} ')}\\b`,
    'iu',
  );
}
