import { describe, expect, it } from 'vitest';
import { findDates, isPlannedAt, resolveDate } from '../../ingest/stages/dates.js';

// An article published in late November: a month before it, told with a journey in the present,
// is the coming one.
const ctx = { year: 2011, reference: '2011-11-20', published: '2011-11-25' };
function first(text: string) {
  const d = findDates(text)[0];
  if (!d) return undefined;
  const planned = isPlannedAt(text, d.start, d.text);
  return { planned, start: resolveDate(d, ctx, planned)?.spec.start };
}

describe('a journey told in the present tense', () => {
  it('is a plan, dated in the coming months', () => {
    expect(
      first('The foreign minister, for her part, flies to Ankara again in February to press the case.'),
    ).toEqual({
      planned: true,
      start: '2012-02',
    });
    expect(first('The mayor travels to Brussels in March for the donors’ conference.')).toEqual({
      planned: true,
      start: '2012-03',
    });
    expect(first('The envoy returns to the region in January.')?.planned).toBe(true);
  });
  it('is no plan when it tells a habit or the past', () => {
    expect(first('The governor usually flies to the capital in February.')?.planned).toBe(false);
    expect(first('The minister flew to Ankara in February.')?.planned).toBe(false);
  });
});
