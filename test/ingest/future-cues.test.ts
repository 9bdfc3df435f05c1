import { describe, expect, it } from 'vitest';
import { findDates, isPlannedAt, resolveDate } from '../../ingest/stages/dates.js';

// An article of mid-May 2014: what it tells as coming lies in the months ahead, and a month-day it
// tells in the past lies behind.
const ctx = { year: 2014, reference: '2014-05-12', published: '2014-05-15' };
function read(text: string, which = 0) {
  const d = findDates(text)[which];
  if (!d) return undefined;
  const planned = isPlannedAt(text, d.start, d.text);
  return { planned, start: resolveDate(d, ctx, planned)?.spec.start };
}

describe('a date the clause puts ahead', () => {
  it('is a plan in the coming months, not last year', () => {
    // (Read as past, each lay months after the reference and was put in 2013.)
    expect(read('Hakimova will inherit a tribunal whose first hearing is expected in September.')).toEqual({
      planned: true,
      start: '2014-09',
    });
    expect(read('The law, which takes effect on September 1, raises the number of founders.')).toEqual({
      planned: true,
      start: '2014-09-01',
    });
    expect(read('Bilyak, who faces a presidential election on January 10, can present the berths.')).toEqual({
      planned: true,
      start: '2015-01-10',
    });
    expect(
      read('And on November 14, whatever is signed in Kostrava, some of us will be at the gates.'),
    ).toEqual({
      planned: true,
      start: '2014-11-14',
    });
    expect(
      read('The co-chairs are due back before the foreign ministers meet in Halden on June 9.', 0),
    ).toEqual({
      planned: true,
      start: '2014-06-09',
    });
    expect(read('They promised a generator before the next heating season begins in October.')?.planned).toBe(
      true,
    );
  });
  it('is no plan when it starts a state behind the story, or ends an aside before the main verb', () => {
    expect(
      read('It would restart the second line at its plant, idle since June, by the end of the year.'),
    ).toEqual({
      planned: false,
      start: '2014-06',
    });
    expect(read('Its ban on mineral water, added on May 5, will outlast the spy scandal.')).toEqual({
      planned: false,
      start: '2014-05-05',
    });
  });
});
