// "the government" with no owner printed ("the government agreed to pay the miners", not "the
// government in Kyiv" nor "Russia's government") is the government of the country the article is
// about: the country it names most often. Each becomes a mention of that country.
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

/** A mention of the home country for each "the government" that has no other owner printed. */
export function homeGovernmentMentions(sentences: readonly Sentence[], table: ActorTable): Mention[] {
  const home = homeCountry(table);
  if (!home) return [];
  const out: Mention[] = [];
  for (const s of sentences)
    for (const m of s.text.matchAll(BARE_GOVERNMENT)) {
      const start = s.start + m.index;
      const end = start + m[0].length;
      if (table.mentions.some((k) => k.start < end && start < k.end)) continue;
      out.push({ start, end, text: m[0], sentence: s.index, actors: [home], via: 'reference' });
    }
  return out;
}
