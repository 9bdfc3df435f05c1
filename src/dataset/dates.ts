// Ordering and describing the dataset's partial dates.
import { monthName } from '../util/calendar.js';
import type { DateSpec } from './schema.js';

/**
 * Orders partial start dates chronologically ("" for none, first); a less precise date sorts before a
 * more precise one. ISO partial dates sort as strings.
 */
export function compareStarts(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0;
}

/** "MM-DD" of a day-precision start date, or undefined when the day is not known. */
export function monthDayOf(date: DateSpec): string | undefined {
  return date.start.length === 10 ? date.start.slice(5) : undefined;
}

export { monthName };

/** "June 2, 2004", "October 2001", "2005". */
export function formatPartialDate(value: string, qualifier?: string): string {
  const [year, month, day] = value.split('-');
  let text: string;
  if (month === undefined) text = year ?? value;
  else if (day === undefined) text = `${monthName(Number(month))} ${year}`;
  else text = `${monthName(Number(month))} ${Number(day)}, ${year}`;
  return qualifier ? `${qualifier} ${text}` : text;
}

/** A human reading of a date spec: "late March 2004 to early April 2004". */
export function formatDateSpec(date: DateSpec): string {
  const start = formatPartialDate(date.start, date.startQualifier);
  return date.end === undefined ? start : `${start} to ${formatPartialDate(date.end, date.endQualifier)}`;
}
