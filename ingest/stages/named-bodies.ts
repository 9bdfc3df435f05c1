// Bodies named after their kind: "the farmers' movement Dalbyr", "her agency, Selvan-Tour", "the
// opposition movement Kuch Birlikte". A lower-case noun of a body right before a capitalised name says
// whose kind the name is, where no other rule made the name an actor.
import { ROLE_NOUNS } from '../language/lexicon.js';
import { actorKey, escapeRegExp } from '../language/words.js';
import type { ActorTable } from './actors.js';
import type { Sentence } from './segment.js';

/** Nouns that say the name after them is a body's: "the movement Dalbyr", "her agency, Selvan-Tour". */
export const BODY_NOUN =
  'firm|company|movement|party|union|association|organi[sz]ation|group|bloc|coalition|agency|foundation|fund|cooperative|league|alliance|network|society|club';
const NAME = String.raw`\p{Lu}[\p{L}’'-]*(?: \p{Lu}[\p{L}’'-]*){0,3}`;
const NAMED_BODY = new RegExp(
  String.raw`\b(?:[Tt]he|[Hh]is|[Hh]er|[Aa]n?) (?:[\p{Ll}’'-]+ ){0,2}(?:${BODY_NOUN})(?:, | )(${NAME})(?![\p{L}’'-])`,
  'gu',
);

/** A role of something, right before it: "the chairwoman of ", "a spokesman for ". */
const ROLE_OF = new RegExp(`\\b(?:${ROLE_NOUNS})\\s(?:of|for|at)\\s$`, 'i');

/**
 * Drafts as an organisation each name the article gives a body by its kind ("the farmers' movement
 * Dalbyr", "the opposition movement Kuch Birlikte") that no other rule made an actor, with every
 * mention of the name.
 */
export function addNamedBodies(sentences: readonly Sentence[], table: ActorTable): void {
  for (const s of sentences)
    for (const m of s.text.matchAll(NAMED_BODY)) {
      const name = m[1] ?? '';
      const key = actorKey(name);
      const at = s.start + m.index + m[0].length - name.length;
      // ("the chairwoman of the herders’ union, Baatar Oyuntsetseg": a name after the comma is the
      // role's holder, not the body the role is of.)
      if (m[0].includes(', ') && ROLE_OF.test(s.text.slice(Math.max(0, m.index - 60), m.index))) continue;
      // (A name another rule read, as a body or as anything else, keeps that reading.)
      if (
        !key ||
        table.actors.has(key) ||
        table.mentions.some((k) => k.start < at + name.length && at < k.end)
      )
        continue;
      const forms = new Map<string, number>();
      table.actors.set(key, {
        key,
        kind: 'organization',
        name,
        forms,
        evidenceSentence: s.index,
        aliases: new Set(),
        kindCue: 'strong',
      });
      const printed = new RegExp(`(?<![\\p{L}’'-])${escapeRegExp(name)}(?![\\p{L}’'-])`, 'gu');
      for (const t of sentences)
        for (const p of t.text.matchAll(printed)) {
          const start = t.start + p.index;
          if (table.mentions.some((k) => k.start < start + name.length && start < k.end)) continue;
          forms.set(name, (forms.get(name) ?? 0) + 1);
          table.mentions.push({
            start,
            end: start + name.length,
            text: name,
            sentence: t.index,
            actors: [key],
            via: 'name',
          });
        }
    }
  table.mentions.sort((a, b) => a.start - b.start);
}
