// A month with no year before a verb in the simple present tells a habit ("In June we drive the
// sheep up"), not a happening; the same month before a past verb is one.
import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const header = 'Publication: Eurasia Daily Monitor Volume: 6 Issue: 90';
const datesOf = (paragraph: string) =>
  draftOf(article([paragraph], header)).draft.events.map((e) => e.date.start);

describe('a month told in the simple present', () => {
  it('drafts no event for what is done every June', () => {
    expect(
      datesOf(
        'The herders of Ostrov, Kestria, keep an old calendar: in June they drive the sheep to the high pastures.',
      ),
    ).not.toContain('2009-06');
  });

  it('drafts no event for what is done every April, said in the first person', () => {
    expect(
      datesOf(
        'Aldan Serikov, a farmer in Varna, Temiria, explained the year: "In April we plant the cotton."',
      ),
    ).not.toContain('2009-04');
  });

  it('still drafts a month told in the past', () => {
    expect(
      datesOf(
        'Aldan Serikov, a farmer in Varna, Temiria, recalled the spring: in April we planted the cotton late.',
      ),
    ).toContain('2009-04');
  });
});
