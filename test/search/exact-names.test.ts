import { describe, expect, it } from 'vitest';
import { ExactNames, hashOf } from '../../src/search/exact-names.js';

describe('ExactNames', () => {
  it('finds the documents filed under a name, each once, in order', () => {
    const names = new ExactNames();
    names.add('igor ivanov', 3);
    names.add('sergei ivanov', 4);
    names.add('igor ivanov', 7);
    names.add('igor ivanov', 7);
    expect(names.find('igor ivanov', () => true)).toEqual([3, 7]);
    expect(names.find('sergei ivanov', () => true)).toEqual([4]);
    expect(names.find('ivanov', () => true)).toEqual([]);
  });

  it('keeps two names whose hashes collide apart through the confirmation', () => {
    // Among a few hundred thousand made-up names, two share a 30-bit hash (a birthday collision).
    const seen = new Map<number, string>();
    let pair: [string, string] | undefined;
    let state = 12345;
    const letter = () => {
      // xorshift32
      state ^= state << 13;
      state ^= state >>> 17;
      state ^= state << 5;
      return String.fromCharCode(97 + ((state >>> 0) % 26));
    };
    for (let i = 0; !pair && i < 1_000_000; i++) {
      const name = Array.from({ length: 10 }, letter).join('');
      const other = seen.get(hashOf(name));
      if (other !== undefined && other !== name) pair = [other, name];
      seen.set(hashOf(name), name);
    }
    expect(pair).toBeDefined();
    const [first, second] = pair!;
    const names = new ExactNames();
    const nameOf = new Map([
      [1, first],
      [2, second],
    ]);
    names.add(first, 1);
    names.add(second, 2);
    expect(names.find(first, (doc) => nameOf.get(doc) === first)).toEqual([1]);
    expect(names.find(second, (doc) => nameOf.get(doc) === second)).toEqual([2]);
  });
});
