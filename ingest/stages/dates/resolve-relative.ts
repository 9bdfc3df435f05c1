// Resolving a relative date: against the date the narrative last moved to ("two days later", "the
// following week") or against publication ("last month"); when neither is printed, to the month of
// the latest date the article cites, with a doubt for the review report.
import type { DateQualifier } from '../../../src/dataset/schema.js';
import { addDays, earliestDay, fromUtc, isReal, mondayOf, pad, precisionOf, toUtc } from './calendar.js';
import type { DateContext, DateMention, RelativeDate, ResolvedDate } from './types.js';

/**
 * A calendar week told only as "the following week": its month, with the part of the month the
 * week falls in, and the week itself in the note (no day is printed, so none is claimed).
 */
function calendarWeek(base: { text: string; yearInferred: boolean }, monday: string): ResolvedDate {
  // A week that straddles two months belongs to the one holding most of its days: its Thursday's.
  const thursday = addDays(monday, 3);
  const day = Number(thursday.slice(8, 10));
  const qualifier: DateQualifier = day <= 10 ? 'early' : day <= 20 ? 'mid' : 'late';
  return {
    spec: {
      ...base,
      start: thursday.slice(0, 7),
      startQualifier: qualifier,
      note: `the week of ${monday} to ${addDays(monday, 6)}`,
    },
  };
}

/** The last month of a season ("by the spring": by May), for a plan's season. */
const SEASON_END: Partial<Record<DateQualifier, number>> = { spring: 5, summer: 8, autumn: 11 };

export function resolveRelative(
  mention: DateMention,
  rel: RelativeDate,
  ctx: DateContext,
  planned = false,
): ResolvedDate | undefined {
  const base = { text: mention.text, yearInferred: true };
  const pubDay = ctx.published;
  if (rel.anchor === 'narrative' && ctx.narrative) {
    const anchor = ctx.narrative;
    const precision = precisionOf(anchor);
    if (rel.unit === 'same') return { spec: { ...base, start: anchor, note: `the same date as ${anchor}` } };
    if (rel.unit === 'monthday' && rel.monthDay !== undefined && precision !== 'year') {
      const start = `${anchor.slice(0, 7)}-${pad(rel.monthDay)}`;
      if (isReal(start))
        return { spec: { ...base, start, note: `day ${rel.monthDay} of ${anchor.slice(0, 7)}` } };
    }
    // A plan's "end of the year" or "the spring" is the next one after the narrative's date: "in
    // October they told me there would be jobs by the spring" (the spring of the year after).
    const ahead = (year: number, month: number | undefined) =>
      planned && rel.offset === 0 && month !== undefined && `${year}-${pad(month)}` < anchor.slice(0, 7)
        ? year + 1
        : year;
    if (rel.unit === 'year' && rel.month !== undefined) {
      const year = ahead(Number(anchor.slice(0, 4)) + rel.offset, rel.month);
      const start = `${year}-${pad(rel.month)}`;
      return { spec: { ...base, start, note: `relative to ${anchor}` } };
    }
    // "In October … I resigned the following month": a month counted from a month, a year from a
    // month or a year, is exact; anything finer than the anchor is known only to its precision.
    const exact =
      (rel.unit === 'month' && precision === 'month') || (rel.unit === 'year' && precision !== 'day');
    if (precision !== 'day' && !exact) {
      return {
        spec: { ...base, start: anchor, note: `relative to ${anchor}; resolvable only to that precision` },
        doubt: `"${mention.text}" resolved only to ${anchor}`,
      };
    }
    if (rel.unit === 'weekday' && rel.weekday !== undefined) {
      const from = toUtc(anchor);
      let delta = (rel.weekday - from.getUTCDay() + 7) % 7;
      // "on Friday" after a Friday is the next one; "that weekend" on a Saturday is that day.
      // ("the previous Friday" is the one before, a Friday's too)
      if (rel.offset < 0) delta -= 7;
      else if (delta === 0 && rel.offset !== 0) delta = 7;
      const start = addDays(anchor, delta);
      const side = delta < 0 ? 'before' : 'after';
      return {
        spec: {
          ...base,
          start,
          note: `the ${mention.text.replace(/^(?:on|the \w+) /i, '')} ${side} ${anchor}`,
        },
      };
    }
    if (rel.calendarWeek) return calendarWeek(base, addDays(mondayOf(anchor), 7 * rel.offset));
    const days = rel.unit === 'day' ? rel.offset : rel.unit === 'week' ? rel.offset * 7 : undefined;
    if (days !== undefined) {
      const start = addDays(anchor, days);
      return {
        spec: { ...base, start, note: `${Math.abs(days)} day(s) ${days < 0 ? 'before' : 'after'} ${anchor}` },
      };
    }
    const d = toUtc(earliestDay(anchor));
    const part = rel.qualifier ? { startQualifier: rel.qualifier } : {};
    if (rel.unit === 'month') {
      d.setUTCMonth(d.getUTCMonth() + rel.offset);
      return { spec: { ...base, start: fromUtc(d, 'month'), ...part, note: `relative to ${anchor}` } };
    }
    const seasonEnd = rel.qualifier ? SEASON_END[rel.qualifier] : undefined;
    return {
      spec: {
        ...base,
        start: String(ahead(d.getUTCFullYear() + rel.offset, seasonEnd)),
        ...part,
        note: `relative to ${anchor}`,
      },
    };
  }
  // Relative to publication.
  const year = pubDay ? Number(pubDay.slice(0, 4)) : ctx.year;
  if (rel.unit === 'year') {
    if (year === undefined) return undefined;
    let y = year + rel.offset;
    // "last January" said in October is this year's January, the latest one gone; "next March" said
    // in January is this year's March, the first one to come.
    const pubMonth = pubDay ? Number(pubDay.slice(5, 7)) : undefined;
    if (rel.month !== undefined && pubMonth !== undefined) {
      if (rel.offset < 0 && rel.month < pubMonth) y = year;
      if (rel.offset > 0 && rel.month > pubMonth) y = year;
    }
    if (rel.month !== undefined) return { spec: { ...base, start: `${y}-${pad(rel.month)}` } };
    if (rel.qualifier) return { spec: { ...base, start: String(y), startQualifier: rel.qualifier } };
    return { spec: { ...base, start: String(y) } };
  }
  if (pubDay) {
    if (rel.unit === 'day') return { spec: { ...base, start: addDays(pubDay, rel.offset) } };
    // "Next week" names no day: its month and part of the month, as "the following week" does.
    if (rel.unit === 'week') return calendarWeek(base, addDays(mondayOf(pubDay), 7 * rel.offset));
    if (rel.unit === 'weekday' && rel.weekday !== undefined) {
      const wd = toUtc(pubDay).getUTCDay();
      let delta = rel.offset < 0 ? -((wd - rel.weekday + 7) % 7 || 7) : (rel.weekday - wd + 7) % 7 || 7;
      if (rel.offset === 0) delta = 0;
      // "the Friday before last": a week before last Friday.
      if (rel.offset < -1) delta -= 7 * (-rel.offset - 1);
      return { spec: { ...base, start: addDays(pubDay, delta) } };
    }
    const d = toUtc(pubDay);
    d.setUTCMonth(d.getUTCMonth() + rel.offset);
    return {
      spec: {
        ...base,
        start: fromUtc(d, 'month'),
        ...(rel.qualifier ? { startQualifier: rel.qualifier } : {}),
      },
    };
  }
  const ref = ctx.reference;
  if (!ref) return undefined;
  const month = ref.slice(0, 7);
  return {
    spec: {
      ...base,
      start: month,
      note: `"${mention.text}" counts from the publication date, which the text does not print; resolved to the month of the latest date it cites (${ref})`,
    },
    doubt: `"${mention.text}" resolved only to ${month}: the publication date is not printed`,
  };
}
