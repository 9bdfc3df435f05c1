// A title that opens a clause and ends in "of (the)" names its holder as the subject: "Head of the
// Kestrian Customs Service Pavel Dorn told the State Council …" is Dorn's act, not the council's, and
// the country adjective inside the body's name is no name the body qualifies.
import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const HEADER = 'Publication: Eurasia Daily Monitor Volume: 6 Issue: 90';
const firstActorOn = (text: string, start: string) =>
  draftOf(article([text], HEADER)).draft.events.find((e) => e.date.start === start)?.actors[0];

describe('a title with "of" before its holder', () => {
  it('makes the holder the main actor, not the body he speaks to', () => {
    expect(
      firstActorOn(
        'On August 27, Head of the Kestrian Customs Service Pavel Dorn told the Kestrian State Council that smuggling had doubled.',
        '2009-08-27',
      ),
    ).toBe('pavel-dorn');
  });

  it('works for a longer title', () => {
    expect(
      firstActorOn(
        'On March 4, First Deputy Chairman of the Ostrov Grid Company Ivan Lupu met the Temirian Energy Ministry in Ostrov.',
        '2009-03-04',
      ),
    ).toBe('ivan-lupu');
    expect(
      firstActorOn(
        'On June 2, Deputy Head of the Temirian Border Service Dina Kerey wrote to the Kestrian Labor Ministry.',
        '2009-06-02',
      ),
    ).toBe('dina-kerey');
  });

  it('leaves the body first where no person holds the title', () => {
    expect(
      firstActorOn('On June 3, the Ostrov Weavers Union wrote to the Kestrian Labor Ministry.', '2009-06-03'),
    ).toBe('ostrov-weavers-union');
  });
});
