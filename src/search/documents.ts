// What the engine searches: each event, quote and actor flattened into weighted text fields.
import { formatDateSpec } from '../dataset/dates.js';
import type { Dataset, DatasetActor, DatasetEvent, DatasetQuote } from '../dataset/types.js';

/** What indexing reads of an actor. */
export interface ActorInput {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly description?: string | undefined;
}

/** What indexing reads of an event. */
export interface EventInput {
  readonly title: string;
  /** Other names the event is known by. */
  readonly aliases?: readonly string[] | undefined;
  readonly summary: string;
  readonly actors: readonly string[];
  readonly places: readonly string[];
}

/** What indexing reads of a quotation or statement. */
export interface QuoteInput {
  /** A short name for the quotation. */
  readonly title?: string | undefined;
  readonly text: string;
  readonly speaker: string;
  readonly context?: string | undefined;
  readonly evidence: readonly string[];
}

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
  /** The record's end date (its start when it has no end), or "" when undated. */
  readonly dateEnd: string;
  /** How many events and quotes involve the record (actors: notability). */
  readonly weight: number;
}

/** Every name an actor goes by (name first), one shared array per actor, and those names joined. */
export interface ActorNames {
  readonly list: readonly string[];
  readonly joined: string;
}

export function actorNamesOf(actor: Pick<ActorInput, 'name' | 'aliases'>): ActorNames {
  const list = [actor.name, ...actor.aliases];
  return { list, joined: list.join(' ') };
}

function actorNamesLookup(dataset: Dataset): (id: string) => ActorNames | undefined {
  const cache = new Map<string, ActorNames | undefined>();
  return (id) => {
    if (cache.has(id)) return cache.get(id);
    const entry = dataset.byId.get(id);
    const names = entry?.type === 'actor' ? actorNamesOf(entry.record) : undefined;
    cache.set(id, names);
    return names;
  };
}

// Documents are views of their records: what they show is read (or formatted) when asked for,
// so a million of them hold little more than a reference each.

class EventDocument implements SearchDocument {
  constructor(private readonly event: DatasetEvent) {}
  get id() {
    return this.event.id;
  }
  get kind() {
    return 'event' as const;
  }
  get label() {
    return this.event.title;
  }
  get detail() {
    return formatDateSpec(this.event.date) + (this.event.status === 'planned' ? ' (planned)' : '');
  }
  get names() {
    return eventNames(this.event);
  }
  get date() {
    return this.event.date.start;
  }
  get dateEnd() {
    return this.event.date.end ?? this.event.date.start;
  }
  get weight() {
    return 1;
  }
}

class QuoteDocument implements SearchDocument {
  constructor(
    private readonly quote: DatasetQuote,
    private readonly speaker: ActorNames | undefined,
  ) {}
  get id() {
    return this.quote.id;
  }
  get kind() {
    return 'quote' as const;
  }
  get label() {
    return this.quote.text;
  }
  get detail() {
    const { quote } = this;
    const when = quote.date ? `, ${formatDateSpec(quote.date)}` : '';
    return `${this.speaker?.list[0] ?? quote.speaker}${when}${quote.kind === 'reported' ? ' (reported)' : ''}`;
  }
  /** Typing exactly a speaker's name lists what that speaker said; its title names it too. */
  get names() {
    return quoteNames(this.speaker, this.quote);
  }
  get date() {
    return this.quote.date?.start ?? '';
  }
  get dateEnd() {
    return this.quote.date?.end ?? this.date;
  }
  /** Among equals, the speaker's own words come before a paraphrase. */
  get weight() {
    return this.quote.kind === 'direct' ? 2 : 1;
  }
}

class ActorDocument implements SearchDocument {
  constructor(
    private readonly actor: DatasetActor,
    readonly names: readonly string[],
    readonly weight: number,
  ) {}
  get id() {
    return this.actor.id;
  }
  get kind() {
    return 'actor' as const;
  }
  get label() {
    return this.actor.name;
  }
  get detail() {
    return this.actor.description ?? this.actor.kind;
  }
  get date() {
    return '';
  }
  get dateEnd() {
    return '';
  }
}

// The text fields each kind's words are indexed from. They are made one document at a time while
// the index is built and let go at once: made all together, a million documents' fields would
// outlive the young generation and leave the old one full of garbage.

/** The exact names of an event: its title and aliases. */
export function eventNames(event: Pick<EventInput, 'title' | 'aliases'>): readonly string[] {
  return event.aliases && event.aliases.length > 0 ? [event.title, ...event.aliases] : [event.title];
}

/** The exact names of a quotation: its speaker's names, and its title when it has one. */
export function quoteNames(
  speaker: ActorNames | undefined,
  quote: Pick<QuoteInput, 'title'>,
): readonly string[] {
  const names = speaker?.list ?? [];
  return quote.title === undefined ? names : [...names, quote.title];
}

export function eventFields(
  namesOf: (id: string) => ActorNames | undefined,
  event: EventInput,
): SearchField[] {
  const fields: SearchField[] = eventNames(event).map((text) => ({ weight: FIELD_WEIGHT.name, text }));
  for (const ids of [event.actors, event.places]) {
    for (const id of ids)
      fields.push({ weight: FIELD_WEIGHT.related, text: namesOf(id)?.joined ?? '', recurring: true });
  }
  // The summary retells the evidence; indexing both doubles the work and the memory for little.
  fields.push({ weight: FIELD_WEIGHT.summary, text: event.summary });
  return fields;
}

export function quoteFields(speaker: ActorNames | undefined, quote: QuoteInput): SearchField[] {
  return [
    { weight: FIELD_WEIGHT.name, text: quote.text },
    { weight: FIELD_WEIGHT.name, text: quote.title ?? '' },
    // Who said it matters as much as what was said: "/quote karimov".
    { weight: FIELD_WEIGHT.name, text: speaker?.joined ?? '', recurring: true },
    { weight: FIELD_WEIGHT.summary, text: quote.context ?? '' },
    ...quote.evidence.map((part) => ({ weight: FIELD_WEIGHT.text, text: part })),
  ];
}

export function actorFields(names: ActorNames, actor: Pick<ActorInput, 'description'>): SearchField[] {
  return [
    ...names.list.map((text) => ({ weight: FIELD_WEIGHT.name, text })),
    // The disambiguation note names the namesake's role, so it is shown but not searched.
    { weight: FIELD_WEIGHT.related, text: actor.description ?? '' },
  ];
}

/** Each kind's documents, in the dataset's order (the index numbers documents the same way). */
export function buildDocuments(dataset: Dataset): Record<SearchKind, SearchDocument[]> {
  const namesOf = actorNamesLookup(dataset);
  const actorWeight = (actor: DatasetActor) => {
    const records = dataset.byActor.get(actor.id);
    return (records?.events.length ?? 0) + (records?.quotes.length ?? 0);
  };
  return {
    event: dataset.events.map((event) => new EventDocument(event)),
    quote: dataset.quotes.map((quote) => new QuoteDocument(quote, namesOf(quote.speaker))),
    actor: dataset.actors.map(
      (actor) => new ActorDocument(actor, namesOf(actor.id)!.list, actorWeight(actor)),
    ),
  };
}
