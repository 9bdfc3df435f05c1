// "told us there was no fuel": after the hearer, "there" and a verb open the words told, as "that"
// does.
import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const statementsOf = (text: string) =>
  draftOf(text)
    .draft.quotes.filter((q) => q.kind === 'reported')
    .map((q) => q.text);

describe('"there" after the hearer of "told"', () => {
  it('reports "told us there was no fuel"', () => {
    const text = article(['On May 3 Rustam Azimov told us there was no fuel left in Osh.']);
    expect(statementsOf(text)).toHaveLength(1);
  });

  it('reports "told reporters there would be talks"', () => {
    const text = article(['Rustam Azimov told reporters there would be talks in June.']);
    expect(statementsOf(text)).toHaveLength(1);
  });

  it('reports no words where "there" is a place', () => {
    const text = article(['Rustam Azimov told us there about his plans for the harvest.']);
    expect(statementsOf(text)).toEqual([]);
  });
});
