// The burst benchmark at a tiny scale: the seed dataset, 20 interactions at once through the real
// bot and the stand-in; every one gets exactly one first callback, within Discord's deadline.
import { describe, expect, it } from 'vitest';
import { DEADLINE_MS, burstPassed, planBurst, runBurst } from '../../bench/burst.js';
import { buildQueries } from '../../bench/queries.js';

describe('runBurst', () => {
  it('answers each of 20 simultaneous interactions exactly once, in time', async () => {
    const result = await runBurst({
      dataDir: 'data',
      count: 20,
      seed: 1,
      queries: (dataset) => buildQueries(dataset, 'data', 1, 60),
      warmup: 2,
    });
    expect(result.count).toBe(20);
    expect(result.commands).toBeGreaterThan(0);
    expect(result.autocompletes).toBeGreaterThan(0);
    for (const x of result.interactions) {
      expect(x.callbacks, `${x.kind} /${x.command} ${x.text}`).toBe(1);
      expect(x.callbackStatus).toBeGreaterThanOrEqual(200);
      expect(x.callbackStatus).toBeLessThan(300);
      expect(x.firstCallbackMs).toBeLessThanOrEqual(DEADLINE_MS);
      expect(x.kind === 'autocomplete' ? [8] : [4, 5]).toContain(x.callbackType);
    }
    expect(new Set(result.interactions.map((x) => x.id)).size).toBe(20);
    expect(result.answered).toBe(20);
    expect(result.missing).toBe(0);
    expect(result.badCallbacks).toBe(0);
    expect(result.errors).toBe(0);
    expect(result.deferredCompleted).toBe(result.deferred);
    expect(burstPassed(result)).toBe(true);
  });
});

describe('planBurst', () => {
  it('mixes lookups of every command with autocomplete, the same for the same seed', () => {
    const queries = [
      { kind: 'exact', command: 'event', text: 'putin visits samarkand', expected: 'x' },
      { kind: 'typo1', command: 'actor', text: 'karimof', expected: 'y' },
      { kind: 'none', command: 'quote', text: 'zebra lantern', expected: null },
      { kind: 'prefix', command: 'actor', text: 'kari', expected: 'y' },
    ] as const;
    const plan = planBurst(queries, 50, 3);
    expect(plan).toEqual(planBurst(queries, 50, 3));
    expect(plan.filter((p) => p.kind === 'autocomplete')).toHaveLength(10);
    expect(new Set(plan.map((p) => p.command))).toEqual(new Set(['event', 'actor', 'quote']));
    expect(plan.filter((p) => p.command === 'actor').every((p) => p.option === 'name')).toBe(true);
  });
});
