// Bounded edit distance (optimal string alignment: insert, delete, substitute, swap neighbours),
// the typo measure behind fuzzy word matches ("Tashkant" -> "tashkent", "Kairmov" -> "karimov").

const rowA = new Int32Array(64);
const rowB = new Int32Array(64);
const rowC = new Int32Array(64);

/** Distance between a and b, or `max + 1` as soon as it is known to exceed `max`. */
export function boundedEditDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  if (a.length >= 63 || b.length >= 63) return a === b ? 0 : max + 1;
  // Rows: two-back (for transpositions), previous, current.
  let twoBack = rowA;
  let previous = rowB;
  let current = rowC;
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = current[0];
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cb = b.charCodeAt(j - 1);
      const cost = ca === cb ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) {
        value = Math.min(value, twoBack[j - 2]! + 1);
      }
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    const spare = twoBack;
    twoBack = previous;
    previous = current;
    current = spare;
  }
  return previous[b.length]!;
}

/** How many typos a word of this length may carry and still be recognised. */
export function allowedTypos(length: number): number {
  if (length < 4) return 0;
  if (length < 8) return 1;
  return 2;
}

/**
 * The typos allowed when comparing `form` (a word as folded, or as spelled) with the vocabulary:
 * the allowance of the word as typed, but never more than a form this short may carry. Folding
 * shortens a word a letter or so ("khrushchev" to "hrushev"); a word it shortens far more is
 * noise ("aaaaaaaa" folds to "a", which must not be two typos away from "air").
 */
export function typoAllowance(form: string, spelled: string): number {
  return Math.min(allowedTypos(spelled.length), allowedTypos(form.length + 1));
}
