import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

// A background paragraph ends on a month ("in February"); the next paragraph opens on "That evening":
// the story's latest day, not the background's month.
describe('a paragraph opening on an offset after background told by the month', () => {
  it('counts "That evening" and "Two days later" from the latest day the story reached', () => {
    const { draft } = draftOf(
      article(
        [
          'On the morning of March 3, some 2,000 pensioners walked onto the Dolmansk–Kharsk highway outside Tavrin (Sarvinform, March 3).',
          'The Popular Assembly had passed the bill on November 24, 2004, and President Gennady Morozan signed it on December 9 (Dolmanskie Vedomosti, December 10, 2004). The Union of Pensioners warned in vain: its chairwoman, Antonina Gorbul, told Radio Dolmansk in February that pensions could not absorb the fares.',
          'The first blockade caught Dolmansk unprepared. That evening, Nikolai Burlak, the governor of Kharsk Region, ordered the region’s bus companies to carry pensioners free of charge. Two days later, a crowd of 6,000 filled Unity Square in Dolmansk (Efir-1 TV, March 5).',
        ],
        'Publication: Eurasia Daily Monitor Volume: 2 Issue: 56',
      ),
    );
    const dateOf = (words: string) =>
      draft.events.find((e) => e.evidence.some((x) => x.includes(words)))?.date.start;
    expect(dateOf('Burlak')).toBe('2005-03-03');
    expect(dateOf('Unity Square')).toBe('2005-03-05');
  });
});
