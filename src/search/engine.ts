// The matching engine's public face: built once from the dataset, it answers lookups (an answer, a
// picker of records too close to call, or "nothing found" with suggestions), autocomplete, and the
// message command. How a query is read and scored is ranking.ts's; the verdict is verdict.ts's.
import type { Dataset } from '../dataset/types.js';
import type { SearchDocument, SearchKind } from './documents.js';
import { SearchIndexer, type SearchIndexParts } from './index-build.js';
import { CANDIDATES_TO_RESCORE } from './candidates.js';
import { assembleKindIndex, prepareDocuments, type KindIndex, type PreparedDocuments } from './kind-index.js';
import { mentionsIn } from './mentions.js';
import { rank, type Ranked } from './ranking.js';
import { compareMatches, searchKind, type Match } from './search-all.js';
import { SUGGESTION_THRESHOLD, judge, type MatchTier } from './verdict.js';
import { tokenize } from '../text/normalize.js';

export type { SearchKind } from './documents.js';

export type { MatchTier } from './verdict.js';
export { FoldedNamesCache, type FoldedNames } from './folded-names.js';
export { prepareDocuments, type PreparedDocuments } from './kind-index.js';
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

export interface SearchOptions {
  /** One kind only; all three when absent. */
  readonly kind?: SearchKind;
  /** How many results to skip (paging). */
  readonly offset?: number;
  readonly limit?: number;
}

export interface SearchResults {
  /** Every record matching the query, over the kinds searched. */
  readonly total: number;
  readonly totals: Readonly<Record<SearchKind, number>>;
  /** The page asked for, best first. */
  readonly results: readonly ScoredResult[];
}

/** Kinds in the order they come when equally good: a person or place before what involves it. */
const SEARCH_KINDS: readonly SearchKind[] = ['actor', 'event', 'quote'];

export interface AutocompleteChoice {
  readonly id: string;
  readonly name: string;
  readonly detail: string;
}

export class SearchEngine {
  private readonly indexes: Record<SearchKind, KindIndex>;

  constructor(documents: PreparedDocuments, parts: SearchIndexParts) {
    this.indexes = {
      event: assembleKindIndex('event', documents.event, parts.event),
      quote: assembleKindIndex('quote', documents.quote, parts.quote),
      actor: assembleKindIndex('actor', documents.actor, parts.actor),
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
    const { ranked, tied } = rank(index, options.query, false, options.filter);
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

  /**
   * Every record matching the query, counted, one page of them returned (`/search`, the web search
   * page). See search-all.ts for what matches and in what order.
   */
  search(query: string, options: SearchOptions = {}): SearchResults {
    const kinds = options.kind ? [options.kind] : SEARCH_KINDS;
    const offset = Math.max(0, options.offset ?? 0);
    const limit = Math.max(0, options.limit ?? 10);
    const totals = { event: 0, quote: 0, actor: 0 };
    const first: { kind: SearchKind; match: Match }[] = [];
    for (const kind of kinds) {
      // Each kind's first offset + limit hold the merged list's first offset + limit.
      const found = searchKind(this.indexes[kind], query, offset + limit);
      totals[kind] = found.total;
      for (const match of found.first) first.push({ kind, match });
    }
    // A stable sort: equals keep their kind's order and their order within it.
    if (kinds.length > 1) first.sort((a, b) => compareMatches(a.match, b.match));
    return {
      total: totals.event + totals.quote + totals.actor,
      totals,
      results: first
        .slice(offset, offset + limit)
        .map(({ kind, match }) =>
          this.result(this.indexes[kind].documents[match.doc]!, match.score, match.tier),
        ),
    };
  }

  /**
   * The actors a text names (any name or alias, as whole words) and the events whose titles it
   * mostly repeats: what "Look up in Dossier" shows for a message.
   */
  mentionsIn(text: string, limit = 10): { actors: ScoredResult[]; events: ScoredResult[] } {
    const found = mentionsIn(this.indexes.actor, this.indexes.event, text, limit);
    return {
      actors: found.actors.map((doc) => this.result(doc, 1, 'exact')),
      events: found.events.map(({ document, share }) => this.result(document, share, 'token')),
    };
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
    return rank(index, query, true)
      .ranked.filter((r) => r.score >= SUGGESTION_THRESHOLD)
      .slice(0, limit)
      .map((r) => toChoice(index.documents[r.doc]!));
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
