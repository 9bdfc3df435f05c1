// MiniSearch: one index per command over title, aliases and text, names boosted, fuzzy 0.2, prefix on.
import MiniSearch from 'minisearch';
import type { Dataset } from '../../src/dataset/types.js';
import type { Command } from '../queries.js';
import { COMMANDS, documentsFor, type SearchAdapter, type SearchDoc } from './types.js';

export class MiniSearchAdapter implements SearchAdapter {
  readonly name = 'MiniSearch';
  private indexes = new Map<Command, MiniSearch<SearchDoc>>();

  build(dataset: Dataset): void {
    const docs = documentsFor(dataset);
    for (const kind of COMMANDS) {
      const index = new MiniSearch<SearchDoc>({
        fields: ['title', 'aliases', 'text'],
        storeFields: [],
        extractField: (doc, field) => {
          const value = doc[field as keyof SearchDoc];
          return Array.isArray(value) ? value.join(' ') : String(value);
        },
        searchOptions: { boost: { title: 2, aliases: 2 }, fuzzy: 0.2, prefix: true },
      });
      index.addAll(docs[kind]);
      this.indexes.set(kind, index);
    }
  }

  lookup(kind: Command, query: string): string[] {
    return this.indexes
      .get(kind)!
      .search(query)
      .slice(0, 5)
      .map((r) => String(r.id));
  }

  autocomplete(kind: Command, prefix: string): string[] {
    return this.indexes
      .get(kind)!
      .search(prefix, { fields: ['title', 'aliases'], prefix: true, fuzzy: 0.2, combineWith: 'AND' })
      .slice(0, 25)
      .map((r) => String(r.id));
  }
}
