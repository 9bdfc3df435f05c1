// Which adjectives stand for which countries in this article: pairs the article prints itself
// ("Kestria" and "Kestrian"), the gazetteer's, and countries the article names only by their
// adjective (tallied as actors, their name flagged as a guess). Later cues drop a leading demonym
// from a name and count "the Kestrian–Temirian" as two countries.
import { countriesOnlyByAdjective } from '../country-adjectives.js';
import { demonymForms, GAZETTEER } from '../gazetteer.js';
import type { NamePhrase } from '../names.js';
import { accumulate, type Tally } from './tally.js';

const FUNCTION_WORDS_LOWER = new Set(['this', 'that', 'there', 'then']);

/** Demonym -> country name ("Kestrian" -> "Kestria"), plural forms included. */
export function findDemonyms(
  text: string,
  phrases: readonly NamePhrase[],
  tally: Tally,
): Map<string, string> {
  // Article demonyms: a single-word name whose adjective form is also printed is a country.
  const singleWords = new Set(
    phrases.filter((p) => p.tokens.length === 1).map((p) => p.tokens[0]?.text ?? ''),
  );
  const allWords = new Set(phrases.flatMap((p) => p.tokens.map((t) => t.text.replace(/-\p{Ll}+$/u, ''))));
  const demonyms = new Map<string, string>();
  for (const w of singleWords) {
    if (w.length < 4 || FUNCTION_WORDS_LOWER.has(w.toLowerCase())) continue;
    for (const form of demonymForms(w)) {
      if (form !== w && (allWords.has(form) || allWords.has(`${form}s`))) {
        demonyms.set(form, w);
        demonyms.set(`${form}s`, w);
      }
    }
  }
  for (const [adj, info] of GAZETTEER) if (info.demonym) demonyms.set(adj, info.name);
  for (const { adjective, country, sentence } of countriesOnlyByAdjective(text, phrases, demonyms)) {
    // ("telling Vedomosti that …", then "(Vedomosti, May 3)": an outlet the article cites is no adjective.)
    if (tally.byName.get(adjective)?.votes.has('media')) continue;
    demonyms.set(adjective, country);
    demonyms.set(`${adjective}s`, country);
    accumulate(tally, country, sentence).inferred =
      `a country named only by its adjective "${adjective}": check the name "${country}"`;
  }
  return demonyms;
}
