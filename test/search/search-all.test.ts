// engine.search: every match counted (past the 25 a picker lists and the 60 a lookup scores
// precisely), pages that add up to the whole list, kinds filtered, the lookup's answer first.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/dataset/types.js';
import { buildSearchEngine, type SearchEngine, type SearchKind } from '../../src/search/engine.js';
import { loadGeneratedDataset } from '../helpers/generated.js';

let dataset: Dataset;
let engine: SearchEngine;
let remove: () => void;

beforeAll(async () => {
  const generated = await loadGeneratedDataset(3000, 11);
  ({ dataset, remove } = generated);
  engine = buildSearchEngine(dataset);
});
afterAll(() => remove());

/** Every result, read a page of ten at a time. */
function allPages(query: string, kind?: SearchKind): string[] {
  const ids: string[] = [];
  const { total } = engine.search(query, { ...(kind ? { kind } : {}), limit: 10 });
  for (let offset = 0; offset < total; offset += 10) {
    const page = engine.search(query, { ...(kind ? { kind } : {}), offset, limit: 10 });
    expect(page.total).toBe(total);
    ids.push(...page.results.map((r) => r.id));
  }
  return ids;
}

describe('engine.search', () => {
  it('counts every event of a busy actor, well past what a lookup scores', () => {
    const [actorId, records] = [...dataset.byActor].sort(
      (a, b) => b[1].events.length - a[1].events.length,
    )[0]!;
    const actor = dataset.byId.get(actorId)!.record as { name: string };
    expect(records.events.length).toBeGreaterThan(60);
    const ids = allPages(actor.name, 'event');
    expect(new Set(ids).size).toBe(ids.length);
    for (const event of records.events) expect(ids).toContain(event.id);
    expect(ids.every((id) => dataset.byId.get(id)?.type === 'event')).toBe(true);
  });

  it('gives the same order a page at a time as all at once, and the totals per kind add up', () => {
    const query = 'talks';
    const whole = engine.search(query, { limit: 100_000 });
    expect(whole.total).toBeGreaterThan(25);
    expect(whole.results).toHaveLength(whole.total);
    expect(allPages(query)).toEqual(whole.results.map((r) => r.id));
    expect(whole.totals.event + whole.totals.quote + whole.totals.actor).toBe(whole.total);
    for (const kind of ['event', 'quote', 'actor'] as const) {
      const one = engine.search(query, { kind, limit: 100_000 });
      expect(one.total).toBe(whole.totals[kind]);
      expect(one.results.every((r) => r.kind === kind)).toBe(true);
    }
  });

  it('puts the lookup’s answer first', () => {
    const event = dataset.events[123]!;
    const lookup = engine.lookup({ kind: 'event', query: event.title });
    const search = engine.search(event.title, { kind: 'event', limit: 5 });
    expect(search.results[0]!.id).toBe(lookup.results[0]!.id);
  });

  it('finds nothing for a word in no record, and pages past the end are empty', () => {
    expect(engine.search('qxzvbnw').total).toBe(0);
    const { total } = engine.search('talks');
    expect(engine.search('talks', { offset: total, limit: 10 }).results).toHaveLength(0);
  });
});
