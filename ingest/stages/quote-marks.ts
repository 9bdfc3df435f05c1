// Finds direct quotations: pairs of straight or curly quotation marks, single marks nested inside
// double ones, a quotation split by its attribution joined into one, and the speaker taken from
// the attribution ("Karimov affirmed", "he said" after a named person, "the prosecutor was blunt:",
// a dash attribution under a quote box).
import type { Paragraph } from './segment.js';
import { SPEECH_VERBS } from '../language/lexicon.js';

/** Where words in double quotation marks stand in `text`, as [start, end) offsets shifted by `offset`. */
export function quotedRanges(text: string, offset = 0): [number, number][] {
  return [...text.matchAll(/[“"][^”"]*[”"]/g)].map((q) => [offset + q.index, offset + q.index + q[0].length]);
}

/** Whether offset `at` stands inside one of `ranges` (as `quotedRanges` gives them). */
export function insideQuotes(ranges: readonly (readonly [number, number])[], at: number): boolean {
  return ranges.some(([a, b]) => at >= a && at < b);
}

export interface QuoteSpan {
  /** Offsets of the words between the marks. */
  readonly start: number;
  readonly end: number;
  /** Offsets of the marks themselves (open mark to close mark inclusive). */
  readonly outerStart: number;
  readonly outerEnd: number;
  readonly paragraph: number;
  /** Set for a quotation inside another one. */
  readonly depth: 0 | 1;
}

export interface QuoteGroup {
  readonly parts: readonly QuoteSpan[];
  /** Text between the parts (the attribution of a split quotation). */
  readonly gaps: readonly { start: number; end: number }[];
  readonly depth: 0 | 1;
}

export interface QuoteScan {
  readonly spans: QuoteSpan[];
  readonly problems: string[];
}

const LETTER = /[\p{L}\p{N}]/u;

/** Quotation spans of one paragraph; unbalanced marks are reported and left out. */
export function findQuoteSpans(text: string, paragraph: Paragraph): QuoteScan {
  const spans: QuoteSpan[] = [];
  const problems: string[] = [];
  const body = paragraph.text;
  let open = -1;
  let openMark = '';
  let nestedOpen = -1;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i] ?? '';
    const prev = body[i - 1] ?? ' ';
    const next = body[i + 1] ?? ' ';
    if (open < 0) {
      if (ch === '“' || (ch === '"' && !LETTER.test(prev))) {
        open = i;
        openMark = ch;
      } else if (ch === '”')
        problems.push(`a closing quotation mark without an opening one at "${excerpt(body, i)}"`);
      continue;
    }
    // Inside a double quotation: nested single quotes, or the closing mark.
    if (nestedOpen < 0 && (ch === '‘' || (ch === "'" && !LETTER.test(prev) && LETTER.test(next)))) {
      nestedOpen = i;
      continue;
    }
    if (nestedOpen >= 0 && (ch === '’' || ch === "'") && !LETTER.test(next)) {
      spans.push(span(paragraph, nestedOpen, i, 1));
      nestedOpen = -1;
      continue;
    }
    const closes = openMark === '“' ? ch === '”' : ch === '"' || ch === '”';
    if (closes) {
      if (nestedOpen >= 0)
        problems.push(`a nested quotation is not closed in "${excerpt(body, nestedOpen)}"`);
      spans.push(span(paragraph, open, i, 0));
      open = -1;
      nestedOpen = -1;
    } else if (ch === '“' && openMark === '“') {
      problems.push(`a quotation opened at "${excerpt(body, open)}" is not closed before the next one opens`);
      open = i;
    }
  }
  if (open >= 0)
    problems.push(
      `unbalanced quotation marks: the quotation opened at "${excerpt(body, open)}" is not closed in its paragraph`,
    );
  return { spans: spans.sort((a, b) => a.start - b.start), problems };
}

function excerpt(body: string, at: number): string {
  return body.slice(at, at + 40).replace(/\s+/g, ' ');
}

function span(paragraph: Paragraph, open: number, close: number, depth: 0 | 1): QuoteSpan {
  return {
    start: paragraph.start + open + 1,
    end: paragraph.start + close,
    outerStart: paragraph.start + open,
    outerEnd: paragraph.start + close + 1,
    paragraph: paragraph.index,
    depth,
  };
}

const ATTRIBUTION = new RegExp(`\\b(?:${SPEECH_VERBS})\\b`, 'i');

/** An outlet's issue, page or day in brackets right after its name, ending the attribution's sentence. */
const ISSUE_AFTER_OUTLET =
  /\p{Lu}[\p{L}.-]*\s\((?:no\.\s?\d|pp?\.\s?\d|\d{1,2}\s\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+\s\d)[^()]*\)[.!?]\s*$/u;

/** The clause right after a closing mark attributes it: "“…,” he added", "“…,” the minister went on to say". */
const ATTRIBUTED_AFTER = new RegExp(`^\\s*,?\\s[^.;:“”"]{0,50}?\\b(?:${SPEECH_VERBS})\\b`, 'i');

/**
 * Join spans split by their attribution: the first part ends without a full stop (usually a
 * comma) and the words between name the speaker ("," Ormanov declared, ").
 */
export function groupQuoteSpans(text: string, spans: readonly QuoteSpan[]): QuoteGroup[] {
  const groups: { parts: QuoteSpan[]; gaps: { start: number; end: number }[]; depth: 0 | 1 }[] = [];
  for (const s of spans) {
    const last = groups.findLast((g) => g.depth === s.depth && g.parts[0]?.paragraph === s.paragraph);
    const prev = last?.parts.at(-1);
    if (last && prev) {
      const words = text.slice(prev.start, prev.end).trimEnd();
      const gap = text.slice(prev.outerEnd, s.outerStart);
      const enclosing = spans.some(
        (o) => o.depth === 0 && s.depth === 1 && o.start <= prev.start && o.end >= s.end,
      );
      const sameParent = s.depth === 0 || enclosing;
      if (
        sameParent &&
        !/[.!?]$/.test(words) &&
        (/,$/.test(words) || /^\s*,/.test(gap)) && // "“…,” he said, “…”", not "“…” and warned of “…”"
        !/^\s*(?:and|but|or|while|whereas)\b/.test(gap) && // "“…,” and warned that …": a new clause, no attribution
        // "“…,” he said, adding that employers paid migrants “in promises”": the second is a partial
        // quotation inside reported words, not the first's continuation.
        !/\bthat\s(?!(?:day|evening|morning|afternoon|night|week|month|year|time)\b)/.test(gap) &&
        gap.length <= 160 &&
        ATTRIBUTION.test(gap) &&
        !/[“”"]/.test(gap) &&
        !/[.!?][)’”]?\s+\p{Lu}/u.test(gap) && // no sentence starts between the parts,
        // and no citation closes the first (an issue or day after the outlet the attribution names,
        // "Kuznetsov told Sillamäeski Vestnik (no. 23, 7 June). “…”", goes on with it)
        !(/\([^()]*\)[.!?]?\s*$/.test(gap) && !ISSUE_AFTER_OUTLET.test(gap)) &&
        // "“…,” X told reporters. “…,” he added, “…”": past the end of a sentence, a part with an
        // attribution of its own starts a new quotation ("“…,” she said. “…”" goes on with the first).
        !(
          /[.!?]\s*$/.test(gap) &&
          /,$/.test(text.slice(s.start, s.end).trimEnd()) &&
          ATTRIBUTED_AFTER.test(text.slice(s.outerEnd, s.outerEnd + 80))
        )
      ) {
        last.parts.push(s);
        last.gaps.push({ start: prev.outerEnd, end: s.outerStart });
        continue;
      }
    }
    groups.push({ parts: [s], gaps: [], depth: s.depth });
  }
  return groups;
}
