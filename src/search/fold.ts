// Folding of words before matching: transliteration variants collapse to one key (Sergey/Sergei,
// Mirzayev/Mirzaev, Grigoryev/Grigorev, Vaziristan/Waziristan, Samarqand/Samarkand, Buxoro/Bukhoro, Karimof/Karimov),
// Applied identically to documents and queries (and used by ingest to compare names).
import { tokenize } from '../text/normalize.js';

/** Words that carry no meaning in a lookup ("the tashkent bombings" = "tashkent bombings"). */
export const STOP_WORDS = new Set([
  'a',
  'an',
  'the',
  'of',
  'in',
  'on',
  'at',
  'to',
  'for',
  'and',
  'or',
  'by',
  'with',
  'from',
  'into',
  'its',
  'his',
  'her',
  'their',
  'is',
  'was',
  'were',
  'be',
  'as',
  'that',
  'this',
  'it',
]);

const DOUBLED_LETTERS = /(.)\1+/g;

// Ordered: longer clusters first, so "dzh" is not read as "d" + "zh".
const TRANSLITERATION_RULES: readonly [RegExp, string][] = [
  [/shch/g, 'sh'],
  [/dzh|dj/g, 'j'],
  [/zh/g, 'j'],
  [/kh|x/g, 'k'],
  [/q|ck|c(?=[aou])/g, 'k'],
  [/ph/g, 'f'],
  [/w/g, 'v'],
  [/y/g, 'i'],
  // An iotated vowel between vowels is spelled or not: Mirzayev / Mirzaev, Karayev / Karaev.
  [/([aeiou])i(?=[aeiou])/g, '$1'],
  // Russian e is written e, ye or ie after a consonant or first: Grigorev / Grigoryev / Grigoriev,
  // Evgeny / Yevgeny, Eltsin / Yeltsin.
  [/i(?=e)/g, ''],
  [DOUBLED_LETTERS, '$1'],
  // Russian -ov/-ev endings written -off/-of in older English texts.
  [/([aeo])f$/g, '$1v'],
];

// Folding runs for every word of every record at start-up; the vocabulary is far smaller than the
// text, so remembering each word's key saves most of the work.
const foldCache = new Map<string, string>();
const FOLD_CACHE_LIMIT = 500_000;

/** The transliteration-folded key of one normalised word. */
export function foldWord(word: string): string {
  const cached = foldCache.get(word);
  if (cached !== undefined) return cached;
  let out = word;
  if (/[a-z]/.test(word)) {
    for (const [pattern, replacement] of TRANSLITERATION_RULES) out = out.replace(pattern, replacement);
  }
  if (foldCache.size >= FOLD_CACHE_LIMIT) foldCache.clear();
  foldCache.set(word, out);
  return out;
}

/** The words that carry meaning: stop words removed, unless nothing else is left ("The Who"). */
export function meaningfulWords(words: readonly string[]): readonly string[] {
  if (!words.some((word) => STOP_WORDS.has(word))) return words;
  const meaningful = words.filter((word) => !STOP_WORDS.has(word));
  return meaningful.length > 0 ? meaningful : words;
}

/** The folded form of a whole name (stop words kept), for exact and prefix comparisons. */
export function nameKey(text: string): string {
  return tokenize(text).map(foldWord).join(' ');
}

/** Folded words of a text, stop words removed (unless nothing else is left). */
export function foldedTokens(text: string): string[] {
  return meaningfulWords(tokenize(text)).map(foldWord);
}

/** A name or title folded two ways, from one reading of its words. */
export interface FoldedName {
  /** `nameKey`: folded, stop words kept. */
  readonly key: string;
  /** `foldedTokens`: folded, stop words removed (unless nothing else is left). */
  readonly words: readonly string[];
}

/** `nameKey` and `foldedTokens` of a text already tokenized. */
export function foldNameTokens(tokens: readonly string[]): FoldedName {
  const folded = tokens.map(foldWord);
  const meaningful = meaningfulWords(tokens);
  return { key: folded.join(' '), words: meaningful === tokens ? folded : meaningful.map(foldWord) };
}

/** A word of a query: its folded key, and its spelling as typed (transliterated, doubles kept). */
export interface QueryTerm {
  readonly folded: string;
  /** As typed (normalised): whether it may be a word cut short depends on how much was typed. */
  readonly typed: string;
  /**
   * Collapsing doubled letters makes a typo that doubles or meets a double look bigger or the word
   * shorter ("boovsk" folds to "bovsk", two edits from "borovsk"; "ftee" to "fte", too short for any
   * typo): typo matching also measures from this spelling, and allows typos for its length.
   */
  readonly spelled: string;
  /**
   * The keys of the words it may be the beginning of, when cut short (autocomplete): its folded key,
   * and when it stops inside a letter cluster that folding rewrites ("mosc" of Moscow, "mirzay" of
   * Mirzayev, "dz" of Dzhurayev), the key it would have with the cluster complete.
   */
  readonly beginnings: readonly string[];
}

// A cut-short word's last letters that may begin a cluster, and what the cluster folds to.
const CLUSTER_STARTS: readonly [RegExp, string][] = [
  [/shc$/, 'sh'],
  [/dz?$/, 'j'],
  [/z$/, 'j'],
  [/c$/, 'k'],
  [/p$/, 'f'],
  // Mirzay- of Mirzayev (mirzaev); Grigori- of Grigoriev (grigorev), where "ie" folds to "e".
  [/([aeiou])[yi]$/, '$1'],
  [/[yi]$/, 'e'],
];

/** The distinct folded words of a query's words (stop words removed unless nothing else is left). */
export function queryTerms(words: readonly string[]): QueryTerm[] {
  const terms = new Map<string, QueryTerm>();
  for (const word of meaningfulWords(words)) {
    const folded = foldWord(word);
    if (!terms.has(folded))
      terms.set(folded, {
        folded,
        typed: word,
        spelled: spellingOf(word),
        beginnings: beginningsOf(word, folded),
      });
  }
  return [...terms.values()];
}

function spellingOf(word: string): string {
  let out = word;
  if (/[a-z]/.test(word)) {
    for (const [pattern, replacement] of TRANSLITERATION_RULES) {
      if (pattern !== DOUBLED_LETTERS) out = out.replace(pattern, replacement);
    }
  }
  return out;
}

function beginningsOf(word: string, folded: string): string[] {
  const keys = [folded];
  for (const [ending, cluster] of CLUSTER_STARTS) {
    if (!ending.test(word)) continue;
    const key = foldWord(word.replace(ending, cluster));
    if (key !== '' && !keys.includes(key)) keys.push(key);
  }
  return keys;
}
