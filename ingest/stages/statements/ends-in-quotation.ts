// Whether reported words run into a quotation and are that quotation only (the quotations stage
// reports those), or go on unquoted after it and so are a statement as well.
import type { Analysis } from '../../analysis.js';
import type { QuoteSpan } from '../quote-marks.js';
import { REPORTING_ANYWHERE } from './reporting-verbs.js';

/**
 * "told DTV-1 after the vote that the change closed a loophole through which “…”": the saying's own
 * "that" (right after the verb and its hearer), then a relative clause that carries the quotation.
 */
const THAT_THEN_WHICH =
  /^(?:\s(?:me|us|him|her|them|reporters|journalists|\p{Lu}[\p{L}\d’'-]*(?:\s\p{Lu}[\p{L}\d’'-]*){0,3}))?(?:\s(?:on|in|after|before|at|last|this|the\s(?:same|next|following))\s(?:the\s)?[^\s,;“”"]+(?:\s\d+)?)?\sthat\s[^,;“”"]{20,}?\s(?:(?:through|in|by|under|from|with|for) )?(?:which|whom)\s[^,;“”"]{0,60}$/u;

/**
 * Reported words that run into a quotation are that quotation only ("called the plan “an unfriendly
 * act”", "told reporters the aircraft would land “within days,” and the next morning the ministry
 * announced …"). They are a statement as well when the speaker's words go on unquoted after it
 * ("… “at least three months” and that the bridge would reopen …", "“…,” and freight still pays less").
 */
export function endsInQuotation(
  an: Analysis,
  quoteSpans: readonly QuoteSpan[],
  from: number,
  sentenceEnd: number,
): boolean {
  const first = quoteSpans.find((q) => q.depth === 0 && q.outerStart >= from && q.outerStart < sentenceEnd);
  // (A figure's thousands separator is no clause boundary: "that 11,400 people had been flown home".)
  const before = an.text.slice(from, first?.outerStart ?? from).replace(/(?<=\d),(?=\d{3}\b)/g, '0');
  // A quotation after a semicolon or after another speech verb belongs to that other clause.
  if (!first || /[;]/.test(before) || REPORTING_ANYWHERE.test(before)) return false;
  // "the reservoir will be full by June, after which “…”": a clause of its own came first.
  if (/,\s(?:after which|which|while|whereas|and|but|so|although|because)\s/.test(before)) return false;
  // "denied that the offer was a threat, calling it “…”": a full clause, then a participle's own
  // clause that carries the quotation; or an appeal, "called on X to postpone the vote, warning that “…”".
  if (/\b(?:that|to)\s[^,]{12,},\s\p{Ll}+ing\s/u.test(before)) return false;
  // "said that the plan would stand because “…”", "… freezing the program until “…”", "… that no suspect had crossed and that the lists
  // would come “…”", "… that it would review the tariffs if Astana “…”", "… that the fee was fixed by
  // contract and was “…”": a full clause came first, then a reason, a condition, a second clause or
  // a second predicate quoted.
  if (
    /\bthat\s[^,]{12,}?\s(?:(?:because|since|although|unless|if|until)(?:\s[^,\s]+){0,3}\s*$|and that\s|(?:and|but) (?:was|were|is|are|would|will|had|has|could|should|must|might|may)(?:\s[^,“”"]{0,80})?\s*$)/.test(
      before,
    )
  )
    return false;
  // (The last 300 characters for the tests below: the clause is short, and a long text stays linear.)
  const lastPart = before.slice(-300);
  // "said that the delay merely moved the fight to the autumn, when his voters would be “…”": a full
  // clause, then a time or reason clause after a comma that carries the quotation.
  if (
    /\bthat\s[^,;]{12,}?,\s(?:when|where|as|while|because|since|although|unless|if)\s[^,“”"]{0,60}$/.test(
      lastPart,
    )
  )
    return false;
  // "said that the change merely closed a loophole through which “…”": a full clause, then a relative
  // clause of its own noun that carries the quotation (the "that" the saying's, not a relative one:
  // "recalled the promise that Brussels made …").
  if (THAT_THEN_WHICH.test(before)) return false;
  // "said that the discharge now stood at 310 cubic meters per second, “more than the Sogdarans have
  // canals to carry”": a full clause, then a quotation set beside it after a comma, or after a colon
  // ("said that she had expected nothing else from the court: “…”").
  if (/\bthat\s[^,;“”"]{30,}[,:]\s$/.test(lastPart)) return false;
  // "said that his supporters would remain on the square until the second round “or until the court
  // steals it”", "announced that the round would be moved to May 15 “so that the port can be heard”":
  // a full clause, then a quoted alternative, addition, reason or condition of its own.
  if (
    /\bthat\s[^;“”"]{30,}\s$/.test(lastPart) &&
    /^[“"‘]\s*(?:or|and|but|so that|because|unless|until|when|once|if|while|as long as)\s/.test(
      an.text.slice(first.outerStart, first.outerEnd),
    )
  )
    return false;
  // "said: “…”", "said that “…”", "told reporters the road would reopen “…”": up to the quotation.
  const after = an.text.slice(first.outerEnd, sentenceEnd);
  // "accused the court of hiding “two pages” of the file from the defence": the words go on unquoted
  // (not "“…,” a remark that drew applause": a comment on the quotation).
  if (
    /^[”"’]?\s+(?!and\b|but\b|while\b|as\b|over\b|amid\b|an? (?:remark|comment|reference|allusion|jibe|phrase)\b)\p{Ll}+(?:\s+[\p{L}-]+){2,}/u.test(
      after,
    )
  )
    return false;
  // ("“…,” but that no permit …": a second clause turned against the first.)
  if (/^[,”"’]*\s+(?:and|but)\s+that\b/.test(after)) return false;
  // "said that Y had “sold the base twice” and could not expect …": the reported clause's second
  // predicate goes on unquoted.
  if (
    /^[”"’]?\s+(?:and|but)\s+(?:(?:could|would|will|had|has|have|was|were|is|are|should|must|might|did|does|do)\s+)(?:not\s+)?\p{Ll}/u.test(
      after,
    )
  )
    return false;
  // "and freight still pays less", "and the ministry …": a clause with a subject of its own, not
  // "and dismissed the governor" (another deed of the same subject).
  const and = /^[,”"’]*,?\s+and\s+(?=(?:the|a|an|its|his|her|their|this|these|those)\s|\p{Lu})/u.exec(after);
  if (!and) return true;
  // "“…,” and X still pays less": words of the same speaker unless another speaker or quotation comes.
  const tail = after.slice(and[0].length);
  return /[“"‘]/.test(tail) || REPORTING_ANYWHERE.test(tail);
}
