// "…, the day the ministry said that …": an appositive time with a clause of its own holds that
// clause's words; the dates before it still date the main clause's act.
import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const HEADER = 'Publication: Eurasia Daily Monitor Volume: 6 Issue: 90';
const datesOf = (text: string) => draftOf(article([text], HEADER)).draft.events.map((e) => e.date.start);

describe('a saying in an appositive "the day …" after the date', () => {
  it('leaves a cancellation to its date ("was called off on May 11, the day X said that …")', () => {
    const dates = datesOf(
      'A trip to Ostrov by the Kestrian trade minister, planned for May 15, was called off on May 11, the day the Temirian Foreign Ministry said that talks were pointless.',
    );
    expect(dates).toContain('2009-05-11');
    expect(dates).toContain('2009-05-15');
  });

  it('leaves a closure to its date when the appositive names its time with "when"', () => {
    expect(
      datesOf(
        'The Ostrov Customs Service shut the bridge on May 6, the evening when its director told reporters that the scanners had failed.',
      ),
    ).toContain('2009-05-06');
  });

  it('still skips the date of the saying itself', () => {
    expect(
      datesOf('The Temirian Foreign Ministry said on May 7 that the talks would not resume.'),
    ).not.toContain('2009-05-07');
  });
});
