// FlexSearch: a document index per command, forward (prefix) tokenisation, the LatinBalance encoder
// (folds spelling variants), suggestions on so a partly matching query still returns something.
import { Charset, Document } from 'flexsearch';
import type { Dataset } from '../../src/dataset/types.js';
import type { Command } from '../queries.js';
import { COMMANDS, documentsFor, type SearchAdapter } from './types.js';

type FlexDoc = { id: string; title: string; aliases: string; text: string };

export class FlexSearchAdapter implements SearchAdapter {
  readonly name = 'FlexSearch';
  private indexes = new Map<Command, Document<FlexDoc>>();

  build(dataset: Dataset): void {
    const docs = documentsFor(dataset);
    for (const kind of COMMANDS) {
      const index = new Document<FlexDoc>({
        document: {
          id: 'id',
          index: [
            { field: 'title', tokenize: 'forward' },
            { field: 'aliases', tokenize: 'forward' },
            { field: 'text', tokenize: 'forward' },
          ],
        },
        encoder: Charset.LatinBalance,
      });
      for (const d of docs[kind])
        index.add({ id: d.id, title: d.title, aliases: d.aliases.join(' | '), text: d.text });
      this.indexes.set(kind, index);
    }
  }

  private search(kind: Command, query: string, limit: number, fields?: (keyof FlexDoc)[]): string[] {
    const results = this.indexes.get(kind)!.search(query, {
      limit,
      merge: true,
      suggest: true,
      ...(fields ? { index: fields } : {}),
    }) as unknown as { id: string }[];
    return results.slice(0, limit).map((r) => String(r.id));
  }

  lookup(kind: Command, query: string): string[] {
    return this.search(kind, query, 5);
  }

  autocomplete(kind: Command, prefix: string): string[] {
    return this.search(kind, prefix, 25, ['title', 'aliases']);
  }
}
