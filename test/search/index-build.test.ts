// The index is the same whatever order records arrive in (the loader feeds them by file, the
// dataset sorts them by date), and the same whether a worker thread builds it while the dataset is
// read or this thread builds it afterwards.
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildQueries, type BenchQuery } from '../../bench/queries.js';
import type { Dataset } from '../../src/dataset/types.js';
import {
  SearchIndexer,
  type EventInput,
  type KindIndexParts,
  type QuoteInput,
} from '../../src/search/index-build.js';
import { FIELD_WEIGHT } from '../../src/search/documents.js';
import { buildSearchEngine, type SearchEngine } from '../../src/search/engine.js';
import { WordIndex } from '../../src/search/word-index.js';
import type * as IndexFeed from '../../src/search/index-feed.js';
import { loadGeneratedDataset } from '../helpers/generated.js';

/** Each term's postings as (document, weight) pairs, keyed by the term itself (ids differ by order). */
function postingsByTerm(parts: KindIndexParts): Map<string, string> {
  const { terms, start, docs, weights } = parts.words;
  return new Map(
    terms.map((term, t) => {
      const pairs: string[] = [];
      for (let i = start[t]!; i < start[t + 1]!; i++) pairs.push(`${docs[i]}:${weights[i]}`);
      return [term, pairs.join(' ')];
    }),
  );
}

function namePairs(parts: KindIndexParts): string[] {
  return [...parts.nameDocs].map((doc, i) => `${doc}:${parts.nameHashes[i]}`);
}

describe('SearchIndexer', () => {
  const actors = [
    { id: 'islam-karimov', name: 'Islam Karimov', aliases: ['Karimov'], description: 'President' },
    { id: 'tashkent', name: 'Tashkent', aliases: [] },
  ];
  const events: EventInput[] = [
    {
      title: 'Tashkent bombings',
      summary: 'Bombs went off in Tashkent; Karimov blamed extremists.',
      actors: [],
      places: ['tashkent'],
    },
    { title: 'Karimov visits Moscow', summary: 'Karimov met Putin.', actors: ['islam-karimov'], places: [] },
    { title: 'Karimov decree', summary: 'A decree on cotton.', actors: ['islam-karimov'], places: [] },
  ];
  const quotes: QuoteInput[] = [
    { text: 'We will not yield', speaker: 'islam-karimov', evidence: ['"We will not yield," Karimov said.'] },
    { text: 'Order is restored', speaker: 'islam-karimov', context: 'After the bombings', evidence: ['x'] },
  ];

  it('numbers documents by their final position, whatever order they arrive in', () => {
    const inOrder = new SearchIndexer();
    inOrder.addActors(actors);
    inOrder.addRecords(events, quotes);
    const expected = inOrder.finish();

    // Arriving reversed, in two batches; order[i] = final position of the i-th arrival.
    const reversed = new SearchIndexer();
    reversed.addActors(actors);
    reversed.addRecords([events[2]!, events[1]!], [quotes[1]!]);
    reversed.addRecords([events[0]!], [quotes[0]!]);
    const actual = reversed.finish({ event: Int32Array.of(2, 1, 0), quote: Int32Array.of(1, 0) });

    for (const kind of ['event', 'quote', 'actor'] as const) {
      expect(postingsByTerm(actual[kind]), kind).toEqual(postingsByTerm(expected[kind]));
      expect(namePairs(actual[kind]), kind).toEqual(namePairs(expected[kind]));
      expect(actual[kind].words.documentCount).toBe(expected[kind].words.documentCount);
    }
    // Each term's postings: the documents naming it first, then the others, each run ascending
    // (the engine's binary search relies on it), and every document found where it sits.
    const { start, nameEnd, docs, weights } = actual.event.words;
    for (let t = 0; t + 1 < start.length; t++) {
      for (let i = start[t]!; i < start[t + 1]!; i++) {
        expect(weights[i] === FIELD_WEIGHT.name).toBe(i < nameEnd[t]!);
        if (i > start[t]! && i !== nameEnd[t]) expect(docs[i]!).toBeGreaterThan(docs[i - 1]!);
      }
    }
    const index = new WordIndex(actual.event.words);
    const karimov = index.match('karimov', 'exact')[0]!.term;
    expect([...index.nameDocuments(karimov)]).toEqual([1, 2]);
    expect([...index.postingDocs(karimov)]).toEqual([1, 2, 0]);
    expect([0, 1, 2].map((doc) => index.positionOf(karimov, doc))).toEqual([2, 0, 1]);
    expect(index.positionOf(karimov, 3)).toBe(-1);
  });
});

describe('the index built in a worker thread while loading', () => {
  let dataset: Dataset;
  let dir: string;
  let remove = () => {};
  let queries: BenchQuery[];
  let inThread: SearchEngine;
  let feed: typeof IndexFeed;

  beforeAll(async () => {
    ({ dataset, dir, remove } = await loadGeneratedDataset(3000, 5));
    queries = buildQueries(dataset, dir, 5, 200);
    inThread = buildSearchEngine(dataset);
    // The compiled module (vitest's global setup builds dist/): only compiled code starts the worker.
    const compiled = pathToFileURL(path.resolve('dist/src/search/index-feed.js')).href;
    feed = (await import(compiled)) as typeof feed;
    // Generating and loading 3,000 records takes seconds, more on a busy shared machine.
  }, 120_000);
  afterAll(() => remove());

  it('answers every query exactly as the index built in this thread', async () => {
    const loaded = await feed.loadIndexedDataset(dir);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.indexedIn).toBe('worker');
    expect(loaded.workerError).toBeUndefined();
    const brief = (engine: SearchEngine, q: BenchQuery) => {
      const result = engine.lookup({ kind: q.command, query: q.text, limit: 10 });
      return {
        status: result.status,
        results: result.results.map((r) => `${r.id} ${r.tier} ${r.score.toFixed(6)}`),
        choices: engine.autocomplete(q.command, q.text, 25).map((c) => c.id),
      };
    };
    for (const q of queries) {
      expect(brief(loaded.engine as unknown as SearchEngine, q), `${q.command} ${q.text}`).toEqual(
        brief(inThread, q),
      );
    }
  });

  it('stops the worker and reports the problems when the data is broken', async () => {
    const loaded = await feed.loadIndexedDataset(path.resolve('test/fixtures/datasets/unknown-actor'));
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    expect(loaded.problems[0]?.message).toBe('unknown actor "boris-unknown"');
  });
});
