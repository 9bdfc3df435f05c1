// Abbreviations and initials: a full stop after them does not end a sentence.

// Abbreviations after which a full stop does not end a sentence.
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'gen',
  'col',
  'lt',
  'maj',
  'capt',
  'sgt',
  'st',
  'gov',
  'sen',
  'rep',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'no',
  'nos',
  'p',
  'pp',
  'vol',
  'vs',
  'etc',
  'e.g',
  'i.e',
  'cf',
  'approx',
  'inc',
  'ltd',
  'co',
  'corp',
]);

/** Whether the full stop at `dot` follows an abbreviation or an initial. */
export function isAbbreviationBefore(text: string, dot: number): boolean {
  let i = dot - 1;
  while (i >= 0 && /[\p{L}.]/u.test(text[i] ?? '')) i--;
  const word = text.slice(i + 1, dot).toLowerCase();
  if (word === '') return false;
  // Initials ("V. Putin", "U.S.") do not end sentences.
  if (/^\p{L}$/u.test(word) || /^(\p{L}\.)+\p{L}$/u.test(word)) return true;
  return ABBREVIATIONS.has(word);
}
