// What the stage hands on: one reported statement, its speaker, its verbatim words, date and sources.
import type { DateSpec } from '../../../src/dataset/schema.js';
import type { Citation } from '../sources.js';
import type { SpeakerResolution } from '../speakers.js';

export interface StatementDraft {
  readonly sentence: number;
  readonly speaker: SpeakerResolution;
  /** Verbatim: from the speaker (or the sentence start) to the end of the reported words. */
  readonly evidence: string;
  readonly start: number;
  /** Offset of the reporting verb. */
  readonly verbAt: number;
  readonly date?: DateSpec;
  readonly citations: readonly Citation[];
}
