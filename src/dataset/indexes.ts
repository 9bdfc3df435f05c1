// Assembles validated records into the read-only Dataset with its lookup indexes.
import { compareStarts, monthDayOf } from './dates.js';
import type { ParsedRecordFile } from './cross-check.js';
import type { Actor } from './schema.js';
import type {
  ActorRecords,
  Dataset,
  DatasetActor,
  DatasetArticle,
  DatasetEvent,
  DatasetQuote,
  DatasetRecord,
  DatasetSource,
} from './types.js';

function freezeDeep<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  Object.freeze(value);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) freezeDeep(value[i]);
  } else {
    for (const key in value) freezeDeep((value as Record<string, unknown>)[key]);
  }
  return value;
}

/** Tags a freshly parsed record (ours to change until frozen) with its article, without copying it. */
function inArticle<T extends object>(record: T, article: string): T & { readonly article: string } {
  return Object.assign(record, { article });
}

/**
 * The records in date order, records of the same start date in their original order (a stable
 * sort). Many records share a start date, so sorting the distinct dates is far less work.
 */
function sortedByDate<T extends { readonly date?: DatasetEvent['date'] }>(records: readonly T[]): T[] {
  const byStart = new Map<string, T[]>();
  for (const record of records) {
    const start = record.date?.start ?? '';
    const group = byStart.get(start);
    if (group) group.push(record);
    else byStart.set(start, [record]);
  }
  const starts = [...byStart.keys()].sort(compareStarts);
  return starts.flatMap((start) => byStart.get(start)!);
}

export function buildDataset(actorList: readonly Actor[], recordFiles: readonly ParsedRecordFile[]): Dataset {
  const articles: DatasetArticle[] = [];
  const sources: DatasetSource[] = [];
  const unsortedEvents: DatasetEvent[] = [];
  const unsortedQuotes: DatasetQuote[] = [];
  for (const file of recordFiles) {
    const article = file.article.id;
    articles.push({ ...file.article, text: file.text ?? '' });
    for (const source of file.sources) sources.push(inArticle(source, article));
    for (const event of file.events) unsortedEvents.push(inArticle(event, article));
    for (const quote of file.quotes) unsortedQuotes.push(inArticle(quote, article));
  }
  const events = sortedByDate(unsortedEvents);
  const quotes = sortedByDate(unsortedQuotes);
  const actors: DatasetActor[] = [...actorList];

  const byId = new Map<string, DatasetRecord>();
  for (const record of articles) byId.set(record.id, { type: 'article', record });
  for (const record of actors) byId.set(record.id, { type: 'actor', record });
  for (const record of sources) byId.set(record.id, { type: 'source', record });
  for (const record of events) byId.set(record.id, { type: 'event', record });
  for (const record of quotes) byId.set(record.id, { type: 'quote', record });

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

  return freezeDeep({
    articles,
    actors,
    events,
    quotes,
    sources,
    byId: byId as ReadonlyMap<string, DatasetRecord>,
    byActor: byActor as ReadonlyMap<string, ActorRecords>,
    byDayOfYear: byDayOfYear as ReadonlyMap<string, readonly DatasetEvent[]>,
  });
}
