// Resolving a date mention to a DateSpec: a relative one through resolve-relative.ts; an absolute
// one gets its unprinted year from the article (the year before for "last year", for a range across
// the new year, or for a past date after everything cited; the year after for a plan put off).
import type { DateSpec } from '../../../src/dataset/schema.js';
import { addDays, earliestDay, isReal, partial } from './calendar.js';
import { nthWeekdayOf } from './ordinal-weekday.js';
import { resolveRelative } from './resolve-relative.js';
import type { DateContext, DateMention, ResolvedDate } from './types.js';

/** Resolve a mention to a DateSpec, or explain why it cannot be. */
export function resolveDate(
  mention: DateMention,
  ctx: DateContext,
  planned = false,
): ResolvedDate | undefined {
  if (mention.relative) return resolveRelative(mention, mention.relative, ctx, planned);
  const from = { ...(mention.from ?? {}) };
  const to = mention.to ? { ...mention.to } : undefined;
  let yearInferred = false;
  let note: string | undefined;
  let doubt: string | undefined;
  if (from.year === undefined) {
    if (to?.year !== undefined) from.year = to.year;
    else if (ctx.year !== undefined && mention.yearOffset) {
      from.year = ctx.year + mention.yearOffset;
      yearInferred = true;
      note = `"${mention.yearOffset < 0 ? 'last' : 'next'} year": ${from.year}`;
    } else if (ctx.year !== undefined) {
      from.year = ctx.year;
      yearInferred = true;
      // A range across the new year ("from late December to early February") ends in the year.
      if (
        !planned &&
        to?.year === undefined &&
        to?.month !== undefined &&
        from.month !== undefined &&
        to.month < from.month
      ) {
        from.year -= 1;
        note = `the range crosses the new year: it starts in ${from.year}`;
      }
      // "In November … the conference was moved to February": the new month of a plan put off, before
      // the month the narrative is on, is next year's.
      else if (mention.putOff && from.month !== undefined && ctx.narrative && ctx.narrative.length >= 7) {
        if (
          Number(ctx.narrative.slice(0, 4)) === from.year &&
          from.month < Number(ctx.narrative.slice(5, 7))
        ) {
          from.year += 1;
          note = `year taken as ${from.year}: a plan told in ${ctx.narrative.slice(0, 7)}`;
        }
      }
      // "We will hold a congress in January", said in October: a plan months before the day the
      // article speaks from is next year's.
      else if (planned && from.month !== undefined && (ctx.published ?? ctx.reference ?? ctx.narrative)) {
        // (With no day of publication, estimated or cited, the day the story has reached: "On
        // December 14 … the vote is due on January 12".)
        const now = ctx.published ?? ctx.reference ?? ctx.narrative ?? '';
        const candidate = partial(from) ?? '';
        if (earliestDay(candidate) < addDays(now.length === 10 ? now : earliestDay(now), -120)) {
          from.year += 1;
          note = `year taken as ${from.year}: a plan for ${candidate} would lie months before ${now}`;
        }
      }
      // A past happening dated after everything the article cites, or months after its issue
      // appeared ("December 5" in a February issue), is from the year before. Not one the issue may
      // still have seen (the estimate is off by weeks): "June 9" in an April issue whose citations
      // stop at April 2 is more often a deadline ahead or a citation lagging than last year's June.
      else if (!planned && (ctx.reference ?? ctx.issued) && from.month !== undefined) {
        const candidate = earliestDay(partial(from) ?? '');
        const reference =
          ctx.reference && (ctx.reference.length === 10 ? ctx.reference : earliestDay(ctx.reference));
        const issueMaySee =
          !ctx.toldPast && ctx.issued !== undefined && candidate <= addDays(ctx.issued, 100);
        if (reference && candidate > addDays(reference, 60) && !issueMaySee) {
          from.year -= 1;
          note = `year taken as ${from.year}: ${partial(from)} would fall after the dates the article cites`;
        } else if (ctx.issued && candidate > addDays(ctx.issued, 120)) {
          from.year -= 1;
          note = `year taken as ${from.year}: the issue appeared about ${ctx.issued.slice(0, 7)}`;
        }
      }
    } else return undefined;
  }
  if (to && to.year === undefined) {
    to.year = from.year;
    if (to.month !== undefined && from.month !== undefined && to.month < from.month) to.year += 1;
  }
  // "the last Saturday of July": its day, once the year is known.
  if (from.nthWeekday !== undefined && from.weekday !== undefined && from.year !== undefined && from.month)
    from.day ??= nthWeekdayOf(from.year, from.month, from.weekday, from.nthWeekday);
  const start = partial(from);
  if (!start || !isReal(start)) return undefined;
  let end = to ? partial(to) : undefined;
  if (end && (!isReal(end) || end < start)) end = undefined;
  if (!end && mention.lastingDays && start.length === 10) end = addDays(start, mention.lastingDays - 1);
  if (yearInferred && mention.from?.year === undefined && to?.year === undefined)
    note ??= `year ${from.year} inferred from the article`;
  const spec: DateSpec = {
    start,
    ...(from.qualifier ? { startQualifier: from.qualifier } : {}),
    ...(end ? { end } : {}),
    ...(end && to?.qualifier ? { endQualifier: to.qualifier } : {}),
    yearInferred,
    text: mention.text,
    ...(note ? { note } : {}),
  };
  if (note?.startsWith('year taken')) doubt = note;
  return { spec, ...(doubt ? { doubt } : {}) };
}
