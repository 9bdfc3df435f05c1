// "the government" with no owner printed is the government of the country the article is about (the
// one it names most often); not one after a preposition ("a post in the government").
import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const STORY = [
  'Moldova’s miners have been unpaid since January, and Moldova’s budget is empty (Infotag, March 2).',
  'Moldova and Ukraine signed a gas deal in Kyiv on March 10 (Infotag, March 11).',
];
const on = (sentence: string, date: string) =>
  draftOf(article([...STORY, sentence])).draft.events.find((e) => e.date.start === date)?.actors ?? [];

describe('"the government" with no owner printed', () => {
  it('is the country the article names most', () => {
    expect(
      on('On April 3 the government agreed to pay the miners half of their wages.', '2009-04-03'),
    ).toContain('moldova');
    expect(on('In May the miners and the government signed a new wage deal.', '2009-05')).toContain(
      'moldova',
    );
  });

  it('is not a government with an owner, nor one after a preposition', () => {
    expect(on('On April 3 the government in Kyiv closed the border.', '2009-04-03')).not.toContain('moldova');
    expect(
      on('On April 3 the miners marched to the government with a petition.', '2009-04-03'),
    ).not.toContain('moldova');
  });
});
