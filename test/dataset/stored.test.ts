// Records keep their prose in the cold store: what comes back is exactly what the files say, every
// read is a fresh copy, and the store holds any text across its buffers' boundaries.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ColdStore } from '../../src/dataset/cold-store.js';
import { loadDataset } from '../../src/dataset/load.js';
import type { Dataset } from '../../src/dataset/types.js';

const VALID = path.resolve('test/fixtures/datasets/valid');

describe('ColdStore', () => {
  it('gives back every value, absent ones included, across many small buffers', () => {
    const store = new ColdStore(64);
    const values = [
      'plain ASCII',
      undefined,
      '“Curly quotes” and an em dash — in Tashkent’s press',
      'Кириллица и ўзбек тили',
      'an emoji 🛰️ and a combining é',
      'x'.repeat(200), // longer than a buffer
      'a',
    ];
    const first = store.nextSlot;
    for (const value of values) store.add(value);
    store.seal();
    values.forEach((value, i) => expect(store.get(first + i)).toBe(value));
    expect(store.list(first + 2, 3)).toEqual(values.slice(2, 5));
    expect(store.bytes).toBeGreaterThanOrEqual(200);
  });
});

describe('stored records', () => {
  let dataset: Dataset;
  let file: {
    events: Record<string, unknown>[];
    quotes: Record<string, unknown>[];
    sources: Record<string, unknown>[];
  };
  let registry: { actors: Record<string, unknown>[] };

  beforeAll(async () => {
    const loaded = await loadDataset(VALID);
    if (!loaded.ok) throw new Error('the valid fixture must load');
    dataset = loaded.dataset;
    file = JSON.parse(await readFile(path.join(VALID, 'records/tm-2-7-harbor-talks.json'), 'utf8'));
    registry = JSON.parse(await readFile(path.join(VALID, 'actors/registry.json'), 'utf8'));
  });

  it('read back every field of an event, a quote, a source and an actor as the files have them', () => {
    const event = dataset.events[0]!;
    const expected = file.events[0]!;
    for (const key of Object.keys(expected)) {
      expect(event[key as keyof typeof event], key).toEqual(expected[key]);
    }
    const quote = dataset.quotes[0]!;
    for (const key of Object.keys(file.quotes[0]!)) {
      expect(quote[key as keyof typeof quote], key).toEqual(file.quotes[0]![key]);
    }
    const source = dataset.sources[0]!;
    for (const key of Object.keys(file.sources[0]!)) {
      expect(source[key as keyof typeof source], key).toEqual(file.sources[0]![key]);
    }
    for (const expectedActor of registry.actors) {
      const actor = dataset.byId.get(expectedActor.id as string);
      expect(actor?.type).toBe('actor');
      for (const key of Object.keys(expectedActor)) {
        expect((actor?.record as unknown as Record<string, unknown>)[key], key).toEqual(expectedActor[key]);
      }
    }
  });

  it('leave out what a record does not have', () => {
    const quote = dataset.quotes[0]!;
    expect(quote.context).toBeUndefined();
    expect(dataset.sources[0]!.author).toBeUndefined();
    expect(dataset.events[0]!.evidence).toHaveLength(1);
  });

  it('hand out copies: changing what a getter returned changes nothing stored', () => {
    const event = dataset.events[0]!;
    const evidence = event.evidence;
    evidence[0] = 'changed';
    evidence.push('added');
    expect(event.evidence).toEqual(file.events[0]!.evidence);
    expect(Object.isFrozen(event)).toBe(true);
    expect(Object.isFrozen(event.date)).toBe(true);
    expect(() => (event.actors as string[]).push('someone')).toThrow();
  });

  it('are found by id with their type', () => {
    expect(dataset.byId.get('src-harbor-news-2010-03-03')?.type).toBe('source');
    expect(dataset.byId.get('tm-2-7-harbor-talks')?.type).toBe('article');
    expect(dataset.byId.get('ev-petrova-meets-dal')?.record).toBe(dataset.events[0]);
    expect(dataset.byId.get('nothing')).toBeUndefined();
    expect(dataset.byId.has('q-petrova-pier')).toBe(true);
    expect(dataset.byId.size).toBe(
      dataset.articles.length +
        dataset.actors.length +
        dataset.sources.length +
        dataset.events.length +
        dataset.quotes.length,
    );
  });
});
