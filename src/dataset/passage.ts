// Finds the passage of an article nearest to a string that should have occurred in it verbatim, so a
// maintainer sees what the text actually says (a straight quote where the article has a curly one...).

function bigrams(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  const folded = text.toLowerCase();
  for (let i = 0; i < folded.length - 1; i++) {
    const gram = folded.slice(i, i + 2);
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

/** Sørensen–Dice similarity of two strings over character bigrams, 0..1. */
export function diceSimilarity(a: string, b: string): number {
  const left = bigrams(a);
  const right = bigrams(b);
  let shared = 0;
  let total = 0;
  for (const [gram, count] of left) {
    shared += Math.min(count, right.get(gram) ?? 0);
    total += count;
  }
  for (const count of right.values()) total += count;
  return total === 0 ? 0 : (2 * shared) / total;
}

/** Splits an article into sentences (good enough to point at: it is shown, never parsed further). */
export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?”"])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** The article window most similar to `needle`: a sentence, or two adjacent ones for long needles. */
export function nearestPassage(text: string, needle: string): { passage: string; similarity: number } {
  const sentences = splitSentences(text);
  const candidates = [...sentences];
  for (let i = 0; i + 1 < sentences.length; i++) candidates.push(`${sentences[i]} ${sentences[i + 1]}`);
  let best = { passage: '', similarity: 0 };
  for (const candidate of candidates) {
    const similarity = diceSimilarity(candidate, needle);
    if (similarity > best.similarity) best = { passage: candidate, similarity };
  }
  return best;
}
