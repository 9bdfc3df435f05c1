// "the government" with no owner printed ("the government agreed to pay the miners", not "the
// government in Kyiv" nor "Russia's government") is the government of the country the article is
// about: the country whose government it last named acting or by its state ("the government in
// Moscow"), else the one it names most often. Each becomes a mention of that country. (An election
// with no state printed is the home country's too: election-country.ts.)
import { IRREGULAR_PAST_ACTS } from '../language/lexicon.js';
import type { ActorTable, Mention } from './actors.js';
import type { Sentence } from './segment.js';

/**
 * "the government" (or "cabinet") standing alone: not "the government of X", "in X", "X's
 * government"; nor after a preposition ("a post in the government", "appealed to the government
 * to"), where it is a place or a party addressed, not a body acting.
 */
const BARE_GOVERNMENT =
  /(?<!['’]s |\b(?:in|on|of|to|for|from|by|with|at|within|inside|into|against|about) )\b[Tt]he (?:government|cabinet)\b(?! (?:of|in|at|from)\b)/gu;

/** The country the article names most often, when one leads (a tie names no home). */
export function homeCountry(table: ActorTable): string | undefined {
  const counts = new Map<string, number>();
  for (const m of table.mentions) {
    if (m.actors.length !== 1) continue;
    const actor = table.actors.get(m.actors[0] ?? '');
    const country = actor?.kind === 'country' ? actor.key : actor?.capitalOf;
    if (country) counts.set(country, (counts.get(country) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  return first && (!second || first[1] > second[1]) ? first[0] : undefined;
}

/**
 * A government named by its country's adjective opening its clause, as the subject of a past act:
 * "On July 27, the Lithuanian government approved …", "When the Kurelian government announced …", "…:
 * on February 18, the Dravonian government allocated …" (not "asked the Iraqi government to …",
 * "claimed that the Ukrainian government lacks …", nor "the Ukrainian government forces").
 */
const NAMED_GOVERNMENT_ACTS = new RegExp(
  `(?:^|[:;]\\s)(?:[^,;:“”"]{0,60},\\s){0,2}(?:(?:[Ww]hen|[Aa]fter|[Bb]efore|[Aa]s|[Oo]nce)\\s)?[Tt]he (\\p{Lu}\\p{L}+) (?:government|cabinet) (?:(?:has|had|also|then|again|still|nonetheless|eventually|finally|\\p{Ll}+ly) )*(?:\\p{Ll}{3,}ed|${IRREGULAR_PAST_ACTS})\\b`,
  'u',
);
/** A government named by its state or capital ("the government in Moscow", "Kazakhstan's government"). */
const OTHER_GOVERNMENT =
  /\b(?:government|cabinet) (?:in|of) (\p{Lu}[\p{L}-]+)|\b(\p{Lu}[\p{L}-]+)['’]s (?:government|cabinet)\b/gu;

/** Every printed form of each country in the article: its names, its capital's, its adjectives. */
export function countryWords(table: ActorTable): Map<string, string> {
  const words = new Map<string, string>();
  const isCountry = (key: string) => table.actors.get(key)?.kind === 'country';
  for (const [word, key] of table.demonyms) if (isCountry(key)) words.set(word, key);
  for (const a of table.actors.values()) {
    const country = a.kind === 'country' ? a.key : a.capitalOf;
    if (country && isCountry(country)) for (const form of a.forms.keys()) words.set(form, country);
  }
  return words;
}

/**
 * A mention of a country for each "the government" that has no other owner printed: the country whose
 * government the article last named acting ("the Lithuanian government approved …" in an article
 * about Belarus's migrants), else the home country.
 */
export function homeGovernmentMentions(sentences: readonly Sentence[], table: ActorTable): Mention[] {
  const home = homeCountry(table);
  const out: Mention[] = [];
  const countries = countryWords(table);
  let named: string | undefined;
  for (const s of sentences) {
    const acting = NAMED_GOVERNMENT_ACTS.exec(s.text);
    const other = [...s.text.matchAll(OTHER_GOVERNMENT)].at(-1);
    const country = countries.get(acting?.[1] ?? '') ?? countries.get(other?.[1] ?? other?.[2] ?? '');
    if (country) named = country;
    const owner = named ?? home;
    for (const m of s.text.matchAll(BARE_GOVERNMENT)) {
      const start = s.start + m.index;
      const end = start + m[0].length;
      if (!owner || table.mentions.some((k) => k.start < end && start < k.end)) continue;
      out.push({ start, end, text: m[0], sentence: s.index, actors: [owner], via: 'reference' });
    }
  }
  return out;
}
