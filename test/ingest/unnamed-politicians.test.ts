import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const statementsOf = (text: string) =>
  draftOf(text)
    .draft.quotes.filter((q) => q.kind === 'reported')
    .map((q) => q.speaker);

describe('unnamed politicians speak as a group', () => {
  it('drafts "politicians in <capital>" who say something, keeping the printed quantifier as an alias', () => {
    const text = article(['Some politicians in Vienna say that the valley still looks to Rome.']);
    const { draft } = draftOf(text);
    expect(statementsOf(text)).toEqual(['vienna-politicians']);
    expect(draft.actors.find((a) => a.name === 'Vienna politicians')?.aliases).toContain(
      'Some politicians in Vienna',
    );
  });

  it('drafts politicians counted but not placed', () => {
    const text = article(['Several politicians warned on Monday that the vote would be close.']);
    expect(statementsOf(text)).toEqual(['several-politicians']);
  });

  it('keeps a quantifier before officials placed by a name', () => {
    const text = article(['Many officials in Warsaw believe that the treaty will be signed in May.']);
    const { draft } = draftOf(text);
    expect(draft.actors.find((a) => a.name === 'Warsaw officials')?.aliases).toContain(
      'Many officials in Warsaw',
    );
  });
});
