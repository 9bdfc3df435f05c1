// A meeting whose relative clause names who holds it ("a press conference that X had planned to hold
// in Tartu on May 14") is that holder's event; the place it was to be held in follows.
import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const HEADER = 'Publication: Eurasia Daily Monitor Volume: 6 Issue: 90';
const actorsOn = (text: string, start: string) =>
  draftOf(article([text], HEADER)).draft.events.find((e) => e.date.start === start)?.actors;

describe('the holder a meeting’s relative clause names', () => {
  it('leads ("a press conference that X had planned to hold in Tartu on May 14")', () => {
    expect(
      actorsOn(
        'A press conference that the Ostrov Weavers Union had planned to hold in Tartu on May 14 was called off the day before.',
        '2009-05-14',
      )?.[0],
    ).toBe('ostrov-weavers-union');
  });

  it('leads after "which" and a schedule ("a session which X was due to hold in Tartu on June 2")', () => {
    expect(
      actorsOn(
        'A session which the Kestrian Energy Council was due to hold in Tartu on June 2 has been postponed.',
        '2009-06-02',
      )?.[0],
    ).toBe('kestrian-energy-council');
  });
});
