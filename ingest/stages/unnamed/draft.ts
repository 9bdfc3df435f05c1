// Drafting an unnamed speaker as an actor (named after whom it speaks for, the article's phrase an
// alias, a review flag) when its phrase speaks, and the look-ups the passes share.
import type { ActorTable, ArticleActor } from '../actors.js';
import type { Sentence } from '../segment.js';
import { attributedBefore, describedPhrase, speaksAfter } from './speaks.js';
import { SINGLE } from './words.js';

/** What every pass reads: the article's text, its sentences, and the actor table it drafts into. */
export interface UnnamedScan {
  text: string;
  sentences: readonly Sentence[];
  table: ActorTable;
}

/**
 * Draft the phrase from `start` to `end` as the unnamed speaker `name`, if it speaks; count the
 * mention. The actor drafted (or found), if any.
 */
export function draftUnnamed(
  scan: UnnamedScan,
  s: Sentence,
  start: number,
  end: number,
  name: string,
  kind: 'person' | 'organization',
  description: string,
  /** The phrase is known to speak (its words follow with "he said"), whatever verb comes after it. */
  speaks = false,
): ArticleActor | undefined {
  const { text, table } = scan;
  const according = attributedBefore(text, start);
  if (!speaks && !speaksAfter(text, end) && !according) return undefined;
  // "His spokesman, Anvar Kurbanov, said": the name in apposition speaks; no one is unnamed.
  if (/^, \p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,3},/u.test(text.slice(end, end + 60))) return undefined;
  // "According to Gazprom spokesman Sergei Kupriyanov": the phrase is the title of the person it names.
  if (
    table.mentions.some(
      (x) =>
        x.start === end + 1 &&
        x.actors.length === 1 &&
        table.actors.get(x.actors[0] ?? '')?.kind === 'person',
    )
  )
    return undefined;
  const printed = text.slice(start, end);
  const key = `unnamed:${name.toLowerCase()}`;
  let actor: ArticleActor | undefined = table.actors.get(key);
  if (!actor) {
    actor = {
      key,
      kind,
      name,
      forms: new Map(),
      description,
      evidenceSentence: s.index,
      aliases: new Set(),
      kindCue: 'strong',
      inferred: `unnamed speaker, drafted as "${name}" from the article's words "${printed}": keep, rename or merge`,
    };
    table.actors.set(key, actor);
  }
  actor.forms.set(printed, (actor.forms.get(printed) ?? 0) + 1);
  if (printed !== name) actor.aliases.add(printed);
  // "the parliament's press service" is "parliament's press service" too, as a reviewer would write it.
  const bare = printed.replace(/^[Tt]he /, '');
  if (bare !== printed && bare !== name) actor.aliases.add(bare);
  // "Two Latvian officials who were at the talks": the article's whole description is an alias.
  const described = describedPhrase(text, start, end, according);
  if (described !== printed) actor.aliases.add(described);
  table.mentions.push({ start, end, text: printed, sentence: s.index, actors: [key], via: 'group' });
  return actor;
}

const SINGLE_SPEAKER = new RegExp(`^(?:${SINGLE})$`);

/** A singular speaker for someone ("spokesman", "aide") is a person; any other noun, a group. */
export function kindOf(noun: string): 'person' | 'organization' {
  return SINGLE_SPEAKER.test(noun) ? 'person' : 'organization';
}

/** The name of the actor under `key`, if there is one. */
export function nameOf(table: ActorTable, key: string): string | undefined {
  return table.actors.get(key)?.name;
}

/** "Serhiy Bondarchuk's aides" are "Bondarchuk's aides" too: a person is known by the surname. */
export function bySurname(table: ActorTable, principal: string, noun: string): void {
  const a = table.actors.get(principal);
  const surname = a?.name.split(' ').at(-1);
  if (a?.kind !== 'person' || !surname || surname === a.name) return;
  table.actors.get(`unnamed:${a.name.toLowerCase()}'s ${noun}`)?.aliases.add(`${surname}'s ${noun}`);
}
