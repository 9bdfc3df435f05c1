// Builds the search index's parts from what indexing needs of each record, one record at a time and
// in whatever order the records arrive. It runs in the bot's thread or in a worker thread (see
// index-feed.ts): its input and output are plain data, so they can cross between threads.
import {
  actorFields,
  actorNamesOf,
  eventFields,
  eventNames,
  quoteFields,
  quoteNames,
  type ActorNames,
  type SearchField,
  type ActorInput,
  type EventInput,
  type QuoteInput,
  type SearchKind,
} from './documents.js';
import { hashOf } from './exact-names.js';
import { nameKey } from './fold.js';
import { WordIndexBuilder, orderByKey, type WordIndexParts } from './word-index.js';
import { IntList } from '../util/int-list.js';

// The records' indexing inputs live beside the fields made from them (documents.ts).
export type { ActorInput, EventInput, QuoteInput } from './documents.js';

/** One kind's index parts: its word index, and the hashes of its documents' exact names. */
export interface KindIndexParts {
  readonly words: WordIndexParts;
  /** (hash of a folded name, document) pairs, ascending by document. */
  readonly nameHashes: Int32Array;
  readonly nameDocs: Int32Array;
}

export type SearchIndexParts = Record<SearchKind, KindIndexParts>;

/** Final positions: `order[i]` is where the i-th record added ends up (events and quotes are sorted). */
export type ArrivalOrder = Partial<Record<SearchKind, Int32Array>>;

class KindIndexBuilder {
  private readonly words = new WordIndexBuilder();
  private readonly hashes = new IntList();
  private readonly docs = new IntList();
  /** Names recur (a speaker's names on each of their quotes): fold and hash each once. */
  private readonly hashOfName = new Map<string, number>();
  private count = 0;

  add(names: readonly string[], fields: readonly SearchField[]): void {
    const doc = this.count++;
    for (const name of names) {
      let hash = this.hashOfName.get(name);
      if (hash === undefined) {
        const key = nameKey(name);
        hash = key === '' ? -1 : hashOf(key);
        this.hashOfName.set(name, hash);
      }
      if (hash === -1) continue;
      this.hashes.push(hash);
      this.docs.push(doc);
    }
    this.words.add(fields);
  }

  finish(order: Int32Array | undefined): KindIndexParts {
    const pairs = this.docs.length;
    const docOf = order ? (i: number) => order[this.docs.data[i]!]! : (i: number) => this.docs.data[i]!;
    const byDoc = order ? orderByKey(pairs, this.count, docOf) : undefined;
    const nameHashes = new Int32Array(pairs);
    const nameDocs = new Int32Array(pairs);
    for (let k = 0; k < pairs; k++) {
      const i = byDoc ? byDoc[k]! : k;
      nameHashes[k] = this.hashes.data[i]!;
      nameDocs[k] = docOf(i);
    }
    return { words: this.words.finish(order), nameHashes, nameDocs };
  }
}

/** Every kind's index, fed actors first and then records as they are read. */
export class SearchIndexer {
  private readonly namesOf = new Map<string, ActorNames>();
  private readonly kinds: Record<SearchKind, KindIndexBuilder> = {
    event: new KindIndexBuilder(),
    quote: new KindIndexBuilder(),
    actor: new KindIndexBuilder(),
  };

  /** The whole actor registry, in the dataset's order, before any record. */
  addActors(actors: readonly ActorInput[]): void {
    for (const actor of actors) {
      const names = actorNamesOf(actor);
      this.namesOf.set(actor.id, names);
      this.kinds.actor.add(names.list, actorFields(names, actor));
    }
  }

  addRecords(events: readonly EventInput[], quotes: readonly QuoteInput[]): void {
    const namesOf = (id: string) => this.namesOf.get(id);
    for (const event of events) this.kinds.event.add(eventNames(event), eventFields(namesOf, event));
    for (const quote of quotes) {
      const speaker = this.namesOf.get(quote.speaker);
      this.kinds.quote.add(quoteNames(speaker, quote), quoteFields(speaker, quote));
    }
  }

  /**
   * The events and quotes of a record file, from its JSON text: the loader has validated the file,
   * so only the schema's defaults (empty lists) need filling in.
   */
  addRecordFile(json: string): void {
    const file = JSON.parse(json) as {
      events?: { title: string; aliases?: string[]; summary: string; actors?: string[]; places?: string[] }[];
      quotes?: { title?: string; text: string; speaker: string; context?: string; evidence: string[] }[];
    };
    this.addRecords(
      (file.events ?? []).map((e) => ({
        title: e.title,
        aliases: e.aliases,
        summary: e.summary,
        actors: e.actors ?? [],
        places: e.places ?? [],
      })),
      file.quotes ?? [],
    );
  }

  finish(order: ArrivalOrder = {}): SearchIndexParts {
    return {
      event: this.kinds.event.finish(order.event),
      quote: this.kinds.quote.finish(order.quote),
      actor: this.kinds.actor.finish(order.actor),
    };
  }
}
