// What the stages of the pipeline have found in one article, handed to the stages that build
// records from it: sentences, citations, actors and every date resolved in reading order.
import type { DateSpec } from '../src/dataset/schema.js';
import type { ActorTable } from './stages/actors.js';
import type { DateMention } from './stages/dates.js';
import type { Header } from './files/header.js';
import type { QuoteGroup } from './stages/quote-marks.js';
import type { Paragraph, Sentence, TurnLabels } from './stages/segment.js';
import type { Citation } from './stages/sources.js';

export interface ResolvedMention {
  readonly mention: DateMention;
  readonly sentence: number;
  readonly spec?: DateSpec;
  readonly planned: boolean;
  /** Inside a citation (the citation's own date): not a happening. */
  readonly citation?: Citation;
}

export interface Analysis {
  readonly text: string;
  readonly header: Header;
  readonly paragraphs: readonly Paragraph[];
  readonly sentences: readonly Sentence[];
  /** An interview's turn labels (who asks, who answers); undefined for an article that is not one. */
  readonly turns?: TurnLabels;
  readonly citations: readonly Citation[];
  readonly dates: readonly ResolvedMention[];
  readonly table: ActorTable;
  readonly quotes: readonly QuoteGroup[];
  readonly year?: number;
  readonly reference?: string;
  /** Resolved date of each citation (by its start offset). */
  readonly citationDates: ReadonlyMap<number, DateSpec>;
}
