// The benchmark's query set: intended records exist, must-find-nothing queries share no word with
// the dataset, and the same seed gives the same queries.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  QUERY_KINDS,
  buildQueries,
  datasetVocabulary,
  typo,
  withinOneEdit,
  type BenchQuery,
} from '../../bench/queries.js';
import { Rng } from '../../bench/rng.js';
import type { Dataset } from '../../src/dataset/types.js';
import { loadGeneratedDataset } from '../helpers/generated.js';
import { normalizeText, tokenize } from '../../src/text/normalize.js';

let dataset: Dataset;
let dir: string;
let queries: BenchQuery[];

let remove = () => {};
afterAll(() => remove());

beforeAll(async () => {
  ({ dataset, dir, remove } = await loadGeneratedDataset(2000, 11));
  queries = buildQueries(dataset, dir, 11, 300);
});

describe('buildQueries', () => {
  it('makes the requested number of queries, of every kind', () => {
    expect(queries.length).toBe(300);
    expect(new Set(queries.map((q) => q.kind))).toEqual(new Set(QUERY_KINDS));
    expect(new Set(queries.map((q) => q.command))).toEqual(new Set(['event', 'quote', 'actor']));
    expect(queries.filter((q) => q.kind === 'prefix').every((q) => q.command !== 'quote')).toBe(true);
  });

  it('names intended records that exist, of the type the command looks up', () => {
    for (const q of queries) {
      if (q.kind === 'none') {
        expect(q.expected).toBeNull();
        continue;
      }
      const record = dataset.byId.get(q.expected!);
      expect(record, `${q.kind} ${q.text}`).toBeDefined();
      expect(record!.type).toBe(q.command);
    }
  });

  it('gives must-find-nothing queries no word of the dataset, nor a word one edit away', () => {
    const vocabulary = datasetVocabulary(dataset, dir);
    const none = queries.filter((q) => q.kind === 'none');
    expect(none.length).toBeGreaterThan(10);
    for (const q of none) {
      for (const word of tokenize(q.text)) {
        expect(vocabulary.has(word), word).toBe(false);
        for (const known of vocabulary)
          if (withinOneEdit(word, known)) expect.fail(`${word} is one edit from ${known}`);
      }
    }
  });

  it('makes prefixes of the intended name and misspellings that differ from it', () => {
    for (const q of queries) {
      if (q.kind === 'prefix') {
        const record = dataset.byId.get(q.expected!)!;
        const name =
          record.type === 'actor' ? record.record.name : record.type === 'event' ? record.record.title : '';
        expect(normalizeText(name).startsWith(q.text), `${q.text} / ${name}`).toBe(true);
      }
      if (q.kind === 'typo1' || q.kind === 'typo2' || q.kind === 'translit') {
        expect(normalizeText(q.text)).not.toBe(normalizeText(q.from ?? ''));
      }
    }
  });

  it('is the same for the same seed', () => {
    expect(buildQueries(dataset, dir, 11, 300)).toEqual(queries);
    expect(buildQueries(dataset, dir, 12, 300)).not.toEqual(queries);
  });
});

describe('typo', () => {
  it('makes one edit', () => {
    const rng = new Rng(1);
    for (let i = 0; i < 50; i++) {
      const word = 'karimov';
      const out = typo(word, rng);
      expect(out).not.toBe(word);
      expect(withinOneEdit(word, out)).toBe(true);
    }
  });
});
