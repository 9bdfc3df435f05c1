// What a query word stands for in the vocabulary: typo neighbours at one and two edits, and the
// neighbours a rare whole word also brings.
import { describe, expect, it } from 'vitest';
import { FIELD_WEIGHT } from '../../src/search/documents.js';
import { MATCH_QUALITY, WordIndex, WordIndexBuilder } from '../../src/search/word-index.js';

function indexOf(...names: string[]): WordIndex {
  const builder = new WordIndexBuilder();
  for (const text of names) builder.add([{ weight: FIELD_WEIGHT.name, text }]);
  return new WordIndex(builder.finish());
}

function matches(index: WordIndex, word: string): Record<string, number> {
  return Object.fromEntries(index.match(word, 'whole').map((m) => [index.terms[m.term]!, m.quality]));
}

describe('WordIndex.match', () => {
  const index = indexOf('Marmalade', 'Marmalode', 'Tangerine');

  it('gives a word not in the vocabulary every neighbour within its allowance, one and two edits', () => {
    // "marmelade": one edit from marmalade, two from marmalode (nine letters allow two).
    expect(matches(index, 'marmelade')).toEqual({
      marmalade: MATCH_QUALITY.typo1,
      marmalode: MATCH_QUALITY.typo2,
    });
  });

  it('gives a whole word its one-edit neighbours too, below the word itself', () => {
    // Marmelade is one edit from marmalade, Marmelode two: only the first counts.
    const withNeighbour = indexOf('Marmalade', 'Marmelade', 'Marmelode');
    expect(matches(withNeighbour, 'marmalade')).toEqual({
      marmalade: MATCH_QUALITY.exact,
      marmelade: MATCH_QUALITY.typo1,
    });
  });
});
