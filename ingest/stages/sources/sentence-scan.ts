// What the in-sentence finders share: the sentence scanned, a citation from a span, a date right after.
import type { DateMention } from '../dates.js';
import type { Sentence } from '../segment.js';
import type { Citation, OutletKnowledge } from './types.js';

/** One sentence scanned for the sources it names. `dates` are the sentence's date mentions. */
export interface SentenceScan {
  readonly text: string;
  readonly sentence: Sentence;
  readonly dates: readonly DateMention[];
  readonly know: OutletKnowledge;
}

/** The in-sentence citation of `outlet` whose phrase runs from `start` to `end` in the article. */
export function inSentenceCitation(
  scan: SentenceScan,
  start: number,
  end: number,
  outlet: string,
  extra: Partial<Citation> = {},
): Citation {
  return {
    kind: 'in-sentence',
    raw: scan.text.slice(start, end),
    start,
    end,
    spanStart: start,
    spanEnd: end,
    sentence: scan.sentence.index,
    outlet,
    ...extra,
  };
}

/** A date mention that starts right at `at` (after optional "on"), among the sentence's dates. */
export function dateAt(dates: readonly DateMention[], text: string, at: number): DateMention | undefined {
  // ("… on May 28", "the Varesh Observer of May 28", "told Radio Dolmansk in February")
  const gap = /^ (?:on |of |in )?/.exec(text.slice(at, at + 4));
  const start = at + (gap?.[0].length ?? 0);
  return dates.find((d) => d.start === start || (gap && d.start === at + 1));
}
