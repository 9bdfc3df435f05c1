// An unprinted year after the dates an article cites: a month the issue may still have seen stays in
// the year; one months after the issue appeared is last year's.
import { describe, expect, it } from 'vitest';
import { draftsUnder } from './helpers.js';

// Volume 11 is 2014; issue 70 appeared about mid-April.
const { eventsOn } = draftsUnder('Publication: Eurasia Daily Monitor Volume: 11 Issue: 70');

describe('the year of a day told after every citation', () => {
  it('keeps a day weeks after the issue’s estimated day in the issue’s year', () => {
    expect(
      eventsOn(
        'The Ministry of Finance announced the cuts on April 1 (Inter-Info, April 2).',
        'On June 9, the Central Bank of Moravia raised its key rate to 12 percent.',
      ),
    ).toContain('2014-06-09');
  });

  it('still takes a day months after the issue appeared back a year', () => {
    expect(
      eventsOn(
        'The Ministry of Finance announced the cuts on April 1 (Inter-Info, April 2).',
        'On November 9, the Central Bank of Moravia raised its key rate to 12 percent.',
      ),
    ).toContain('2013-11-09');
  });
});
