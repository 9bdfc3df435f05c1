// An unnamed speaker told again by its noun alone is the one drafted before, not a new speaker.
import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const statementsOf = (text: string) => draftOf(text).draft.quotes.filter((q) => q.kind === 'reported');

describe('an unnamed speaker named again by its noun', () => {
  it('"The press office also said" is the press office quoted before', () => {
    const text = article([
      'The mayor’s press office said on May 2 that the market would close in June (BNS, May 3).',
      'The press office also said in April that the traders would be moved to the stadium.',
    ]);
    const speakers = statementsOf(text).map((q) => q.speaker);
    expect(speakers).toHaveLength(2);
    expect(new Set(speakers).size).toBe(1);
  });

  it('"the aides have since said" is the aides quoted before', () => {
    const text = article([
      'Governor Ivan Petrov went on leave in May. His aides said on May 2 that he was ill.',
      'The aides have since said that he will return in July.',
    ]);
    const speakers = statementsOf(text).map((q) => q.speaker);
    expect(speakers).toHaveLength(2);
    expect(new Set(speakers).size).toBe(1);
  });
});

describe('the people of a body a person leads, named by a pronoun', () => {
  it('drafts "her party\'s lawyers" after the person and her party, beside her own words', () => {
    const text = article([
      'Opposition leader Anna Lis, who leads the Farmers Party, was questioned on May 2 (LETA, May 3).',
      'On May 4 she accused the minister of lying, and her party’s lawyers said that the case would go to court.',
    ]);
    const { draft } = draftOf(text);
    const said = statementsOf(text).map((q) => [
      draft.actors.find((a) => a.id === q.speaker)?.name ?? q.speaker,
      q.evidence[0]?.slice(0, 20),
    ]);
    expect(said).toEqual([
      ['Anna Lis', 'On May 4 she accused'],
      ["Anna Lis's party lawyers", 'her party’s lawyers '],
    ]);
  });
});
