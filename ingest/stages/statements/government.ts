// "The government insists that …", "the government has promised to …": a bare "the government" is
// the government of the country the article is about, which speaks for it (as the gold has its
// country speak). A government just named with its country ("the Latvian government … The government
// says …") is that country's; otherwise an interview's introduction opens with the interviewee's
// country, and an analysis names its own country most.
import type { Analysis } from '../../analysis.js';
import { escapeRegExp } from '../../language/words.js';
import { countryWords } from '../home-government.js';

/** The words before a reporting verb that end in a bare "the government" (not "if the government said"). */
export const BARE_GOVERNMENT = /(?<!\b(?:[Ii]f|[Uu]nless|[Ww]hether|[Oo]nce) )\b[Tt]he government\s$/;

/** The country a bare "the government" at `at` (in sentence `sentence`) belongs to. */
export function governmentCountry(
  an: Analysis,
  at: number,
  sentence: number,
  interview: boolean,
): string | undefined {
  const words = countryWords(an.table);
  if (words.size === 0) return undefined;
  const alternatives = [...words.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
  // "the Latvian government", "the government of Latvia", "Latvia's government" in this sentence or
  // the one before.
  const from = an.sentences[Math.max(0, sentence - 1)]?.start ?? 0;
  const named = new RegExp(
    `\\b(?:(${alternatives})(?:['’]s)? government|government of (${alternatives}))\\b`,
    'gu',
  );
  const recent = [...an.text.slice(from, at).matchAll(named)].at(-1);
  if (recent) return words.get(recent[1] ?? recent[2] ?? '');
  const body = an.text.slice(an.header.bodyStart);
  const any = new RegExp(`\\b(?:${alternatives})\\b`, 'gu');
  const hits = [...body.matchAll(any)].map((m) => words.get(m[0]) ?? '');
  if (interview) return hits[0];
  const counts = new Map<string, number>();
  for (const key of hits) counts.set(key, (counts.get(key) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  // (Two countries named as often: no telling which is the article's.)
  if (ranked[1] && ranked[1][1] === ranked[0]?.[1]) return undefined;
  return ranked[0]?.[0];
}
