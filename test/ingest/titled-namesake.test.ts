import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const statementsOf = (text: string) =>
  draftOf(text)
    .draft.quotes.filter((q) => q.kind === 'reported')
    .map((q) => q.speaker);

// Of two people sharing a surname, a title before the surname names the speaker, also when an aside
// parts the surname from the verb.
describe('a titled surname shared by two people', () => {
  it('gives "Minister Orlov, for his part, denied that …" to the minister', () => {
    const text = article([
      'Interior Minister Musa Orlov and his brother, the businessman Timur Orlov, met in Nalchik in May. Minister Orlov, for his part, denied that there was any quarrel between them.',
    ]);
    expect(statementsOf(text)).toEqual(['musa-orlov']);
  });

  it('gives "Senator Reiter, for her part, insists that …" to the senator', () => {
    const text = article([
      'Senator Anna Reiter and her husband, the lawyer Karl Reiter, own the hotel. Senator Reiter, for her part, insists that the sale was legal.',
    ]);
    expect(statementsOf(text)).toEqual(['anna-reiter']);
  });

  it('gives "Deputy Kadiev, in a statement, said that …" to the deputy', () => {
    const text = article([
      'Deputy Ruslan Kadiev and his brother, the surgeon Adam Kadiev, were both questioned in June. Deputy Kadiev, in a statement, said that the inquiry was a political vendetta.',
    ]);
    expect(statementsOf(text)).toEqual(['ruslan-kadiev']);
  });
});
