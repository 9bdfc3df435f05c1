// Text folding shared by the loader (alias collisions) and the search engine (matching), so that
// "what counts as the same name" is decided in one place.

const COMBINING_MARKS = /[\u0300-\u036f]/g;
// Apostrophes and modifier letters vanish inside words: G'ulomov, Tashkent’s -> gulomov, tashkents.
const APOSTROPHES = /['’‘ʼʻ`´]/g;
const NON_WORD = /[^\p{L}\p{N}]+/gu;
// Dots inside abbreviations vanish: C.S.T.O. -> csto, U.S. -> us.
const ABBREVIATION_DOT = /(?<=\b\p{L})\.(?=\p{L}\b|\s|$)/gu;

/**
 * Case-, accent- and punctuation-insensitive form of a name or query:
 * "Tashkent’s  Bombings!" -> "tashkents bombings".
 */
export function normalizeText(input: string): string {
  return input
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(APOSTROPHES, '')
    .replace(ABBREVIATION_DOT, '')
    .replace(NON_WORD, ' ')
    .trim();
}

/** The normalised words of a text, in order. */
export function tokenize(input: string): string[] {
  const normalized = normalizeText(input);
  return normalized === '' ? [] : normalized.split(' ');
}
