// Days that do not move the story on, though told in the past: background in a relative clause or
// the past perfect, a rule's day ahead ("raising the fee from April 1"), a state a relative time
// reaches ("by the following morning"). Read by read-mention.ts, and "that night" by that-day.ts.
import type { DateSpec } from '../../../src/dataset/schema.js';
import type { DateMention } from '../dates.js';
import type { Sentence } from '../segment.js';

/**
 * "…, the rise that took effect on January 1": a day told as background in a relative clause,
 * before the day the narrative is on, does not move it back.
 */
export function background(
  d: DateMention,
  s: Sentence,
  spec: DateSpec,
  lastDay: string | undefined,
): boolean {
  if (lastDay === undefined || spec.start >= lastDay) return false;
  const before = s.text.slice(0, d.start - s.start);
  // (The date's own clause: the words after the last comma, semicolon or full stop before it.)
  const clause = before.slice(
    Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf('.')) + 1,
  );
  return (
    /\b(?:that|which|who|whose)\b/.test(clause) ||
    // "… had been stealing gas since New Year's Day": the start of a state, told as background.
    /\bsince (?:the )?$/i.test(before) ||
    // "a memorandum, dated January 20, …": the day a document bears.
    /\bdated $/.test(before) ||
    // "…, opened in Varna on May 2 last year", "The transit levy imposed on April 8 remains …": a reduced
    // relative clause (a passive participle, no object).
    /,\s\p{Ll}+(?:ed|en) (?:in|on|by|last|earlier)\b[^,;.]*$/u.test(before) ||
    (/\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir) (?:[\p{L}-]+ ){0,3}?\p{Ll}+(?:ed|en) (?:in|on) $/u.test(
      before,
    ) &&
      /^\s(?:remains?|is|are|has|have|will|stays?|still)\b/.test(s.text.slice(d.end - s.start))) ||
    // "The visit had been postponed two days earlier", "On April 23, the ministry had asked …": the
    // past perfect tells what came before the story's day.
    PAST_PERFECT_BEFORE.test(clause) ||
    (OPENS_CLAUSE.test(before) && PAST_PERFECT_AFTER.test(s.text.slice(d.end - s.start)))
  );
}

const PAST_PERFECT = `had (?:\\p{Ll}+ly )?(?:been )?\\p{Ll}+(?:ed|en|wn|ne|ght|t)\\b`;
export const PAST_PERFECT_BEFORE = new RegExp(`\\b${PAST_PERFECT}`, 'u');
/** The past perfect of a clause a date opens; "that" starts reported words, not the clause's verb. */
const PAST_PERFECT_AFTER = new RegExp(`^,?\\s(?:(?!that\\b)[\\p{L}’'-]+\\s){1,5}?${PAST_PERFECT}`, 'u');
/** A date that opens its sentence or clause ("On April 23, …", "; two days earlier, …"). */
const OPENS_CLAUSE = /(?:^|[;:—]\s?)\s*(?:(?:[Oo]n|[Ii]n|[Bb]y|[Aa]t) (?:the )?)?$/;

/** What takes effect on a day: a law, a fee, a tariff, a ban, a rise. */
const RULE_BEFORE =
  /\b(?:law|fees?|tariffs?|prices?|bans?|rules?|regime|rates?|dues|dut(?:y|ies)|tax(?:es)?|levy|schedule|increase|decree|amendments?|raising|banning|takes? effect|took effect)\b(?:(?!\b(?:cut|stopped|suspended|halted|closed|shut|blocked|seized|resumed)\b)[^,;.]){0,80}$/;

/**
 * "On February 26, it passed the law raising the fee from April 1, … and signed it the same evening":
 * the day a thing a clause told takes effect lies ahead of the story, which stays on its day.
 */
export function takesEffectAhead(
  d: DateMention,
  s: Sentence,
  spec: DateSpec,
  lastDay: string | undefined,
): boolean {
  return (
    /^(?:from|as of|effective) /i.test(d.text) &&
    !spec.end &&
    lastDay !== undefined &&
    spec.start > lastDay &&
    lastDay.length === 10 &&
    // ("From April 1, the fee is …": a date opening its sentence is where the story goes.)
    d.start > s.start &&
    // (A rule's start, not an act's: "cut gas supplies to Ukraine from January 1" moves the story.)
    RULE_BEFORE.test(s.text.slice(Math.max(0, d.start - s.start - 100), d.start - s.start))
  );
}

/**
 * "On May 3 the ministry closed the border; by the following morning trucks had queued …": a state
 * reached by a relative time is a consequence, so "Two days later" still counts from the act it follows.
 */
export function reachedBy(d: DateMention, s: Sentence): boolean {
  const before = s.text.slice(0, d.start - s.start);
  return (
    !!d.relative &&
    (/^by /i.test(d.text) || /\bby (?:the (?:morning|evening|afternoon|night|end) of )?$/i.test(before))
  );
}
