// The engine on a generated dataset (the benchmark's generator and query set, at a size a test can
// afford): the benchmark's accuracy holds beyond the seed article, and what it relies on keeps working.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DossierAdapter } from '../../bench/adapters/dossier.js';
import { buildQueries, type BenchQuery } from '../../bench/queries.js';
import { score, type Outcome } from '../../bench/score.js';
import type { Dataset } from '../../src/dataset/types.js';
import { loadGeneratedDataset } from '../helpers/generated.js';
import { CONFIDENCE_THRESHOLD, buildSearchEngine, type SearchEngine } from '../../src/search/engine.js';
import { tokenize } from '../../src/text/normalize.js';

let dataset: Dataset;
let dir: string;
let engine: SearchEngine;
let queries: BenchQuery[];

let remove = () => {};
afterAll(() => remove());

beforeAll(async () => {
  ({ dataset, dir, remove } = await loadGeneratedDataset(5000, 3));
  engine = buildSearchEngine(dataset);
  queries = buildQueries(dataset, dir, 3, 300);
  // Generating and loading 5,000 records takes seconds, more on a busy shared machine.
}, 120_000);

async function run(): Promise<Outcome[]> {
  const adapter = new DossierAdapter();
  await adapter.build(dataset);
  return queries.map((query) => ({
    query,
    ids:
      query.kind === 'prefix'
        ? adapter.autocomplete(query.command, query.text)
        : adapter.lookup(query.command, query.text),
    ms: 0,
  }));
}

describe('the engine on a generated dataset', () => {
  it('finds the intended record first for nearly every benchmark query, and nothing for nonsense', async () => {
    const result = score(await run());
    expect(result.all.n).toBeGreaterThan(250);
    expect(result.all.top1).toBeGreaterThanOrEqual(0.95);
    expect(result.all.top5).toBeGreaterThanOrEqual(0.97);
    // Must-find-nothing queries: every one gets "nothing found".
    expect(result.byKind.none?.top1).toBe(1);
    for (const kind of ['exact', 'typo1', 'translit', 'swapped'] as const) {
      expect(result.byKind[kind]?.top1, kind).toBeGreaterThanOrEqual(0.9);
    }
  });

  it('reads a word cut to three letters as the start of a longer one', () => {
    // "syr khan zahash": the shared word alone fits several events; only the cut word tells them apart.
    const titles = dataset.events.map((e) => tokenize(e.title));
    const withWord = new Map<string, number[]>();
    titles.forEach((words, i) => {
      for (const w of new Set(words)) withWord.set(w, [...(withWord.get(w) ?? []), i]);
    });
    let checked = 0;
    for (let i = 0; i < titles.length && checked < 5; i++) {
      // A rare word (a name, a place): a common one cut to three letters says little.
      const long = titles[i]!.find(
        (w) => w.length >= 7 && !/\d/.test(w) && (withWord.get(w)?.length ?? 0) <= 3,
      );
      if (!long) continue;
      const cut = long.slice(0, 3);
      const shared = titles[i]!.find((w) => {
        const others = (withWord.get(w) ?? []).filter((j) => j !== i);
        return (
          w.length >= 5 &&
          others.length >= 2 &&
          others.every((j) => !titles[j]!.some((x) => x.startsWith(cut)))
        );
      });
      if (!shared) continue;
      const result = engine.lookup({ kind: 'event', query: `${cut} ${shared}` });
      expect(result.status, `${cut} ${shared}`).toBe('found');
      expect(result.results[0]?.id).toBe(dataset.events[i]!.id);
      checked++;
    }
    expect(checked).toBe(5);
  });

  it('answers a partial match that stands far above every other, and gets it right', () => {
    // Below the confidence threshold, a lookup is still answered when its best record stands out.
    const standouts = queries
      .filter((q) => q.expected !== null && q.kind !== 'prefix')
      .map((q) => ({ q, result: engine.lookup({ kind: q.command, query: q.text }) }))
      .filter(({ result }) => result.status === 'found' && result.results[0]!.score < CONFIDENCE_THRESHOLD);
    expect(standouts.length).toBeGreaterThan(0);
    for (const { q, result } of standouts) expect(result.results[0]!.id, q.text).toBe(q.expected);
  });
});
