// A run of joined capitalised words made into name phrases: split at calendar words, trimmed of the
// small words that only happen to be capitalised at its edges.
import { FUNCTION_WORDS, ORGANIZATIONS } from '../../language/lexicon.js';
import type { Sentence } from '../segment.js';
import { isCalendarWord } from './tokens.js';
import type { NamePhrase, Token } from './types.js';

/** The known organisations' names, some of which open with a word that opens sentences too. */
const KNOWN_NAMES = new Set(ORGANIZATIONS.flat());
const PARTY_MEMBER_AFTER =
  /^ (?:deput(?:y|ies)|leaders?|candidates?|lawmakers?|members?|MPs?|activists?|politicians?|mayors?|governors?|senators?|ministers?|voters|supporters|chairman|spokes(?:man|woman))\b/;
/** A party's or a movement's adjective, which alone before its people names no one (nor a surname: "Green added"). */
const PARTY_ADJECTIVE =
  /^(?:Communist|Socialist|Liberal|Conservative|Republican|Democrat|Democratic|Nationalist|Islamist|Agrarian|Labour|Labor|Green|Social-Democratic|Christian-Democratic)$/;

/** The name phrases of one run of joined tokens. */
export function phrasesOfRun(text: string, sentence: Sentence, run: readonly Token[]): NamePhrase[] {
  const phrases: NamePhrase[] = [];
  // Calendar words break a phrase ("On March 6, Valdorian …" never joins).
  const pieces: Token[][] = [[]];
  for (const t of run) {
    if (isCalendarWord(t.text)) pieces.push([]);
    else pieces.at(-1)?.push(t);
  }
  for (let list of pieces) {
    // ("Our Ukraine", "Just Russia": a known name may open with such a word.)
    while (
      list.length > 0 &&
      FUNCTION_WORDS.has(list[0]?.text ?? '') &&
      !KNOWN_NAMES.has(`${list[0]?.text} ${list[1]?.text}`)
    )
      list = list.slice(1);
    while (list.length > 0 && ['of', 'for', 'on'].includes(list.at(-1)?.text ?? '')) list = list.slice(0, -1);
    const first = list[0];
    const last = list.at(-1);
    if (!first || !last) continue;
    // ("Communist deputy Yuri Ivanov", "a Liberal candidate": a party's adjective before its people;
    // not before a body's noun, "the opposition Labor faction".)
    if (
      list.length === 1 &&
      PARTY_ADJECTIVE.test(first.text) &&
      PARTY_MEMBER_AFTER.test(text.slice(last.end, last.end + 16))
    )
      continue;
    const lead = text.slice(Math.max(sentence.start, first.start - 2), first.start);
    // (A straight mark opens a quotation only right before its first word: '," Jurin told' closes one.)
    const initial = first.start === sentence.start || /[“‘(]\s?$|"$/.test(lead);
    phrases.push({
      start: first.start,
      end: last.end,
      tokens: list,
      text: text.slice(first.start, last.end),
      sentence: sentence.index,
      initial,
      possessive: last.possessive,
    });
  }
  return phrases;
}
