// What the phrase loop reads: the article's inputs, and one phrase where it is printed.
import type { Registry } from '../../../files/registry.js';
import type { NamePhrase } from '../../names.js';
import type { Sentence } from '../../segment.js';

/** What the phrase loop reads besides the phrases' own words. */
export interface PhraseInputs {
  readonly text: string;
  readonly sentences: readonly Sentence[];
  readonly phrases: readonly NamePhrase[];
  readonly registry: Registry;
  readonly outletNames: readonly { name: string; sentence: number }[];
  readonly demonyms: ReadonlyMap<string, string>;
  /** The countries the demonyms stand for. */
  readonly articleCountries: ReadonlySet<string>;
  /** Abbreviations of lower-case things that are no actor ("PSA"). */
  readonly thingAbbreviations: ReadonlySet<string>;
}

/** One phrase of the loop where it is printed, with up to 40 characters of its sentence after it. */
export interface PhraseAt {
  readonly text: string;
  readonly sentence: Sentence;
  readonly phrase: NamePhrase;
  readonly next: string;
}
