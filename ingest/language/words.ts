// Small string helpers the ingest rules share: kebab-case slugs for ids, possessives, trimming,
// a printed name escaped for a pattern.
// Folding of names is not here: ingest uses search's (src/text/normalize.ts, src/search/fold.ts),
// so a name the draft treats as one is one name to search too.

import { normalizeText } from '../../src/text/normalize.js';

/**
 * Kebab-case slug for ids, at most `max` characters, cut at a word boundary. Letters folding leaves
 * outside a-z (a name in Georgian or Armenian script) are dropped: an id must be ASCII.
 */
export function slugify(input: string, max = 60): string {
  const slug = normalizeText(input)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : slug.slice(0, max)).replace(/-+$/, '');
}

/** An article actor's key: its folded name, kebab-cased and never cut (ids are cut by `slugify`). */
export function actorKey(name: string): string {
  return normalizeText(name).replace(/\s+/g, '-');
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

/** `text` escaped to stand for itself in a regular expression (a name with a dot or a bracket). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The first letters of the capitalised words: ["Kazakhstan", "Temir", "Zholy"] -> "KTZ". */
export function initialsOf(words: readonly string[]): string {
  return words
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
}
