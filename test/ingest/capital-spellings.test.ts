import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

describe('a capital printed under two of its spellings', () => {
  it('is one actor ("Kyiv" and later "Kiev")', () => {
    const { draft } = draftOf(
      article([
        'On April 2, 2009, the delegation flew from Kyiv to Sofia (Harbor News, April 3). On April 5 the minister returned to Kiev.',
      ]),
    );
    const places = draft.actors.filter((a) => a.name === 'Kyiv' || a.name === 'Kiev');
    expect(places).toHaveLength(1);
    expect(places[0]?.aliases).toContain('Kiev');
  });
});
