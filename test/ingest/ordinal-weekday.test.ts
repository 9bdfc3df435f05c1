// "the last Saturday of July", "the first Monday in May 2008": a weekday counted within a month is
// one day of it, not the weekday before publication that "last Saturday" alone would be.
import { describe, expect, it } from 'vitest';
import { nthWeekdayOf } from '../../ingest/stages/dates/ordinal-weekday.js';
import { article, draftOf } from './helpers.js';

const HEADER = 'Publication: Eurasia Daily Monitor Volume: 6 Issue: 90';
const datesOf = (text: string) => draftOf(article([text], HEADER)).draft.events.map((e) => e.date.start);

describe('an ordinal weekday of a month', () => {
  it('counts days within the month', () => {
    expect(nthWeekdayOf(2009, 7, 6, -1)).toBe(25); // the last Saturday of July 2009
    expect(nthWeekdayOf(2008, 5, 1, 1)).toBe(5); // the first Monday of May 2008
    expect(nthWeekdayOf(2009, 3, 0, 2)).toBe(8); // the second Sunday of March 2009
  });

  it('dates a happening on "the last Saturday of July" to that day of the article\'s year', () => {
    const dates = datesOf('The Kestrian navy closed the Ostrov strait on the last Saturday of July.');
    expect(dates).toContain('2009-07-25');
    expect(dates).not.toContain('2009-07');
  });

  it('takes the year printed after the month', () => {
    expect(
      datesOf('The Temirian parliament met on the first Monday in May 2008 to elect a speaker.'),
    ).toContain('2008-05-05');
  });
});
