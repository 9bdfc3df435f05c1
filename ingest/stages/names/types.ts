// The shapes of a sentence's capitalised name phrases, apart from the finder (find-phrases.ts) so
// that the modules it calls (title-holder.ts, fields.ts) can name them without a circular import.
import type { Span } from '../segment.js';

export interface Token extends Span {
  readonly text: string;
  /** The token ended in a possessive ’s (stripped from `text`). */
  readonly possessive: boolean;
}

export interface NamePhrase extends Span {
  readonly tokens: readonly Token[];
  readonly text: string;
  readonly sentence: number;
  /** First word of its sentence or of a quotation: its capital may be grammar, not a name. */
  readonly initial: boolean;
  /** The phrase ends in a possessive ("Veloran’s"). */
  readonly possessive: boolean;
  /** A post's holder split off after its long title: the title ("Minister of Fuel and Energy"). */
  readonly holderOf?: string;
}
