// A subject the grammar around a date names whatever its clause opens with: a passive's agent ("was
// arrested by X on May 3"), the name a "that" or "since" clause opens with, a name asked to act ("asked
// the council to meet on Friday"). Read by clause-subject.ts and event-actors.ts.
import type { NameHit } from './name-modifiers.js';

/** Words before a passive's agent: "was arrested by (the)", "approved by", "been run since 2004 by". */
const PASSIVE_BY =
  /(?:\b(?:was|were|been|be|being|is|are)\b[^,;]{0,40}|\b\p{Ll}{3,}ed) by (?:the |a |an )?$/u;

/** A passive right after a name: "(NSDC) had been informed", "was told". */
const PASSIVE_AFTER =
  /^\s*(?:\([^)]{1,20}\)\s*)?(?:had |has |have |would |will )?(?:been|was|were|is|are|be) (?:\p{Ll}+ly )?\p{Ll}+(?:ed|en|wn|ld|id)\b/u;

/** A verb that asks its object to act: "asked the council to meet", "ordered the navy to sail". */
const ASKED_TO = /\b(?:asked|told|invited|urged|ordered|instructed|allowed|forced|called on)\s+(?:the\s+)?$/;

/**
 * A subject the grammar around the date names whatever the clause opens with: a passive's agent, a
 * name that opens a "that" clause, a name asked to act ("I have asked the district council to meet
 * on Friday"). `opens` is where the date's clause opens.
 */
export function governedSubject(
  text: string,
  opens: number,
  dateAt: number,
  inClause: readonly NameHit[],
): NameHit | undefined {
  // "Lupu was arrested by the State Security Committee on May 3", "the sum approved by the Water
  // Commission in 2008": a passive's agent acts, in the stretch of words that holds the date.
  const agent = inClause.find(
    (h) =>
      h.at >= opens &&
      PASSIVE_BY.test(text.slice(Math.max(opens, h.at - 60), h.at)) &&
      !/[,;]|\band\b/.test(text.slice(Math.min(h.at, dateAt), Math.max(h.at, dateAt))),
  );
  // "a contract that Ulgarenergo signed on February 22", "he filed an appeal that the court will hear on
  // May 9": a name right after "that" or "which" is the subject of the clause that holds the date
  // (after "at which" the antecedent is the scene: "the summit, at which X and Y were to meet").
  // (Of nested clauses, the innermost holds the date: "made clear that Gazprom expected Kestria to
  // honour the deal that Lupu had signed in 2003" is Lupu's; a passive's subject is no agent.)
  const openers = inClause.filter(
    (h) =>
      h.at < dateAt &&
      // (and "…, which has stood empty since Kestria disbanded its last regiment in 2009")
      /(?:(?<!\b(?:at|in|on|of|for|by|with|from|under|during) )\b(?:that|which)|\b(?:since|after|before|when|until|because|once)) (?:the )?$/i.test(
        // (past a title: "the deal that President Lupu signed")
        text.slice(h.at - 40, h.at).replace(/(?<= )(?:\p{Lu}\p{Ll}+ ){1,2}$/u, ''),
      ) &&
      !/[,;]/.test(text.slice(h.at, dateAt)),
  );
  const innermost = openers.at(-1);
  const opener =
    innermost && PASSIVE_AFTER.test(text.slice(innermost.end, dateAt))
      ? undefined
      : openers.find((h) => h.at === innermost?.at);
  // "I have asked the district council to meet on Friday": who is asked to act does it.
  const asked = inClause.find(
    (h) =>
      h.at >= opens &&
      h.at < dateAt &&
      ASKED_TO.test(text.slice(Math.max(opens, h.at - 30), h.at)) &&
      /^[^,;]{0,40}?\bto \p{Ll}+/u.test(text.slice(h.end, dateAt)),
  );
  return agent ?? opener ?? asked;
}
