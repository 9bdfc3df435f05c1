import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const statementsOf = (text: string) =>
  draftOf(text)
    .draft.quotes.filter((q) => q.kind === 'reported')
    .map((q) => q.speaker);

// "X, a Liberal, insisted …": the capitalised noun of an appositive (a party, a people) is no speaker;
// the person before it is.
describe('a capitalised appositive noun before the reporting verb', () => {
  it('gives "X (no relation), a Liberal, insisted that …" to X', () => {
    const text = article([
      'Chairman of the Budget Committee Anton Berg (no relation), a Liberal, insisted on Monday that the budget law had been passed unlawfully.',
    ]);
    expect(statementsOf(text)).toEqual(['anton-berg']);
  });

  it('gives "X, a Catholic, told … that …" to X', () => {
    const text = article([
      'Head of the Education Department Lidia Horvat, a Catholic, told the weekly Glas that the new school would open in September.',
    ]);
    expect(statementsOf(text)).toEqual(['lidia-horvat']);
  });

  it('gives "X, an Independent, said that …" to X', () => {
    const text = article([
      'Speaking on Monday, Chairman of the Senate Treaty Committee Pavel Rek, an Independent, said that the treaty would not be ratified before the winter.',
    ]);
    expect(statementsOf(text)).toEqual(['pavel-rek']);
  });
});
