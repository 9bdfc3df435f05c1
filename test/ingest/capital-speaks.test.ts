import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

/** Each direct quotation with the name of its speaker. */
const quotesOf = (text: string) => {
  const { draft } = draftOf(text);
  return draft.quotes
    .filter((q) => q.kind === 'direct')
    .map((q) => [draft.actors.find((a) => a.id === q.speaker)?.name ?? q.speaker, q.text]);
};

// A capital standing for its government characterises something in the words that follow.
describe('a capital that calls something by quoted words', () => {
  it('gives "which Ankara denounced as “…”" to Ankara', () => {
    const text = article([
      'On May 4, the Greek parliament passed a law on the islands, which Ankara denounced two days later as “a provocation at sea” (Anadolu, May 6).',
    ]);
    expect(quotesOf(text)).toEqual([['Ankara', 'a provocation at sea']]);
  });

  it('gives "Moscow promptly called the move “…”" to Moscow', () => {
    const text = article([
      'Vilnius closed the transit route on June 2. Moscow promptly called the move “an economic blockade”.',
    ]);
    expect(quotesOf(text)).toEqual([['Moscow', 'an economic blockade']]);
  });

  it('does not give the words to a city that is only where something happened', () => {
    const text = article([
      'The vote in Vienna was described by one delegate as “a quiet burial of the plan”.',
    ]);
    expect(quotesOf(text).map(([speaker]) => speaker)).not.toContain('Vienna');
  });
});
