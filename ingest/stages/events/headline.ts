// Titles and summaries: `headline` makes a title from the dated clause, `shorten` cuts a summary to
// length when no headline is left, `withoutCitations` is a sentence with its bracket citations dropped.
import type { Analysis } from '../../analysis.js';
import { FULL_MONTH_PATTERN, WEEKDAY_PATTERN } from '../../language/months.js';

// (A bare date or weekday is left over once "Late on Tuesday," is cut from "Late on Tuesday, October 24, X …".)
const LEADING_TIME = new RegExp(
  String.raw`^(?:and |but )?(?:(?:on|in|by|at|from|since|during|until|early|late|last|this|next)\b[^,]{0,40}(?:, \d{4})?|(?:${FULL_MONTH_PATTERN}) \d{1,2}(?:, \d{4})?|(?:${WEEKDAY_PATTERN})|(?:\w+ )?(?:days?|weeks?|months?|years?|hours?) (?:later|earlier|before|after)|the (?:next|following|previous|same) (?:day|week|month|year|morning|evening)|meanwhile|later|earlier|then|afterwards|subsequently|according to [^,]{0,60}),\s+`,
  'i',
);
const RELATIVE = /,\s(?:which|who|whose|where|when)\s[^,;]{1,100}(?:, \d{4}\b[^,;]{0,60})?(?:,|$)/;
const REPORTED_THAT = /^[^,]{0,60}\b(?:reported|said|wrote|announced)(?: on \p{Lu}\p{Ll}+ \d{1,2})? that /u;
const APPOSITIVE = /,\s(?:the|a|an|its|his|her)\s[^,;]{1,60},/;
const SUBORDINATE =
  /,\s(?:which|who|whose|where|when|after|while|as|saying|according to|but|and)\s|\s(?:saying|according to)\s|\s[—–]\s|:\s/;
const TRAILING_SMALL_WORDS = /\s+(?:of|the|a|an|to|in|and|for|on|with|by|at|from|that)$/i;

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
  t = t.replace(/[\s.,;:“”"]+$/, '');
  if (t.length > max) t = t.slice(0, t.lastIndexOf(' ', max)).replace(TRAILING_SMALL_WORDS, '');
  return t.charAt(0).toUpperCase() + t.slice(1);
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
