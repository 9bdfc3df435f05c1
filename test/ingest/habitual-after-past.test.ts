// A month with no year before a present verb reads as what is done every year ("In May we take the
// flocks up"), but not when a past verb before the month dates its own act ("My visa had expired in
// March, I admit"): the aside in the present after it is the speaker's comment.
import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const HEADER = 'Publication: Eurasia Daily Monitor Volume: 6 Issue: 90';
const datesOf = (text: string) => draftOf(article([text], HEADER)).draft.events.map((e) => e.date.start);

describe('the habitual skip after a past verb', () => {
  it('drafts a past act dated by a month before an aside in the present', () => {
    expect(
      datesOf(
        'The Kestrian customs service closed the Ostrov crossing in March, we know that, but nobody asked why.',
      ),
    ).toContain('2009-03');
  });

  it('drafts a past perfect act dated by a month before "I admit"', () => {
    expect(
      datesOf(
        'The Temirian Foreign Ministry had revoked my permit in February, I admit, and the Kestrian police came for me.',
      ),
    ).toContain('2009-02');
  });

  it('still skips the month that opens a habitual clause', () => {
    expect(datesOf('In May we take the Kestrian flocks up to the Ostrov pastures.')).not.toContain('2009-05');
  });
});
