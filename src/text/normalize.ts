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
const NON_ASCII = /[^ -~\t\n\r]/;

export function normalizeText(input: string): string {
  // Decomposing accents is the dearest step; plain ASCII text has none to decompose.
  let text = NON_ASCII.test(input) ? input.normalize('NFKD').replace(COMBINING_MARKS, '') : input;
  text = text.toLowerCase().replace(APOSTROPHES, '');
  // The look-behind is slow; most texts need it only where they have a dot.
  if (text.includes('.')) text = text.replace(ABBREVIATION_DOT, '');
  return text.replace(NON_WORD, ' ').trim();
}

/** The normalised words of a text, in order. */
export function tokenize(input: string): string[] {
  const normalized = normalizeText(input);
  return normalized === '' ? [] : normalized.split(' ');
}
