// A service named again by its bare name, as a clause's subject: "customs released twelve cars",
// "Veskarian customs officers at the junction uncoupled …", "coast guard cutters turned back a
// freighter" are the customs body or coast guard the article named in full before. Read by
// references.ts, as its other ways of naming a body again.
import { IRREGULAR_PAST_ACTS } from '../language/lexicon.js';
import type { ActorTable, Mention } from './actors.js';

/**
 * A service acting under its bare name, or its people acting: "customs released twelve cars",
 * "customs officers at the junction uncoupled …", "coast guard cutters turned back a freighter". The
 * service named in full before ("the Customs Department", "the Dravanian Coast Guard") acts.
 */
export const SERVICE_ACTS = new RegExp(
  `(?<!\\b(?:[Tt]he|its|[Tt]his|a) )\\b([Cc]ustoms|[Cc]oast [Gg]uard)(?= (?:(?:officers|officials|inspectors|agents|cutters|boats|ships|vessels|patrols) )?(?:(?:at|in|on) [^,;.]{1,40}? )?(?:(?:had|have|has|then|also) )?(?:\\p{Ll}{3,}ed|${IRREGULAR_PAST_ACTS})\\b)`,
  'gu',
);

/** What may stand before a service acting under its bare name: a clause's start, perhaps a people's adjective. */
const SERVICE_SUBJECT_BEFORE = /(?:^|[,;:]\s|\b(?:and|but|then)\s)(?:(\p{Lu}\p{L}+)\s)?$/u;

/**
 * The body a bare service at `at` ("customs", after `before` in its sentence) names: the one of its
 * kind named last before, when "customs" is a clause's subject. Not "police arrested two customs
 * officers", not a "Customs Union", and not another country's service ("Morvanian customs" is no
 * Veskarian department).
 */
export function serviceActing(
  table: ActorTable,
  before: string,
  head: string,
  known: readonly Mention[],
  at: number,
): string | undefined {
  const m = SERVICE_SUBJECT_BEFORE.exec(before);
  if (!m) return undefined;
  const people = m[1] && table.demonyms.has(m[1]) ? m[1] : undefined;
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
  return known.filter((k) => k.end <= at && k.actors.length === 1 && fits(k.actors[0] ?? '')).at(-1)
    ?.actors[0];
}
