import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/util/calendar.js';
import {
  firstInstantAtOrAfter,
  formatOffset,
  localDateTime,
  zoneOffsetMinutes,
} from '../../src/schedule/zoned-time.js';

const at = (iso: string) => Date.parse(iso);

describe('localDateTime', () => {
  it('reads the wall clock east and west of UTC', () => {
    const instant = at('2026-06-01T20:30:00Z');
    expect(localDateTime(instant, 'Asia/Tokyo')).toMatchObject({ date: '2026-06-02', time: '05:30' });
    expect(localDateTime(instant, 'America/Los_Angeles')).toMatchObject({
      date: '2026-06-01',
      time: '13:30',
    });
    expect(localDateTime(instant, 'UTC')).toMatchObject({ date: '2026-06-01', time: '20:30', hour: 20 });
  });

  it('prints midnight as 00, never 24', () => {
    expect(localDateTime(at('2026-06-01T15:00:00Z'), 'Asia/Tokyo')).toMatchObject({
      date: '2026-06-02',
      time: '00:00',
      hour: 0,
    });
  });

  it('throws for an unknown zone', () => {
    expect(() => localDateTime(0, 'Mars/Olympus')).toThrow(RangeError);
  });
});

describe('zone offsets', () => {
  it('follows daylight saving time', () => {
    expect(zoneOffsetMinutes(at('2026-01-15T12:00:00Z'), 'Europe/Berlin')).toBe(60);
    expect(zoneOffsetMinutes(at('2026-07-15T12:00:00Z'), 'Europe/Berlin')).toBe(120);
    expect(zoneOffsetMinutes(at('2026-07-15T12:00:00Z'), 'America/New_York')).toBe(-240);
    expect(zoneOffsetMinutes(at('2026-07-15T12:00:00Z'), 'Asia/Kolkata')).toBe(330);
  });

  it('formats offsets', () => {
    expect(formatOffset(0)).toBe('UTC');
    expect(formatOffset(330)).toBe('UTC+05:30');
    expect(formatOffset(-240)).toBe('UTC−04:00');
  });
});

describe('addDays', () => {
  it('crosses month, year and leap-day boundaries', () => {
    expect(addDays('2026-06-30', 1)).toBe('2026-07-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});

describe('firstInstantAtOrAfter', () => {
  it('finds an ordinary local time', () => {
    expect(firstInstantAtOrAfter('2026-06-02', '09:00', 'Asia/Tokyo')).toBe(at('2026-06-02T00:00:00Z'));
    expect(firstInstantAtOrAfter('2026-06-02', '09:00', 'America/Los_Angeles')).toBe(
      at('2026-06-02T16:00:00Z'),
    );
  });

  it('moves a time inside the spring-forward gap to the end of the gap', () => {
    // Berlin, 2026-03-29: 02:00 CET jumps to 03:00 CEST (01:00 UTC).
    expect(firstInstantAtOrAfter('2026-03-29', '02:30', 'Europe/Berlin')).toBe(at('2026-03-29T01:00:00Z'));
    // New York, 2026-03-08: 02:00 EST jumps to 03:00 EDT (07:00 UTC).
    expect(firstInstantAtOrAfter('2026-03-08', '02:30', 'America/New_York')).toBe(at('2026-03-08T07:00:00Z'));
  });

  it('takes the first of a repeated time on fall-back', () => {
    // Berlin, 2026-10-25: 02:30 happens at 00:30 UTC (CEST) and again at 01:30 UTC (CET).
    expect(firstInstantAtOrAfter('2026-10-25', '02:30', 'Europe/Berlin')).toBe(at('2026-10-25T00:30:00Z'));
    // New York, 2026-11-01: 01:30 happens at 05:30 UTC (EDT) and again at 06:30 UTC (EST).
    expect(firstInstantAtOrAfter('2026-11-01', '01:30', 'America/New_York')).toBe(at('2026-11-01T05:30:00Z'));
  });

  it('handles the ends of the day', () => {
    expect(firstInstantAtOrAfter('2026-06-02', '00:00', 'Asia/Tokyo')).toBe(at('2026-06-01T15:00:00Z'));
    expect(firstInstantAtOrAfter('2026-06-02', '23:59', 'America/Los_Angeles')).toBe(
      at('2026-06-03T06:59:00Z'),
    );
  });
});
