// A saying inside a subordinate clause after the date ("…, when the ministry said that …", "…, after
// the council said that …") is that clause's own words: the date still dates the main clause's act.
import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const HEADER = 'Publication: Eurasia Daily Monitor Volume: 6 Issue: 90';
const datesOf = (text: string) => draftOf(article([text], HEADER)).draft.events.map((e) => e.date.start);

describe('a saying in a subordinate clause after the date', () => {
  it('leaves the dates before a "when" clause to their acts ("was called off on May 11, when X said …")', () => {
    const dates = datesOf(
      'A session of the Kestrian Energy Council, due in Riga on May 15, was called off on May 11, when the Temirian Foreign Ministry said that its experts could not travel.',
    );
    expect(dates).toContain('2009-05-11');
    expect(dates).toContain('2009-05-15');
  });

  it('leaves the date before an "after" clause to its act', () => {
    expect(
      datesOf(
        'The Ostrov Customs Service closed the crossing on May 6, after the Kestrian Energy Ministry said that the fees had not been paid.',
      ),
    ).toContain('2009-05-06');
  });
});
