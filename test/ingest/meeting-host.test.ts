// A dated meeting is its host's event: the body that meets leads the event's actors, whoever
// attends it, speaks there or is asked to come.
import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const HEADER = 'Publication: Eurasia Daily Monitor Volume: 6 Issue: 90';
const actorsOn = (text: string, start: string) =>
  draftOf(article([text], HEADER)).draft.events.find((e) => e.date.start === start)?.actors;

describe('the main actor of a dated meeting', () => {
  it('is the body named before the meeting noun ("the X summit in Y on May 20")', () => {
    expect(
      actorsOn(
        'President Ivan Petrov of Dravonia will attend the Lake Treaty Council summit in Merovo on May 20.',
        '2009-05-20',
      )?.[0],
    ).toBe('lake-treaty-council');
    expect(
      actorsOn(
        'Dravonian Premier Oleg Sirko argued at a Northern Grain Union ministerial meeting on May 12 that the quotas should stay.',
        '2009-05-12',
      )?.[0],
    ).toBe('northern-grain-union');
  });

  it('is the body after "of", through a relative clause that holds the date', () => {
    expect(
      actorsOn(
        'The summit of the Northern Grain Union (NGU) in Merovo, at which President Ivan Petrov and Premier Oleg Sirko were to meet on May 10, has been postponed.',
        '2009-05-10',
      )?.[0],
    ).toBe('northern-grain-union');
  });

  it('is the first of the members a meeting is "of" ("a meeting of the X and Y ministers")', () => {
    expect(
      actorsOn(
        'After objections from Russia, a meeting of the Kazakh and Kyrgyz foreign ministers that was to be held in Merovo on June 9 has been put off.',
        '2009-06-09',
      )?.[0],
    ).toBe('kazakhstan');
  });

  it('is not the body whose meeting a speaker speaks at ("Speaking at a meeting of X on May 6, he said")', () => {
    expect(
      actorsOn(
        'Speaking at a meeting of the Dravonian Security Council on May 6, President Ivan Petrov said that the border would stay closed.',
        '2009-05-06',
      )?.[0],
    ).toBe('ivan-petrov');
  });

  it('is the place it is held in when no body hosts it ("talks are scheduled for June 14 in X")', () => {
    expect(
      actorsOn(
        'The next round of talks is scheduled for June 14 in Tbilisi, according to the Armenian Foreign Ministry.',
        '2009-06-14',
      )?.[0],
    ).toBe('tbilisi');
    expect(
      actorsOn(
        'Georgia may stay away from the summit of the Caspian states in Merovo, due on July 20, which Armenia will attend.',
        '2009-07-20',
      )?.[0],
    ).toBe('merovo');
  });
});
