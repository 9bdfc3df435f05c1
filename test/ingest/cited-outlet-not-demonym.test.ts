import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

describe('an outlet the article cites is no country’s adjective', () => {
  it.each([
    'Pavel Orlov of the Center for Energy Studies disagreed, telling Segodnyani that the price was fair (Segodnyani, May 3).',
    'Anna Berg told Vecherni that the deal was dead, and the minister did not deny it (Vecherni, Kyiv, May 4).',
  ])('guesses no country from "%s"', (sentence) => {
    const { draft } = draftOf(article([sentence]));
    expect(draft.actors.filter((a) => a.kind === 'country').map((a) => a.name)).toEqual([]);
  });
});
