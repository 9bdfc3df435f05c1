// The votes gathered for every name the article prints, before any kind is decided: each cue
// (classify.ts, context-cues.ts, gather.ts) adds a vote for a kind, strong cues ten times a weak one.
// Names are kept in the order first read: ties between kinds and the merge follow that order.
import type { ActorKind } from '../../../src/dataset/schema.js';
import type { Gender } from '../../language/gender.js';

export interface Accumulated {
  forms: Map<string, number>;
  votes: Map<ActorKind, number>;
  strong: Set<ActorKind>;
  description?: string;
  descriptionSentence?: number;
  firstSentence: number;
  aliases: Set<string>;
  capitalOfDemonym?: string;
  /** "Sukhumi, the capital of Abkhazia": the name of what the place is the capital of. */
  capitalOfName?: string;
  /** Why the name itself is a guess (never printed), for the review flags. */
  inferred?: string;
  /** "which spelled his name X": X is another spelling of a person named before. */
  declaredSpelling?: DeclaredSpelling;
}

/** A declared spelling's clause (declared-spellings.ts): where it starts, the pronoun's gender. */
export interface DeclaredSpelling {
  readonly at: number;
  readonly gender?: Gender;
}

/** One place where a name is printed, for the mentions. */
export interface Occurrence {
  readonly name: string;
  readonly start: number;
  readonly end: number;
  readonly sentence: number;
}

/** Every name read so far with its votes, and every place one is printed. */
export interface Tally {
  readonly byName: Map<string, Accumulated>;
  readonly occurrences: Occurrence[];
}

export function newTally(): Tally {
  return { byName: new Map(), occurrences: [] };
}

/** The votes of `name`, begun at `sentence` when the name is new. */
export function accumulate(tally: Tally, name: string, sentence: number): Accumulated {
  let a = tally.byName.get(name);
  if (!a) {
    a = {
      forms: new Map(),
      votes: new Map(),
      strong: new Set(),
      firstSentence: sentence,
      aliases: new Set(),
    };
    tally.byName.set(name, a);
  }
  return a;
}

/** One printing of `name` from `start` to `end`: counted as a form of it and kept as an occurrence. */
export function record(
  tally: Tally,
  name: string,
  sentence: number,
  start: number,
  end: number,
): Accumulated {
  const a = accumulate(tally, name, sentence);
  a.forms.set(name, (a.forms.get(name) ?? 0) + 1);
  tally.occurrences.push({ name, start, end, sentence });
  return a;
}

export function vote(
  acc: Accumulated,
  kind: ActorKind | undefined,
  strength: 'strong' | 'weak' | 'none',
  weight = 1,
): void {
  if (!kind || strength === 'none') return;
  acc.votes.set(kind, (acc.votes.get(kind) ?? 0) + weight * (strength === 'strong' ? 10 : 1));
  if (strength === 'strong') acc.strong.add(kind);
}
