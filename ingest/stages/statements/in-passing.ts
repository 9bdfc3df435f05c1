// Words of a clause's subject reported in passing, by a participle (", saying that …", "took office
// promising to …") or an infinitive ("went on television to insist that …").
import type { Analysis } from '../../analysis.js';
import type { QuoteSpan } from '../quote-marks.js';
import { endsInQuotation } from './ends-in-quotation.js';
import { COMPLEMENT, REPORTING_ANYWHERE, THAT_AFTER_QUOTE } from './reporting-verbs.js';
import { personIn, subjectIn } from './speaker-mentions.js';
import { statementIn } from './statement-in.js';
import type { StatementDraft } from './types.js';

/**
 * ", saying that …", ", adding that …", "took office promising to end …", "was quoted by X as
 * saying that …", ", telling reporters that …": the words of the clause's subject, reported in passing.
 * ", suggesting that …" only after a manner of speaking ("went further, suggesting that …"): after a
 * deed it is the writer's inference ("replaced the governor, suggesting that Moscow had lost patience").
 */
// "a notice saying that …", "a note asking that work stop": without a comma only before "that". A hearer may come first: ", telling
// the agency that …", ", assuring investors that …"; a charge has its accused: ", accusing Moscow of …".
const PARTICIPLE =
  /,\s+(?:telling|assuring|reminding|informing|warning)\s+[^,.;:“"]{1,60}?\s+that\s+|\s(?:saying|arguing|claiming|warning|insisting|asking|demanding)\s+that\s+|,\s+(?:saying|adding|arguing|claiming|warning|insisting|noting|stressing|explaining|declaring|asserting)\s+(?:that\s+)?|,\s+(?:predicting|complaining|conceding|admitting|recalling)\s+that\s+|(?<=\bwent (?:even )?further|\bwas (?:blunter|more explicit)),\s+suggesting\s+that\s+|\s(?:promising|vowing|pledging)\s+(?=to\s\p{Ll}|that\s)|\sas saying\s+(?:that\s+)?|,\s+accusing\s+[^,.;:“"]{1,60}?\s+of\s+(?=\p{Ll})/gu;
/** What opens a clause: the participle hangs on the clause after the last of these. */
const CLAUSE_OPENERS = /[;:]\s+|,?\s+(?:when|after|before|as|while|because|since|and|but)\s+/gi;
/** How far back a clause is looked for: its subject is near, and long sentences stay linear. */
const CLAUSE_WINDOW = 300;

/** "went on television to insist that …": an infinitive speech verb; the clause's subject speaks. */
const INFINITIVE =
  /\bto (insist|say|argue|warn|deny|announce|stress|claim|complain|declare|promise|confirm|reiterate)\b/g;

/** ", saying that …": statements added to `out` for the subject of the participle's clause. */
export function addParticiples(an: Analysis, quoteSpans: readonly QuoteSpan[], out: StatementDraft[]): void {
  for (const s of an.sentences) {
    for (const m of s.text.matchAll(PARTICIPLE)) {
      const verbAt = s.start + m.index;
      if (out.some((o) => o.sentence === s.index)) break;
      if (quoteSpans.some((q) => verbAt >= q.outerStart && verbAt < q.outerEnd)) continue;
      // "—Ilie Rusnac, Pontic Observer, November 14, explaining why …": a quote box's occasion.
      if (an.citations.some((c) => c.kind === 'dash' && c.sentence === s.index)) continue;
      const rest = s.text.slice(m.index + m[0].length);
      // A quotation follows (unless a second "that" clause goes on after it).
      if (/^[^.;]{0,60}?[:,]?\s?[“"‘]/.test(rest) && !THAT_AFTER_QUOTE.test(rest)) continue;
      if (rest.trim().length < 12) continue;
      const windowStart = Math.max(0, m.index - CLAUSE_WINDOW);
      let clauseStart = s.start + windowStart;
      // (An "and" inside a name, "the Institute for Energy and Finance", opens no clause.)
      for (const opener of s.text.slice(windowStart, m.index).matchAll(CLAUSE_OPENERS)) {
        const at = s.start + windowStart + opener.index;
        if (an.table.mentions.some((x) => x.start < at && x.end > at)) continue;
        clauseStart = at + opener[0].length;
      }
      // "X quoted Y as saying that …": the words are Y's, the first person after "quoted" (not a body
      // in Y's title, nor X). Not the passive "Y was quoted by X as saying": Y is its subject.
      const quoted = /\bas saying\b/.test(m[0])
        ? /(?<!\b(?:was|were|is|are|been|be) )\bquoted\s(?!by\b)/.exec(s.text.slice(0, m.index))
        : null;
      // (Or the unnamed speaker quoted: "quoted a source in the ministry as saying that …".)
      const after = quoted ? s.start + quoted.index + quoted[0].length : verbAt;
      const unnamed = an.table.mentions.find(
        (x) => x.via === 'group' && x.start === after && x.end <= verbAt,
      );
      // ("TOGC began drawing off gas, and the following week it raised the offtake, saying that …": a
      // clause whose subject is "it" or "he" goes on with the subject of the sentence's first clause.)
      // (Not after a semicolon, nor when the sentence reports words of its own before: "she said that
      // …; he later denied it, saying …" keeps two speakers.)
      const pronounSubject =
        /^(?:[^,;]{0,30}?\s)?(?:it|he|she|they)\s+\p{Ll}/u.test(an.text.slice(clauseStart, verbAt)) &&
        !/;\s*$/.test(an.text.slice(Math.max(s.start, clauseStart - 3), clauseStart)) &&
        !REPORTING_ANYWHERE.test(an.text.slice(s.start, clauseStart));
      // ("Lavonia expelled Igor Belykh, a consul, accusing him of …": the accuser is the clause's
      // subject, whatever its kind, not the accused after the verb.)
      const accusing = /^,\s+accusing\b/.test(m[0]);
      const actor = quoted
        ? (personIn(an, after, verbAt) ?? unnamed?.actors[0])
        : accusing
          ? firstNamed(an, clauseStart, verbAt)
          : (subjectIn(an, clauseStart, verbAt) ??
            (pronounSubject ? subjectIn(an, s.start + windowStart, clauseStart) : undefined));
      if (!actor) continue;
      out.push(statementIn(an, s, { actor, how: 'name' }, verbAt, /[\s,.]+$/));
    }
  }
}

/**
 * The person, body or state that opens the span, after at most a time ("On February 27, Lavonia …"):
 * a clause's subject, whatever its kind; none when the span opens otherwise.
 */
function firstNamed(an: Analysis, start: number, end: number): string | undefined {
  const first = an.table.mentions.find(
    (m) =>
      m.start >= start &&
      m.end <= end &&
      m.actors.length === 1 &&
      ['person', 'organization', 'country'].includes(an.table.actors.get(m.actors[0] ?? '')?.kind ?? ''),
  );
  const opens = /^\s*(?:[^,;]{0,30},\s)?(?:the\s)?(?:\p{Lu}[\p{L}’'-]*\s)*$/u;
  return first && opens.test(an.text.slice(start, first.start)) ? first.actors[0] : undefined;
}

/** "to insist that …": statements added to `out` for the sentence's subject. */
export function addInfinitives(an: Analysis, quoteSpans: readonly QuoteSpan[], out: StatementDraft[]): void {
  for (const s of an.sentences) {
    for (const m of s.text.matchAll(INFINITIVE)) {
      const verbAt = s.start + m.index + 3;
      if (out.some((o) => o.sentence === s.index)) break;
      if (quoteSpans.some((q) => verbAt >= q.outerStart && verbAt < q.outerEnd)) continue;
      const rest = s.text.slice(m.index + m[0].length);
      if (!COMPLEMENT.test(rest) || endsInQuotation(an, quoteSpans, verbAt + m[0].length - 3, s.end))
        continue;
      // "declined to confirm that …": words not said.
      if (
        /\b(?:refused|declined|failed|would not|did not|does not|could not)\s$/.test(s.text.slice(0, m.index))
      )
        continue;
      const actor = subjectIn(an, s.start, verbAt);
      if (actor) out.push(statementIn(an, s, { actor, how: 'name' }, verbAt, /[\s,.]+$/));
    }
  }
}
