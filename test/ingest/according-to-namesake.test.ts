import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const statementsOf = (text: string) =>
  draftOf(text)
    .draft.quotes.filter((q) => q.kind === 'reported')
    .map((q) => q.speaker);

// "According to X" with a surname two people share: the namesake a recent role noun points to, else
// the one named last, as for a surname before a reporting verb.
describe('"according to" a surname two people share', () => {
  it('gives it to the namesake named last', () => {
    const text = article([
      'Interior Minister Musa Orlov and his brother, the businessman Timur Orlov, own a hotel in Nalchik. Timur Orlov said on Monday that the hotel would be sold. According to Orlov, the buyer is a bank from Moscow.',
    ]);
    expect(statementsOf(text)).toEqual(['timur-orlov', 'timur-orlov']);
  });

  it('gives it to the namesake a role noun just before points to', () => {
    const text = article([
      'Senator Anna Reiter and her husband, the lawyer Karl Reiter, own the hotel. The lawyer was questioned for six hours on Friday. According to Reiter, the police found nothing.',
    ]);
    expect(statementsOf(text)).toEqual(['karl-reiter']);
  });
});
