// The capitalised words of a sentence, with their offsets, possessives stripped, and the calendar
// words that break a name phrase.
import { CAPITALS, COUNTRIES, MEDIA_TAIL_WORDS, ORGANIZATIONS } from '../../language/lexicon.js';
import { MONTHS, WEEKDAYS } from '../../language/months.js';
import type { Sentence, Span } from '../segment.js';
import type { Token } from './types.js';

/** The adjectives of the countries the lexicon knows ("Swiss", "Cypriot"). */
const ADJECTIVES = new Set(COUNTRIES.flatMap(([, ...forms]) => forms));

// An en dash joins two countries' adjectives as a hyphen does ("the Kestrian–Temirian
// commission"), not two places ("the Jardem–Stravograd line"); an apostrophe inside a word is a
// letter of it ("Ch’ania", "O’Neill", "D’yachenko"), unless it makes a possessive. An ordinal before
// a capital opens a unit's name ("the 201st Motorized Rifle Division", "the 58th Army"). "St.",
// "Mt." and "Ft." abbreviate the first word of a name ("St. Petersburg", "Mt. Elbrus"); an outlet's
// lower-case last word is a word of its name ("Zerkalo nedeli", "Novaya gazeta"). "No. 2" after
// a name's word ends it ("Republican Hospital No. 2", "Penal Colony No. 7"), as a channel's number
// does a broadcaster's ("Channel 5", "Canal 7", "Rustavi 2"); so does an Arabic article joined to a surname ("Hamid
// al-Sayegh"), and "son of" before one ("Yahya ibn Salim").
const TOKEN = new RegExp(
  String.raw`(?<=\b(?:Channel|Kanal|Canal|TV|Radio|Rustavi) )\p{N}{1,2}\b(?![.,:]?\p{N})(?! (?:kilomet(?:er|re)s|km|miles|met(?:er|re)s|percent|per cent|times|tons|tonnes|years|days|hours|minutes)\b)|(?<=\p{Lu}\p{L}* )No\. \p{N}{1,4}\b|(?<=\p{Lu}\p{L}* )(?:(?:al|el|ad|ash|as|ar|az|ud|ul)-|(?:ibn|bin|bint) )\p{Lu}\p{L}+(?:['’]s\b)?|(?:\b(?:St|Mt|Ft)\. (?=\p{Lu}\p{Ll}))?\p{Lu}[\p{L}\p{M}\p{N}]*(?:[-.][\p{L}\p{N}]+|['’](?!s\b)\p{L}+|(?<=an|i|ese|ish)–\p{Lu}\p{L}*(?:an|i|ese|ish)\b|\/\p{Lu}[\p{L}\p{N}]*)*(?: (?:${MEDIA_TAIL_WORDS})(?![\p{L}-]))?(?:['’]s\b|['’](?=\s))?|\b\p{N}+[-]\p{Lu}[\p{L}\p{N}]*|\b\p{N}+(?:st|nd|rd|th)(?= \p{Lu})`,
  'gu',
);

/**
 * Names of the parties to a relation, which a hyphen joins in plain typing as an en dash does in
 * print ("EU-Russia talks", "the Russia-Ukraine deal", "Moscow-Tbilisi flights"): a country, its
 * abbreviation, a capital, a bloc's abbreviation. A hyphenated word made only of them is each of them.
 */
const PARTY_NAMES: ReadonlySet<string> = new Set([
  ...COUNTRIES.flatMap(([country, ...forms]) => [country, ...forms.filter((f) => /^\p{Lu}{2,}$/u.test(f))]),
  ...CAPITALS.flatMap(([, ...capitals]) => capitals),
  ...ORGANIZATIONS.flatMap(([, ...forms]) => forms.filter((f) => /^\p{Lu}{2,}$/u.test(f))),
]);

// Full names only: "Jan" and "Dec" are also given names and surnames.
const FULL_MONTHS = new Set(
  Object.keys(MONTHS).filter((m) => m.length > 4 || m === 'June' || m === 'July' || m === 'May'),
);

export function isCalendarWord(word: string): boolean {
  return FULL_MONTHS.has(word) || WEEKDAYS[word] !== undefined;
}

/** "I" as the subject of a verb: " am", " was", " think", "’m" (not a ruler's numeral, "Peter I"). */
const PRONOUN_I_VERB =
  /^(?:['’](?:m|ve|d|ll)\b| (?:am|was|have|had|do|did|don['’]t|didn['’]t|think|thought|know|knew|believe|said|told|will|would|can|could|cannot|must|should|may|might|went|saw|met|wrote|asked|hope|want|see|feel|felt|never|also|still)\b)/;

/** A name a regnal or ordinal numeral follows: "Peter I", "Nicholas I", "World War I", "Shah Deniz I". */
const REGNAL_BEFORE =
  /\b(?:Peter|Paul|Nicholas|Alexander|Catherine|Elizabeth|Ivan|Vasily|Tamar|David|George|Erekle|Napoleon|Wilhelm|Franz Joseph|Pope \p{Lu}\p{Ll}+|(?:King|Tsar|Emperor|Empress|Queen|Shah) \p{Lu}\p{Ll}+|War|Deniz|Phase|Stage|Unit|Block|Line)\s$/u;

/** The capitalised words of a sentence, skipping the character ranges in `skip` (citations). */
export function tokenize(sentence: Sentence, skip: readonly Span[]): Token[] {
  const tokens: Token[] = [];
  for (const m of sentence.text.matchAll(TOKEN)) {
    const start = sentence.start + m.index;
    const end = start + m[0].length;
    if (skip.some((s) => start < s.end && s.start < end)) continue;
    const parties = m[0].replace(/['’]s?$/, '').split('-');
    if (parties.length > 1 && parties.every((p) => PARTY_NAMES.has(p))) {
      let at = start;
      for (const party of parties) {
        tokens.push({ start: at, end: at + party.length, text: party, possessive: false });
        at += party.length + 1;
      }
      continue;
    }
    // ("the Toronto-listed Arden Peak Gold Corporation": where a firm's shares trade is no name the
    // article is about, and no word of the firm's.)
    if (/-listed$/.test(m[0])) continue;
    // ("So in Moscow I am an American": the pronoun after a name is no word of it.)
    if (
      m[0] === 'I' &&
      PRONOUN_I_VERB.test(sentence.text.slice(m.index + 1, m.index + 12)) &&
      // (A numeral after a ruler's or a war's name is the name's: "Peter I was", "World War I had".)
      !REGNAL_BEFORE.test(sentence.text.slice(Math.max(0, m.index - 24), m.index))
    )
      continue;
    const possessive = /['’]s?$/.test(m[0]);
    // ("the Solvetsk-based Center", "a Cyprus-registered company": the place a body is based or
    // registered in is a name of its own.)
    // (Not a people's adjective: "the Swiss-registered trader" names no state.)
    const bare = m[0].replace(/['’]s?$/, '');
    const seat = bare.replace(/-(?:based|registered|headquartered)$/, '');
    const word = bare.endsWith('-based') || !ADJECTIVES.has(seat) ? seat : bare;
    tokens.push({ start, end: start + word.length, text: word, possessive });
  }
  return tokens;
}
