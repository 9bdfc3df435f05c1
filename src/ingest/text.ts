// Small string helpers the ingest rules share: name folding (the project's own), spelling keys for
// transliteration variants, and kebab-case slugs for ids.

import { normalizeText } from '../text/normalize.js';

/** Case-, accent- and punctuation-insensitive form of a name: the project's one definition. */
export const foldName = normalizeText;

/**
 * A key under which transliteration variants of one name meet: Zhardem/Jardem,
 * Barsakel/Barsakhel, Kyzylbar/Qizilbar, Mirzayev/Mirzaev.
 */
export function spellingKey(input: string): string {
  return foldName(input)
    .replace(/dzh|zh|dj/g, 'j')
    .replace(/kh/g, 'k')
    .replace(/q/g, 'k')
    .replace(/ck/g, 'k')
    .replace(/w/g, 'v')
    .replace(/y/g, 'i')
    .replace(/([a-z])\1+/g, '$1')
    .replace(/ie/g, 'e')
    .replace(/ia(?=v)/g, 'a');
}

/** Kebab-case slug for ids, at most `max` characters, cut at a word boundary. */
export function slugify(input: string, max = 60): string {
  const slug = foldName(input).replace(/\s+/g, '-');
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : slug.slice(0, max)).replace(/-+$/, '');
}

/** Strip a trailing possessive: "Veloran’s" -> "Veloran", "Ministers’" -> "Ministers". */
export function stripPossessive(word: string): string {
  return word.replace(/['’]s$/u, '').replace(/s['’]$/u, 's');
}

/** Trim whitespace and the given punctuation from both ends. */
export function trimPunctuation(input: string, chars = ' ,;:.'): string {
  let start = 0;
  let end = input.length;
  while (start < end && chars.includes(input[start] ?? '')) start++;
  while (end > start && chars.includes(input[end - 1] ?? '')) end--;
  return input.slice(start, end);
}
