// "President X met Y on May 2 and, the following week, told a Riga audience that …": the person named
// last before the speech verb is the object of a deed the subject did first; the subject speaks.
import { IRREGULAR_PAST_ACTS, SPEECH_VERBS } from '../../language/lexicon.js';
import type { Mention } from '../actors.js';

/** Right after the subject: a deed in the past ("met", "did meet", "visited"), then its object's words. */
const DEED_BEFORE_OBJECT = new RegExp(
  `^\\s(?:(?:also|then|first|later) )?(?:did \\p{Ll}+|\\p{Ll}{2,}ed|${IRREGULAR_PAST_ACTS})\\b[^,;.“”"]{0,60}$`,
  'u',
);
/** After the object: a time or place, "and", an optional aside between commas, the speech verb. */
const AND_THEN_SPEAKS = new RegExp(
  `^[^,;.“”"]{0,40}?\\sand(?:,[^,;.“”"]{1,40},)?\\s(?:(?:also|then|later) )?(?:${SPEECH_VERBS})\\b`,
);

/**
 * The subject of "`subject` <deed> `object` … and … <speech verb>", when `object` is named as the
 * deed's object: the mention of `subject`, else undefined. `text` is the article.
 */
export function deedSubject(
  text: string,
  subject: Mention | undefined,
  object: Mention,
): Mention | undefined {
  if (!subject || subject.end > object.start) return undefined;
  const between = text.slice(subject.end, object.start);
  const after = text.slice(object.end, object.end + 160);
  return DEED_BEFORE_OBJECT.test(between) && AND_THEN_SPEAKS.test(after) ? subject : undefined;
}

/**
 * A person as the object of a deed its subject did, a title perhaps between: "when he received Prime
 * Minister Tudor Vornicescu in Korodin: a country, he said, “…”", "Lavrentyev had decorated Durgayev
 * for “…”" (not an adjective before a title: "ousted President X told", "Newly elected President X").
 */
const DEED_BEFORE_NAME = new RegExp(
  `\\b(?:he|she|they|we|I|(?!\\p{Lu}\\p{Ll}+ly\\b)\\p{Lu}[\\p{L}’'-]+)\\s(?:(?:had|has|have|also|then|later|first)\\s){0,2}(?!(?:${SPEECH_VERBS})\\b)(?:\\p{Ll}{3,}ed|${IRREGULAR_PAST_ACTS}|received|visited)\\s(?:(?:\\p{Lu}[\\p{L}-]*|of|the)\\s){0,4}$`,
  'u',
);

/** Whether the name at `start` is the object of a deed its subject did (`DEED_BEFORE_NAME`). */
export function objectOfDeed(text: string, start: number): boolean {
  return DEED_BEFORE_NAME.test(text.slice(Math.max(0, start - 60), start));
}
