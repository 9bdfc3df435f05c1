// Search that lists every match, counted, a page at a time (/search and the web search page), where a
// lookup wants one answer. A record matches when it holds every word of the query (each as itself,
// its stem or a synonym; a word in no record also by its beginnings and typos, as lookups read it)
// and fits the date the query names. The best come in the lookup's own order (ranking.ts); the rest
// follow by how much of the query's weight their fields carry.
import type { KindIndex } from './kind-index.js';
import { CONFIDENCE_THRESHOLD, TIER_RANK, type MatchTier } from './verdict.js';
import { MAX_QUERY_CHARS, MAX_QUERY_WORDS, rank } from './ranking.js';
import { queryTerms } from './fold.js';
import { wordMatches } from './candidates.js';
import { dateFit, splitQueryDate } from './query-date.js';
import { tokenize } from '../text/normalize.js';

/** One match, before it is turned into a result: its document and where it sorts. */
export interface Match {
  readonly doc: number;
  readonly score: number;
  readonly tier: MatchTier;
}

/** Every match's count, and the first `wanted` of them in order. */
export interface KindMatches {
  readonly total: number;
  readonly first: readonly Match[];
}

/** Reused per index: a search allocates nothing proportional to the dataset. */
interface Accumulators {
  /** How many of the query's words (taken rarest first) the document has matched, all in a row. */
  readonly matched: Uint8Array;
  /** The document's best match for the current word, and the sum over the words so far. */
  readonly current: Float32Array;
  readonly total: Float32Array;
  readonly touched: Int32Array;
}

const accumulators = new WeakMap<KindIndex, Accumulators>();

function accumulatorsOf(index: KindIndex): Accumulators {
  let acc = accumulators.get(index);
  if (!acc) {
    const size = index.documents.length;
    acc = {
      matched: new Uint8Array(size),
      current: new Float32Array(size),
      total: new Float32Array(size),
      touched: new Int32Array(size),
    };
    accumulators.set(index, acc);
  }
  return acc;
}

/** The words of a query as search reads them: what each may stand for, rarest word first. */
function readWords(index: KindIndex, rawQuery: string) {
  const split = splitQueryDate(tokenize(rawQuery.slice(0, MAX_QUERY_CHARS)));
  const { words } = index;
  const perWord = queryTerms(split.words)
    .slice(0, MAX_QUERY_WORDS)
    .map((term) => {
      // The word itself (stems, synonyms); a word no record holds, read as a lookup reads it.
      let matches = wordMatches(index, term, 'exact');
      if (matches.length === 0 && term.typed.length >= 3) matches = wordMatches(index, term, 'whole');
      const size = matches.reduce((sum, m) => sum + words.documentFrequency(m.term), 0);
      const weight = Math.max(0, ...matches.map((m) => words.idf(m.term)));
      return { matches, size, weight };
    })
    .sort((a, b) => a.size - b.size);
  return { perWord, date: index.dates && split.date };
}

/**
 * The documents holding every word, left marked in the accumulators (`matched[doc] === words`,
 * `total[doc]` their weight): the caller reads them, then calls `clear`.
 */
function markAllWordMatches(index: KindIndex, perWord: ReturnType<typeof readWords>['perWord']): number {
  if (perWord.length === 0 || perWord[0]!.size === 0) return 0;
  const { words } = index;
  const { matched, current, total, touched } = accumulatorsOf(index);
  let count = 0;
  perWord.forEach(({ matches, weight }, w) => {
    for (const { term, quality } of matches) {
      const docs = words.postingDocs(term);
      const weights = words.postingWeights(term);
      const factor = (quality * weight) / 100;
      for (let i = 0; i < docs.length; i++) {
        const doc = docs[i]!;
        const seen = matched[doc]!;
        // Only documents that matched every rarer word go on.
        if (seen !== w && seen !== w + 1) continue;
        const value = factor * weights[i]!;
        if (seen === w) {
          if (w === 0) touched[count++] = doc;
          matched[doc] = w + 1;
          current[doc] = value;
          total[doc] = total[doc]! + value;
        } else if (value > current[doc]!) {
          total[doc] = total[doc]! + value - current[doc]!;
          current[doc] = value;
        }
      }
    }
  });
  return count;
}

function clear(index: KindIndex, count: number): void {
  const { matched, current, total, touched } = accumulatorsOf(index);
  for (let i = 0; i < count; i++) {
    const doc = touched[i]!;
    matched[doc] = 0;
    current[doc] = 0;
    total[doc] = 0;
  }
}

/**
 * The matches of the query in one kind's index: how many, and the first `wanted` best first (the
 * lookup's ranked candidates that match, or whose name the query gives, then the other documents
 * holding every word). Only the first `wanted` are ordered: a deep page costs a little more.
 */
export function searchKind(index: KindIndex, query: string, wanted: number): KindMatches {
  const { ranked } = rank(index, query, false);
  const { perWord, date } = readWords(index, query);
  const touchedCount = markAllWordMatches(index, perWord);
  const { matched, total, touched } = accumulatorsOf(index);
  const all = perWord.length;
  const fits = (doc: number) => !date || dateFit(date, index.dates!.low[doc]!, index.dates!.high[doc]!) >= 0;
  const isMatch = (doc: number) => all > 0 && matched[doc] === all && fits(doc);
  // A name typed whole or begun is a match even when a word of it is in no record.
  const named = (r: Match) => (r.tier === 'exact' || r.tier === 'prefix') && r.score >= CONFIDENCE_THRESHOLD;
  const head: Match[] = ranked.filter((r) => isMatch(r.doc) || named(r));
  const inHead = new Set(head.map((m) => m.doc));
  const totalWeight = perWord.reduce((sum, w) => sum + w.weight, 0) || 1;
  const { documents } = index;
  // The rest: counted all, ordered only as far as wanted (a bounded list kept sorted).
  let rest = 0;
  const best: { doc: number; coverage: number }[] = [];
  const room = Math.max(0, wanted - head.length);
  const before = (a: { doc: number; coverage: number }, b: { doc: number; coverage: number }) =>
    a.coverage > b.coverage ||
    (a.coverage === b.coverage &&
      (documents[a.doc]!.weight > documents[b.doc]!.weight ||
        (documents[a.doc]!.weight === documents[b.doc]!.weight && a.doc < b.doc)));
  for (let i = 0; i < touchedCount; i++) {
    const doc = touched[i]!;
    if (!isMatch(doc) || inHead.has(doc)) continue;
    rest++;
    if (room === 0) continue;
    const entry = { doc, coverage: total[doc]! / totalWeight };
    if (best.length === room && !before(entry, best[room - 1]!)) continue;
    let at = best.length;
    while (at > 0 && before(entry, best[at - 1]!)) at--;
    best.splice(at, 0, entry);
    if (best.length > room) best.pop();
  }
  clear(index, touchedCount);
  // The rest cannot sort above the lookup's own results: their score stays under the last of those.
  const floor = head.length > 0 ? head[head.length - 1]!.score : 1;
  const tail = best.map((m): Match => ({
    doc: m.doc,
    score: Math.min(floor, m.coverage * 0.7),
    tier: 'token',
  }));
  return { total: head.length + rest, first: [...head, ...tail].slice(0, wanted) };
}

/** Orders matches of several kinds together: exact names first, then by score. */
export function compareMatches(a: Match, b: Match): number {
  return TIER_RANK[b.tier] - TIER_RANK[a.tier] || b.score - a.score;
}
