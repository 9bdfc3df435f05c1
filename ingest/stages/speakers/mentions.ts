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

/**
 * "The Office for Free Elections (OFE) of the Concord of Eastern Democracies (CED) said …": the body
 * named right before "of" another, whose unit it is, speaks; the mention of that unit, if `m` is the
 * body it belongs to.
 */
export function unitBefore(table: ActorTable, text: string, mention: Mention): Mention | undefined {
  // ("… of the Concord of Eastern Democracies (CED) said": the abbreviation restates the name before it.)
  const restated = table.mentions.find(
    (y) => y.actors[0] === mention.actors[0] && text.slice(y.end, mention.start) === ' (',
  );
  const m = restated ?? mention;
  const isBody = (x: Mention) =>
    x.actors.length === 1 && table.actors.get(x.actors[0] ?? '')?.kind === 'organization';
  if (!isBody(m)) return undefined;
  return table.mentions.find(
    (x) =>
      x.end < m.start &&
      x.end >= m.start - 30 &&
      isBody(x) &&
      /^(?: \(\p{Lu}[\p{Lu}\p{N}&-]{1,7}\))? of (?:the )?$/u.test(text.slice(x.end, m.start)),
  );
}
