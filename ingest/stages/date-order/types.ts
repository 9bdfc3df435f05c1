// What the reading in order passes from one date mention to the next: the article it reads (its
// sentences, their date mentions, its sources) and what it has told so far, which later mentions
// count from (the day the narrative is on, the last day, span and night told, the dates resolved).
import type { DateSpec } from '../../../src/dataset/schema.js';
import type { ResolvedMention } from '../../analysis.js';
import type { ReviewReport } from '../../report.js';
import type { DateContext, DateMention } from '../dates.js';
import type { Sentence } from '../segment.js';
import type { Citation } from '../sources.js';
import type { Night } from './night.js';

/** What a date is resolved against, with the day the narrative is on. */
export type NarrativeContext = { narrative?: string } & DateContext;

/** The article as it is read: fixed before the reading starts. */
export interface ArticleDates {
  readonly sentences: readonly Sentence[];
  /** The date mentions found in each sentence, by its index. */
  readonly sentenceDates: readonly (readonly DateMention[])[];
  readonly citations: readonly Citation[];
  /** A quote box's dash attribution, whose "describing …" dates what the quoted words describe. */
  readonly dash: Citation | undefined;
  /** The latest day the article cites (or its publication date): later dates are plans. */
  readonly reference: string | undefined;
  readonly report: ReviewReport;
}

/** What the reading has told so far; it changes as each mention is read. */
export interface Reading {
  /** The context dates are resolved against; its `narrative` moves to each day the narrative tells. */
  readonly ctx: NarrativeContext;
  /** The mentions resolved so far, in reading order. */
  readonly dates: ResolvedMention[];
  /** The date of each citation, by its start offset. */
  readonly citationDates: Map<number, DateSpec>;
  /** The last day the narrative moved to. */
  lastDay: string | undefined;
  /** The first day of the last span told ("from July 18 to July 20"): "on the second day" counts from it. */
  spanStart: string | undefined;
  /** The last day of that span: "a week after the talks ended" counts from it. */
  spanEnd: string | undefined;
  /** The night told last, whose small hours are the day it ends on. */
  night: Night | undefined;
}
