// Countries an article names only by their adjective: "the Kestrian province", "Valdorian
// auspices", "the Kestrians" (-ian), "a Mezharan conscript" (-an, when the name is spelled inside
// another), "a Dashtani patrol boat" (-i). The guess is flagged for review.
import {
  GENERIC_PLACE_NOUNS,
  IRREGULAR_PAST_ACTS,
  ORG_HEADS,
  SPEECH_VERBS,
  TITLE_WORDS,
} from '../language/lexicon.js';
import { GAZETTEER, NOT_COUNTRY_ADJECTIVES } from './gazetteer.js';
import type { NamePhrase } from './names.js';

const AFTER_A_GIVEN_NAME = new RegExp(`^ (?:${SPEECH_VERBS}|who|was|is|has|had|and|or)\\b`);

/**
 * An adjective opening `p` that modifies what follows it: a lone word before a lower-case noun ("a
 * Mezharan conscript"), or a body's or a title's word after it ("the Valdorian State Assembly").
 */
function modifiesNoun(text: string, p: NamePhrase): boolean {
  const first = p.tokens[0];
  if (!first) return false;
  const after = text.slice(first.end, first.end + 30);
  return (
    (p.tokens.length === 1 && /^ \p{Ll}/u.test(after) && !AFTER_A_GIVEN_NAME.test(after)) ||
    p.tokens.slice(1).some((t) => ORG_HEADS.has(t.text) || TITLE_WORDS.has(t.text))
  );
}

/**
 * "the Kestrian province", "Valdorian auspices", "the Kestrians": a country the article names only by its "-ian"
 * adjective (or its "-an" one, when the text spells the name inside another, or its "-i" one), used
 * before a lower-case noun or an organisation's name. Its name is guessed by dropping the "n"
 * (Georgian -> Georgia), and the guess is flagged for review.
 */
export function countriesOnlyByAdjective(
  text: string,
  phrases: readonly NamePhrase[],
  demonyms: ReadonlyMap<string, string>,
): { adjective: string; country: string; sentence: number }[] {
  // Printed on its own: "Kestria" inside "Kestria Today TV" names the outlet, and the country
  // still comes from its adjective.
  const printed = new Set(phrases.filter((p) => p.tokens.length === 1).map((p) => p.tokens[0]?.text));
  // ("Robert Kocharian", "Lech Kaczynski": a word that closes a person's full name is a surname, no
  // adjective, though "the Kocharian administration" uses it as one.)
  const surnames = new Set(
    phrases
      .filter((p) => p.tokens.length >= 2 && /^\p{Lu}\p{Ll}+$/u.test(p.tokens.at(-2)?.text ?? ''))
      .map((p) => p.tokens.at(-1)?.text),
  );
  const found = new Map<string, { adjective: string; country: string; sentence: number }>();
  for (const p of phrases) {
    const first = p.tokens[0];
    // "the Ishkarians have offered …": the people's plural names its country as the adjective does.
    const people = /^\p{Lu}\p{Ll}{3,}ians$/u.test(first?.text ?? '') && p.tokens.length === 1;
    const w = people ? (first?.text ?? '').slice(0, -1) : (first?.text ?? '');
    if (
      !first ||
      !/^\p{Lu}\p{Ll}{3,}ian$/u.test(w) ||
      demonyms.has(w) ||
      NOT_COUNTRY_ADJECTIVES.has(w) ||
      surnames.has(w)
    )
      continue;
    const country = w.slice(0, -1);
    if (printed.has(country) || GAZETTEER.has(w) || found.has(w)) continue;
    if (modifiesNoun(text, p) || people) found.set(w, { adjective: w, country, sentence: p.sentence });
  }
  // "a Mezharan conscript", with "Mezhara" printed only inside another name ("United Mezhara"): an
  // adjective in "-an" names the country the text spells as it less its "n".
  // (Each word is looked up once: a surname repeated through a long text costs one search. The name
  // must be spelled inside one that is no place's: "South Africa" makes no "Africa" of "African".)
  const spelled = new Map<string, boolean>();
  const spelledInside = (country: string) =>
    [...text.matchAll(new RegExp(`(\\p{Lu}[\\p{L}-]* )?(?<![\\p{L}-])${country}(?![\\p{L}-])`, 'gu'))].some(
      (x) => !GAZETTEER.has(`${x[1] ?? ''}${country}`),
    );
  for (const p of phrases) {
    const first = p.tokens[0];
    const w = first?.text ?? '';
    if (
      !first ||
      !/^\p{Lu}\p{Ll}{3,}[^i]an$/u.test(w) ||
      demonyms.has(w) ||
      GAZETTEER.has(w) ||
      found.has(w) ||
      surnames.has(w)
    )
      continue;
    const country = w.slice(0, -1);
    if (printed.has(country) || NOT_COUNTRY_ADJECTIVES.has(w) || GAZETTEER.has(country)) continue;
    if (!spelled.has(country)) spelled.set(country, spelledInside(country));
    if (!spelled.get(country)) continue;
    if (modifiesNoun(text, p)) found.set(w, { adjective: w, country, sentence: p.sentence });
  }
  for (const p of phrases) {
    const w = p.tokens[0]?.text ?? '';
    // ("the Tskhvaleti ceasefire line": a Georgian region's name in "-eti" is no adjective, nor is a
    // Romanian or Moldovan town's in "-eni": "the Drubeni video".)
    if (
      /^\p{Lu}\p{Ll}{3,}[^aeiouy]i$/u.test(w) &&
      !/e[tn]i$/.test(w) &&
      !demonyms.has(w) &&
      !GAZETTEER.has(w) &&
      !found.has(w) &&
      !surnames.has(w)
    ) {
      const country = w.slice(0, -1);
      if (!printed.has(country) && onlyAnAdjective(text, phrases, w))
        found.set(w, { adjective: w, country, sentence: p.sentence });
    }
  }
  return [...found.values()];
}

/**
 * "a Dashtani patrol boat", "the Dashtani navy": a word in "-i" (Azerbaijani, Pakistani) names a
 * country only when every mention of it is a lone word before a noun, never the place a thing is
 * in ("in Khobeti on May 2", "Khobeti Sea Port"), save when it pairs with another adjective ("in
 * Dashtani and Arvanian reports").
 */
function onlyAnAdjective(text: string, phrases: readonly NamePhrase[], w: string): boolean {
  const uses = phrases.filter((p) => p.tokens.some((t) => t.text === w));
  return uses.every((p) => {
    const after = text.slice(p.end, p.end + 30);
    const paired = /^ (?:and|or) \p{Lu}\p{Ll}+(?:ian|i) \p{Ll}/u.test(after);
    // ("Gasimli in Russian-language reports": a word before a preposition modifies no noun.)
    // ("Saakashvili arrived …": a verb after the word makes it a subject, a surname, not an adjective.)
    const beforeNoun =
      /^ \p{Ll}/u.test(after) &&
      !/^ (?:in|on|at|of|for|to|from|by|with|as)\b/.test(after) &&
      !/^ (?:\p{Ll}+ed|said|says|met|told|tells|went|came|flew|spoke|wrote|left|won|lost|has|had|is|was|will|would|can|could)\b/u.test(
        after,
      );
    // ("In Khobeti everybody …": a sentence's capitalised preposition places it too.)
    const placed = /\b(?:in|at|to|from|near|off|of|outside|via|between)\s$/i.test(
      text.slice(Math.max(0, p.start - 8), p.start),
    );
    // ("Khobeti survived the war", "… that bottles Khobeti laid off …": a verb follows, not a noun.)
    const verbAfter = new RegExp(
      `^ (?:\\p{Ll}+ed|${IRREGULAR_PAST_ACTS}|laid) (?:the|a|an|its|off|out|up|down)\\b`,
      'u',
    ).test(after);
    // ("the Khobeti thermal power plant": a place's name before a works that a compound names.)
    const beforeSite = (/^((?: \p{Ll}+){1,3})/u.exec(after)?.[1] ?? '')
      .trim()
      .split(' ')
      .slice(1)
      .some((w) => /^(?:plant|refinery|terminal|factory|mill|mine|dam|airport|station)$/.test(w));
    return (
      p.tokens.length === 1 &&
      !p.possessive &&
      beforeNoun &&
      // ("the Tskhi bridge", "the Tskhi valley": a place's name before its kind of place.)
      // ("the Farkhor and Hamadoni districts": so is a plural of regions.)
      !GENERIC_PLACE_NOUNS.test(
        /^ (\p{Ll}+)/u.exec(after)?.[1]?.replace(/(?<=region|district|province|oblast)s$/, '') ?? '',
      ) &&
      !AFTER_A_GIVEN_NAME.test(after.replace(/^ (?:and|or) .*/, '')) &&
      !verbAfter &&
      !beforeSite &&
      (!placed || paired)
    );
  });
}
