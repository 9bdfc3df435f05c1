// Whether a reporting verb reports words: its complement ("said that …", "put its losses at 12",
// "urged X to …", "called it a …"), not a direct quotation to come, a quotation alone, or another
// sense of the verb ("called off the talks").
import type { Analysis } from '../../analysis.js';
import { IRREGULAR_PAST_ACTS } from '../../language/lexicon.js';
import type { QuoteSpan } from '../quote-marks.js';
import { endsInQuotation } from './ends-in-quotation.js';
import {
  CALLED_BARE,
  CALLED_FOR,
  CALLED_PRONOUN,
  COMPLEMENT,
  HEARER,
  MEASURE_WHICH,
  OWN_COMPLEMENT,
  THAT_AFTER_QUOTE,
  TOLD_TO,
  URGED_TO,
} from './reporting-verbs.js';

/** "the president learned …", "the bridge remains …": a noun phrase and its finite verb. */
const BARE_PAST_CLAUSE = new RegExp(
  `^\\s(?:the|its|his|her|their) (?:[\\p{L}-]+ ){0,3}?(?:\\p{Ll}{3,}ed|${IRREGULAR_PAST_ACTS}|remains|stays)\\s`,
  'u',
);

/** A name and a form of "be" or "have": " Strada is paid …". */
const NAME_IS = /^\s\p{Lu}[\p{L}’'-]+(?: \p{Lu}[\p{L}’'-]+)? (?:is|was|are|were|has|have)\s/u;

/** Whether the reporting verb `m` in sentence `s` reports words; `lead` is the text before it. */
export function reportsWords(
  an: Analysis,
  quoteSpans: readonly QuoteSpan[],
  s: Analysis['sentences'][number],
  m: RegExpExecArray,
  lead: string,
): boolean {
  const verbAt = s.start + m.index;
  const rest = s.text.slice(m.index + m[0].length);
  if (/^[^“"]{0,40}:\s*$/.test(rest)) return false; // a direct quotation follows in the next sentence
  if (/^call/.test(m[1] ?? '') && /^\s(?:off|up|in|out|back)\b/.test(rest)) return false; // "called off the talks"
  if (endsInQuotation(an, quoteSpans, verbAt + m[0].length, s.end)) return false;
  // "told parliament the plan would cost …": the hearer comes before the reported words.
  const heard = /^(?:tells?|told)$/.test(m[1] ?? '') ? rest.replace(HEARER, '') : rest;
  // "urged both sides to …", "called on the minister to resign".
  const urges =
    (/^(?:urge[sd]|invite[sd]|advise[sd])$/.test(m[1] ?? '') && URGED_TO.test(rest)) ||
    // "told us over the radio to stay in the harbor": an order given.
    (/^(?:tells?|told)$/.test(m[1] ?? '') && heard !== rest && TOLD_TO.test(heard)) ||
    (/^call(?:s|ed)$/.test(m[1] ?? '') && /^\son\s[^.;“"]{1,60}?\sto\s[“"]?\p{Ll}/u.test(rest)) ||
    // "called again for a referendum": a demand.
    (/^call(?:s|ed)$/.test(m[1] ?? '') && CALLED_FOR.test(rest));
  // "The suspension, which the minister announced on May 4, …": the measure told before.
  const announcedBefore = m[1] === 'announced' && MEASURE_WHICH.test(s.text.slice(0, m.index));
  // "… in what critics called the worst flood in memory": a naming by the clause's subject, after
  // any preposition ("left for what the ministry called a holiday", "on what X called a visit").
  const what =
    /\b(?:in|for|on|at|to|into|from|with|by|of|after|during) what\s[^,;.“”"]{2,60}$/.test(lead) &&
    /^\s(?:the|a|an)\s/.test(rest);
  const names =
    /^(?:calls|called|termed)$/.test(m[1] ?? '') &&
    (CALLED_BARE.test(rest) || CALLED_PRONOUN.test(rest) || what);
  const complement = OWN_COMPLEMENT[m[1] ?? ''] ?? COMPLEMENT;
  // In a relative clause ("X, who asked not to be named, said that …") the words end with it.
  const relative = /,\s(?:who|which)\s[^,;]*$/.test(lead);
  const own = (text: string) => complement.test(relative ? (text.split(/[,;]/)[0] ?? '') : text);
  const second = THAT_AFTER_QUOTE.test(rest);
  // ("an investigator called my lawyer and said that …": a call made; the words are the saying's.)
  const callMade =
    /^call(?:s|ed)$/.test(m[1] ?? '') &&
    /^\s(?:him|her|me|us|them|(?:my|our|your|his|her|their) \p{Ll}+|\p{Lu}[\p{L}’'-]+(?: \p{Lu}[\p{L}’'-]+)?) (?:and|but) (?:then )?(?:said|told|added|explained|warned)\b/u.test(
      rest,
    );
  // "His aides say the president learned about the raid from the news": a clause without "that",
  // its subject a noun phrase and its verb in the past.
  // "The ministry says Strada is paid for from abroad": after "say" a name and a form of "be" or "have"
  // too (not "What Putin told Lukashenka was not disclosed").
  const bareClause =
    /^(?:say|says|said)$/.test(m[1] ?? '') && (BARE_PAST_CLAUSE.test(rest) || NAME_IS.test(rest));
  return (
    (!callMade && (own(rest) || own(heard))) || urges || names || announcedBefore || second || bareClause
  );
}
