// Sub-events of a dated clause: a clause after a semicolon that continues the same day ("…; by
// evening, X had closed …") and a second clause with a subject and a past act of its own ("…, and
// customs officers began charging a fee"), both happening on the same date.
import type { Analysis } from '../../analysis.js';
import { SAID_ON, SAYING } from './act-patterns.js';

/**
 * "On June 2, the authorities set up two checkpoints, and customs officers began charging a fee":
 * a second clause with a subject and a past act of its own, no date of its own and no saying,
 * happened on the same date.
 */
export function alsoClause(an: Analysis, sentence: number, offset: number): string | undefined {
  const s = an.sentences[sentence];
  if (!s) return undefined;
  const and = s.text.indexOf(', and ', offset);
  if (and < 0 || s.text.slice(offset, and).includes(';')) return undefined;
  const from = and + ', and '.length;
  const clause = (s.text.slice(from).split(/; /)[0] ?? '')
    .replace(/\s*\([^()]*\)\s*[.]?$/, '')
    .replace(/[.]$/, '');
  const at = s.start + from;
  const head = s.text.slice(from, from + 40);
  // "dismissed the chairman, and named him ambassador to X": a verb sharing the subject before it
  // adds to the same act; only a clause with a subject of its own is a second one.
  if (/^(?:\p{Ll}+ed|began|set|cut|shut|sent|took|made|held|won|lost|fled|seized|struck)\b/u.test(head))
    return undefined;
  const subject =
    an.table.mentions.some((m) => m.sentence === sentence && m.start >= at && m.start < at + 40) ||
    [...an.table.demonyms.keys()].some((adj) => new RegExp(`^(?:the )?${adj}\\b`).test(head));
  const ownDate = an.dates.some((d) => d.sentence === sentence && d.mention.start >= at);
  // "he is widely regarded as …" is a state now, not a past act.
  const pastAct =
    /^[^,;]{0,60}?(?<!\b(?:is|are|am) (?:\p{Ll}+ly )?)\b(?:\p{Ll}+ed|began|set|cut|shut|sent|took|made|held|won|lost|fled|seized|struck)\b/u;
  if (!subject || ownDate || !pastAct.test(clause) || SAYING.test(clause) || SAID_ON.test(clause))
    return undefined;
  if (NO_HAPPENING.test(clause)) return undefined;
  return clause;
}

/**
 * A second clause that tells no happening of that date: the next part of a reported saying ("…
 * that the office had questions, and that it had not yet decided …"), a subject that did nothing
 * ("…, and nobody was detained"), or a present perfect, a state up to now ("…, and it has wanted
 * the airfield ever since").
 */
const NO_HAPPENING =
  /^(?:that\b|(?:nobody|no one|none|nothing)\b|[^,;]{0,40}?\b(?:has|have) (?:\p{Ll}+ly )?(?:\p{Ll}+ed|been)\b)/u;

// A clause after a semicolon that continues the same day: "…; by evening, Temiria had closed …".
const SAME_DAY =
  /^(?:by (?:evening|nightfall|midday|noon|the afternoon|the end of the day)|that (?:evening|night|afternoon)|later (?:that|the same) day|the same day|hours later|within (?:hours|the hour|an hour|minutes)|(?:an|one|two|three) hours? later|minutes later)\b/i;

/** The clause after the date's own, when it happens on the same day and names no date of its own. */
export function sameDayClause(sentence: string, offset: number): string | undefined {
  const semicolon = sentence.indexOf('; ', offset);
  if (semicolon < 0) return undefined;
  const rest = sentence.slice(semicolon + 2);
  const clause = rest.split(/; /)[0] ?? '';
  return SAME_DAY.test(clause) ? clause.replace(/\s*\([^()]*\)\s*[.]?$/, '').replace(/[.]$/, '') : undefined;
}
