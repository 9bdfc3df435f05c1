// Text folding shared by the loader (alias collisions) and the search engine (matching), so that
// "what counts as the same name" is decided in one place.
import { latinizeCyrillic } from './transliterate.js';

const COMBINING_MARKS = /[\u0300-\u036f]/g;
// Apostrophes and modifier letters vanish inside words: G'ulomov, Tashkent’s -> gulomov, tashkents.
const APOSTROPHES = /['’‘ʼʻ`´]/g;
const NON_WORD = /[^\p{L}\p{N}]+/gu;
// Latin letters that NFKD leaves whole, written as English-language sources spell them:
// Azerbaijani Məmmədov is Mammadov, Turkish Qasımlı is Qasimli, Polish Wałęsa is Walesa.
const UNDECOMPOSED_LATIN: Readonly<Record<string, string>> = {
  ə: 'a',
  ı: 'i',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  þ: 'th',
  ħ: 'h',
  ŋ: 'ng',
};
const UNDECOMPOSED_LATIN_LETTERS = /[əıłđðøæœßþħŋ]/g;
// Dots inside abbreviations vanish: C.S.T.O. -> csto, U.S. -> us.
const ABBREVIATION_DOT = /(?<=\b\p{L})\.(?=\p{L}\b|\s|$)/gu;
// The fast path takes plain ASCII plus the typographic punctuation of edited prose (curly quotes
// and apostrophes, en and em dashes), which NFKD leaves alone and which only separate or vanish.
const NEEDS_GENERAL_PATH = /[^ -~\t\n\r\u2018\u2019\u02bb\u02bc\u201c\u201d\u2013\u2014]/;

/**
 * Case-, accent- and punctuation-insensitive form of a name or query:
 * "Tashkent’s  Bombings!" -> "tashkents bombings"; Cyrillic is written in Latin letters ("Иванов" -> "ivanov").
 */
export function normalizeText(input: string): string {
  if (!NEEDS_GENERAL_PATH.test(input)) return scanAsciiWords(input).join(' ');
  let text = latinizeCyrillic(input)
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(UNDECOMPOSED_LATIN_LETTERS, (letter) => UNDECOMPOSED_LATIN[letter] ?? letter)
    .replace(APOSTROPHES, '');
  if (text.includes('.')) text = text.replace(ABBREVIATION_DOT, '');
  return text.replace(NON_WORD, ' ').trim();
}

/** The normalised words of a text, in order. */
export function tokenize(input: string): string[] {
  if (!NEEDS_GENERAL_PATH.test(input)) return scanAsciiWords(input);
  const normalized = normalizeText(input);
  return normalized === '' ? [] : normalized.split(' ');
}

const isLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isDigit = (c: number) => c >= 48 && c <= 57;
const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;

/**
 * The same words as the general path, for plain ASCII text with typographic punctuation, in one
 * pass without regular expressions: indexing reads every word of every record at start-up.
 */
function scanAsciiWords(text: string): string[] {
  const words: string[] = [];
  // A word is usually one run of letters and digits: slice it whole. Only a word with an apostrophe
  // or an abbreviation dot inside is pieced together. (No closures here: this runs per field.)
  let start = -1;
  let pieces = '';
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    if (isLetter(c) || isDigit(c)) {
      if (start === -1) start = i;
    } else if (i < text.length && (isApostrophe(c) || (c === 46 && isAbbreviationDot(text, i)))) {
      // It vanishes without ending the word: "Karimov's", "U.S.".
      if (start !== -1) pieces += text.slice(start, i);
      start = -1;
    } else {
      if (start !== -1) pieces += text.slice(start, i);
      if (pieces !== '') words.push(pieces.toLowerCase());
      start = -1;
      pieces = '';
    }
  }
  return words;
}

// ' ` ‘ ’ ʻ ʼ (´ is not here: NFKD turns it into a space and an accent, so it separates words).
const isApostrophe = (c: number) =>
  c === 39 || c === 96 || c === 0x2018 || c === 0x2019 || c === 0x02bb || c === 0x02bc;

/** The character code `steps` characters away from `from`, apostrophes skipped (they vanish). */
function peek(text: string, from: number, direction: 1 | -1): number {
  let i = from + direction;
  while (i >= 0 && i < text.length && isApostrophe(text.charCodeAt(i))) i += direction;
  return i >= 0 && i < text.length ? text.charCodeAt(i) : NaN;
}

/** Where the next non-apostrophe character is, from `from` on. */
function skipApostrophes(text: string, from: number, direction: 1 | -1): number {
  let i = from;
  while (i >= 0 && i < text.length && isApostrophe(text.charCodeAt(i))) i += direction;
  return i;
}

/** A dot after a lone letter, before a lone letter or a space: the dots of "C.S.T.O." and "U.S.". */
function isAbbreviationDot(text: string, at: number): boolean {
  const beforeAt = skipApostrophes(text, at - 1, -1);
  const before = beforeAt >= 0 ? text.charCodeAt(beforeAt) : NaN;
  if (!isLetter(before)) return false;
  const beforeBefore = peek(text, beforeAt, -1);
  if (isLetter(beforeBefore) || isDigit(beforeBefore) || beforeBefore === 95) return false;
  const afterAt = skipApostrophes(text, at + 1, 1);
  if (afterAt >= text.length) return true;
  const after = text.charCodeAt(afterAt);
  if (isSpace(after)) return true;
  if (!isLetter(after)) return false;
  const afterAfter = peek(text, afterAt, 1);
  return !(isLetter(afterAfter) || isDigit(afterAfter) || afterAfter === 95);
}
