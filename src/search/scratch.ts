// Per-kind accumulators for candidate gathering (candidates.ts), owned by each kind's index so a
// lookup allocates nothing proportional to the dataset.

/** Reusable per-kind accumulators, so a lookup allocates nothing proportional to the dataset. */
export class Scratch {
  /** Sum over the query's words of each word's best weighted match in the document. */
  readonly total: Float32Array;
  /** The current word's best weighted match in the document (valid where `stamp` is the word's). */
  readonly current: Float32Array;
  /** Which query word `current` belongs to; a new stamp per word replaces resetting `current`. */
  readonly stamp: Uint32Array;
  readonly matchedWords: Uint16Array;
  /** Words whose best match in the document is only a prefix, synonym or typo. */
  readonly fuzzyWords: Uint16Array;
  /** The documents a lookup has touched so far, in the order met, and their totals to select from. */
  readonly touched: Int32Array;
  readonly scores: Float32Array;
  nextStamp = 1;
  constructor(size: number) {
    this.touched = new Int32Array(size);
    this.scores = new Float32Array(size);
    this.total = new Float32Array(size);
    this.current = new Float32Array(size);
    this.stamp = new Uint32Array(size);
    this.matchedWords = new Uint16Array(size);
    this.fuzzyWords = new Uint16Array(size);
  }
}
