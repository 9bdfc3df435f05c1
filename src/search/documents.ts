// What the engine searches: each event, quote and actor flattened into weighted text fields.
import { formatDateSpec } from '../dataset/dates.js';
import type { Dataset, DatasetActor, DatasetEvent, DatasetQuote } from '../dataset/types.js';

export type SearchKind = 'event' | 'quote' | 'actor';

/** Field weights: a name or title outranks the names of related actors, which outrank prose. */
export const FIELD_WEIGHT = { name: 100, related: 85, summary: 60, text: 50 } as const;

export interface SearchField {
  readonly weight: number;
  readonly text: string;
  /** The same text recurs in many documents (an actor's names): the index reads it once. */
  readonly recurring?: boolean;
}

export interface SearchDocument {
  readonly id: string;
  readonly kind: SearchKind;
  /** What a person sees: an event's title, an actor's name, a quotation's opening words. */
  readonly label: string;
  /** What tells it apart from similar labels: a date, a role, a speaker. */
  readonly detail: string;
  /** Exact-match names: the title or name and every alias. */
  readonly names: readonly string[];
  /** Sort key for defaults ("recent"): the record's start date, or "" when undated. */
  readonly date: string;
  /** How many events and quotes involve the record (actors: notability). */
  readonly weight: number;
}

/**
 * A document with the text fields its words are indexed from. The fields are only needed while the
 * index is built, so the engine keeps the document and lets the fields go.
 */
export interface IndexedDocument {
  readonly document: SearchDocument;
  readonly fields: readonly SearchField[];
}

/** Every name an actor goes by, joined once per actor however many records name it. */
type NamesOf = (id: string) => string;

function actorNamesLookup(dataset: Dataset): NamesOf {
  const cache = new Map<string, string>();
  return (id) => {
    let names = cache.get(id);
    if (names === undefined) {
      const entry = dataset.byId.get(id);
      names = entry?.type === 'actor' ? [entry.record.name, ...entry.record.aliases].join(' ') : '';
      cache.set(id, names);
    }
    return names;
  };
}

function eventDocument(namesOf: NamesOf, event: DatasetEvent): IndexedDocument {
  const fields: SearchField[] = [{ weight: FIELD_WEIGHT.name, text: event.title }];
  for (const id of event.actors)
    fields.push({ weight: FIELD_WEIGHT.related, text: namesOf(id), recurring: true });
  for (const id of event.places)
    fields.push({ weight: FIELD_WEIGHT.related, text: namesOf(id), recurring: true });
  // The summary retells the evidence; indexing both doubles the work and the memory for little.
  fields.push({ weight: FIELD_WEIGHT.summary, text: event.summary });
  return {
    document: {
      id: event.id,
      kind: 'event',
      label: event.title,
      detail: formatDateSpec(event.date) + (event.status === 'planned' ? ' (planned)' : ''),
      names: [event.title],
      date: event.date.start,
      weight: 1,
    },
    fields,
  };
}

function quoteDocument(dataset: Dataset, namesOf: NamesOf, quote: DatasetQuote): IndexedDocument {
  const speaker = dataset.byId.get(quote.speaker);
  const speakerName = speaker?.type === 'actor' ? speaker.record.name : quote.speaker;
  const when = quote.date ? `, ${formatDateSpec(quote.date)}` : '';
  return {
    document: {
      id: quote.id,
      kind: 'quote',
      label: quote.text,
      detail: `${speakerName}${when}${quote.kind === 'reported' ? ' (reported)' : ''}`,
      // Typing exactly a speaker's name lists what that speaker said.
      names: speaker?.type === 'actor' ? [speaker.record.name, ...speaker.record.aliases] : [],
      date: quote.date?.start ?? '',
      // Among equals, the speaker's own words come before a paraphrase.
      weight: quote.kind === 'direct' ? 2 : 1,
    },
    fields: [
      { weight: FIELD_WEIGHT.name, text: quote.text },
      // Who said it matters as much as what was said: "/quote karimov".
      { weight: FIELD_WEIGHT.name, text: namesOf(quote.speaker), recurring: true },
      { weight: FIELD_WEIGHT.summary, text: quote.context ?? '' },
      ...quote.evidence.map((part) => ({ weight: FIELD_WEIGHT.text, text: part })),
    ],
  };
}

function actorDocument(dataset: Dataset, actor: DatasetActor): IndexedDocument {
  const records = dataset.byActor.get(actor.id);
  const names = [actor.name, ...actor.aliases];
  return {
    document: {
      id: actor.id,
      kind: 'actor',
      label: actor.name,
      detail: actor.description ?? actor.kind,
      names,
      date: '',
      weight: (records?.events.length ?? 0) + (records?.quotes.length ?? 0),
    },
    fields: [
      ...names.map((text) => ({ weight: FIELD_WEIGHT.name, text })),
      // The disambiguation note names the namesake's role, so it is shown but not searched.
      { weight: FIELD_WEIGHT.related, text: actor.description ?? '' },
    ],
  };
}

export function buildDocuments(dataset: Dataset): Record<SearchKind, IndexedDocument[]> {
  const namesOf = actorNamesLookup(dataset);
  return {
    event: dataset.events.map((e) => eventDocument(namesOf, e)),
    quote: dataset.quotes.map((q) => quoteDocument(dataset, namesOf, q)),
    actor: dataset.actors.map((a) => actorDocument(dataset, a)),
  };
}
