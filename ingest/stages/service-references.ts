// A service named again by its bare name, as a clause's subject: "customs released twelve cars",
// "Veskarian customs officers at the junction uncoupled …", "coast guard cutters turned back a
// freighter" are the customs body or coast guard the article named in full before. Read by
// references.ts, as its other ways of naming a body again.
import { IRREGULAR_PAST_ACTS } from '../language/lexicon.js';
import type { ActorTable, Mention } from './actors.js';
import { referenceMention } from './actors/types.js';
import type { Sentence } from './segment.js';
import type { Citation } from './sources.js';

/**
 * A service acting under its bare name, or its people acting: "customs released twelve cars",
 * "customs officers at the junction uncoupled …", "coast guard cutters turned back a freighter". The
 * service named in full before ("the Customs Department", "the Dravanian Coast Guard") acts.
 */
const SERVICE_ACTS = new RegExp(
  `(?<!\\b(?:[Tt]he|its|[Tt]his|a) )\\b([Cc]ustoms|[Cc]oast [Gg]uard)(?= (?:(?:officers|officials|inspectors|agents|cutters|boats|ships|vessels|patrols) )?(?:(?:at|in|on) [^,;.]{1,40}? )?(?:(?:had|have|has|then|also) )?(?:\\p{Ll}{3,}ed|${IRREGULAR_PAST_ACTS})\\b)`,
  'gu',
);

/** What may stand before a service acting under its bare name: a clause's start, perhaps a people's adjective. */
const SERVICE_SUBJECT_BEFORE = /(?:^|[,;:]\s|\b(?:and|but|then)\s)(?:(\p{Lu}\p{L}+)\s)?$/u;

/**
 * Mentions of the body a bare service names ("customs", "coast guard"): the one of its kind named
 * last before, when the service is a clause's subject. Not "police arrested two customs officers",
 * not a "Customs Union", and not another country's service ("Morvanian customs" is no Veskarian
 * department); never inside a citation or a name.
 */
export function serviceMentions(
  text: string,
  sentences: readonly Sentence[],
  table: ActorTable,
  known: readonly Mention[],
  citations: readonly Citation[],
): Mention[] {
  const out: Mention[] = [];
  for (const s of sentences)
    for (const m of s.text.matchAll(SERVICE_ACTS)) {
      const head = (m[1] ?? '').toLowerCase();
      const start = s.start + m.index;
      const end = start + head.length;
      if (citations.some((c) => start < c.spanEnd && c.spanStart < end)) continue;
      if (known.some((k) => k.start <= start && end <= k.end)) continue; // inside a name
      const subject = SERVICE_SUBJECT_BEFORE.exec(s.text.slice(0, m.index));
      if (!subject) continue;
      const people = subject[1] && table.demonyms.has(subject[1]) ? subject[1] : undefined;
      const fits = (key: string) => {
        const a = table.actors.get(key);
        const words = a?.name.split(/\s+/) ?? [];
        return (
          !!a &&
          a.kind === 'organization' &&
          a.name.toLowerCase().includes(head) &&
          !words.includes('Union') &&
          (!people || words.every((w) => !table.demonyms.has(w) || w === people))
        );
      };
      const actor = known
        .filter((k) => k.end <= start && k.actors.length === 1 && fits(k.actors[0] ?? ''))
        .at(-1)?.actors[0];
      if (actor) out.push(referenceMention(text, start, end, s.index, actor));
    }
  return out;
}
