import { describe, expect, it, vi } from 'vitest';
import { warmUpLookups } from '../../src/lookups/warm-up.js';
import type { AppContext } from '../../src/interactions/types.js';
import type { SearchKind } from '../../src/search/engine.js';
import { createTestApp } from '../helpers/app.js';

describe('warmUpLookups', () => {
  it('runs lookups and autocompletes of every kind, from names in the dataset', async () => {
    const { context } = await createTestApp();
    const lookups = vi.spyOn(context.engine, 'lookup');
    const autocompletes = vi.spyOn(context.engine, 'autocomplete');
    const result = warmUpLookups(context, { budgetMs: 10_000 });
    const kinds = (calls: readonly unknown[][]) =>
      new Set(
        calls.map((call) => (typeof call[0] === 'string' ? call[0] : (call[0] as { kind: SearchKind }).kind)),
      );
    expect(kinds(lookups.mock.calls)).toEqual(new Set(['event', 'actor', 'quote']));
    expect(kinds(autocompletes.mock.calls)).toEqual(new Set(['event', 'actor', 'quote']));
    // Names as typed and with a typo: the typo path (the costliest to leave cold) is taken.
    const queries = lookups.mock.calls.map((call) => call[0].query);
    const actorName = context.dataset.actors[0]!.name;
    expect(queries).toContain(actorName);
    expect(
      queries.some((q) => q !== q.toLowerCase() || !context.dataset.actors.some((a) => a.name === q)),
    ).toBe(true);
    // Not cut short: one autocomplete per name taken (up to 60 of each kind).
    const { actors, events, quotes } = context.dataset;
    const perKind = (n: number) => Math.min(60, n);
    expect(autocompletes.mock.calls.length).toBe(
      perKind(actors.length) + perKind(events.length) + perKind(quotes.length),
    );
    expect(result.lookups).toBeGreaterThanOrEqual(
      lookups.mock.calls.length + autocompletes.mock.calls.length,
    );
  });

  it('stops at its time budget', async () => {
    const { context } = await createTestApp();
    expect(warmUpLookups(context, { budgetMs: 0 }).lookups).toBe(0);
  });

  it('never throws: a failing lookup ends the warm-up, start-up goes on', async () => {
    const { context } = await createTestApp();
    const broken: AppContext = {
      ...context,
      engine: Object.assign(Object.create(Object.getPrototypeOf(context.engine) as object), context.engine, {
        lookup: () => {
          throw new Error('index broken');
        },
      }) as AppContext['engine'],
    };
    expect(() => warmUpLookups(broken)).not.toThrow();
    expect(warmUpLookups(broken).lookups).toBe(0);
  });
});
