// Sentences of a paragraph and of the whole article, cut at . ! or ? with their offsets in the text.
import { isAbbreviationBefore } from './abbreviations.js';
import { isAnyTurn, turnLabelOf, type TurnLabels } from './turns.js';
import type { Paragraph, Sentence } from './types.js';

// Closing quotation marks and brackets that may follow the stop ending a sentence.
const CLOSERS = '"”’\')]';

/** The offset just past a parenthesis opening at `open`, or -1 when it does not close. */
function closingParen(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length && i < open + 400; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')') {
      depth--;
      if (depth === 0) return i + 1;
    } else if (text[i] === '\n') return -1;
  }
  return -1;
}

/**
 * Sentences of one paragraph. A sentence ends at . ! or ? (after any closing quotes or brackets)
 * followed by a capital, a quotation mark or a bracket; a citation in parentheses printed right
 * after the full stop or the closing quotation mark stays with the sentence it cites.
 */
export function splitSentences(
  text: string,
  paragraph: Paragraph,
  firstIndex = 0,
  turns?: TurnLabels,
): Sentence[] {
  const sentences: Sentence[] = [];
  const body = paragraph.text;
  // An interview's turn label ("Q:", "Halangiu:") is no part of the sentence it opens.
  let start = turns && isAnyTurn(body, turns) ? (turnLabelOf(body)?.length ?? 0) : 0;
  const push = (end: number) => {
    const raw = body.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed !== '') {
      const s = paragraph.start + start + lead;
      sentences.push({
        index: firstIndex + sentences.length,
        paragraph: paragraph.index,
        start: s,
        end: s + trimmed.length,
        text: trimmed,
      });
    }
    start = end;
  };
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    if (ch === '.' && isAbbreviationBefore(body, i)) continue;
    let end = i + 1;
    while (end < body.length && CLOSERS.includes(body[end] ?? '')) end++;
    // A citation after the stop or closing quotation mark belongs to this sentence.
    let next = end;
    while (next < body.length && body[next] === ' ') next++;
    if (body[next] === '(') {
      const close = closingParen(body, next);
      // (A whole sentence in parentheses, "(Kamolov himself died in 2004.)", is no citation: its own
      // stop ends it inside.)
      if (close > 0 && !/[.!?]$/.test(body.slice(next + 1, close - 1).trimEnd())) {
        let after = close;
        while (after < body.length && body[after] === ' ') after++;
        if (after >= body.length || /[\p{Lu}"“‘(]/u.test(body[after] ?? '')) {
          end = close;
          i = close - 1;
          push(end);
          continue;
        }
      }
    }
    if (next >= body.length) continue;
    if (next === end) continue; // no space: "p.2", "4.5"
    if (!/[\p{Lu}\p{N}"“‘'(—–]/u.test(body[next] ?? '')) continue;
    i = end - 1;
    push(end);
  }
  push(body.length);
  return sentences;
}

/** All sentences of all paragraphs, numbered across the article (an interview's labels left out). */
export function splitAllSentences(
  text: string,
  paragraphs: readonly Paragraph[],
  turns?: TurnLabels,
): Sentence[] {
  const all: Sentence[] = [];
  for (const p of paragraphs) all.push(...splitSentences(text, p, all.length, turns));
  return all;
}
