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
