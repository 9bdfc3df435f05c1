// The days an offset counts from when its own sentence or the story names them: "two days later" after
// a day its sentence named, "on May 13, two days after the bombing" in apposition, "the day after the
// incident" from the latest day told. Read by anchor.ts.
import type { ResolvedMention } from '../../analysis.js';
import type { DateMention } from '../dates.js';
import type { Sentence } from '../segment.js';

/** "two days later", "the next day", "the following week", "that evening": an offset counted in days. */
export function dayOffset(d: DateMention): boolean {
  const rel = d.relative;
  if (rel?.anchor !== 'narrative') return false;
  if (rel.unit === 'same') return !/\b(?:week|month)$/i.test(d.text);
  return rel.unit === 'day' || rel.unit === 'week' || rel.unit === 'weekday' || rel.unit === 'monthday';
}

/**
 * The days a mention's sentence has named before it, not as modifiers and with no semicolon between,
 * nor a bound still ahead ("extended the protocol until June 30, and the next day …" counts from the
 * extension; "the payment, due on May 3, was missed, and two days later …" from the day due).
 */
export function daysNamedBefore(
  d: DateMention,
  s: Sentence,
  dates: readonly ResolvedMention[],
): ResolvedMention[] {
  return dates.filter(
    (o) =>
      o.sentence === s.index &&
      o.spec?.start.length === 10 &&
      !o.mention.modifier &&
      !(o.planned && /\b(?:until|till)\s$/.test(s.text.slice(0, o.mention.start - s.start))) &&
      !s.text.slice(o.mention.end - s.start, d.start - s.start).includes(';'),
  );
}

/**
 * The day an offset ending in "after" or "before" stands in apposition to: "since February 17, eight
 * days after the president's stroke", "on November 6, a day before the deadline" (the stroke came
 * eight days before February 17, the deadline a day after November 6).
 */
export function dayInApposition(
  d: DateMention,
  s: Sentence,
  dates: readonly ResolvedMention[],
): string | undefined {
  if (d.relative?.anchor !== 'narrative' || !/ (?:after|before)$/.test(d.text)) return undefined;
  const day = dates.filter((o) => o.sentence === s.index && o.mention.end <= d.start).at(-1);
  if (!day || day.mention.relative || day.spec?.start.length !== 10) return undefined;
  const between = s.text.slice(day.mention.end - s.start, d.start - s.start);
  return /^,\s(?:(?:just|only|barely|some|about|nearly|almost|exactly) )?$/.test(between)
    ? day.spec.start
    : undefined;
}

/** A happening an article's lead tells, named again by its kind alone. */
export const LEAD_HAPPENING =
  /^ the (?:incident|attack|clash|clashes|raid|explosion|blast|shooting|bombing|killing|killings|standoff|crash|collision|seizure)\b/;

/** The latest full day told so far as a time (not a plan, a citation's, a noun's date or a relative one). */
export function latestDayTold(dates: readonly ResolvedMention[]): string | undefined {
  return dates
    .filter(
      (o) =>
        o.spec?.start.length === 10 &&
        !o.spec.end &&
        !o.planned &&
        !o.citation &&
        !o.mention.modifier &&
        !o.mention.relative,
    )
    .map((o) => o.spec?.start ?? '')
    .sort()
    .at(-1);
}
