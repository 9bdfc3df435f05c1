// Assembles validated records into the read-only Dataset with its lookup indexes.
import { ColdStore } from './cold-store.js';
import { compareStarts, monthDayOf } from './dates.js';
import { RecordStorer, RecordsById } from './stored.js';
import type { ParsedRecordFile } from './cross-check.js';
import type { Actor } from './schema.js';
import type {
  ActorRecords,
  Dataset,
  DatasetActor,
  DatasetArticle,
  DatasetEvent,
  DatasetQuote,
  DatasetSource,
} from './types.js';

/**
 * Sees the records as they are stored, and where sorting puts them: the search index is built from
 * them while the rest of the dataset is still being read (see search/index-feed.ts).
 */
export interface RecordObserver {
  actors(actors: readonly Actor[]): void;
  /** A record file's JSON text, once the file has passed every check. */
  recordFile(json: string): void;
  /** `order.event[i]`: the position in `dataset.events` of the i-th event seen (quotes alike). */
  sorted(order: { event: Int32Array; quote: Int32Array }): void;
}

/**
 * Positions after a stable sort by start date: `result[i]` is where `records[i]` goes. Many records
 * share a start date, so sorting the distinct dates is far less work.
 */
function dateOrder(records: readonly { readonly date?: DatasetEvent['date'] }[]): Int32Array {
  const byStart = new Map<string, number[]>();
  records.forEach((record, index) => {
    const start = record.date?.start ?? '';
    const group = byStart.get(start);
    if (group) group.push(index);
    else byStart.set(start, [index]);
  });
  const order = new Int32Array(records.length);
  let position = 0;
  for (const start of [...byStart.keys()].sort(compareStarts)) {
    for (const index of byStart.get(start)!) order[index] = position++;
  }
  return order;
}

function placed<T>(records: readonly T[], order: Int32Array): T[] {
  const out = new Array<T>(records.length);
  records.forEach((record, index) => (out[order[index]!] = record));
  return out;
}

/**
 * Collects validated records as they are read, storing each at once (so the parsed copies and the
 * article texts can go), and assembles the read-only Dataset with its indexes at the end.
 */
export class DatasetBuilder {
  private readonly cold = new ColdStore();
  private readonly storer = new RecordStorer(this.cold);
  private readonly articles: DatasetArticle[] = [];
  private readonly sources: DatasetSource[] = [];
  private readonly unsortedEvents: DatasetEvent[] = [];
  private readonly unsortedQuotes: DatasetQuote[] = [];
  private actors: DatasetActor[] = [];

  constructor(private readonly observer?: RecordObserver) {}

  /** The registry, before any record file. */
  addActors(actors: readonly Actor[]): void {
    this.observer?.actors(actors);
    this.actors = actors.map((actor) => this.storer.actor(actor));
  }

  addFile(file: ParsedRecordFile): void {
    const { storer } = this;
    const { article } = file;
    this.observer?.recordFile(file.json);
    this.articles.push(storer.article(article));
    for (const source of file.sources) this.sources.push(storer.source(source, article.id));
    for (const event of file.events) this.unsortedEvents.push(storer.event(event, article.id));
    for (const quote of file.quotes) this.unsortedQuotes.push(storer.quote(quote, article.id));
  }

  finish(): Dataset {
    this.cold.seal();
    const { articles, actors, sources } = this;
    const order = { event: dateOrder(this.unsortedEvents), quote: dateOrder(this.unsortedQuotes) };
    const events = placed(this.unsortedEvents, order.event);
    const quotes = placed(this.unsortedQuotes, order.quote);
    this.observer?.sorted(order);

    const byId = new RecordsById();
    for (const list of [articles, actors, sources, events, quotes])
      for (const record of list) byId.add(record);

    const byActor = new Map<string, { events: DatasetEvent[]; quotes: DatasetQuote[] }>();
    const entryFor = (id: string) => {
      let entry = byActor.get(id);
      if (!entry) byActor.set(id, (entry = { events: [], quotes: [] }));
      return entry;
    };
    for (const actor of actors) entryFor(actor.id);
    // Events and quotes are already in date order, so each actor's lists come out sorted.
    for (const event of events) {
      for (const ids of [event.actors, event.places]) {
        for (const id of ids) {
          const list = entryFor(id).events;
          // An actor named twice (as actor and as place) lists the event once.
          if (list[list.length - 1] !== event) list.push(event);
        }
      }
    }
    for (const quote of quotes) entryFor(quote.speaker).quotes.push(quote);

    const byDayOfYear = new Map<string, DatasetEvent[]>();
    for (const event of events) {
      const day = monthDayOf(event.date);
      if (day === undefined) continue;
      const list = byDayOfYear.get(day) ?? [];
      list.push(event);
      byDayOfYear.set(day, list);
    }

    return Object.freeze({
      articles: Object.freeze(articles),
      actors: Object.freeze(actors),
      events: Object.freeze(events),
      quotes: Object.freeze(quotes),
      sources: Object.freeze(sources),
      byId,
      byActor: byActor as ReadonlyMap<string, ActorRecords>,
      byDayOfYear: byDayOfYear as ReadonlyMap<string, readonly DatasetEvent[]>,
    });
  }
}
