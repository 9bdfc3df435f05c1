// Titles and summaries: `headline` makes a title from the dated clause, `shorten` cuts a summary to
// length when no headline is left, `withoutCitations` is a sentence with its bracket citations dropped.
import type { Analysis } from '../../analysis.js';
import { TITLE_WORDS } from '../../language/lexicon.js';
import { FULL_MONTH_PATTERN, WEEKDAY_PATTERN } from '../../language/months.js';

// (A bare date or weekday is left over once "Late on Tuesday," is cut from "Late on Tuesday, October 24, X …".)
const LEADING_TIME = new RegExp(
  String.raw`^(?:and |but )?(?:(?:on|in|by|at|from|since|during|until|early|late|last|this|next)\b[^,]{0,40}(?:, \d{4})?|(?:${FULL_MONTH_PATTERN}) \d{1,2}(?:, \d{4})?|(?:${WEEKDAY_PATTERN})|(?:\w+ )?(?:days?|weeks?|months?|years?|hours?) (?:later|earlier|before|after)|the (?:next|following|previous|same) (?:day|week|month|year|morning|evening)|meanwhile|however|instead|nevertheless|in response|in turn|later|earlier|then|afterwards|subsequently|according to [^,]{0,60}),\s+`,
  'i',
);
const RELATIVE = /,\s(?:which|who|whose|where|when)\s[^,;]{1,100}(?:, \d{4}\b[^,;]{0,60})?(?:,|$)/;
const REPORTED_THAT = /^[^,]{0,60}\b(?:reported|said|wrote|announced)(?: on \p{Lu}\p{Ll}+ \d{1,2})? that /u;
const APPOSITIVE = /,\s(?:the|a|an|its|his|her)\s[^,;]{1,60},/;
const SUBORDINATE =
  /,\s(?:which|who|whose|where|when|after|while|as|saying|according to|but|and)\s|(?:\sas)?\s(?:saying|according to)\s|\s[—–]\s|:\s/;
// "Deputy Chairman of the Gazprom Management Committee Gennady Bystrov": the person, the title and its
// body left to the record's actors (a capitalised run after a title with "of"/"for", up to the two
// capitalised words before a lower-case word).
const TITLE_BEFORE_NAME = new RegExp(
  String.raw`(?<![\p{L}’'-])(?:\p{Lu}[\p{L}-]* )*?(?:(?:${[...TITLE_WORDS].join('|')}) )+(?:of|for) (?:the )?(?:[\p{Lu}\d][\p{L}\p{N}’'.-]*,? (?:(?:of|for|and|on|the) )*)+?(\p{Lu}[\p{L}’'-]+(?<![’']s) \p{Lu}[\p{L}’'-]+(?<![’']s))(?= (?!(?:of|for|and|on|the)\b)\p{Ll}|[,;]|$)`,
  'gu',
);
// ", planned for June 14 in Odesa,": a participle's aside between a subject and its verb.
const PARTICIPLE_ASIDE =
  /,\s(?:planned|scheduled|due|set|signed|held|built|launched|adopted|announced|opened|founded|elected|appointed|expected|billed|described|known|based)\b[^,;]{0,80},(?=\s\p{Ll})/u;
// Where a headline may end: before a clause, a preposition's phrase or a participle.
const PHRASE_BREAK =
  /[,;]\s|\s(?=(?:of|in|at|on|for|to|from|with|by|after|before|during|under|over|into|near|between|against|about|across|through|outside|inside|since|until|amid|without|within|because|as|while|when|where|which|who|whose|that|and|but|or|unless|if|than|including|despite|(?!(?:morning|evening|meeting|building|spring|thing|nothing|something|anything|everything|funding|ceiling|hearing|wing|king|ring|string|during)\b)\p{Ll}{3,}ing)\b)/gu;
// A finite verb, roughly: the headline's cut must keep one ("Talks between X and Y" says nothing).
const VERB =
  /\b(?:\p{Ll}{2,}ed|was|were|is|are|has|have|had|will|would|could|can|may|might|must|did|does|says|met|cut|began|held|told|took|made|gave|sent|went|came|left|led|won|lost|fell|rose|paid|set|put|shut|hit|sold|bought|built|brought|spent|kept|ran|saw|found|became|struck|stood|fled|flew|drove|wrote|spoke|broke|chose|sought|fought|laid|meant|heard|let|got|grew|drew|threw|knew|sank|froze|withdrew|overtook|undertook|shook|woke|rode|swore|tore|bid|quit|split|spread|slid|upheld|withheld|won)\b/u;
// Words a headline cannot end on.
const DANGLING =
  /\s(?:of|the|a|an|to|in|and|for|on|with|by|at|from|that|was|were|is|are|has|have|had|be|been|being|will|would|could|can|may|might|must|not|its|his|her|their|our|my|this|these|those|some|every|each|no|any|very|more|most|also|already|still|first|last|middle|end|beginning|start|rest|part|half|number|series|couple)$/i;

/**
 * A headline from the clause that dates the event: the leading time phrase, appositives, relative
 * clauses (unless the date is inside one) and citations dropped; cut at a word boundary.
 */
export function headline(clause: string, dateAt = -1, max = 90): string {
  let t = clause
    .replace(/\s+/g, ' ')
    .replace(/\s*\([^()]*\)/g, '')
    .trim();
  const colon = t.indexOf(': ');
  if (colon > 0 && colon < 70 && dateAt > colon) t = t.slice(colon + 2);
  for (let lead = LEADING_TIME.exec(t); lead; lead = LEADING_TIME.exec(t)) t = t.slice(lead[0].length);
  const reported = REPORTED_THAT.exec(t);
  if (reported) t = t.slice(reported[0].length);
  const relative = RELATIVE.exec(t);
  const inRelative =
    relative &&
    clause.includes(relative[0]) &&
    dateAt >= clause.indexOf(relative[0]) &&
    dateAt < clause.indexOf(relative[0]) + relative[0].length;
  if (relative && inRelative) t = t.slice(0, relative.index + relative[0].length).replace(/,$/, '');
  else {
    if (relative) t = t.replace(RELATIVE, (m) => (m.endsWith(',') ? '' : ''));
    t = t.replace(APPOSITIVE, '');
    const cut = SUBORDINATE.exec(t);
    if (cut && t.slice(0, cut.index).split(' ').length >= 3) t = t.slice(0, cut.index);
  }
  t = t.replace(TITLE_BEFORE_NAME, '$1').replace(PARTICIPLE_ASIDE, '');
  t = t.replace(/[\s.,;:“”"]+$/, '');
  if (t.length > max) t = cutAtPhrase(t, max);
  // (A bracket the cut left open is dropped with what it held.)
  if (/\([^)]*$/.test(t)) t = t.replace(/\s*\([^)]*$/, '');
  return t.charAt(0).toUpperCase() + t.slice(1);
}

/**
 * A headline of at most `max` characters that ends where a phrase ends ("… ordered a full physical
 * inspection", not "… inspection of every"), keeping the verb; when no phrase ends in time, the
 * words that fit and an ellipsis, so that a cut never reads as a whole sentence.
 */
function cutAtPhrase(t: string, max: number): string {
  const verb = VERB.exec(t);
  let best = -1;
  for (const m of t.matchAll(PHRASE_BREAK)) {
    if (m.index > max) break;
    const head = t.slice(0, m.index);
    // (", one of whom": a lone word after a comma is the start of what was cut.)
    if (verb && m.index > verb.index + verb[0].length && !DANGLING.test(head) && !/,\s\S+$/.test(head))
      best = m.index;
  }
  if (best >= Math.min(30, max / 2)) return t.slice(0, best).replace(/[\s,;:]+$/, '');
  let words = t.slice(0, t.lastIndexOf(' ', max - 1));
  while (DANGLING.test(words)) words = words.replace(/\s+\S+$/, '');
  return `${words.replace(/[\s,;:]+$/, '')}…`;
}

export function shorten(text: string, max: number): string {
  const clean = text
    .replace(/\s+/g, ' ')
    .replace(/\s*\([^()]*\)\s*$/, '')
    .replace(/[.,;:\s]+$/, '')
    .trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 40 ? cut.lastIndexOf(' ') : cut.length)}…`;
}

export function withoutCitations(an: Analysis, sentence: number): string {
  const s = an.sentences[sentence];
  if (!s) return '';
  let out = s.text;
  for (const c of an.citations.filter((x) => x.sentence === sentence && x.kind === 'bracket').reverse()) {
    out = out.slice(0, c.spanStart - s.start).trimEnd() + out.slice(c.spanEnd - s.start);
  }
  return out.replace(/\s+([.,;])/g, '$1').trim();
}
