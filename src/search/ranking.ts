// Why a query gives the answer it gives: the query read (words, cut-short words, a date), the
// candidates gathered (candidates.ts), then each scored precisely (tier, coverage of the query, how
// query and name cover each other, phrase, date) and ordered; the typo tier's order refined with
// Fuse.js. The verdict on the ordered list is verdict.ts's.
import Fuse from 'fuse.js';
import { allowedTypos, boundedEditDistance, typoAllowance } from './edit-distance.js';
import { nameKey, queryTerms } from './fold.js';
import type { FoldedNames } from './folded-names.js';
import type { KindIndex } from './kind-index.js';
import { dateFit, splitQueryDate } from './query-date.js';
import { CONFIDENCE_THRESHOLD, TIER_RANK, type MatchTier } from './verdict.js';
import { clearCandidates, gatherCandidates, wordMatches, type QueryWord } from './candidates.js';
import { normalizeText, tokenize } from '../text/normalize.js';

const FUSE_CONTENDERS = 10;
const FUSE_CONTENDER_MARGIN = 0.15;
/** Bitap works on 32-character chunks; two are plenty to order names. */
const FUSE_PATTERN_CHARS = 64;
/** Queries longer than this are cut: nobody names a record in 5,000 characters. */
export const MAX_QUERY_CHARS = 200;
export const MAX_QUERY_WORDS = 12;
/** What a record of the date a query names gains, and what one of another date keeps of its score. */
const DATE_MATCH_BONUS = 0.05;
const DATE_MISMATCH_FACTOR = 0.8;
/** What beginning a name as typed (not only once folded) adds to a prefix match's score. */
const LITERAL_PREFIX_BONUS = 0.03;

/** A candidate while ranking: results are made only for those shown. */
export interface Ranked {
  readonly doc: number;
  score: number;
  readonly tier: MatchTier;
}

/** The number of bits set in a 32-bit integer. */
function bitCount(bits: number): number {
  let count = 0;
  for (let rest = bits; rest !== 0; rest &= rest - 1) count++;
  return count;
}

/** The query is the beginning of a name, and most of it ("vladimir pu", not "tashkent" alone). */
function startsAName(folded: FoldedNames, key: string): boolean {
  return folded.keys.some((full) => full.startsWith(key) && key.length >= full.length * 0.4);
}

/**
 * The query's words in a row in the title, better still at its start ("grozny attack kills ..."),
 * and a little better spelled as typed ("trial of yer": Yerlan before Erkin, both "er" folded).
 */
function phraseBonus(folded: FoldedNames, key: string, literal: string): number {
  if (!key.includes(' ')) return 0;
  const bonus = folded.label.startsWith(key) ? 0.04 : folded.label.includes(key) ? 0.02 : 0;
  return bonus > 0 && folded.typedLabel.includes(literal) ? bonus + 0.005 : bonus;
}

/**
 * Every candidate worth showing, best first. `prefixLast` treats the last word as unfinished
 * (autocomplete); lookups accept prefixes only of words of three letters or more.
 */
export function rank(
  index: KindIndex,
  rawQuery: string,
  prefixLast: boolean,
  filter?: (id: string) => boolean,
): { ranked: Ranked[]; tied: number } {
  const typedQuery = rawQuery.slice(0, MAX_QUERY_CHARS);
  // A date in a lookup says when, not what: its words leave the query and judge the record's date.
  const split = prefixLast ? { words: tokenize(typedQuery) } : splitQueryDate(tokenize(typedQuery));
  const date = index.dates && split.date;
  const query = split.words.join(' ');
  const terms = queryTerms(split.words).slice(0, MAX_QUERY_WORDS);
  const words = terms.map((term) => term.folded);
  if (words.length === 0) return { ranked: [], tied: 0 };
  const queryWords: QueryWord[] = words.map((word, i) => {
    const unfinished = prefixLast && i === words.length - 1;
    // In a lookup, a word of three letters or more may be cut short too ("sergei iva").
    const mode = unfinished ? 'unfinished' : terms[i]!.typed.length >= 3 ? 'whole' : 'exact';
    const matches = wordMatches(index, terms[i]!, mode);
    // The word weighs as much as its best match is rare; a word found nowhere still counts
    // against the candidates, as a rare word would.
    const best = matches.reduce<(typeof matches)[number] | undefined>(
      (top, m) =>
        !top ||
        m.quality > top.quality ||
        (m.quality === top.quality && index.words.idf(m.term) > index.words.idf(top.term))
          ? m
          : top,
      undefined,
    );
    const weight = best ? index.words.idf(best.term) : Math.log(1 + index.words.documentCount);
    return { word, matches, weight, unfinished };
  });
  const fitOf = (doc: number) => (date ? dateFit(date, index.dates!.low[doc]!, index.dates!.high[doc]!) : 0);
  const { candidates, tied } = gatherCandidates(index, queryWords, date ? fitOf : undefined);
  const key = nameKey(query);
  const literal = normalizeText(query);
  const totalWeight = queryWords.reduce((sum, w) => sum + w.weight, 0);
  const { scratch } = index;
  const allMatched = (1 << queryWords.length) - 1;
  const results: Ranked[] = [];
  const seen = new Set<number>();
  // A record of the date the query names gains a little; one of another date loses its tier and
  // a good part of its score, yet may still be the answer when nothing else fits.
  const consider = (doc: number, score: number, tier: MatchTier) => {
    if (seen.has(doc)) return;
    if (filter && !filter(index.documents[doc]!.id)) return;
    seen.add(doc);
    const fit = fitOf(doc);
    if (fit > 0) results.push({ doc, score: Math.min(1, score + DATE_MATCH_BONUS), tier });
    else if (fit < 0) results.push({ doc, score: score * DATE_MISMATCH_FACTOR, tier: 'fuzzy' });
    else results.push({ doc, score, tier });
  };
  // A title that holds a date ("SCO summit 2004") is still an exact name typed whole.
  const typedKey = nameKey(typedQuery);
  for (const exactKey of typedKey === key ? [key] : [typedKey, key]) {
    for (const doc of index.exactNames.find(exactKey, (d) => index.folded.of(d).keys.includes(exactKey)))
      consider(doc, 1, 'exact');
  }
  // Whether a name's word is the i-th query word (or begins with it, or is a typo of it), asked
  // of the same words for candidate after candidate. A word still being typed begins a name's
  // word from its first letter ("svetlana tolyakova s"). Only the typo check, the dear part, is
  // remembered per query word; a word too long or short to be a typo is not.
  const typoOf = words.map(() => new Map<string, boolean>());
  const same = (i: number, w: string) => {
    const q = words[i]!;
    if (w === q) return true;
    const { spelled, beginnings, typed } = terms[i]!;
    // Any word of three letters or more may be cut short; a word still being typed, any word.
    if (queryWords[i]!.unfinished || typed.length >= 3) {
      for (let b = 0; b < beginnings.length; b++) if (w.startsWith(beginnings[b]!)) return true;
    }
    const typos = allowedTypos(spelled.length);
    const foldedTypos = typoAllowance(q, spelled);
    if (Math.abs(w.length - q.length) > foldedTypos && Math.abs(w.length - spelled.length) > typos)
      return false;
    let answer = typoOf[i]!.get(w);
    if (answer === undefined) {
      answer =
        (foldedTypos > 0 && boundedEditDistance(q, w, foldedTypos) <= foldedTypos) ||
        (spelled !== q && typos > 0 && boundedEditDistance(spelled, w, typos) <= typos);
      typoOf[i]!.set(w, answer);
    }
    return answer;
  };
  for (const doc of candidates) {
    const coverage = scratch.total[doc]! / totalWeight;
    const complete = scratch.matchedWords[doc] === allMatched;
    const fuzzy = scratch.fuzzyWords[doc] !== 0;
    const folded = index.folded.of(doc);
    const startsName = key.length >= 3 && startsAName(folded, key);
    const tier: MatchTier = startsName ? 'prefix' : fuzzy || !complete ? 'fuzzy' : 'token';
    const { fit, inName } = nameMatch(folded.words, words, same);
    const phrase = phraseBonus(folded, key, literal);
    let score = Math.min(1, coverage * 0.7 + fit * 0.15 + inName * 0.15 + phrase);
    // Among names the query begins once folded (Dzhanyarova, Dzhanilyev for "dzhany"), the one it
    // begins as typed comes first.
    if (startsName) {
      const bonus = startsLiterally(index, doc, literal) ? LITERAL_PREFIX_BONUS : 0;
      score = Math.min(1 - LITERAL_PREFIX_BONUS, Math.max(score, 0.9)) + bonus;
    }
    consider(doc, score, tier);
  }
  clearCandidates(index, candidates);
  // Autocomplete reorders on every keystroke anyway; the finer typo order is for lookups.
  const fuzzyOnes = prefixLast ? [] : results.filter((r) => r.tier === 'fuzzy');
  if (fuzzyOnes.length > 1) rescoreWithFuse(index, fuzzyOnes, query);
  const { documents } = index;
  const ranked = results.sort(
    (a, b) =>
      TIER_RANK[b.tier] - TIER_RANK[a.tier] ||
      b.score - a.score ||
      documents[b.doc]!.weight - documents[a.doc]!.weight,
  );
  return { ranked, tied };
}

/** Whether a name of the document begins with the query as typed (normalised, not folded). */
function startsLiterally(index: KindIndex, doc: number, literal: string): boolean {
  return (
    literal !== '' && index.documents[doc]!.names.some((name) => normalizeText(name).startsWith(literal))
  );
}

/**
 * How well the query and the document's best name cover each other: `fit` is the share of the
 * name's words the query names ("igor ivanov" fits Igor Ivanov fully), `inName` the share of the
 * query's words found in that name rather than in prose. `same` is memoised per query.
 */
function nameMatch(
  names: readonly (readonly string[])[],
  queryWords: readonly string[],
  same: (queryWord: number, nameWord: string) => boolean,
): { fit: number; inName: number } {
  let fit = 0;
  let inName = 0;
  // Indexed loops: this runs for every candidate, often before the code is optimised, when
  // for-of would allocate an iterator step per word.
  for (let n = 0; n < names.length; n++) {
    const nameWords = names[n]!;
    // Each (query word, name word) pair once: name words named by the query, query words named.
    let namedQueryWords = 0;
    let namedNameWords = 0;
    for (let k = 0; k < nameWords.length; k++) {
      const w = nameWords[k]!;
      let named = false;
      for (let i = 0; i < queryWords.length; i++) {
        if (same(i, w)) {
          named = true;
          namedQueryWords |= 1 << i;
        }
      }
      if (named) namedNameWords++;
    }
    fit = Math.max(fit, namedNameWords / nameWords.length);
    inName = Math.max(inName, bitCount(namedQueryWords) / queryWords.length);
  }
  return { fit, inName };
}

/** The fuzzy tier's final order comes from Fuse.js over the candidates' names and labels. */
function rescoreWithFuse(index: KindIndex, fuzzy: readonly Ranked[], query: string): void {
  // Only the close contenders need a finer order; Fuse's bitap search is dear on long names.
  const best = Math.max(...fuzzy.map((r) => r.score));
  const contenders = fuzzy
    .filter((r) => r.score >= best - FUSE_CONTENDER_MARGIN)
    .sort((a, b) => b.score - a.score)
    .slice(0, FUSE_CONTENDERS);
  const items = contenders.map(({ doc }) => {
    const folded = index.folded.of(doc);
    return { doc, names: [folded.label, ...folded.keys] };
  });
  const fuse = new Fuse(items, {
    keys: ['names'],
    includeScore: true,
    ignoreLocation: true,
    threshold: 0.6,
  });
  const pattern = nameKey(query).slice(0, FUSE_PATTERN_CHARS);
  const fuseScores = new Map(fuse.search(pattern).map((hit) => [hit.item.doc, hit.score ?? 1]));
  for (const r of fuzzy) {
    const similarity = 1 - (fuseScores.get(r.doc) ?? 1);
    r.score = r.score * 0.85 + similarity * 0.15 * Math.min(1, r.score / CONFIDENCE_THRESHOLD);
  }
}
