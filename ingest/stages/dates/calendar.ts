// Day arithmetic on partial dates ("2004", "2004-06", "2004-06-15") in UTC: adding days, the first
// day a partial date can mean, whether a day exists, the Monday of a week.
import type { DateSpec } from '../../../src/dataset/schema.js';
import type { DateParts } from './types.js';

export function pad(n: number): string {
  return String(n).padStart(2, '0');
}

export function partial(p: DateParts): string | undefined {
  if (p.year === undefined) return undefined;
  if (p.month === undefined) return String(p.year);
  if (p.day === undefined) return `${p.year}-${pad(p.month)}`;
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

export function toUtc(day: string): Date {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
}

export function fromUtc(date: Date, precision: 'day' | 'month' | 'year' = 'day'): string {
  const y = date.getUTCFullYear();
  if (precision === 'year') return String(y);
  const m = `${y}-${pad(date.getUTCMonth() + 1)}`;
  return precision === 'month' ? m : `${m}-${pad(date.getUTCDate())}`;
}

export function addDays(day: string, n: number): string {
  const d = toUtc(day);
  d.setUTCDate(d.getUTCDate() + n);
  return fromUtc(d);
}

export function precisionOf(date: string): 'day' | 'month' | 'year' {
  return date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year';
}

/** The first day a partial date can mean: 2004 -> 2004-01-01. */
export function earliestDay(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}

export function isReal(date: string): boolean {
  if (date.length !== 10) return true;
  return fromUtc(toUtc(date)) === date;
}

export function mondayOf(day: string): string {
  return addDays(day, -((toUtc(day).getUTCDay() + 6) % 7));
}

/** True when the resolved date lies wholly after the reference day. */
export function isAfter(spec: DateSpec, reference: string | undefined): boolean {
  if (!reference) return false;
  return earliestDay(spec.start) > (reference.length === 10 ? reference : earliestDay(reference));
}
