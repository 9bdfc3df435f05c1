// Each candidate's names folded as queries are, for the precise scoring of a lookup, kept in a
// bounded cache: the same candidates come up again and again.
import type { SearchDocument } from './documents.js';
import { foldNameTokens, foldedTokens } from './fold.js';
import { tokenize } from '../text/normalize.js';

/** A document's names folded as queries are. */
export interface FoldedNames {
  /** `nameKey` of each name (exact and prefix checks) and of the label (phrases). */
  readonly keys: readonly string[];
  readonly label: string;
  /** The label normalised but not folded: as it would be typed. */
  readonly typedLabel: string;
  /** Folded words of the label, the names and (for an actor) the role, stop words removed. */
  readonly words: readonly (readonly string[])[];
}

/**
 * Folded names of the documents lookups have met: the same candidates come up again and again
 * (speakers' names recur across their quotes, "rus" finds the same events each time). Forgotten all
 * at once past a bound, so a bot running for months does not end up holding one per document.
 */
export class FoldedNamesCache {
  /** By document number, and the numbers filled: no hash table to grow (and rehash) mid-lookup. */
  private readonly entries: (FoldedNames | undefined)[];
  private readonly filled: number[] = [];
  constructor(
    private readonly documents: readonly SearchDocument[],
    private readonly limit = 50_000,
  ) {
    this.entries = new Array<FoldedNames | undefined>(documents.length).fill(undefined);
  }

  /** How many documents' names it holds now. */
  get size(): number {
    return this.filled.length;
  }

  of(doc: number): FoldedNames {
    let folded = this.entries[doc];
    if (folded === undefined) {
      folded = foldDocumentNames(this.documents[doc]!);
      if (this.filled.length >= this.limit) {
        for (const filled of this.filled) this.entries[filled] = undefined;
        this.filled.length = 0;
      }
      this.entries[doc] = folded;
      this.filled.push(doc);
    }
    return folded;
  }
}

function foldDocumentNames(document: SearchDocument): FoldedNames {
  const labelTokens = tokenize(document.label);
  const label = foldNameTokens(labelTokens);
  const keys: string[] = [];
  const words: (readonly string[])[] = label.words.length > 0 ? [label.words] : [];
  for (const name of document.names) {
    // The label is often a name too (an event's title, an actor's name): it is read once.
    const folded = name === document.label ? label : foldNameTokens(tokenize(name));
    keys.push(folded.key);
    if (folded !== label && folded.words.length > 0) words.push(folded.words);
  }
  // An actor's role names it too: "russian defense minister".
  if (document.kind === 'actor') {
    const role = foldedTokens(document.detail);
    if (role.length > 0) words.push(role);
  }
  return { keys, label: label.key, typedLabel: labelTokens.join(' '), words };
}
