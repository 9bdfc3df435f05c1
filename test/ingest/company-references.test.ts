// "The Russian company", "the state-owned Belarusian company": a company named again by its country
// is the company of that country the article named before, and acts in its events.
import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const HEADER = 'Publication: Eurasia Daily Monitor Volume: 6 Issue: 90';
const firstActorOn = (text: string, start: string) =>
  draftOf(article([text], HEADER)).draft.events.find((e) => e.date.start === start)?.actors[0];

describe('a company named by its country', () => {
  it('is the one company named before it ("the Russian company cut deliveries")', () => {
    expect(
      firstActorOn(
        'Ostrogaz signed a supply deal with Ukraine in March. On May 3, the Russian company cut deliveries by half.',
        '2009-05-03',
      ),
    ).toBe('ostrogaz');
  });

  it('is the company whose name gives that country, else one whose name gives none', () => {
    const text =
      'Ostrogaz and Belarusnafta met in Minsk in April. On May 2, the state-owned Belarusian company cut the transit of gas. On May 4, the Russian gas monopoly raised its price.';
    expect(firstActorOn(text, '2009-05-02')).toBe('belarusnafta');
    expect(firstActorOn(text, '2009-05-04')).toBe('ostrogaz');
  });

  it('is the company a reference gave a country before ("the Russian company … the Belarusian company")', () => {
    const text =
      'Belnafta and Ostrogaz met in Minsk in April. On May 2, the Russian company raised its price. On May 4, the Belarusian company cut the transit of gas.';
    expect(firstActorOn(text, '2009-05-04')).toBe('belnafta');
  });

  it('is not a company named before when a name follows ("the Russian company Volganeft")', () => {
    const { draft } = draftOf(
      article(
        [
          'Ostrogaz raised its prices in March. On May 3, the Russian company Volganeft cut deliveries to Minsk.',
        ],
        HEADER,
      ),
    );
    expect(draft.events.find((e) => e.date.start === '2009-05-03')?.actors).not.toContain('ostrogaz');
  });
});
