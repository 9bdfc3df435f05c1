// The shapes the dates stage passes around: a date mention as found in the text (absolute parts or
// a relative phrase), what it is resolved against, and what it resolves to. Kept apart so finding
// and resolving share them without importing each other.
import type { DateQualifier, DateSpec } from '../../../src/dataset/schema.js';

export interface DateParts {
  year?: number;
  month?: number;
  day?: number;
  qualifier?: DateQualifier;
  weekday?: number;
  /** "the last Saturday of July": which of the month's `weekday`s (1 to 4, or -1 for the last). */
  nthWeekday?: number;
}

export type RelativeAnchor = 'narrative' | 'publication';

export interface RelativeDate {
  readonly anchor: RelativeAnchor;
  readonly unit: 'day' | 'week' | 'month' | 'year' | 'weekday' | 'monthday' | 'same';
  readonly offset: number;
  readonly weekday?: number;
  /** "on the 29th": that day of the month the narrative is in. */
  readonly monthDay?: number;
  /** "last spring", "at the start of the month": the part of the month or year. */
  readonly qualifier?: DateQualifier;
  readonly month?: number;
  /** "the following week": a calendar week, not a count of seven days from the anchor. */
  readonly calendarWeek?: boolean;
  /** "on the second day": counted from the first day of the span the narrative last told. */
  readonly ofSpan?: boolean;
  /** "on the last day": counted back from that span's last day instead. */
  readonly ofSpanEnd?: boolean;
  /** "by dawn", "shortly before 4 a.m.": the small hours, a date only after a night told. */
  readonly smallHours?: boolean;
  /** "by morning": small hours that, with no night told, are the day the narrative is on. */
  readonly byMorning?: boolean;
  /** "returned that June": a month or season of the year the paragraph told last. */
  readonly yearTold?: boolean;
  /** "on the eve of the vote": the day before the day the article dates its "vote". */
  readonly eveOf?: string;
}

export interface DateMention {
  /** Offsets into the article text. */
  readonly start: number;
  readonly end: number;
  /** Verbatim. */
  readonly text: string;
  readonly from?: DateParts;
  readonly to?: DateParts;
  readonly relative?: RelativeDate;
  /** Used as a modifier ("the March rally", "the 2001 deployment"), not as a time adverbial. */
  readonly modifier: boolean;
  /** "for two days" after the date: the number of days the happening lasted. */
  readonly lastingDays?: number;
  /** "April 20 last year", "in March next year": the article's year minus one, or plus one. */
  readonly yearOffset?: -1 | 1;
  /** "on the night of November 3", "on Saturday night": the small hours told after it are the next day. */
  readonly night?: boolean;
  /** "was moved to February": the new date of a plan put off, later than when it was put off. */
  readonly putOff?: boolean;
}

/** What a date is resolved against. */
export interface DateContext {
  /** The article's year: printed in the header or inferred from the text. */
  readonly year?: number;
  /** The publication day when the header prints it. */
  readonly published?: string;
  /** About when the issue appeared, estimated from its number when no day is printed (weeks off). */
  readonly issued?: string;
  /** The latest dated thing the article cites: publication is on or after it. */
  readonly reference?: string;
  /** The last date the narrative moved to, for "two days later", "that day", "On Tuesday". */
  readonly narrative?: string;
  /** The clause tells the date's happening in the past ("On June 9, the bank raised …"). */
  readonly toldPast?: boolean;
}

export interface ResolvedDate {
  readonly spec: DateSpec;
  /** Why the resolution is approximate or impossible; the review report lists these. */
  readonly doubt?: string;
}
