// The name's own shape (a surname's ending, an abbreviation) and what is printed before it: a
// country's possessive or demonym, a title, "the late", a group it leads, a plural of people it glosses.
import { PLAIN_FULL_NAME, PLURAL_TITLES, TITLE_WORDS } from '../../../language/lexicon.js';
import { isCommonGivenName } from '../../../language/gender.js';
import { GAZETTEER } from '../../gazetteer.js';
import { vote, type Accumulated } from '../tally.js';
import type { Around, CueSite } from './site.js';
import { ABBREVIATION } from './words-before.js';

export const SURNAME =
  /(?:ov|ova|ev|eva|yev|yeva|iev|in|ina|enko|chuk|yan|dze|shvili|uly|kyzy|ali|bekov|bayev|oglu|ski|sky|skiy|ska|skaya|vich|ovic|ovich|ич|ов|ев)$/;
/**
 * Baltic names, whose endings English reads as plurals: a Latvian or Lithuanian surname ("Berzins",
 * "Kalniņš", "Brazauskas", "Adamkus", "Paksas", "Landsbergis", "Kirkilas", "Grybauskaitė", "Vike-Freiberga"
 * is read by its given name), or a given name and a surname both ending in "s" ("Aivars Lembergs").
 */
const BALTIC_SURNAME =
  /(?:i[nņ][sš]|ņš|auskas|iskas|kus|ūnas|unas|enas|ius|aitis|ulis|ys|ienė|iene|aitė|aite|ytė|yte)$/u;
const BALTIC_NAME = /^\p{Lu}\p{Ll}+[^s\P{Ll}]s(?: \p{Lu}\p{Ll}+)? \p{Lu}[\p{Ll}ā-ž]+[^s\P{Ll}]s$/u;

/** "Deputy Foreign Ministers A of X and ": the second holder of a plural title. */
const PLURAL_TITLE_SECOND = new RegExp(
  `\\b(?:${[...PLURAL_TITLES].join('|')}) \\p{Lu}[\\p{L}-]+(?: \\p{Lu}[\\p{L}-]+){1,2}(?: of (?:the )?\\p{Lu}[\\p{L}-]+)? and $`,
  'u',
);
/** "Deputy Chairman of the State Security Committee (SSC) ": a title whose body's abbreviation comes before the name. */
const TITLE_OF_ABBREVIATED = new RegExp(
  `((?:\\p{Lu}[\\p{L}-]*\\s)*(?:${[...TITLE_WORDS].join('|')})\\s+(?:of|for)\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}-]*\\s)+\\(\\p{Lu}{2,6}\\))\\s$`,
  'u',
);

/** A group led by the name that follows: "a consortium led by ", "a joint venture headed by ". */
const LED_BY =
  /\b(an? (?:[\p{Ll}-]+ ){0,2}(?:consortium|coalition|alliance|joint venture|venture) (?:led|headed|run) by)\s$/u;

/** A plural of people glossed by the names after it: "the detained men, ", "two activists, A and ". */
const PEOPLE_BEFORE =
  /\b(?:men|women|people|activists|journalists|reporters|detainees|suspects|brothers|sisters|sons|daughters|students|defendants|lawyers|deputies)(?:,\s| \(|,\s\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+ and\s)$/u;

/** A surname's ending or an abbreviation, and an owner, title or group printed before the name. */
export function voteFromShapeAndTitles(site: CueSite, a: Accumulated, { before }: Around): void {
  const { text, sentence, candidate: c, name, start, firstWord, demonyms, articleCountries } = site;
  const phrase = c.phrase;
  // ("The Kapitan Orlov went home": no person's name takes "the".)
  if (
    SURNAME.test(name.split(' ').at(-1) ?? '') &&
    !/^\p{Lu}{2,}$/u.test(name) &&
    !/\b[Tt]he\s$/.test(before)
  )
    vote(a, 'person', 'weak');
  if (
    PLAIN_FULL_NAME.test(name) &&
    name.includes(' ') &&
    (BALTIC_SURNAME.test(name.split(' ').at(-1) ?? '') || BALTIC_NAME.test(name)) &&
    !/\b[Tt]he\s$/.test(before)
  )
    vote(a, 'person', 'weak');
  // ("Gennady Prokosh": a common given name, then a word, is a person's name, whatever the surname.)
  // ("George W. Bush": a middle initial is read past.)
  const withoutInitial = name.replace(/ \p{Lu}\. /u, ' ');
  if (PLAIN_FULL_NAME.test(withoutInitial) && isCommonGivenName(firstWord) && !/\b[Tt]he\s$/.test(before))
    vote(a, 'person', 'weak');
  if (ABBREVIATION.test(name)) vote(a, 'organization', 'weak');
  // "the Belarusian KGB": a country's body known by its abbreviation.
  if (demonyms.has(firstWord) && /^\p{Lu}[\p{L}-]+ \p{Lu}[\p{Lu}\p{N}&]{1,6}$/u.test(name))
    vote(a, 'organization', 'strong');
  // "Drustania’s Petar Lukač": two or three plain words after a country's possessive are its official.
  const owner = /(\p{Lu}[\p{L}-]+)[’']s\s$/u.exec(before)?.[1];
  if (
    owner &&
    c.kind === undefined &&
    PLAIN_FULL_NAME.test(name) &&
    (GAZETTEER.get(owner)?.kind === 'country' || articleCountries.has(owner))
  )
    vote(a, 'person', 'strong');
  if (
    c.kind === undefined &&
    PLAIN_FULL_NAME.test(name) &&
    PLURAL_TITLE_SECOND.test(text.slice(Math.max(sentence.start, start - 90), start))
  )
    vote(a, 'person', 'strong');
  if (/\b(?:President|Prime Minister|Governor|Minister)\s$/.test(before) && !name.includes(' '))
    vote(a, 'person', 'strong');
  // "with a consortium led by Skarv Offshore": the leader stands for the group it leads, which "the
  // consortium" then names again (references.ts reads the description).
  const ledBy = LED_BY.exec(before);
  if (ledBy?.[1] && c.kind !== 'person' && !a.description) {
    a.description = `${ledBy[1]} ${name}`;
    a.descriptionSentence = phrase.sentence;
  }
  // "Two of the detained men, Rauf Qasımlı and Tural Həsənzadə, had taken part": full names that
  // gloss a plural of people are persons.
  if (c.kind === undefined && PLAIN_FULL_NAME.test(name) && PEOPLE_BEFORE.test(before))
    vote(a, 'person', 'strong');
  // "succeeded the late Ivan Dorn": only a person is late.
  if (/\bthe late\s$/.test(before)) vote(a, 'person', 'strong');
  // "Deputy Chairman of the State Security Committee (SSC) Ivan Dorn": the title holder.
  const titled = TITLE_OF_ABBREVIATED.exec(text.slice(Math.max(sentence.start, start - 120), start));
  if (titled?.[1] && c.kind === undefined && PLAIN_FULL_NAME.test(name)) {
    vote(a, 'person', 'strong');
    if (!a.description) {
      a.description = titled[1];
      a.descriptionSentence = phrase.sentence;
    }
  }
}
