// A country's adjective names the country as an event's actor, but it leads only where it opens the
// clause's subject ("Latvian customs officers had begun …"), not in the object past a verb ("…
// waving the Russian flag"): there the scene the clause names leads.
import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const HEADER = 'Publication: Eurasia Daily Monitor Volume: 6 Issue: 90';
const actorsOn = (text: string, start: string) =>
  draftOf(article([text], HEADER)).draft.events.find((e) => e.date.start === start)?.actors;

describe('a country adjective as the main actor', () => {
  it('does not lead from an object ("marched through Tartu waving the Russian flag")', () => {
    expect(
      actorsOn(
        'On May 3, some 2,000 farmers marched through the center of Tartu waving the Russian flag.',
        '2009-05-03',
      )?.[0],
    ).toBe('tartu');
  });

  it('does not lead from what a crowd carried ("carrying Polish and Ukrainian flags")', () => {
    expect(
      actorsOn(
        'On May 7, a crowd gathered outside the Vilnius city hall carrying Polish and Ukrainian flags.',
        '2009-05-07',
      )?.[0],
    ).toBe('vilnius');
  });

  it('leads where it opens the subject, after a time clause ("Even before …, Latvian officers …")', () => {
    expect(
      actorsOn(
        'Even before the talks in Tartu ended, Latvian customs officers had begun turning back trucks from Lithuania at Valka on May 5.',
        '2009-05-05',
      )?.[0],
    ).toBe('latvia');
  });
});
