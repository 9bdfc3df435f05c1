// The words of a name or title a query is made from: function words left out.
import { tokenize } from '../src/text/normalize.js';

const STOP = new Set([
  'a',
  'an',
  'the',
  'in',
  'on',
  'of',
  'to',
  'from',
  'near',
  'over',
  'and',
  'with',
  'for',
  'by',
  'at',
  'has',
  'have',
  'had',
  'was',
  'were',
  'is',
  'be',
  'will',
  'would',
  'that',
  'its',
  'our',
  'we',
  'us',
  'i',
  'not',
  'no',
  'who',
  'what',
  'all',
  'any',
  'but',
  'said',
  'stated',
  'anyone',
]);

/** The normalised words of `text` without function words. */
export function contentTokens(text: string): string[] {
  return tokenize(text).filter((t) => !STOP.has(t));
}
