// The actor stage's results, read by the later stages (speakers, references, statements):
// the article's actors, every mention of them in text order, and the demonyms that stand for them.
import type { ActorKind } from '../../../src/dataset/schema.js';

export interface Mention {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly sentence: number;
  /** The actor meant, or several when a shared surname is ambiguous. */
  readonly actors: readonly string[];
  /** How the mention names the actor. */
  readonly via: 'name' | 'surname' | 'alias' | 'demonym' | 'capital' | 'reference' | 'group';
}

/** The words from `start` to `end` naming again an actor the article has named before. */
export function referenceMention(
  text: string,
  start: number,
  end: number,
  sentence: number,
  actor: string,
): Mention {
  return { start, end, text: text.slice(start, end), sentence, actors: [actor], via: 'reference' };
}

export interface ArticleActor {
  readonly key: string;
  kind: ActorKind;
  name: string;
  /** Every form the article uses, with its count. */
  readonly forms: Map<string, number>;
  description?: string;
  /** Sentence index where the description (or the first mention) is printed. */
  evidenceSentence: number;
  registryId?: string;
  /** For a capital: the country it stands for ("Veloran’s refusal"). */
  capitalOf?: string;
  /** Abbreviations and other forms worth keeping as aliases. */
  readonly aliases: Set<string>;
  /** Where the kind came from, for the review report when it is a guess. */
  kindCue: 'strong' | 'weak';
  /** Why the name itself is a guess. */
  inferred?: string;
}

export interface ActorTable {
  readonly actors: Map<string, ArticleActor>;
  readonly mentions: Mention[];
  /** Demonym -> country actor key ("Kestrian" -> kestria). */
  readonly demonyms: Map<string, string>;
  readonly notes: string[];
}
