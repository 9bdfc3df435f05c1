// An unprinted year after the dates an article cites: a day not told in the past that the issue may
// still have seen (a bound, a plan the rules missed) stays in the year; a day told in the past
// after the issue appeared, or months after it, is last year's.
import { describe, expect, it } from 'vitest';
import { draftsUnder } from './helpers.js';

// Volume 11 is 2014; issue 70 appeared about mid-April.
const { eventsOn } = draftsUnder('Publication: Eurasia Daily Monitor Volume: 11 Issue: 70');

describe('the year of a day told after every citation', () => {
  it('keeps a day weeks after the issue’s estimated day, not told in the past, in the issue’s year', () => {
    expect(
      eventsOn(
        'The Ministry of Finance announced the cuts on April 1 (Inter-Info, April 2).',
        'The lease of the Central Bank of Moravia runs out on June 9.',
      ),
    ).toContain('2014-06-09');
  });

  it('takes a day told in the past after the issue appeared back a year, however near', () => {
    expect(
      eventsOn(
        'The Ministry of Finance announced the cuts on April 1 (Inter-Info, April 2).',
        'On June 9, the Central Bank of Moravia raised its key rate to 12 percent.',
      ),
    ).toContain('2013-06-09');
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
