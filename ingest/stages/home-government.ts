// "the government" with no owner printed ("the government agreed to pay the miners", not "the
// government in Kyiv" nor "Russia's government") is the government of the country the article is
// about: the country whose government it last named acting, else the one it names most often. Each
// becomes a mention of that country.
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
 * A government named by its country's adjective as the subject of what it did: "On July 27, the
 * Lithuanian government approved …" (not "asked the Iraqi government to …", a party addressed).
 */
const NAMED_GOVERNMENT_ACTS =
  /(?<!\b(?:in|on|of|to|for|from|by|with|at|against|about|asked|urged|told|called on) )\b[Tt]he (\p{Lu}\p{L}+) (?:government|cabinet) (?:(?:has|had|have|also|then|quickly) )*\p{Ll}+(?:ed|s)\b/gu;

/**
 * A mention of a country for each "the government" that has no other owner printed: the country whose
 * government the article last named acting ("the Lithuanian government approved …" in an article
 * about Belarus's migrants), else the home country.
 */
export function homeGovernmentMentions(sentences: readonly Sentence[], table: ActorTable): Mention[] {
  const home = homeCountry(table);
  const out: Mention[] = [];
  let named: string | undefined;
  for (const s of sentences) {
    const found = [
      ...[...s.text.matchAll(NAMED_GOVERNMENT_ACTS)].flatMap((m) => {
        const country = table.demonyms.get(m[1] ?? '');
        return country ? [{ at: m.index, country }] : [];
      }),
      ...[...s.text.matchAll(BARE_GOVERNMENT)].map((m) => ({ at: m.index, bare: m[0] })),
    ].sort((a, b) => a.at - b.at);
    for (const f of found) {
      if ('country' in f) {
        named = f.country;
        continue;
      }
      const owner = named ?? home;
      const start = s.start + f.at;
      const end = start + f.bare.length;
      if (!owner || table.mentions.some((k) => k.start < end && start < k.end)) continue;
      out.push({ start, end, text: f.bare, sentence: s.index, actors: [owner], via: 'reference' });
    }
  }
  return out;
}
