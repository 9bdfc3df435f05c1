import { describe, expect, it } from 'vitest';
import { PartialDateSchema, isRealPartialDate } from '../../src/dataset/schema.js';

describe('partial dates', () => {
  it('accept a year, a month or a day that exists, leap days by the Gregorian rule', () => {
    for (const date of [
      '2004',
      '2004-06',
      '2004-06-30',
      '2004-02-29',
      '2000-02-29',
      '2003-12-31',
      '1990-01-01',
    ])
      expect(isRealPartialDate(date), date).toBe(true);
  });

  it('reject days and months that do not exist, and anything not YYYY[-MM[-DD]]', () => {
    for (const date of [
      '2004-02-30',
      '2003-02-29',
      '1900-02-29',
      '2004-04-31',
      '2004-13',
      '2004-00',
      '2004-06-00',
      '04-06-02',
      '2004-6-2',
      '',
    ])
      expect(isRealPartialDate(date), date).toBe(false);
  });

  it('say which of the two is wrong', () => {
    const issue = (value: string) => PartialDateSchema.safeParse(value).error?.issues[0]?.message;
    expect(issue('2004-02-30')).toBe('is not a real calendar date');
    expect(issue('June 2004')).toMatch(/partial ISO date/);
  });
});
