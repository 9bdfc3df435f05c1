import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const statementsOf = (text: string) =>
  draftOf(text)
    .draft.quotes.filter((q) => q.kind === 'reported')
    .map((q) => q.speaker);

// "He added …" after a surname two people share: the namesake named last by a full name (or a role
// noun points to), not no one.
describe('a pronoun whose antecedent is a shared surname', () => {
  it('gives "Orlov told X …. He added that …" to the Orlov named last', () => {
    const text = article([
      'Interior Minister Musa Orlov and his brother, the businessman Timur Orlov, own a hotel in Nalchik. On Monday, Timur Orlov spoke to the press. Orlov told Interfax that the hotel was for sale. He added that the buyer would be announced in May.',
    ]);
    expect(statementsOf(text)).toEqual(['timur-orlov', 'timur-orlov']);
  });

  it('gives "Reiter said …. She added that …" to the Reiter named last', () => {
    const text = article([
      'Senator Anna Reiter and her sister, the lawyer Greta Reiter, own the hotel. On Friday, Greta Reiter met the investigators. Reiter said on Saturday that the police had found nothing. She added that the hotel would reopen in June.',
    ]);
    expect(statementsOf(text)).toEqual(['greta-reiter', 'greta-reiter']);
  });
});
