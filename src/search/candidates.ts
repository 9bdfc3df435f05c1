// Candidate gathering: what each query word may stand for in the vocabulary, and the documents
// those words' postings hold, scored term-at-a-time into reused arrays; only the best few go on to
// the precise scoring (ranking.ts).
import type { QueryTerm } from './fold.js';
import type { KindIndex } from './kind-index.js';
import { stemWord } from './stem.js';
import type { Scratch } from './scratch.js';
import { MATCH_QUALITY, type WordMatch } from './word-index.js';

/** How many candidates go on to precise scoring. */
export const CANDIDATES_TO_RESCORE = 60;
/** Totals this close (relatively) count as equal when counting the records a picker stands for. */
const TIE_TOLERANCE = 1e-4;
/** A word with more postings than this is read in full only when no rarer word found candidates. */
const FULL_SCAN_POSTINGS = 2_000;
/** Choosing the candidates when the query names a date: by date mismatched, unknown, matched. */
const DATE_SELECTION_FACTOR = [0.8, 1, 1.1] as const;

export interface QueryWord {
  readonly word: string;
  /** The last word of an autocomplete input: probably cut short. */
  readonly unfinished: boolean;
  readonly matches: readonly WordMatch[];
  readonly weight: number;
}

/** The k-th largest value (1-based) of `values`, which it reorders: Hoare's quickselect. */
function kthLargest(values: Float32Array, k: number): number {
  let low = 0;
  let high = values.length - 1;
  const target = k - 1;
  while (low < high) {
    const pivot = values[(low + high) >> 1]!;
    let i = low;
    let j = high;
    while (i <= j) {
      while (values[i]! > pivot) i++;
      while (values[j]! < pivot) j--;
      if (i <= j) {
        const swap = values[i]!;
        values[i] = values[j]!;
        values[j] = swap;
        i++;
        j--;
      }
    }
    if (target <= j) high = j;
    else if (target >= i) low = i;
    else break;
  }
  return values[target]!;
}

/**
 * What a query word may stand for; a word that may be cut short also from each of its possible
 * beginnings ("mosc" of Moscow, folded "moskov").
 */
export function wordMatches(
  index: KindIndex,
  term: QueryTerm,
  mode: 'unfinished' | 'whole' | 'exact',
): WordMatch[] {
  const matches = index.words.match(term.folded, mode, term.spelled, stemWord(term.typed));
  if (term.beginnings.length === 1 || mode === 'exact') return matches;
  const best = new Map<number, number>();
  for (const { term: found, quality } of matches) best.set(found, quality);
  for (let b = 1; b < term.beginnings.length; b++) {
    for (const { term: found, quality } of index.words.beginning(term.beginnings[b]!)) {
      if ((best.get(found) ?? 0) < quality) best.set(found, quality);
    }
  }
  return [...best].map(([found, quality]) => ({ term: found, quality }));
}

/**
 * Term-at-a-time scoring over the postings of each query word's matches; returns the best docs.
 * Rare words go first and may add candidates; a word whose postings are long (a common word, a
 * short prefix) only scores the candidates the rarer words found, looked up by binary search,
 * when that is cheaper than reading its postings.
 */
export function gatherCandidates(
  index: KindIndex,
  queryWords: readonly QueryWord[],
  fitOf?: (doc: number) => number,
): { candidates: number[]; tied: number } {
  const { words, scratch } = index;
  const { total, current, stamp, matchedWords, fuzzyWords, touched } = scratch;
  let count = 0;
  const order = queryWords
    .map((queryWord, bit) => ({
      queryWord,
      bit,
      size: queryWord.matches.reduce((sum, m) => sum + words.documentFrequency(m.term), 0),
    }))
    .sort((a, b) => a.size - b.size);
  // One document's match for the current word: keep the best, and whether it was whole-word.
  const score = (doc: number, value: number, fuzzy: boolean, wordStamp: number, mask: number) => {
    if (stamp[doc] !== wordStamp) {
      if (matchedWords[doc] === 0) touched[count++] = doc;
      stamp[doc] = wordStamp;
      current[doc] = 0;
      matchedWords[doc]! |= mask;
    }
    const previous = current[doc]!;
    if (value > previous) {
      total[doc]! += value - previous;
      current[doc] = value;
      fuzzyWords[doc] = fuzzy ? fuzzyWords[doc]! | mask : fuzzyWords[doc]! & ~mask;
    }
  };
  for (const { queryWord, bit, size } of order) {
    const wordStamp = scratch.nextStamp++;
    if (scratch.nextStamp === 0xffffffff) {
      stamp.fill(0);
      scratch.nextStamp = 1;
    }
    const mask = 1 << bit;
    // A word still being typed ("on ra") narrows what the other words found; so does a common
    // word (long postings) once rarer words have found candidates. Narrowing looks the candidates
    // up by binary search, or reads the postings skipping everything else, whichever is cheaper.
    const narrowOnly = queryWord.unfinished && queryWord.word.length <= 3;
    const narrow = count > 0 && (narrowOnly || size > FULL_SCAN_POSTINGS);
    const bySearch = narrow && count * queryWord.matches.length * 12 < size;
    const candidates = bySearch ? touched.slice(0, count) : touched.subarray(0, 0);
    // A word still being typed that begins too many words to read all their postings ("rus")
    // is the beginning of a name or title: read the postings in names, and the others only if
    // those name too few.
    let namesOnly = queryWord.unfinished && !narrow && size > FULL_SCAN_POSTINGS;
    for (let pass = namesOnly ? 0 : 1; pass < 2; pass++) {
      for (const { term, quality } of queryWord.matches) {
        const factor = (quality * queryWord.weight) / 100;
        const fuzzy = quality < MATCH_QUALITY.stem;
        const weights = words.postingWeights(term);
        if (bySearch) {
          for (const doc of candidates) {
            const at = words.positionOf(term, doc);
            if (at !== -1) score(doc, factor * weights[at]!, fuzzy, wordStamp, mask);
          }
          continue;
        }
        const docs = namesOnly ? words.nameDocuments(term) : words.postingDocs(term);
        for (let i = 0; i < docs.length; i++) {
          const doc = docs[i]!;
          if (narrow && matchedWords[doc] === 0) continue;
          score(doc, factor * weights[i]!, fuzzy, wordStamp, mask);
        }
      }
      // (Postings read again score nothing new: a document keeps its best match per word.)
      if (namesOnly && count >= CANDIDATES_TO_RESCORE) break;
      namesOnly = false;
    }
  }
  // Keep the best few for the precise (and dearer) steps: select, do not sort, tens of thousands.
  // A date in the query chooses among records of equal words (a title repeated every year).
  const selectionScore = fitOf
    ? (doc: number) => total[doc]! * DATE_SELECTION_FACTOR[fitOf(doc) + 1]!
    : (doc: number) => total[doc]!;
  // How many fit the words as well as the best one: a picker says so ("matches 212 records").
  let top = 0;
  let tied = 0;
  for (let i = 0; i < count; i++) {
    const value = selectionScore(touched[i]!);
    if (value > top * (1 + TIE_TOLERANCE)) {
      top = value;
      tied = 0;
    }
    if (value >= top * (1 - TIE_TOLERANCE)) tied++;
  }
  if (count <= CANDIDATES_TO_RESCORE) return { candidates: Array.from(touched.subarray(0, count)), tied };
  const scores = scratch.scores.subarray(0, count);
  for (let i = 0; i < count; i++) scores[i] = selectionScore(touched[i]!);
  const cutoff = kthLargest(scores, CANDIDATES_TO_RESCORE);
  const best: number[] = [];
  for (let i = 0; i < count; i++) {
    const doc = touched[i]!;
    const value = Math.fround(selectionScore(doc));
    if (value > cutoff || (value === cutoff && best.length < CANDIDATES_TO_RESCORE)) best.push(doc);
    else clearOne(scratch, doc);
  }
  return { candidates: best, tied };
}

function clearOne(scratch: Scratch, doc: number): void {
  scratch.total[doc] = 0;
  scratch.current[doc] = 0;
  scratch.matchedWords[doc] = 0;
  scratch.fuzzyWords[doc] = 0;
}

/** Leaves the scratch clean for the next lookup. */
export function clearCandidates(index: KindIndex, docs: readonly number[]): void {
  for (const doc of docs) clearOne(index.scratch, doc);
}
