// One kind's (events', quotes' or actors') documents and index, put together once: what every
// lookup of that kind reads.
import type { Dataset } from '../dataset/types.js';
import { buildDocuments, type SearchDocument, type SearchKind } from './documents.js';
import { ExactNames } from './exact-names.js';
import { FoldedNamesCache } from './folded-names.js';
import type { KindIndexParts } from './index-build.js';
import { dateNumber } from './query-date.js';
import { WordIndex } from './word-index.js';
import { Scratch } from './scratch.js';

export interface KindIndex {
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
  /** Reused accumulators of one lookup (see candidates.ts). */
  readonly scratch: Scratch;
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
export interface DateRanges {
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
export interface KindDocuments {
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

export function assembleKindIndex(
  kind: SearchKind,
  prepared: KindDocuments,
  parts: KindIndexParts,
): KindIndex {
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
    scratch: new Scratch(count),
  };
}
