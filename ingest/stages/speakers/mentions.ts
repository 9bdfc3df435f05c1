// What speaker resolution returns, and the mentions it looks among: those of people within a span,
// and the last one within a span that a test accepts.
import type { ActorKind } from '../../../src/dataset/schema.js';
import type { ActorTable, Mention } from '../actors.js';

export interface SpeakerResolution {
  readonly actor?: string;
  /** How the speaker was found, for the review report when it was not by name. */
  readonly how: 'name' | 'surname' | 'pronoun' | 'role' | 'author' | 'none';
  readonly doubt?: string;
}

export function personMentions(table: ActorTable, from: number, to: number): Mention[] {
  return table.mentions.filter(
    (m) => m.start >= from && m.end <= to && m.actors.every((a) => table.actors.get(a)?.kind === 'person'),
  );
}

/**
 * The last mention within [from, to] that `accept` takes; `kind` is its actor's kind when the mention
 * names one actor (undefined when a shared surname leaves it open).
 */
export function lastMention(
  table: ActorTable,
  from: number,
  to: number,
  accept: (m: Mention, kind: ActorKind | undefined) => boolean,
): Mention | undefined {
  return table.mentions
    .filter((m) => {
      const kind = m.actors.length === 1 ? table.actors.get(m.actors[0] ?? '')?.kind : undefined;
      return m.start >= from && m.end <= to && accept(m, kind);
    })
    .at(-1);
}
