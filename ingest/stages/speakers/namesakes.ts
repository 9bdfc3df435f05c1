// Namesakes: which of the people sharing a surname speaks, by a recent role noun or else by who was
// named last.
import type { ActorTable, Mention } from '../actors.js';
import type { Sentence } from '../segment.js';
import type { SpeakerResolution } from './mentions.js';
import { ROLE_REFERENCE } from './words.js';

/**
 * "X, no relation to the minister, …", "X, who is not related to the president, …": the role noun
 * sets a namesake apart, it points away from him.
 */
const SET_APART =
  /\b(?:no relation (?:of|to)|not to be confused with|unrelated to|(?:is|was) not related to|no relative of)\s$/i;

/** "X Y (no relation)", "X Y, no relation to the minister,": a namesake set apart right after the name. */
const NO_RELATION_AFTER = /^\s*(?:\(|,\s)(?:no relation|not related|unrelated)\b/;

/**
 * "Dumitru Ardelu (no relation to the minister) had opened a case. … Ardelu told DorInfo": the namesake
 * set apart when introduced is meant by the bare surname only in the paragraph of his last mention
 * (`last`) and within four sentences of it; after that, the one other namesake is.
 */
export function notSetApart(
  table: ActorTable,
  text: string,
  candidates: readonly string[],
  sentences: readonly Sentence[],
  last: Mention | undefined,
  sentence: number,
): string | undefined {
  const setApart = (key: string) =>
    table.mentions.some(
      (m) =>
        m.actors.length === 1 &&
        m.actors[0] === key &&
        m.text.includes(' ') &&
        NO_RELATION_AFTER.test(text.slice(m.end, m.end + 20)),
    );
  const main = candidates.filter((c) => !setApart(c));
  const lastKey = last?.actors[0];
  if (!last || !lastKey || main.length !== 1 || main.includes(lastKey)) return undefined;
  const paragraph = (i: number) => sentences[i]?.paragraph;
  const away = paragraph(last.sentence) !== paragraph(sentence) || last.sentence < sentence - 4;
  return away ? main[0] : undefined;
}

/** Among namesakes, the one a recent role noun points to, else the one named most recently. */
export function disambiguate(
  table: ActorTable,
  text: string,
  sentences: readonly Sentence[],
  candidates: readonly string[],
  at: number,
  sentence: number,
): SpeakerResolution {
  const windowStart = sentences[Math.max(0, sentence - 2)]?.start ?? 0;
  // (Not a namesake set apart: "who is not related to the president" names the president only to part them.)
  const apart = (m: { start: number }) =>
    SET_APART.test(text.slice(Math.max(0, m.start - 30), m.start).replace(/the\s$/i, ''));
  const recent = table.mentions
    .filter(
      (m) => m.end <= at && m.actors.length === 1 && candidates.includes(m.actors[0] ?? '') && !apart(m),
    )
    .at(-1);
  // A role noun said before the last namesake was named by his full name is stale: "the minister
  // said …. Its chairman, Ivan Omarov, said …. Omarov added …" means the chairman.
  const from = Math.max(windowStart, recent?.end ?? 0);
  const window = text.slice(from, at);
  for (const m of [...window.matchAll(ROLE_REFERENCE)].reverse()) {
    if (SET_APART.test(window.slice(0, m.index))) continue;
    const noun = (m[2] ?? '').toLowerCase();
    const hit = candidates.filter((c) => table.actors.get(c)?.description?.toLowerCase().includes(noun));
    if (hit.length === 1 && hit[0]) return { actor: hit[0], how: 'role' };
  }
  const main = notSetApart(table, text, candidates, sentences, recent, sentence);
  if (main)
    return {
      actor: main,
      how: 'surname',
      doubt: `shared surname resolved to the one not set apart by "no relation" (${table.actors.get(main)?.name})`,
    };
  if (recent?.actors[0]) {
    const name = table.actors.get(recent.actors[0])?.name;
    return {
      actor: recent.actors[0],
      how: 'surname',
      doubt: `shared surname resolved to the one named last (${name})`,
    };
  }
  return { how: 'none', doubt: 'a surname several people share' };
}
