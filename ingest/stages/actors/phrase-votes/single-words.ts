// One-word phrases that name no actor: a demonym, a language, a region's adjective before a noun,
// a word capitalised only by its place at a sentence's start; save a capital taking its state's stance.
import { COMPANY_WORD, LANGUAGES } from '../../../language/lexicon.js';
import { GAZETTEER, NOT_COUNTRY_ADJECTIVES } from '../../gazetteer.js';
import type { NamePhrase } from '../../names.js';
import { looksLikeMedia } from '../../sources.js';
import { normalizeText } from '../../../../src/text/normalize.js';
import { STATE_ACT } from '../context-cues.js';
import { spellingOf } from '../spelling.js';
import { record, vote, type Tally } from '../tally.js';
import type { PhraseInputs } from './types.js';

/** A state's stance taken by its capital: "… was quick to read the change", "… protested the next day". */
const STANCE_AFTER =
  /^ (?:was (?:quick|swift|slow|first) to|protested|objected|retaliated|hit back|(?:has |had )?(?:long )?(?:insisted|refused|rejected|denied|countered))\b/;

/**
 * "Velikomir was quick to read the change differently", "Nusratabad protested": a word printed only
 * at a sentence's start, never in lower case, no plural ("Officials protested"), taking a state's
 * stance, is a capital speaking for its government.
 */
function capitalTakingAStance(text: string, phrase: NamePhrase): boolean {
  const word = phrase.text;
  return (
    STANCE_AFTER.test(text.slice(phrase.end, phrase.end + 30)) &&
    !/s$/.test(word) &&
    !new RegExp(`(?<![\\p{L}])${word.toLowerCase()}(?![\\p{L}])`, 'u').test(text)
  );
}

/**
 * Settle a one-word phrase that names no actor (skipped) or is a capital taking a stance (tallied
 * as a place). True when it is settled so, false when it is to be classified.
 */
export function settleSingleWord(
  inputs: PhraseInputs,
  phrase: NamePhrase,
  capitalisedElsewhere: ReadonlySet<string>,
  tally: Tally,
): boolean {
  const { text, registry, demonyms, thingAbbreviations } = inputs;
  const single = phrase.tokens.length === 1 ? (phrase.tokens[0]?.text ?? '') : undefined;
  if (single === undefined) return false;
  const bare = single.replace(/-\p{Ll}+$/u, '');
  if (demonyms.has(bare)) return true;
  if (bare.includes('-') && bare.split('-').every((part) => demonyms.has(part))) return true;
  // "published in English", "the Caspian seabed": a language, or a region's adjective before a noun.
  if (LANGUAGES.has(single) || thingAbbreviations.has(single)) return true;
  if (NOT_COUNTRY_ADJECTIVES.has(single) && /^ \p{Ll}/u.test(text.slice(phrase.end, phrase.end + 2)))
    return true;
  if (
    phrase.initial &&
    !capitalisedElsewhere.has(single) &&
    !capitalisedElsewhere.has(spellingOf(single)) &&
    !registry.byName.has(normalizeText(single)) &&
    !GAZETTEER.has(single) &&
    // ("Dravonia has been quick …" in an article that prints "Dravonian": the country.)
    ![...demonyms.values()].includes(single) &&
    !COMPANY_WORD.test(single) &&
    !looksLikeMedia(single) &&
    // "Gazprom, which bought …", "Ashgabat, for its part, …": a name the sentence goes on about.
    !/^(?:[’']s\b|,\s(?:which|who|whose|for (?:its|his|her) part|the\s))/.test(
      text.slice(phrase.end, phrase.end + 20),
    ) &&
    !STATE_ACT.test(text.slice(phrase.end, phrase.end + 40))
  ) {
    if (capitalTakingAStance(text, phrase))
      vote(record(tally, single, phrase.sentence, phrase.start, phrase.end), 'place', 'weak');
    return true;
  }
  return false;
}
