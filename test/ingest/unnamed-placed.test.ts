import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

/** Each direct quotation with the name of its speaker. */
const quotesOf = (text: string) => {
  const { draft } = draftOf(text);
  return draft.quotes
    .filter((q) => q.kind === 'direct')
    .map((q) => [draft.actors.find((a) => a.id === q.speaker)?.name ?? q.speaker, q.text]);
};

// One unnamed speaker placed by a city, or by a workplace the article never names, and one named
// by the last word of a body the article names: each speaks its quoted words.
describe('unnamed speakers placed by a city or an unnamed workplace', () => {
  it('drafts "a Polish diplomat in Berlin, who …, told …" for the quoted words', () => {
    const text = article([
      'A Polish diplomat in Berlin, who did not want to be named, told reporters that Warsaw saw the two loans as “one bill in two envelopes” (PAP, June 3).',
    ]);
    expect(quotesOf(text)).toEqual([['A Polish diplomat in Berlin', 'one bill in two envelopes']]);
  });

  it('drafts "one Western ambassador in <city> said" after the quotation', () => {
    const text = article([
      'The talks in Vienna ended without a date for the next round. “Nobody wanted to be the first to stand up,” one Western ambassador in Vienna said.',
    ]);
    expect(quotesOf(text)).toEqual([
      ['one Western ambassador in Vienna', 'Nobody wanted to be the first to stand up,'],
    ]);
  });

  it('drafts "officials at the bank" who told someone what they had heard', () => {
    const text = article([
      'Our landlord ended the lease in March. Officials at the bank told our accountant that the loan had been “put on hold.”',
    ]);
    expect(quotesOf(text)).toEqual([['Officials at the bank', 'put on hold.']]);
  });

  it('drafts "a Commission official" when the article names the European Commission', () => {
    const text = article([
      'The European Commission sent experts to Sofia in May. Their task, a Commission official in Brussels said, is “to count, not to judge.”',
    ]);
    expect(quotesOf(text)).toEqual([['a Commission official in Brussels', 'to count, not to judge.']]);
  });

  // "an OSCE official in Vienna" is one of that body's people, not an unnamed "official in Vienna".
  it.each([
    '“We count trucks, we do not stop them,” an OSCE official in Vienna told Interfax (Interfax, June 2).',
    '“The drills went to plan,” a CSTO officer in Bishkek said (AKIpress, June 2).',
    '“Nobody asked us,” an EU official in Brussels said (Reuters, June 2).',
  ])('drafts no speaker placed by a city without its body from: %s', (sentence) => {
    const { draft } = draftOf(article([sentence]));
    expect(draft.actors.map((a) => a.name).filter((n) => /^(?:official|officer) in /.test(n))).toEqual([]);
  });
});
