// The night told last ("On the night of November 4-5") and the mentions that fall in it: its small
// hours ("by dawn") and the weekday of its morning, both read as the day the night ends on.
import type { DateSpec } from '../../../src/dataset/schema.js';
import { addDays, type DateMention } from '../dates.js';

/**
 * The night told last ("On the night of November 4-5"): its paragraph, the day its small hours fall on,
 * and the narrative's date when it was told (its small hours are told while the narrative is on it).
 */
export interface Night {
  readonly paragraph: number;
  readonly morning: string;
  readonly narrative: string;
}

/** The night a mention tells ("on the night of November 3", "on Saturday night"), resolved to a day. */
export function nightTold(
  d: DateMention,
  spec: DateSpec,
  paragraph: number,
  narrative: string | undefined,
): Night | undefined {
  if (!(d.night || /\bnight$/.test(d.text)) || spec.start.length !== 10) return undefined;
  return { paragraph, morning: spec.end ?? addDays(spec.start, 1), narrative: narrative ?? '' };
}

/**
 * The day a mention names when it falls in the night told last: its small hours ("by dawn", "shortly
 * before 4 a.m.") while the narrative is still on that night, and the weekday of the night's morning in
 * the same paragraph ("On the night of November 4-5 … In the early hours of Sunday": Sunday the 5th).
 */
export function nightDay(
  d: DateMention,
  night: Night | undefined,
  paragraph: number,
  narrative: string | undefined,
): string | undefined {
  const rel = d.relative;
  if (!night || rel?.anchor !== 'narrative') return undefined;
  if (rel.smallHours) return narrative === night.narrative ? night.morning : undefined;
  const weekday = new Date(`${night.morning}T00:00:00Z`).getUTCDay();
  return rel.unit === 'weekday' &&
    rel.weekday === weekday &&
    paragraph === night.paragraph &&
    !/\s/.test(d.text)
    ? night.morning
    : undefined;
}

/** A mention read as the very day it is anchored on. */
export function sameDay(d: DateMention): DateMention {
  return { ...d, relative: { anchor: 'narrative', unit: 'same', offset: 0 } };
}
