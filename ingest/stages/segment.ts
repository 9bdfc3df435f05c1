// Stage "segment": cuts an article's body into paragraphs and sentences, keeping offsets into the full
// text so that every evidence string the ingest tool writes is a verbatim slice of the article. The
// parts, under segment/:
//   sentences.ts       sentences of a paragraph and of the article, cut at . ! or ?; abbreviations.ts
//                      the abbreviations and initials whose full stop ends none
//   turns.ts           an interview's turn labels ("Q:", "Halangiu:") and which voice a paragraph is
//   types.ts           spans, paragraphs and sentences
import type { Paragraph } from './segment/types.js';

export { splitAllSentences, splitSentences } from './segment/sentences.js';
export { findTurnLabels, isAnyTurn, isTurn, turnText } from './segment/turns.js';
export type { TurnLabels } from './segment/turns.js';
export type { Paragraph, Sentence, Span } from './segment/types.js';

/** Paragraphs of `text` from `from` on: runs of non-blank lines separated by blank lines. */
export function splitParagraphs(text: string, from = 0): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const pattern = /[^\n]+(?:\n(?![ \t]*\r?\n)[^\n]*)*/g;
  pattern.lastIndex = from;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const raw = m[0];
    const leading = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed === '') continue;
    const start = m.index + leading;
    paragraphs.push({ index: paragraphs.length, start, end: start + trimmed.length, text: trimmed });
  }
  return paragraphs;
}
