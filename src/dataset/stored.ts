// The dataset's records as the bot keeps them once validated: what lookups, sorting and indexes read
// stays on the object (ids, titles, names, dates, references); the prose only replies show
// (summaries, evidence, citations' wording) lives in the cold store and is read when asked for.
// Each getter returns a fresh copy, so a caller can never change what is stored.
import type { ColdStore } from './cold-store.js';
import {
  ActorKindSchema,
  EventStatusSchema,
  QuoteKindSchema,
  SourceKindSchema,
  type Actor,
  type Article,
  type DateSpec,
  type EventRecord,
  type Quote,
  type Source,
} from './schema.js';
import type {
  DatasetActor,
  DatasetArticle,
  DatasetEvent,
  DatasetQuote,
  DatasetRecord,
  DatasetSource,
  RecordLookup,
} from './types.js';

/**
 * Shares equal strings that recur across records (outlet names, publications, dates) so a million
 * records hold one copy of each. (References to actors already hold the registry's id string: the
 * cross-check puts it there.)
 */
class StringPool {
  private readonly strings = new Map<string, string>();

  share(value: string): string {
    const known = this.strings.get(value);
    if (known !== undefined) return known;
    this.strings.set(value, value);
    return value;
  }

  /** A frozen date whose start and end strings are shared: thousands of records share a day. */
  shareDate(date: DateSpec): DateSpec {
    date.start = this.share(date.start);
    if (date.end !== undefined) date.end = this.share(date.end);
    return Object.freeze(date);
  }
}

const EMPTY: readonly string[] = Object.freeze([]);

/**
 * The schema's own string for an enum value: a million records then share a handful of strings.
 * (A few comparisons; no hashing of the fresh string as a map would need.)
 */
function canonical<T extends string>(value: T, options: readonly T[]): T {
  return options.find((option) => option === value) ?? value;
}

/** The list itself, frozen (ours once validated); one shared empty list for all empty ones. */
function frozenList(values: string[]): readonly string[] {
  return values.length === 0 ? EMPTY : Object.freeze(values);
}

class StoredEvent implements DatasetEvent {
  readonly id: string;
  readonly article: string;
  readonly title: string;
  readonly aliases: string[] | undefined;
  readonly date: DateSpec;
  readonly status: EventRecord['status'];
  readonly actors: string[];
  readonly places: string[];
  private readonly cold: ColdStore;
  private readonly slot: number;
  private readonly evidenceCount: number;
  private readonly sourceCount: number;

  constructor(event: EventRecord, article: string, cold: ColdStore, pool: StringPool) {
    this.id = event.id;
    this.article = article;
    this.title = event.title;
    this.aliases = event.aliases && (frozenList(event.aliases) as string[]);
    this.date = pool.shareDate(event.date);
    this.status = canonical(event.status, EventStatusSchema.options);
    // The loader's cross-check has replaced each reference with the registry's own id string.
    // Typed as the schema's mutable arrays, frozen in fact.
    this.actors = frozenList(event.actors) as string[];
    this.places = frozenList(event.places) as string[];
    this.cold = cold;
    this.slot = cold.nextSlot;
    this.evidenceCount = event.evidence.length;
    this.sourceCount = event.sources.length;
    cold.add(event.summary);
    cold.addAll(event.evidence);
    cold.addAll(event.sources);
    Object.freeze(this);
  }

  get summary(): string {
    return this.cold.get(this.slot) ?? '';
  }
  get evidence(): string[] {
    return this.cold.list(this.slot + 1, this.evidenceCount);
  }
  get sources(): string[] {
    return this.cold.list(this.slot + 1 + this.evidenceCount, this.sourceCount);
  }
}

class StoredQuote implements DatasetQuote {
  readonly id: string;
  readonly article: string;
  readonly kind: Quote['kind'];
  readonly speaker: string;
  readonly title: string | undefined;
  readonly text: string;
  readonly date: DateSpec | undefined;
  private readonly cold: ColdStore;
  private readonly slot: number;
  /** 0 when the quotation is not split into parts. */
  private readonly partCount: number;
  private readonly evidenceCount: number;
  private readonly sourceCount: number;

  constructor(quote: Quote, article: string, cold: ColdStore, pool: StringPool) {
    this.id = quote.id;
    this.article = article;
    this.kind = canonical(quote.kind, QuoteKindSchema.options);
    this.speaker = quote.speaker;
    this.title = quote.title;
    this.text = quote.text;
    this.date = quote.date && pool.shareDate(quote.date);
    this.cold = cold;
    this.slot = cold.nextSlot;
    this.partCount = quote.parts?.length ?? 0;
    this.evidenceCount = quote.evidence.length;
    this.sourceCount = quote.sources.length;
    cold.add(quote.context);
    cold.addAll(quote.parts ?? []);
    cold.addAll(quote.evidence);
    cold.addAll(quote.sources);
    Object.freeze(this);
  }

  get context(): string | undefined {
    return this.cold.get(this.slot);
  }
  get parts(): string[] | undefined {
    return this.partCount === 0 ? undefined : this.cold.list(this.slot + 1, this.partCount);
  }
  get evidence(): string[] {
    return this.cold.list(this.slot + 1 + this.partCount, this.evidenceCount);
  }
  get sources(): string[] {
    return this.cold.list(this.slot + 1 + this.partCount + this.evidenceCount, this.sourceCount);
  }
}

class StoredActor implements DatasetActor {
  readonly id: string;
  readonly kind: Actor['kind'];
  readonly name: string;
  readonly aliases: string[];
  readonly description: string | undefined;
  private readonly cold: ColdStore;
  private readonly slot: number;
  private readonly evidenceCount: number;

  constructor(actor: Actor, cold: ColdStore) {
    this.id = actor.id;
    this.kind = canonical(actor.kind, ActorKindSchema.options);
    this.name = actor.name;
    this.aliases = frozenList(actor.aliases) as string[];
    this.description = actor.description;
    this.cold = cold;
    this.slot = cold.nextSlot;
    this.evidenceCount = actor.evidence.length;
    cold.add(actor.disambiguation);
    // Article id and sentence, pair by pair.
    for (const evidence of actor.evidence) {
      cold.add(evidence.article);
      cold.add(evidence.text);
    }
    Object.freeze(this);
  }

  get disambiguation(): string | undefined {
    return this.cold.get(this.slot);
  }
  get evidence(): Actor['evidence'] {
    const pairs = this.cold.list(this.slot + 1, this.evidenceCount * 2);
    const evidence: Actor['evidence'] = [];
    for (let i = 0; i < pairs.length; i += 2) evidence.push({ article: pairs[i]!, text: pairs[i + 1]! });
    return evidence;
  }
}

class StoredSource implements DatasetSource {
  readonly id: string;
  readonly article: string;
  readonly kind: Source['kind'];
  readonly outlet: string;
  readonly outletActor: string | undefined;
  readonly date: string | undefined;
  readonly dateYearInferred: boolean;
  private readonly cold: ColdStore;
  private readonly slot: number;

  constructor(source: Source, article: string, cold: ColdStore, pool: StringPool) {
    this.id = source.id;
    this.article = article;
    this.kind = canonical(source.kind, SourceKindSchema.options);
    this.outlet = pool.share(source.outlet);
    this.outletActor = source.outletActor;
    this.date = source.date === undefined ? undefined : pool.share(source.date);
    this.dateYearInferred = source.dateYearInferred;
    this.cold = cold;
    this.slot = cold.nextSlot;
    for (const value of [source.raw, source.place, source.page, source.number, source.author, source.note])
      cold.add(value);
    Object.freeze(this);
  }

  get raw(): string {
    return this.cold.get(this.slot) ?? '';
  }
  get place(): string | undefined {
    return this.cold.get(this.slot + 1);
  }
  get page(): string | undefined {
    return this.cold.get(this.slot + 2);
  }
  get number(): string | undefined {
    return this.cold.get(this.slot + 3);
  }
  get author(): string | undefined {
    return this.cold.get(this.slot + 4);
  }
  get note(): string | undefined {
    return this.cold.get(this.slot + 5);
  }
}

/**
 * Every record by id. The type tag is worked out on each lookup rather than kept in a wrapper per
 * record, which at a million records would cost more than the map itself.
 */
export class RecordsById implements RecordLookup {
  private readonly records = new Map<string, DatasetRecord['record']>();

  add(record: DatasetRecord['record']): void {
    this.records.set(record.id, record);
  }

  get(id: string): DatasetRecord | undefined {
    const record = this.records.get(id);
    if (record === undefined) return undefined;
    if (record instanceof StoredEvent) return { type: 'event', record };
    if (record instanceof StoredQuote) return { type: 'quote', record };
    if (record instanceof StoredActor) return { type: 'actor', record };
    if (record instanceof StoredSource) return { type: 'source', record };
    return { type: 'article', record: record as DatasetArticle };
  }

  has(id: string): boolean {
    return this.records.has(id);
  }

  get size(): number {
    return this.records.size;
  }
}

/** Turns validated records into stored ones, all sharing one cold store and one string pool. */
export class RecordStorer {
  private readonly pool = new StringPool();

  constructor(private readonly cold: ColdStore) {}

  article(article: Article): DatasetArticle {
    return Object.freeze({
      ...article,
      publication: this.pool.share(article.publication),
      published: this.pool.shareDate(article.published),
    });
  }
  event(event: EventRecord, article: string): DatasetEvent {
    return new StoredEvent(event, article, this.cold, this.pool);
  }
  quote(quote: Quote, article: string): DatasetQuote {
    return new StoredQuote(quote, article, this.cold, this.pool);
  }
  actor(actor: Actor): DatasetActor {
    return new StoredActor(actor, this.cold);
  }
  source(source: Source, article: string): DatasetSource {
    return new StoredSource(source, article, this.cold, this.pool);
  }
}
