// Plain Fuse.js over title, aliases and text: the baseline that is right often and slow always.
import Fuse from 'fuse.js';
import type { Dataset } from '../../src/dataset/types.js';
import type { Command } from '../queries.js';
import { COMMANDS, documentsFor, type SearchAdapter, type SearchDoc } from './types.js';

export class FuseAdapter implements SearchAdapter {
  readonly name = 'Fuse.js';
  private indexes = new Map<Command, Fuse<SearchDoc>>();

  build(dataset: Dataset): void {
    const docs = documentsFor(dataset);
    for (const kind of COMMANDS) {
      this.indexes.set(
        kind,
        new Fuse(docs[kind], {
          keys: [
            { name: 'title', weight: 2 },
            { name: 'aliases', weight: 2 },
            { name: 'text', weight: 1 },
          ],
          threshold: 0.4,
          ignoreLocation: true,
        }),
      );
    }
  }

  lookup(kind: Command, query: string): string[] {
    return this.indexes
      .get(kind)!
      .search(query, { limit: 5 })
      .map((r) => r.item.id);
  }

  autocomplete(kind: Command, prefix: string): string[] {
    return this.indexes
      .get(kind)!
      .search(prefix, { limit: 25 })
      .map((r) => r.item.id);
  }
}
