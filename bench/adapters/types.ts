// What the benchmark asks of a search engine, and the documents every alternative indexes.
import type { Dataset } from '../../src/dataset/types.js';
import type { Command } from '../queries.js';

export interface SearchAdapter {
  readonly name: string;
  build(dataset: Dataset): Promise<void> | void;
  /** Ranked ids, best first, at most 5; empty when the engine says nothing matches. */
  lookup(kind: Command, query: string): readonly string[];
  /** Autocomplete choices' ids, at most 25. */
  autocomplete(kind: Command, prefix: string): readonly string[];
}

/** One record as the plain libraries see it: title, aliases and text. */
export interface SearchDoc {
  readonly id: string;
  readonly title: string;
  readonly aliases: readonly string[];
  readonly text: string;
}

/**
 * The documents per command: actors by name, aliases and description; events by title, with the
 * summary as text; quotes by speaker (name and aliases) with the quotation as text.
 */
export function documentsFor(dataset: Dataset): Record<Command, SearchDoc[]> {
  const actors = new Map(dataset.actors.map((a) => [a.id, a]));
  return {
    actor: dataset.actors.map((a) => ({
      id: a.id,
      title: a.name,
      aliases: a.aliases,
      text: a.description ?? '',
    })),
    event: dataset.events.map((e) => ({ id: e.id, title: e.title, aliases: [], text: e.summary })),
    quote: dataset.quotes.map((q) => {
      const speaker = actors.get(q.speaker);
      return { id: q.id, title: speaker?.name ?? '', aliases: speaker?.aliases ?? [], text: q.text };
    }),
  };
}

export const COMMANDS: readonly Command[] = ['event', 'quote', 'actor'];
