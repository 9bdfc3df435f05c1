// Where a candidate name is printed, as each context cue reads it: the name, its sentence, the
// article's countries, and the words the name stands between.
import type { Sentence } from '../../segment.js';
import type { Candidate } from '../classify.js';

/** A candidate name where the article prints it, with what the article knows of its countries. */
export interface CueSite {
  readonly text: string;
  readonly sentence: Sentence;
  readonly candidate: Candidate;
  /** The name as tallied (a leading demonym dropped, a country's possessive added) and where it starts. */
  readonly name: string;
  readonly start: number;
  /** The first word of the candidate's name before either change. */
  readonly firstWord: string;
  readonly demonyms: ReadonlyMap<string, string>;
  readonly articleCountries: ReadonlySet<string>;
}

/** The words a candidate name stands between in its sentence. */
export interface Around {
  readonly after: string;
  readonly before: string;
}
