// Dossier's own engine (src/search/), through the same interface as the alternatives. A lookup the
// engine answers with "nothing found" returns no ids, which is what a must-find-nothing query wants.
import type { Dataset } from '../../src/dataset/types.js';
import { buildSearchEngine, type SearchEngine } from '../../src/search/engine.js';
import type { Command } from '../queries.js';
import type { SearchAdapter } from './types.js';

export class DossierAdapter implements SearchAdapter {
  readonly name = 'Dossier';
  /** `engine`: one already built (as the bot builds it, while loading); otherwise build() makes it. */
  constructor(private engine?: SearchEngine) {}

  async build(dataset: Dataset): Promise<void> {
    this.engine = await buildSearchEngine(dataset);
  }

  lookup(kind: Command, query: string): string[] {
    const result = this.engine!.lookup({ kind, query, limit: 5 });
    if (result.status === 'none') return [];
    return result.results.slice(0, 5).map((r) => r.id);
  }

  autocomplete(kind: Command, prefix: string): string[] {
    return this.engine!.autocomplete(kind, prefix, 25)
      .slice(0, 25)
      .map((c) => c.id);
  }
}
