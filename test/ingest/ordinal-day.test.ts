// "the first of January", "the 3rd of May": a day told as an ordinal of its month is a full date.
import { describe, expect, it } from 'vitest';
import { findDates, isPlannedAt, resolveDate } from '../../ingest/stages/dates.js';

const ctx = { year: 2011, reference: '2011-05-20' };
function startOf(text: string): string | undefined {
  const d = findDates(text)[0];
  if (!d) throw new Error(`no date in ${text}`);
  return resolveDate(d, ctx, isPlannedAt(text, d.start, d.text))?.spec.start;
}

describe('a day as an ordinal of its month', () => {
  it('reads a spelled ordinal ("on the first of March")', () => {
    expect(startOf('The crossing closed on the first of March.')).toBe('2011-03-01');
  });

  it('reads a compound ordinal and a printed year ("the twenty-second of June 2009")', () => {
    expect(startOf('The envoy arrived on the twenty-second of June 2009.')).toBe('2009-06-22');
  });

  it('reads a numeric ordinal ("the 3rd of April")', () => {
    expect(startOf('By the 3rd of April the queue had gone.')).toBe('2011-04-03');
  });

  it('keeps "the end of March" a month, not a day', () => {
    expect(startOf('The talks ended at the end of March.')).toBe('2011-03');
  });
});

describe('a day of the month told by its spelled ordinal alone', () => {
  const monthDay = (text: string) =>
    findDates(text).map((d) => [d.text, d.relative?.unit, d.relative?.monthDay]);

  it('is a day of the month the narrative is in ("on the evening of the nineteenth", "on the twenty-third")', () => {
    expect(monthDay('On the evening of the nineteenth it was finally on site.')).toEqual([
      ['the nineteenth', 'monthday', 19],
    ]);
    expect(monthDay('On the twenty-third we closed the last seam.')).toEqual([
      ['the twenty-third', 'monthday', 23],
    ]);
  });

  it('is no date before a noun ("the tenth round", "on the sixth floor")', () => {
    expect(monthDay('The tenth round of talks failed on the sixth floor.')).toEqual([]);
  });
});
