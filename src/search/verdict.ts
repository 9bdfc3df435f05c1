// The verdict on a ranked list of candidates: one answer, a picker of records too close to call,
// or "nothing found" with suggestions. "Why did this query give that answer" ends here.

export type MatchTier = 'exact' | 'prefix' | 'token' | 'fuzzy';

/** Below this a result is not an answer; it may still be a suggestion. */
export const CONFIDENCE_THRESHOLD = 0.62;
export const SUGGESTION_THRESHOLD = 0.3;
/**
 * Below the threshold, a best result this good that stands this far above every other is still the
 * answer: a query with a cut-short or misspelt word matches its record only partly, but no other
 * record comes near ("mur nurmatov opens").
 */
const STANDOUT_SCORE = 0.5;
const STANDOUT_MARGIN = 0.06;
/** Results this close to the best one, and different records, make the lookup ambiguous. */
export const AMBIGUITY_MARGIN = 0.04;
/**
 * Close candidates this good are a picker even under the threshold (a near-tie is not a miss);
 * below it they are only suggestions.
 */
export const NEAR_TIE_FLOOR = 0.5;
/** At most this many suggestions come with "nothing found". */
const SUGGESTIONS = 3;
// Exact names, then name prefixes, always come first; whole-word and typo matches compete on score
// (a typo match's word quality is already lower).
export const TIER_RANK: Record<MatchTier, number> = { exact: 2, prefix: 1, token: 0, fuzzy: 0 };

export interface Judged {
  readonly score: number;
  readonly tier: MatchTier;
}

export type Verdict<T> =
  | { readonly status: 'found'; readonly shown: readonly T[] }
  | { readonly status: 'ambiguous'; readonly shown: readonly T[] }
  | { readonly status: 'none'; readonly shown: readonly T[] };

/**
 * The verdict on candidates ranked best first (tier, then score). `shown`: for `found` every
 * candidate, the answer first; for `ambiguous` the close ones; for `none` the suggestions.
 */
export function judge<T extends Judged>(ranked: readonly T[]): Verdict<T> {
  const best = ranked[0];
  if (!best) return { status: 'none', shown: [] };
  // Records as good as the best (same tier, within the margin): more than one is for the user to
  // choose, even just under the threshold.
  const close = ranked.filter(
    (r) =>
      TIER_RANK[r.tier] === TIER_RANK[best.tier] &&
      best.score - r.score <= AMBIGUITY_MARGIN &&
      r.score >= NEAR_TIE_FLOOR,
  );
  if (close.length > 1) return { status: 'ambiguous', shown: close };
  const runnerUp = ranked[1]?.score ?? 0;
  const standsOut = best.score >= STANDOUT_SCORE && best.score - runnerUp >= STANDOUT_MARGIN;
  if (best.score < CONFIDENCE_THRESHOLD && !standsOut) {
    return {
      status: 'none',
      shown: ranked.filter((r) => r.score >= SUGGESTION_THRESHOLD).slice(0, SUGGESTIONS),
    };
  }
  return { status: 'found', shown: ranked };
}
