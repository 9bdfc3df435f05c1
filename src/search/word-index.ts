// The cheap index that proposes candidates: folded words -> the documents holding them (with the
// weight of the best field), plus ways to find words by stem, by prefix and by typo. Fuzzy work is
// spent on the vocabulary (tens of thousands of words), never on every document.
import { allowedTypos, boundedEditDistance, typoAllowance } from './edit-distance.js';
import { foldWord, meaningfulWords } from './fold.js';
import { stemWord } from './stem.js';
import { tokenize } from '../text/normalize.js';
import { FIELD_WEIGHT, type SearchField } from './documents.js';
import { SYNONYMS } from './synonyms.js';
import { IntList } from '../util/int-list.js';

export interface WordMatch {
  readonly term: number;
  /** 1 for the same word, less for a stem, prefix or typo match. */
  readonly quality: number;
}

export const MATCH_QUALITY = {
  exact: 1,
  stem: 0.95,
  synonym: 0.85,
  prefixMin: 0.7,
  prefixMax: 0.9,
  typo1: 0.8,
  typo2: 0.65,
} as const;

const MAX_PREFIX_TERMS = 64;
const MAX_TYPO_TERMS = 32;

function trigramsOf(term: string): string[] {
  const padded = `  ${term} `;
  const grams: string[] = [];
  for (let i = 0; i + 3 <= padded.length; i++) grams.push(padded.slice(i, i + 3));
  return grams;
}

/**
 * Turns texts into term ids as `foldedTokens` followed by interning would, remembering each raw
 * word's term: the build meets every word of every record, and the vocabulary is small.
 */
class WordTerms {
  private readonly termOfWord = new Map<string, number>();
  constructor(private readonly intern: (folded: string, word: string) => number) {}

  termsOf(text: string): number[] {
    return meaningfulWords(tokenize(text)).map((word) => {
      let term = this.termOfWord.get(word);
      if (term === undefined) this.termOfWord.set(word, (term = this.intern(foldWord(word), word)));
      return term;
    });
  }
}

/**
 * What a WordIndex is made of, as plain data: a worker thread can build it and hand it over (the
 * typed arrays move without a copy).
 */
export interface WordIndexParts {
  readonly documentCount: number;
  readonly terms: string[];
  readonly start: Int32Array;
  /** Where each term's postings in a name or title end (see WordIndex). */
  readonly nameEnd: Int32Array;
  readonly docs: Int32Array;
  readonly weights: Uint8Array;
  readonly sorted: Int32Array;
  readonly stems: Map<string, number[]>;
  readonly trigrams: Map<string, number[]>;
}

/**
 * Stable counting sort of `count` items by an integer key below `keys`: the items' positions in
 * key order (items of equal key keep their order).
 */
export function orderByKey(count: number, keys: number, keyOf: (item: number) => number): Int32Array {
  const starts = new Int32Array(keys + 1);
  for (let i = 0; i < count; i++) starts[keyOf(i) + 1]!++;
  for (let k = 0; k < keys; k++) starts[k + 1]! += starts[k]!;
  const order = new Int32Array(count);
  for (let i = 0; i < count; i++) order[starts[keyOf(i)]!++] = i;
  return order;
}

/** Builds a WordIndex one document at a time, in whatever order the documents arrive. */
export class WordIndexBuilder {
  private readonly terms: string[] = [];
  private readonly termIds = new Map<string, number>();
  private readonly stems = new Map<string, number[]>();
  private readonly trigrams = new Map<string, number[]>();
  // (term, document, weight) triples in the order documents are added.
  private readonly pairTerms = new IntList(1 << 16);
  private readonly pairDocs = new IntList(1 << 16);
  private readonly pairWeights = new IntList(1 << 16);
  // Each term's best field weight in the current document, and which terms it has touched.
  private best = new Uint8Array(1 << 14);
  private readonly touched: number[] = [];
  // Term ids of texts that recur across documents (actors' names), computed once per text.
  private readonly recurring = new Map<string, readonly number[]>();
  private readonly words = new WordTerms((folded, word) => this.intern(folded, word));
  private count = 0;

  /** Adds the next document (numbered in the order added) with its text fields. */
  add(fields: readonly SearchField[]): void {
    const docIndex = this.count++;
    // (`best` is read through `this`: interning a new word may replace it with a larger array.)
    const { touched } = this;
    for (const field of fields) {
      let terms = field.recurring ? this.recurring.get(field.text) : undefined;
      if (!terms) {
        terms = this.words.termsOf(field.text);
        if (field.recurring) this.recurring.set(field.text, terms);
      }
      for (const term of terms) {
        if (this.best[term] === 0) touched.push(term);
        if (this.best[term]! < field.weight) this.best[term] = field.weight;
      }
    }
    for (const term of touched) {
      this.pairTerms.push(term);
      this.pairDocs.push(docIndex);
      this.pairWeights.push(this.best[term]!);
      this.best[term] = 0;
    }
    touched.length = 0;
  }

  /**
   * The finished parts. `order[i]` is the final number of the i-th document added (by default the
   * order they were added in); postings come out ascending by final number either way.
   */
  finish(order?: Int32Array): WordIndexParts {
    const pairs = this.pairTerms.length;
    const termOf = this.pairTerms.data;
    const docOf = order
      ? (i: number) => order[this.pairDocs.data[i]!]!
      : (i: number) => this.pairDocs.data[i]!;
    // Sorted by document first (only needed when the order changes), then stably by term.
    const byDoc = order ? orderByKey(pairs, this.count, docOf) : undefined;
    const termCount = this.terms.length;
    const weightOf = this.pairWeights.data;
    const start = new Int32Array(termCount + 1);
    const nameEnd = new Int32Array(termCount);
    for (let i = 0; i < pairs; i++) {
      start[termOf[i]! + 1]!++;
      if (weightOf[i] === FIELD_WEIGHT.name) nameEnd[termOf[i]!]!++;
    }
    for (let t = 0; t < termCount; t++) {
      start[t + 1]! += start[t]!;
      nameEnd[t]! += start[t]!;
    }
    const docs = new Int32Array(pairs);
    const weights = new Uint8Array(pairs);
    // Each term's postings in a name first, then the others; each run in document order.
    const nameCursor = start.slice(0, termCount);
    const otherCursor = nameEnd.slice();
    for (let k = 0; k < pairs; k++) {
      const i = byDoc ? byDoc[k]! : k;
      const weight = weightOf[i]!;
      const at = weight === FIELD_WEIGHT.name ? nameCursor[termOf[i]!]!++ : otherCursor[termOf[i]!]!++;
      docs[at] = docOf(i);
      weights[at] = weight;
    }
    const sorted = Int32Array.from(this.terms.map((_, i) => i)).sort((a, b) =>
      this.terms[a]! < this.terms[b]! ? -1 : 1,
    );
    return {
      documentCount: this.count,
      terms: this.terms,
      start,
      nameEnd,
      docs,
      weights,
      sorted,
      stems: this.stems,
      trigrams: this.trigrams,
    };
  }

  /** The id of a folded word (`raw`: one spelling of it, for its stem), added to the vocabulary if new. */
  private intern(word: string, raw: string): number {
    let id = this.termIds.get(word);
    if (id !== undefined) return id;
    id = this.terms.length;
    this.terms.push(word);
    this.termIds.set(word, id);
    if (this.best.length <= id) {
      const bigger = new Uint8Array(this.best.length * 2);
      bigger.set(this.best);
      this.best = bigger;
    }
    const stem = stemWord(raw);
    const sameStem = this.stems.get(stem);
    if (sameStem) sameStem.push(id);
    else this.stems.set(stem, [id]);
    for (const gram of trigramsOf(word)) {
      const list = this.trigrams.get(gram);
      if (list) list.push(id);
      else this.trigrams.set(gram, [id]);
    }
    return id;
  }
}

export class WordIndex {
  readonly terms: readonly string[];
  /**
   * All postings in one buffer, grouped by term (compressed sparse rows): term t's documents are
   * `docs[start[t]] .. docs[start[t + 1] - 1]`, with the best field weight of each in `weights`.
   * One buffer instead of two arrays per word saves most of the index's memory. Within a term, the
   * documents holding it in a name or title come first (up to `nameEnd[t]`), then the others, each
   * run ascending: a word still being typed can be looked for in names alone.
   */
  private readonly start: Int32Array;
  private readonly nameEnd: Int32Array;
  private readonly docs: Int32Array;
  private readonly weights: Uint8Array;
  private readonly termIds = new Map<string, number>();
  private readonly stems: ReadonlyMap<string, readonly number[]>;
  private readonly trigrams: ReadonlyMap<string, readonly number[]>;
  /** Term ids in alphabetical order, for prefix ranges. */
  private readonly sorted: Int32Array;
  readonly documentCount: number;
  /** Scratch for typo search: trigrams each term shares with the word, and the terms met. */
  private readonly sharedGrams: Uint16Array;
  private readonly gramTerms: number[] = [];

  constructor(parts: WordIndexParts) {
    this.sharedGrams = new Uint16Array(parts.terms.length);
    this.documentCount = parts.documentCount;
    this.terms = parts.terms;
    this.start = parts.start;
    this.nameEnd = parts.nameEnd;
    this.docs = parts.docs;
    this.weights = parts.weights;
    this.sorted = parts.sorted;
    this.stems = parts.stems;
    this.trigrams = parts.trigrams;
    parts.terms.forEach((term, id) => this.termIds.set(term, id));
  }

  /** The documents holding a term: in names first, then the others (a view, not a copy). */
  postingDocs(term: number): Int32Array {
    return this.docs.subarray(this.start[term]!, this.start[term + 1]!);
  }

  /** The documents holding a term in a name or title, ascending: the head of `postingDocs`. */
  nameDocuments(term: number): Int32Array {
    return this.docs.subarray(this.start[term]!, this.nameEnd[term]!);
  }

  /** The best field weight of the term in each of `postingDocs(term)`. */
  postingWeights(term: number): Uint8Array {
    return this.weights.subarray(this.start[term]!, this.start[term + 1]!);
  }

  documentFrequency(term: number): number {
    return this.start[term + 1]! - this.start[term]!;
  }

  /** Inverse document frequency: rare words decide more than common ones. */
  idf(term: number): number {
    return Math.log(1 + this.documentCount / Math.max(1, this.documentFrequency(term)));
  }

  /**
   * The vocabulary words a query word may stand for: itself, words of its stem (`stem`: see
   * `stemWord`), synonyms, and unless `mode` is 'exact', words it begins: a word still being typed
   * ('unfinished'), or any word of a lookup ('whole'), may be cut short ("collective secur"). When none of those exist, the words within its typo allowance
   * (`spelled`: the word as typed, see QueryTerm); and for a whole word that is itself in the
   * vocabulary, also the words one typo away: a variant spelling may be common in the data and still
   * not be the spelling of the record meant ("Toshkent" typed for Tashkent).
   */
  match(
    word: string,
    mode: 'unfinished' | 'whole' | 'exact',
    spelled = word,
    stem = stemWord(word),
  ): WordMatch[] {
    const found = new Map<number, number>();
    const keep = (term: number, quality: number) => {
      if ((found.get(term) ?? 0) < quality) found.set(term, quality);
    };
    const exact = this.termIds.get(word);
    if (exact !== undefined) keep(exact, MATCH_QUALITY.exact);
    for (const term of this.stems.get(stem) ?? []) keep(term, MATCH_QUALITY.stem);
    for (const synonym of SYNONYMS.get(stem) ?? []) {
      for (const term of this.stems.get(synonym) ?? []) keep(term, MATCH_QUALITY.synonym);
    }
    if (mode !== 'exact') for (const { term, quality } of this.beginning(word)) keep(term, quality);
    const neighbours = exact !== undefined && mode === 'whole';
    if (found.size === 0 || neighbours) {
      // Decided before the loop: keeping the first neighbour must not stop the two-edit ones.
      const maxDistance = neighbours ? 1 : Infinity;
      for (const { term, distance } of this.withTypos(word, spelled)) {
        if (distance > maxDistance) continue;
        keep(term, distance === 1 ? MATCH_QUALITY.typo1 : MATCH_QUALITY.typo2);
      }
    }
    return [...found].map(([term, quality]) => ({ term, quality }));
  }

  /** The words `prefix` begins (not itself), the more of the word it is the better the match. */
  beginning(prefix: string): WordMatch[] {
    if (prefix.length < 2) return [];
    return this.withPrefix(prefix, MAX_PREFIX_TERMS).map((term) => {
      const ratio = prefix.length / this.terms[term]!.length;
      return {
        term,
        quality: MATCH_QUALITY.prefixMin + (MATCH_QUALITY.prefixMax - MATCH_QUALITY.prefixMin) * ratio,
      };
    });
  }

  /** Where `doc` sits in the term's postings, or -1 (each of the two runs is in document order). */
  positionOf(term: number, doc: number): number {
    const first = this.start[term]!;
    const split = this.nameEnd[term]!;
    const inName = this.search(first, split - 1, doc);
    const at = inName !== -1 ? inName : this.search(split, this.start[term + 1]! - 1, doc);
    return at === -1 ? -1 : at - first;
  }

  /** Binary search of `docs[low..high]` (ascending) for `doc`: its index, or -1. */
  private search(low: number, high: number, doc: number): number {
    const docs = this.docs;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const value = docs[mid]!;
      if (value === doc) return mid;
      if (value < doc) low = mid + 1;
      else high = mid - 1;
    }
    return -1;
  }

  /** Terms starting with `prefix` (longer than it), most frequent first, at most `limit`. */
  withPrefix(prefix: string, limit: number): number[] {
    let low = 0;
    let high = this.sorted.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.terms[this.sorted[mid]!]! < prefix) low = mid + 1;
      else high = mid;
    }
    const matches: number[] = [];
    for (let i = low; i < this.sorted.length; i++) {
      const term = this.sorted[i]!;
      if (!this.terms[term]!.startsWith(prefix)) break;
      if (this.terms[term] !== prefix) matches.push(term);
    }
    if (matches.length <= limit) return matches;
    return matches.sort((a, b) => this.documentFrequency(b) - this.documentFrequency(a)).slice(0, limit);
  }

  /**
   * Vocabulary words within the word's typo allowance, found through shared trigrams. The allowance
   * follows the word as typed (`spelled`), capped for a folded form much shorter than it
   * (typoAllowance), and the distance is the smaller from either spelling.
   */
  withTypos(word: string, spelled = word): { term: number; distance: number }[] {
    const distances = new Map<number, number>();
    const foldedTypos = typoAllowance(word, spelled);
    if (foldedTypos > 0) this.addTypos(word, foldedTypos, distances);
    const spelledTypos = allowedTypos(spelled.length);
    if (spelled !== word && spelledTypos > 0) this.addTypos(spelled, spelledTypos, distances);
    const matches = [...distances].map(([term, distance]) => ({ term, distance }));
    matches.sort(
      (a, b) => a.distance - b.distance || this.documentFrequency(b.term) - this.documentFrequency(a.term),
    );
    return matches.slice(0, MAX_TYPO_TERMS);
  }

  /** Terms within `maxTypos` of `form` (and not equal to it) into `distances`, keeping the least. */
  private addTypos(form: string, maxTypos: number, distances: Map<number, number>): void {
    const grams = trigramsOf(form);
    // An edit destroys at most three trigrams, a swap of neighbours four; require the rest shared.
    const needed = Math.max(1, grams.length - 4 * maxTypos);
    // Trigrams shared per term, counted in arrays kept from lookup to lookup (this runs per typo).
    const { sharedGrams, gramTerms } = this;
    gramTerms.length = 0;
    for (const gram of grams) {
      for (const term of this.trigrams.get(gram) ?? []) {
        const shared = sharedGrams[term]!;
        sharedGrams[term] = shared + 1;
        if (shared === 0) gramTerms.push(term);
      }
    }
    for (const term of gramTerms) {
      const count = sharedGrams[term]!;
      sharedGrams[term] = 0;
      if (count < needed) continue;
      const distance = boundedEditDistance(form, this.terms[term]!, maxTypos);
      if (distance > 0 && distance <= maxTypos && distance < (distances.get(term) ?? Infinity))
        distances.set(term, distance);
    }
  }
}
