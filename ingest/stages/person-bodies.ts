// A body named by the person who heads it: "Petrova's committee", "his commission", "her party".
// When the article has tied that person to one body of that kind ("Petrova, who chairs the Assembly's
// budget committee", "Chairman of the Budget Committee Ivan Moroz"), the phrase names that body
// again, and what it does is the body's act, not the person's.
import type { ActorTable, Mention } from './actors.js';
import { referenceMention } from './actors/types.js';
import type { Sentence } from './segment.js';
import { pronounAntecedent } from './speakers.js';

/**
 * Bodies a person heads. ("his office" and "his ministry" stay a person's, and so does the owner in
 * "her party's lawyers": the unnamed speakers' rules read them.)
 */
const HEADS = 'committee|commission|council|faction|party|union|movement|department|agency|company|board';
const PERSON_BODY = new RegExp(`\\b(?:([Hh]is|[Hh]er)|(?<=\\p{L})['’]s) (${HEADS})\\b(?!['’]s\\b)`, 'gu');
/** Words that make a person the head of a body printed beside the name. */
const HEADING =
  /\b(?:chairs?|chaired|chairman|chairwoman|chairperson|chair of|heads?|headed|head of|leads?|led|leader of|director of|runs|ran|president of)\b/i;

/** The one body of the kind `head` the article ties `person` to by a word of heading, if one. */
function bodyHeadedBy(text: string, table: ActorTable, person: string, head: string): string | undefined {
  const found = new Set<string>();
  const own = table.mentions.filter((m) => m.actors.length === 1 && m.actors[0] === person);
  const headWord = new RegExp(`(?:^|\\s)${head}(?:$|\\s)`, 'i');
  for (const p of own)
    for (const o of table.mentions) {
      const key = o.actors[0] ?? '';
      const body = table.actors.get(key);
      if (o.sentence !== p.sentence || o.actors.length !== 1 || body?.kind !== 'organization') continue;
      if (!headWord.test(body.name.replace(/ (?:of|on) .*$/u, ''))) continue;
      // (Near each other, the heading word between them or just before the first: "Chairman of the X Committee Y".)
      const from = Math.min(p.start, o.start);
      const to = Math.max(p.end, o.end);
      if (to - from > 120) continue;
      if (HEADING.test(text.slice(Math.max(0, from - 40), to).replace(/[.;]\s.*$/su, ''))) found.add(key);
    }
  return found.size === 1 ? [...found][0] : undefined;
}

/** A mention for each "X's committee", "his commission" whose person heads one such body. */
export function personBodyMentions(
  text: string,
  sentences: readonly Sentence[],
  table: ActorTable,
): Mention[] {
  const out: Mention[] = [];
  for (const s of sentences)
    for (const m of s.text.matchAll(PERSON_BODY)) {
      const at = s.start + m.index;
      const head = m[2] ?? '';
      const person = m[1]
        ? pronounAntecedent(table, sentences, at, s.index).actor
        : table.mentions.find(
            (k) =>
              k.end === at && k.actors.length === 1 && table.actors.get(k.actors[0] ?? '')?.kind === 'person',
          )?.actors[0];
      const body = person ? bodyHeadedBy(text, table, person, head) : undefined;
      if (!body) continue;
      const start = m[1] ? at : at + m[0].indexOf(' ') + 1;
      const end = s.start + m.index + m[0].length;
      out.push(referenceMention(text, start, end, s.index, body));
    }
  return out;
}
