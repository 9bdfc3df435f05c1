// The loaded, cross-checked dataset as the rest of the bot sees it: read-only records plus indexes.
import type { Actor, Article, EventRecord, Quote, Source } from './schema.js';

/** A record file's event, source or quote, tagged with the article it came from. */
export type InArticle<T> = Readonly<T> & { readonly article: string };

export type DatasetEvent = InArticle<EventRecord>;
export type DatasetQuote = InArticle<Quote>;
export type DatasetSource = InArticle<Source>;
/** An article's metadata; its text is read only to verify the records and then let go. */
export type DatasetArticle = Readonly<Article>;
export type DatasetActor = Readonly<Actor>;

export type DatasetRecord =
  | { readonly type: 'event'; readonly record: DatasetEvent }
  | { readonly type: 'quote'; readonly record: DatasetQuote }
  | { readonly type: 'actor'; readonly record: DatasetActor }
  | { readonly type: 'source'; readonly record: DatasetSource }
  | { readonly type: 'article'; readonly record: DatasetArticle };

/** Finds any record by its id, tagged with its type. */
export interface RecordLookup {
  get(id: string): DatasetRecord | undefined;
  has(id: string): boolean;
  readonly size: number;
}

export interface ActorRecords {
  /** Events the actor took part in or took place at, oldest first. */
  readonly events: readonly DatasetEvent[];
  /** Quotations and statements the actor made, oldest first. */
  readonly quotes: readonly DatasetQuote[];
}

export interface Dataset {
  readonly articles: readonly DatasetArticle[];
  readonly actors: readonly DatasetActor[];
  readonly events: readonly DatasetEvent[];
  readonly quotes: readonly DatasetQuote[];
  readonly sources: readonly DatasetSource[];
  /** Every record by its id (ids are unique across all record types). */
  readonly byId: RecordLookup;
  /** An actor's events and quotes, each in date order. */
  readonly byActor: ReadonlyMap<string, ActorRecords>;
  /** Day-precision events by "MM-DD" of their start date, oldest first: the "on this day" index. */
  readonly byDayOfYear: ReadonlyMap<string, readonly DatasetEvent[]>;
}

/** One thing wrong with the data, located precisely enough for a maintainer to fix it. */
export interface DatasetProblem {
  /** Path relative to the data directory. */
  readonly file: string;
  readonly recordId?: string;
  /** Field path inside the record, e.g. `events[3].date.start`. */
  readonly path?: string;
  readonly message: string;
  /** For JSON syntax errors. */
  readonly line?: number;
  readonly column?: number;
}

/** A record awaiting review: validated like any other, never served. */
export interface DraftRecord {
  readonly file: string;
  readonly type: 'article' | 'actor' | 'event' | 'quote';
  readonly id: string;
}

/** What was loaded, beside the dataset itself: what /about and the reload log show. */
export interface DatasetMeta {
  /** Records left out because they await review. */
  readonly drafts: readonly DraftRecord[];
  /** A hash of every file the dataset was read from (first 12 hex digits of SHA-256). */
  readonly version: string;
}

export type LoadResult =
  | ({ readonly ok: true; readonly dataset: Dataset } & DatasetMeta)
  | { readonly ok: false; readonly problems: readonly DatasetProblem[] };
