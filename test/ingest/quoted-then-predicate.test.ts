import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const statementsOf = (text: string) =>
  draftOf(text)
    .draft.quotes.filter((q) => q.kind === 'reported')
    .map((q) => q.speaker);

// Reported words that run into a quotation and go on with a second predicate of the same clause
// ("had “…” and could not …") are a statement as well as a quotation.
describe('a second predicate after a quotation', () => {
  it('keeps "… had “…” and could not expect …"', () => {
    const text = article([
      'Minister Lev Orlov said on Monday that the company had “broken every promise” and could not expect another loan.',
    ]);
    expect(statementsOf(text)).toEqual(['lev-orlov']);
  });

  it('keeps "… was “…” and would not be ratified …"', () => {
    const text = article([
      'Senator Mira Holt told reporters that the treaty was “a dead letter” and would not be ratified this year.',
    ]);
    expect(statementsOf(text)).toEqual(['mira-holt']);
  });

  it('keeps "… had “…” and was now ready …"', () => {
    const text = article([
      'Ambassador Timur Dosov said that Astana had “waited long enough” and was now ready to act alone.',
    ]);
    expect(statementsOf(text)).toEqual(['timur-dosov']);
  });
});
