// What the stage hands on: one citation (bracket, in-sentence or dash); what it asks of outlets and people.
import type { DateMention } from '../dates.js';

export interface Citation {
  readonly kind: 'bracket' | 'in-sentence' | 'dash';
  /** Verbatim, as the gold convention has it: inside the brackets, or the attributing phrase. */
  readonly raw: string;
  /** Offsets of `raw` in the article. */
  readonly start: number;
  readonly end: number;
  /** Offsets of the whole citation (the parenthesis included), which other extractors skip. */
  readonly spanStart: number;
  readonly spanEnd: number;
  readonly sentence: number;
  readonly outlet: string;
  readonly place?: string;
  readonly date?: DateMention;
  readonly page?: string;
  readonly number?: string;
  readonly author?: string;
  readonly note?: string;
  /** "told the agency": the outlet is the one cited just before. */
  readonly anaphoric?: boolean;
  /** "(Veloran Interior Ministry website, May 2)": the outlet is a body's own site, not a medium. */
  readonly website?: boolean;
  /** A pull quote's attribution that names its speaker but no outlet: no source, no medium. */
  readonly noOutlet?: boolean;
  /** An interview's closing credit line: its dates are the interview's, not happenings. */
  readonly credit?: boolean;
  /** The phrase names a dated speech act ("in an address broadcast by Temir TV on March 25"). */
  readonly speechAct?: boolean;
  /** For a dash attribution: what the quoted words describe ("the opening of the dam three days earlier"). */
  readonly describing?: { readonly text: string; readonly start: number; readonly date?: DateMention };
}

export interface OutletKnowledge {
  /** Is this name a media outlet (cited in brackets, in the registry as media, or media by its words)? */
  isOutlet(name: string): boolean;
  /** Is this name a person (so "X told the agency" names a speaker, not an outlet)? */
  isPerson(name: string): boolean;
  /** Is this name an actor of the article that is no medium (a person, place, country or body)? */
  isOtherActor?(name: string): boolean;
}
