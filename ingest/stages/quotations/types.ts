// The quotation stage's shapes: the draft a quotation becomes, and a quotation placed in its sentences.
import type { DateSpec } from '../../../src/dataset/schema.js';
import type { Analysis } from '../../analysis.js';
import type { QuoteGroup, QuoteSpan } from '../quote-marks.js';
import type { Citation } from '../sources.js';

export interface QuotationDraft {
  /** Actor key of the speaker. */
  readonly speaker: string;
  readonly speakerDoubt?: string;
  readonly text: string;
  readonly parts: readonly string[];
  readonly date?: DateSpec;
  readonly citations: readonly Citation[];
  readonly evidence: string;
}

/** A quotation group with its words, its first and last parts and the sentences they fall in. */
export interface PlacedQuotation {
  readonly group: QuoteGroup;
  /** The words of each part, trimmed, empty parts left out. */
  readonly parts: readonly string[];
  readonly first: QuoteSpan;
  readonly last: QuoteSpan;
  readonly firstSentence: Analysis['sentences'][number];
  readonly lastSentence: Analysis['sentences'][number];
}

/** In an interview: the answers' paragraphs and who says "I" in them (the interview's voice). */
export interface Answerer {
  /** Paragraphs that are answers. */
  readonly answers: ReadonlySet<number>;
  /** The interviewee: "I", "me", "my" in an answer. */
  readonly person: string;
}
