// "“…,” X told reporters. “…,” he added, “…”": past the end of a sentence, a part that has its own
// attribution starts a new quotation; "“…,” she said. “…”" goes on with the first.
import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const quotesOf = (text: string) =>
  draftOf(text)
    .draft.quotes.filter((q) => q.kind === 'direct')
    .map((q) => q.text);

describe('a quotation part with an attribution of its own', () => {
  it('starts a new quotation after a full stop', () => {
    const text = article([
      '“The talks are over for this year,” Rustam Azimov told reporters in Tashkent. “The road is open,” he added, “but nobody is walking on it.”',
    ]);
    expect(quotesOf(text)).toEqual([
      'The talks are over for this year,',
      'The road is open, but nobody is walking on it.',
    ]);
  });

  it('goes on with the first quotation when the next part has no attribution', () => {
    const text = article([
      '“The talks are over for this year,” Rustam Azimov said. “Nobody is walking on the road.”',
    ]);
    expect(quotesOf(text)).toEqual(['The talks are over for this year, Nobody is walking on the road.']);
  });
});
