// The matching engine: built once from the dataset, it answers lookups in tiers (exact names and
// aliases first, then prefix and whole-word matches, then typos and transliterations re-scored with
// Fuse.js), says when nothing is good enough or when the best answers are too close to call, and
// feeds autocomplete.
import Fuse from 'fuse.js';
import type { Dataset } from '../dataset/types.js';
import { FIELD_WEIGHT, buildDocuments, type SearchDocument, type SearchKind } from './documents.js';
import {
  STOP_WORDS,
  foldNameTokens,
  foldWord,
  foldedTokens,
  nameKey,
  queryTerms,
  type QueryTerm,
} from './fold.js';
import { stemWord } from './stem.js';
import { dateFit, dateNumber, splitQueryDate } from './query-date.js';
import { SearchIndexer, type KindIndexParts, type SearchIndexParts } from './index-build.js';
import { normalizeText, tokenize } from '../text/normalize.js';
import { MATCH_QUALITY, WordIndex, type WordMatch } from './word-index.js';
import { ExactNames } from './exact-names.js';
import { allowedTypos, boundedEditDistance } from './edit-distance.js';
import { CONFIDENCE_THRESHOLD, SUGGESTION_THRESHOLD, TIER_RANK, judge, type MatchTier } from './verdict.js';

export type { SearchKind } from './documents.js';

export type { MatchTier } from './verdict.js';
export { AMBIGUITY_MARGIN, CONFIDENCE_THRESHOLD } from './verdict.js';

export interface ScoredResult {
  readonly id: string;
  readonly kind: SearchKind;
  readonly label: string;
  readonly detail: string;
  /** 0..1; comparable within one query. */
  readonly score: number;
  readonly tier: MatchTier;
}

export interface LookupResult {
  readonly status: 'found' | 'ambiguous' | 'none';
  /**
   * How many records fit as well as the best one: for `ambiguous`, all of them, however many the
   * picker can list ("matches 212 records"); 1 for `found`, 0 for `none`.
   */
  readonly matchCount: number;
  /** Best first. For `found`, the first is the answer; for `ambiguous`, the close candidates. */
  readonly results: readonly ScoredResult[];
  /** For `none`: near misses worth offering ("did you mean"). */
  readonly suggestions: readonly ScoredResult[];
}

export interface LookupOptions {
  readonly kind: SearchKind;
  readonly query: string;
  readonly limit?: number;
  /** Only records passing this test (e.g. quotes by one speaker). */
  readonly filter?: (id: string) => boolean;
}

export interface AutocompleteChoice {
  readonly id: string;
  readonly name: string;
  readonly detail: string;
}

const CANDIDATES_TO_RESCORE = 60;
/** Totals this close (relatively) count as equal when counting the records a picker stands for. */
const TIE_TOLERANCE = 1e-4;
const FUSE_CONTENDERS = 10;
const FUSE_CONTENDER_MARGIN = 0.15;
/** Bitap works on 32-character chunks; two are plenty to order names. */
const FUSE_PATTERN_CHARS = 64;
/** A word with more postings than this is read in full only when no rarer word found candidates. */
const FULL_SCAN_POSTINGS = 2_000;
/** Queries longer than this are cut: nobody names a record in 5,000 characters. */
const MAX_QUERY_CHARS = 200;
const MAX_QUERY_WORDS = 12;
/** What a record of the date a query names gains, and what one of another date keeps of its score. */
const DATE_MATCH_BONUS = 0.05;
const DATE_MISMATCH_FACTOR = 0.8;
/** The same, for choosing the candidates: by date mismatched, unknown, matched. */
const DATE_SELECTION_FACTOR = [0.8, 1, 1.1] as const;
/** What beginning a name as typed (not only once folded) adds to a prefix match's score. */
const LITERAL_PREFIX_BONUS = 0.03;

interface KindIndex {
  readonly documents: readonly SearchDocument[];
  readonly words: WordIndex;
  /** Folded full names and aliases -> their documents, for exact matches. */
  readonly exactNames: ExactNames;
  readonly byId: ReadonlyMap<string, number>;
  /** What an empty autocomplete shows: recent events, notable actors, direct quotations. */
  readonly defaults: () => readonly number[];
  /** Each document's names folded for comparison with queries, made on first use. */
  readonly folded: FoldedNamesCache;
  readonly dates: DateRanges | undefined;
}

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

/** A candidate while ranking: results are made only for those shown. */
interface Ranked {
  readonly doc: number;
  score: number;
  readonly tier: MatchTier;
}

const DEFAULT_CHOICES = 25;

/** The few documents an empty autocomplete offers, chosen in one pass (no sort of everything). */
function pickDefaults(kind: SearchKind, documents: readonly SearchDocument[]): number[] {
  // Actors: the most involved; events and quotes: the most recent.
  const better = (a: number, b: number) =>
    kind === 'actor' ? documents[a]!.weight > documents[b]!.weight : documents[a]!.date > documents[b]!.date;
  const best: number[] = [];
  for (let doc = 0; doc < documents.length; doc++) {
    if (best.length === DEFAULT_CHOICES && !better(doc, best[best.length - 1]!)) continue;
    let at = best.length;
    while (at > 0 && better(doc, best[at - 1]!)) at--;
    best.splice(at, 0, doc);
    if (best.length > DEFAULT_CHOICES) best.pop();
  }
  return best;
}

/** Each document's date as numbers (see `dateNumber`): a date in a query is compared with these. */
interface DateRanges {
  readonly low: Int32Array;
  readonly high: Int32Array;
}

function dateRangesOf(documents: readonly SearchDocument[]): DateRanges {
  const low = new Int32Array(documents.length);
  const high = new Int32Array(documents.length);
  // Thousands of records share a day: each distinct date is read once.
  const lows = new Map<string, number>();
  const highs = new Map<string, number>();
  documents.forEach((doc, i) => {
    const { date, dateEnd } = doc;
    let from = lows.get(date);
    if (from === undefined) lows.set(date, (from = dateNumber(date, 'low')));
    let to = highs.get(dateEnd);
    if (to === undefined) highs.set(dateEnd, (to = dateNumber(dateEnd, 'high')));
    low[i] = from;
    high[i] = to;
  });
  return { low, high };
}

/** A kind's documents and what is found from them alone (no index needed). */
interface KindDocuments {
  readonly documents: readonly SearchDocument[];
  readonly byId: ReadonlyMap<string, number>;
  readonly defaults: () => readonly number[];
  /** Events' and quotations' dates (actors have none). */
  readonly dates: DateRanges | undefined;
}

/** Every kind's documents, ready before the index is (see index-feed.ts). */
export type PreparedDocuments = Record<SearchKind, KindDocuments>;

export function prepareDocuments(dataset: Dataset): PreparedDocuments {
  const all = buildDocuments(dataset);
  const prepare = (kind: SearchKind): KindDocuments => {
    const documents = all[kind];
    const byId = new Map<string, number>();
    documents.forEach((doc, index) => byId.set(doc.id, index));
    // Chosen at the first empty autocomplete: a pass over every document start-up need not wait for.
    let defaults: readonly number[] | undefined;
    return {
      documents,
      byId,
      defaults: () => (defaults ??= pickDefaults(kind, documents)),
      dates: kind === 'actor' ? undefined : dateRangesOf(documents),
    };
  };
  return { event: prepare('event'), quote: prepare('quote'), actor: prepare('actor') };
}

function assembleKindIndex(kind: SearchKind, prepared: KindDocuments, parts: KindIndexParts): KindIndex {
  const count = prepared.documents.length;
  if (parts.words.documentCount !== count) {
    throw new Error(`the ${kind} index covers ${parts.words.documentCount} documents, not ${count}`);
  }
  const exactNames = new ExactNames();
  for (let i = 0; i < parts.nameDocs.length; i++)
    exactNames.addHash(parts.nameHashes[i]!, parts.nameDocs[i]!);
  return {
    ...prepared,
    words: new WordIndex(parts.words),
    exactNames,
    folded: new FoldedNamesCache(prepared.documents),
  };
}

interface QueryWord {
  readonly word: string;
  /** The last word of an autocomplete input: probably cut short. */
  readonly unfinished: boolean;
  readonly matches: readonly WordMatch[];
  readonly weight: number;
}

/** Reusable per-kind accumulators, so a lookup allocates nothing proportional to the dataset. */
class Scratch {
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

/** The number of bits set in a 32-bit integer. */
function bitCount(bits: number): number {
  let count = 0;
  for (let rest = bits; rest !== 0; rest &= rest - 1) count++;
  return count;
}

/** The query is the beginning of a name, and most of it ("vladimir pu", not "tashkent" alone). */
function startsAName(folded: FoldedNames, key: string): boolean {
  return folded.keys.some((full) => full.startsWith(key) && key.length >= full.length * 0.4);
}

/**
 * The query's words in a row in the title, better still at its start ("grozny attack kills ..."),
 * and a little better spelled as typed ("trial of yer": Yerlan before Erkin, both "er" folded).
 */
function phraseBonus(folded: FoldedNames, key: string, literal: string): number {
  if (!key.includes(' ')) return 0;
  const bonus = folded.label.startsWith(key) ? 0.04 : folded.label.includes(key) ? 0.02 : 0;
  return bonus > 0 && folded.typedLabel.includes(literal) ? bonus + 0.005 : bonus;
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

export class SearchEngine {
  private readonly indexes: Record<SearchKind, KindIndex>;
  private readonly scratch: Record<SearchKind, Scratch>;

  constructor(documents: PreparedDocuments, parts: SearchIndexParts) {
    this.indexes = {
      event: assembleKindIndex('event', documents.event, parts.event),
      quote: assembleKindIndex('quote', documents.quote, parts.quote),
      actor: assembleKindIndex('actor', documents.actor, parts.actor),
    };
    this.scratch = {
      event: new Scratch(documents.event.documents.length),
      quote: new Scratch(documents.quote.documents.length),
      actor: new Scratch(documents.actor.documents.length),
    };
  }

  /** The document for a record id of that kind, if there is one. */
  describe(kind: SearchKind, id: string): ScoredResult | undefined {
    const index = this.indexes[kind];
    const doc = index.byId.get(id);
    return doc === undefined ? undefined : this.result(index.documents[doc]!, 1, 'exact');
  }

  lookup(options: LookupOptions): LookupResult {
    const limit = options.limit ?? 25;
    const index = this.indexes[options.kind];
    const { ranked, tied } = this.rank(options.kind, options.query, false, options.filter);
    const shown = (list: readonly Ranked[]) =>
      list.map((r) => this.result(index.documents[r.doc]!, r.score, r.tier));
    const verdict = judge(ranked);
    const results = shown(verdict.shown.slice(0, limit));
    switch (verdict.status) {
      case 'none':
        return { status: 'none', results: [], suggestions: results, matchCount: 0 };
      case 'ambiguous': {
        // Past the candidates scored precisely, the word index knows how many more fit as well.
        const close = verdict.shown.length;
        const matchCount = close < CANDIDATES_TO_RESCORE ? close : Math.max(close, tied);
        return { status: 'ambiguous', results, suggestions: [], matchCount };
      }
      case 'found':
        return { status: 'found', results, suggestions: [], matchCount: 1 };
    }
  }

  /** Whether one of the document's names folds to `key` (confirms an exact-name hash hit). */
  private bearsName(index: KindIndex, doc: number, key: string): boolean {
    return index.folded.of(doc).keys.includes(key);
  }

  /**
   * The actors a text names (any name or alias, as whole words) and the events whose titles it
   * mostly repeats: what "Look up in Dossier" shows for a message.
   */
  mentionsIn(text: string, limit = 10): { actors: ScoredResult[]; events: ScoredResult[] } {
    const tokens = tokenize(text.slice(0, 4000));
    const words = tokens.map(foldWord);
    const actors = this.indexes.actor;
    const found = new Map<number, number>();
    for (let start = 0; start < words.length; start++) {
      for (let length = 1; length <= 5 && start + length <= words.length; length++) {
        const key = words.slice(start, start + length).join(' ');
        for (const doc of actors.exactNames.find(key, (d) => this.bearsName(actors, d, key))) {
          if (!found.has(doc)) found.set(doc, found.size);
        }
      }
    }
    const actorResults = [...found.keys()].map((doc) => this.result(actors.documents[doc]!, 1, 'exact'));
    // Events: count, through the word index, how many of each title's words the text repeats.
    const events = this.indexes.event;
    const hits = new Map<number, number>();
    const distinct = new Map<string, string>();
    tokens.forEach((token, i) => {
      if (!STOP_WORDS.has(words[i]!) && !distinct.has(words[i]!)) distinct.set(words[i]!, token);
    });
    for (const [word, token] of distinct) {
      for (const { term, quality } of events.words.match(word, 'exact', word, stemWord(token))) {
        if (quality < MATCH_QUALITY.stem) continue;
        const docs = events.words.postingDocs(term);
        const weights = events.words.postingWeights(term);
        for (let i = 0; i < docs.length; i++) {
          if (weights[i] === FIELD_WEIGHT.name) hits.set(docs[i]!, (hits.get(docs[i]!) ?? 0) + 1);
        }
      }
    }
    const eventResults: ScoredResult[] = [];
    for (const [doc, shared] of hits) {
      const document = events.documents[doc]!;
      const share = Math.min(1, shared / Math.max(1, new Set(foldedTokens(document.label)).size));
      if (shared >= 2 && share >= 0.6) eventResults.push(this.result(document, share, 'token'));
    }
    eventResults.sort((a, b) => b.score - a.score);
    return { actors: actorResults.slice(0, limit), events: eventResults.slice(0, limit) };
  }

  /** Up to `limit` choices for a partially typed value; a useful default list when it is empty. */
  autocomplete(kind: SearchKind, query: string, limit = 25): AutocompleteChoice[] {
    const index = this.indexes[kind];
    const toChoice = (doc: SearchDocument) => ({ id: doc.id, name: doc.label, detail: doc.detail });
    if (tokenize(query).length === 0)
      return index
        .defaults()
        .slice(0, limit)
        .map((i) => toChoice(index.documents[i]!));
    return this.rank(kind, query, true)
      .ranked.filter((r) => r.score >= SUGGESTION_THRESHOLD)
      .slice(0, limit)
      .map((r) => toChoice(index.documents[r.doc]!));
  }

  /**
   * Every candidate worth showing, best first. `prefixLast` treats the last word as unfinished
   * (autocomplete); lookups accept prefixes only of words of three letters or more.
   */
  private rank(
    kind: SearchKind,
    rawQuery: string,
    prefixLast: boolean,
    filter?: (id: string) => boolean,
  ): { ranked: Ranked[]; tied: number } {
    const index = this.indexes[kind];
    const typedQuery = rawQuery.slice(0, MAX_QUERY_CHARS);
    // A date in a lookup says when, not what: its words leave the query and judge the record's date.
    const split = prefixLast ? { words: tokenize(typedQuery) } : splitQueryDate(tokenize(typedQuery));
    const date = index.dates && split.date;
    const query = split.words.join(' ');
    const terms = queryTerms(split.words).slice(0, MAX_QUERY_WORDS);
    const words = terms.map((term) => term.folded);
    if (words.length === 0) return { ranked: [], tied: 0 };
    const queryWords: QueryWord[] = words.map((word, i) => {
      const unfinished = prefixLast && i === words.length - 1;
      // In a lookup, a word of three letters or more may be cut short too ("sergei iva").
      const mode = unfinished ? 'unfinished' : terms[i]!.typed.length >= 3 ? 'whole' : 'exact';
      const matches = this.beginningMatches(index, terms[i]!, mode);
      // The word weighs as much as its best match is rare; a word found nowhere still counts
      // against the candidates, as a rare word would.
      const best = matches.reduce<(typeof matches)[number] | undefined>(
        (top, m) =>
          !top ||
          m.quality > top.quality ||
          (m.quality === top.quality && index.words.idf(m.term) > index.words.idf(top.term))
            ? m
            : top,
        undefined,
      );
      const weight = best ? index.words.idf(best.term) : Math.log(1 + index.words.documentCount);
      return { word, matches, weight, unfinished };
    });
    const fitOf = (doc: number) =>
      date ? dateFit(date, index.dates!.low[doc]!, index.dates!.high[doc]!) : 0;
    const { candidates, tied } = this.accumulate(kind, queryWords, date ? fitOf : undefined);
    const key = nameKey(query);
    const literal = normalizeText(query);
    const totalWeight = queryWords.reduce((sum, w) => sum + w.weight, 0);
    const scratch = this.scratch[kind];
    const allMatched = (1 << queryWords.length) - 1;
    const results: Ranked[] = [];
    const seen = new Set<number>();
    // A record of the date the query names gains a little; one of another date loses its tier and
    // a good part of its score, yet may still be the answer when nothing else fits.
    const consider = (doc: number, score: number, tier: MatchTier) => {
      if (seen.has(doc)) return;
      if (filter && !filter(index.documents[doc]!.id)) return;
      seen.add(doc);
      const fit = fitOf(doc);
      if (fit > 0) results.push({ doc, score: Math.min(1, score + DATE_MATCH_BONUS), tier });
      else if (fit < 0) results.push({ doc, score: score * DATE_MISMATCH_FACTOR, tier: 'fuzzy' });
      else results.push({ doc, score, tier });
    };
    // A title that holds a date ("SCO summit 2004") is still an exact name typed whole.
    const typedKey = nameKey(typedQuery);
    for (const exactKey of typedKey === key ? [key] : [typedKey, key]) {
      for (const doc of index.exactNames.find(exactKey, (d) => this.bearsName(index, d, exactKey)))
        consider(doc, 1, 'exact');
    }
    // Whether a name's word is the i-th query word (or begins with it, or is a typo of it), asked
    // of the same words for candidate after candidate. A word still being typed begins a name's
    // word from its first letter ("svetlana tolyakova s"). Only the typo check, the dear part, is
    // remembered per query word; a word too long or short to be a typo is not.
    const typoOf = words.map(() => new Map<string, boolean>());
    const same = (i: number, w: string) => {
      const q = words[i]!;
      if (w === q) return true;
      const { spelled, beginnings, typed } = terms[i]!;
      // Any word of three letters or more may be cut short; a word still being typed, any word.
      if (queryWords[i]!.unfinished || typed.length >= 3) {
        for (let b = 0; b < beginnings.length; b++) if (w.startsWith(beginnings[b]!)) return true;
      }
      const typos = allowedTypos(spelled.length);
      if (Math.abs(w.length - q.length) > typos && Math.abs(w.length - spelled.length) > typos) return false;
      let answer = typoOf[i]!.get(w);
      if (answer === undefined) {
        answer =
          boundedEditDistance(q, w, typos) <= typos ||
          (spelled !== q && boundedEditDistance(spelled, w, typos) <= typos);
        typoOf[i]!.set(w, answer);
      }
      return answer;
    };
    for (const doc of candidates) {
      const coverage = scratch.total[doc]! / totalWeight;
      const complete = scratch.matchedWords[doc] === allMatched;
      const fuzzy = scratch.fuzzyWords[doc] !== 0;
      const folded = index.folded.of(doc);
      const startsName = key.length >= 3 && startsAName(folded, key);
      const tier: MatchTier = startsName ? 'prefix' : fuzzy || !complete ? 'fuzzy' : 'token';
      const { fit, inName } = this.nameMatch(folded.words, words, same);
      const phrase = phraseBonus(folded, key, literal);
      let score = Math.min(1, coverage * 0.7 + fit * 0.15 + inName * 0.15 + phrase);
      // Among names the query begins once folded (Dzhanyarova, Dzhanilyev for "dzhany"), the one it
      // begins as typed comes first.
      if (startsName) {
        const bonus = this.startsLiterally(index, doc, literal) ? LITERAL_PREFIX_BONUS : 0;
        score = Math.min(1 - LITERAL_PREFIX_BONUS, Math.max(score, 0.9)) + bonus;
      }
      consider(doc, score, tier);
    }
    this.clear(kind, candidates);
    // Autocomplete reorders on every keystroke anyway; the finer typo order is for lookups.
    const fuzzyOnes = prefixLast ? [] : results.filter((r) => r.tier === 'fuzzy');
    if (fuzzyOnes.length > 1) this.rescoreWithFuse(index, fuzzyOnes, query);
    const { documents } = index;
    const ranked = results.sort(
      (a, b) =>
        TIER_RANK[b.tier] - TIER_RANK[a.tier] ||
        b.score - a.score ||
        documents[b.doc]!.weight - documents[a.doc]!.weight,
    );
    return { ranked, tied };
  }

  /**
   * What a query word may stand for; a word that may be cut short also from each of its possible
   * beginnings ("mosc" of Moscow, folded "moskov").
   */
  private beginningMatches(
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
  private accumulate(
    kind: SearchKind,
    queryWords: readonly QueryWord[],
    fitOf?: (doc: number) => number,
  ): { candidates: number[]; tied: number } {
    const { words } = this.indexes[kind];
    const scratch = this.scratch[kind];
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
      else this.clearOne(kind, doc);
    }
    return { candidates: best, tied };
  }

  private clearOne(kind: SearchKind, doc: number): void {
    const scratch = this.scratch[kind];
    scratch.total[doc] = 0;
    scratch.current[doc] = 0;
    scratch.matchedWords[doc] = 0;
    scratch.fuzzyWords[doc] = 0;
  }

  private clear(kind: SearchKind, docs: readonly number[]): void {
    for (const doc of docs) this.clearOne(kind, doc);
  }

  /** Whether a name of the document begins with the query as typed (normalised, not folded). */
  private startsLiterally(index: KindIndex, doc: number, literal: string): boolean {
    return (
      literal !== '' && index.documents[doc]!.names.some((name) => normalizeText(name).startsWith(literal))
    );
  }

  /**
   * How well the query and the document's best name cover each other: `fit` is the share of the
   * name's words the query names ("igor ivanov" fits Igor Ivanov fully), `inName` the share of the
   * query's words found in that name rather than in prose. `same` is memoised per query.
   */
  private nameMatch(
    names: readonly (readonly string[])[],
    queryWords: readonly string[],
    same: (queryWord: number, nameWord: string) => boolean,
  ): { fit: number; inName: number } {
    let fit = 0;
    let inName = 0;
    // Indexed loops: this runs for every candidate, often before the code is optimised, when
    // for-of would allocate an iterator step per word.
    for (let n = 0; n < names.length; n++) {
      const nameWords = names[n]!;
      // Each (query word, name word) pair once: name words named by the query, query words named.
      let namedQueryWords = 0;
      let namedNameWords = 0;
      for (let k = 0; k < nameWords.length; k++) {
        const w = nameWords[k]!;
        let named = false;
        for (let i = 0; i < queryWords.length; i++) {
          if (same(i, w)) {
            named = true;
            namedQueryWords |= 1 << i;
          }
        }
        if (named) namedNameWords++;
      }
      fit = Math.max(fit, namedNameWords / nameWords.length);
      inName = Math.max(inName, bitCount(namedQueryWords) / queryWords.length);
    }
    return { fit, inName };
  }

  /** The fuzzy tier's final order comes from Fuse.js over the candidates' names and labels. */
  private rescoreWithFuse(index: KindIndex, fuzzy: readonly Ranked[], query: string): void {
    // Only the close contenders need a finer order; Fuse's bitap search is dear on long names.
    const best = Math.max(...fuzzy.map((r) => r.score));
    const contenders = fuzzy
      .filter((r) => r.score >= best - FUSE_CONTENDER_MARGIN)
      .sort((a, b) => b.score - a.score)
      .slice(0, FUSE_CONTENDERS);
    const items = contenders.map(({ doc }) => {
      const folded = index.folded.of(doc);
      return { doc, names: [folded.label, ...folded.keys] };
    });
    const fuse = new Fuse(items, {
      keys: ['names'],
      includeScore: true,
      ignoreLocation: true,
      threshold: 0.6,
    });
    const pattern = nameKey(query).slice(0, FUSE_PATTERN_CHARS);
    const fuseScores = new Map(fuse.search(pattern).map((hit) => [hit.item.doc, hit.score ?? 1]));
    for (const r of fuzzy) {
      const similarity = 1 - (fuseScores.get(r.doc) ?? 1);
      r.score = r.score * 0.85 + similarity * 0.15 * Math.min(1, r.score / CONFIDENCE_THRESHOLD);
    }
  }

  private result(doc: SearchDocument, score: number, tier: MatchTier): ScoredResult {
    // The detail (a formatted date, a speaker) is made only for the few results shown; a copy of
    // the result (spread) reads it like any other property.
    return {
      id: doc.id,
      kind: doc.kind,
      label: doc.label,
      get detail() {
        return doc.detail;
      },
      score,
      tier,
    };
  }
}

/** The index of a loaded dataset, built in this thread (records already in their final order). */
function indexDataset(dataset: Dataset): SearchIndexParts {
  const indexer = new SearchIndexer();
  indexer.addActors(dataset.actors);
  indexer.addRecords(dataset.events, dataset.quotes);
  return indexer.finish();
}

/**
 * The engine of a dataset. `parts`: its index built while the dataset was read (index-feed.ts);
 * without them, the index is built here.
 */
export function buildSearchEngine(dataset: Dataset, parts?: SearchIndexParts): SearchEngine {
  return new SearchEngine(prepareDocuments(dataset), parts ?? indexDataset(dataset));
}
