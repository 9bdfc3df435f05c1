import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const statementsOf = (text: string) =>
  draftOf(text)
    .draft.quotes.filter((q) => q.kind === 'reported')
    .map((q) => q.speaker);

// A full "that" clause, then a participle's clause carrying the quotation: the clause is a statement.
describe('a "that" clause before a participle that carries a quotation', () => {
  it('keeps "denied that …, calling it “…”" as a statement', () => {
    const text = article([
      'Ivo Brandt denied that the new tariff was a punishment, calling it “a plain matter of arithmetic.”',
    ]);
    expect(statementsOf(text)).toEqual(['ivo-brandt']);
  });

  it('keeps "said that …, describing the talks as “…”" as a statement', () => {
    const text = article([
      'Lena Marsh said that the border would reopen in a week, describing the talks as “long but useful.”',
    ]);
    expect(statementsOf(text)).toEqual(['lena-marsh']);
  });

  it('keeps "insisted that …, adding “…”" as a statement', () => {
    const text = article([
      'Piet Vos insisted that the grain deliveries had been paid for, adding “we owe nobody anything.”',
    ]);
    expect(statementsOf(text)).toEqual(['piet-vos']);
  });
});
