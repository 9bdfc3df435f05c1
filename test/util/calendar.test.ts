import { describe, expect, it } from 'vitest';
import { addDays, daysInMonth, isLeapYear, isValidDate, monthName, pad } from '../../src/util/calendar.js';
import { fail, succeed } from '../../src/util/result.js';

describe('the calendar helper', () => {
  it('knows leap years by the Gregorian rule', () => {
    expect([1900, 2000, 2004, 2023, 2024, 2100].map(isLeapYear)).toEqual([
      false,
      true,
      true,
      false,
      true,
      false,
    ]);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2023, 2)).toBe(28);
    expect(daysInMonth(2023, 13)).toBe(0);
  });

  it('tells real dates from impossible ones', () => {
    expect(isValidDate(2004, 2, 29)).toBe(true);
    expect(isValidDate(2003, 2, 29)).toBe(false);
    expect(isValidDate(2004, 4, 31)).toBe(false);
    expect(isValidDate(2004, 0, 1)).toBe(false);
  });

  it('adds days across months, years and leap days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-12-31', 1)).toBe('2024-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });

  it('pads and names months', () => {
    expect(pad(7)).toBe('07');
    expect(pad(33, 4)).toBe('0033');
    expect(monthName(6)).toBe('June');
    expect(monthName(13)).toBe('month 13');
  });
});

describe('the result type', () => {
  it('is a value or a message', () => {
    expect(succeed(3)).toEqual({ ok: true, value: 3 });
    expect(fail('no')).toEqual({ ok: false, message: 'no' });
  });
});
