// The benchmark's scoring, on a toy adapter whose answers are known.
import { describe, expect, it } from 'vitest';
import type { BenchQuery } from '../../bench/queries.js';
import { replaceBetweenMarkers, README_END, README_START } from '../../bench/run.js';
import { latency, percentile, rankOf, score, spreadSample, type Outcome } from '../../bench/score.js';
import type { SearchAdapter } from '../../bench/adapters/types.js';

const q = (kind: BenchQuery['kind'], text: string, expected: string | null): BenchQuery => ({
  kind,
  command: 'actor',
  text,
  expected,
});

/** Answers from a fixed table. */
const toy: SearchAdapter = {
  name: 'toy',
  build: () => {},
  lookup: (_kind, query) =>
    ({
      first: ['a', 'b'],
      third: ['x', 'y', 'a'],
      sixth: ['1', '2', '3', '4', '5', 'a'],
      nothing: [],
      something: ['z'],
    })[query] ?? [],
  autocomplete: () => [],
};

function run(queries: BenchQuery[]): Outcome[] {
  return queries.map((query) => ({ query, ids: toy.lookup(query.command, query.text), ms: 1 }));
}

describe('score', () => {
  it('counts top-1 and top-5, and a none-query as right only when nothing is returned', () => {
    const outcomes = run([
      q('exact', 'first', 'a'),
      q('typo1', 'third', 'a'),
      q('typo1', 'sixth', 'a'),
      q('partial', 'nothing', 'a'),
      q('none', 'nothing', null),
      q('none', 'something', null),
    ]);
    expect(outcomes.map((o) => rankOf(o.query, o.ids))).toEqual([0, 2, -1, -1, 0, -1]);
    const s = score(outcomes);
    expect(s.all).toEqual({ n: 6, top1: 2 / 6, top5: 3 / 6 });
    expect(s.withoutNone).toEqual({ n: 4, top1: 1 / 4, top5: 2 / 4 });
    expect(s.byKind.typo1).toEqual({ n: 2, top1: 0, top5: 0.5 });
    expect(s.byKind.none).toEqual({ n: 2, top1: 0.5, top5: 0.5 });
    expect(score([]).all).toEqual({ n: 0, top1: 0, top5: 0 });
  });
});

describe('latency', () => {
  it('takes nearest-rank percentiles', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1).reverse();
    expect(latency(values)).toMatchObject({ n: 100, p50: 50, p95: 95, p99: 99, max: 100 });
    expect(percentile([7], 99)).toBe(7);
    expect(Number.isNaN(percentile([], 50))).toBe(true);
  });

  it('samples evenly and deterministically', () => {
    const items = Array.from({ length: 100 }, (_, i) => i);
    expect(spreadSample(items, 4)).toEqual([0, 25, 50, 75]);
    expect(spreadSample(items, undefined)).toHaveLength(100);
    expect(spreadSample([1, 2], 5)).toEqual([1, 2]);
  });
});

describe('README results', () => {
  it('replaces only the text between the markers', () => {
    const text = `# Title\n\n${README_START}\nold\n${README_END}\nafter\n`;
    expect(replaceBetweenMarkers(text, 'new table')).toBe(
      `# Title\n\n${README_START}\nnew table\n${README_END}\nafter\n`,
    );
    expect(() => replaceBetweenMarkers('no markers', 'x')).toThrow();
  });
});
