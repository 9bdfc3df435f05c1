// Tidies the layout of an article's text before anything reads it, so that an article pasted from a
// web page, an e-mail or a PDF drafts as the same article typed cleanly: line ends made \n, spaces
// of every width made plain spaces, a typewriter's "--" an em dash, invisible characters dropped,
// lines hard-wrapped at a fixed width joined again, and paragraphs printed one per line separated.
// The tidied text is the text stored, so every evidence string stays a verbatim slice of it.
import { HEADER_LINE } from './header.js';

/** Non-breaking, thin, figure and other fixed-width spaces, and tabs: plain spaces to every rule. */
const WIDE_SPACES = /[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
/**
 * Two hyphens, a typewriter's em dash ("the deal -- if it holds -- is", "-- Ivan Petrov"), printed
 * as the publisher prints one, without spaces ("the deal—if it holds—is").
 */
const TYPEWRITER_DASH = /[ ]?(?<!-)--(?!-)[ ]?/g;
/** Zero-width spaces and joiners, word joiners, soft hyphens and stray byte-order marks. */
const INVISIBLES = /[\u00ad\u200b\u2060\ufeff]/g;

/**
 * Where a text's longest line ends outside these, nothing was hard-wrapped: longer, it is a paragraph
 * on one line; shorter, the lines are short by nature.
 */
const MIN_WRAP_WIDTH = 40;
const MAX_WRAP_WIDTH = 120;
/** How far short of the wrap width a wrapped line may end: the next word did not fit. */
const WRAP_SLACK = 25;
/** Enough joined lines to call a text hard-wrapped rather than a few short lines in a row. */
const MIN_WRAPPED_LINES = 3;

/**
 * A line that opens something of its own and is never the rest of a wrapped sentence: a turn label
 * ("Q:", "A.", "Halangiu:"), a dash attribution or a list's bullet, or a list's number after a line
 * that ends a sentence or announces the list ("on October⏎4. Baymukhanov" is one date).
 */
const OPENS_ITS_OWN_LINE =
  /^(?:(?:Q|A|Question|Answer)\s?[:.]\s|\p{Lu}[\p{L}\p{N}'’./-]*(?: \p{Lu}[\p{L}\p{N}'’./-]*){0,2}:\s|[-–—•*]\s)/u;
const NUMBERED_ITEM = /^\d{1,2}[.)]\s/;
const ENDS_A_SENTENCE = /[.:;!?"”)]$/;

/** The article's text with its layout tidied (see the header comment). */
export function tidyLayout(text: string): string {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .replace(INVISIBLES, '')
    .replace(WIDE_SPACES, ' ')
    .replace(TYPEWRITER_DASH, '—')
    .replace(/(?<=\S) {2,}(?=\S)/g, ' ')
    .split('\n')
    .map(withoutTrailingSpaces);
  // The body: what follows the header line (the title and header lines are short by nature).
  const body = lines.slice(lines.findIndex((l) => HEADER_LINE.test(l)) + 1);
  const separate = !hasBlankLine(body);
  const joins = wrapJoins(lines, body, separate);
  let out = '';
  lines.forEach((line, i) => {
    out += i > 0 && joins[i - 1] ? line.trimStart() : line;
    const next = lines[i + 1];
    if (next === undefined) return;
    if (joins[i]) out += line.endsWith('-') && /^\p{L}/u.test(next.trimStart()) ? '' : ' ';
    else out += separate && line.trim() !== '' && next.trim() !== '' ? '\n\n' : '\n';
  });
  return out;
}

/**
 * Which line breaks are a hard wrap, to be joined: where all lines stop short of one width, a line
 * that reaches nearly to it and is followed by more text. None when fewer than a few lines do: short
 * lines in a row (a quote box, a list) are printed that way. Where no blank line parts paragraphs,
 * a line whose next word would have fitted on it ends a paragraph: a wrap moves only a word that
 * does not fit.
 */
function wrapJoins(lines: readonly string[], body: readonly string[], noBlankLines: boolean): boolean[] {
  const width = body.reduce((widest, l) => Math.max(widest, l.length), 0);
  const joins = lines.map((line, i) => {
    const next = lines[i + 1];
    return (
      width >= MIN_WRAP_WIDTH &&
      width <= MAX_WRAP_WIDTH &&
      next !== undefined &&
      next.trim() !== '' &&
      line.trim().length >= width - WRAP_SLACK &&
      !(noBlankLines && line.length + 1 + firstWord(next).length <= width) &&
      !OPENS_ITS_OWN_LINE.test(next.trimStart()) &&
      !(NUMBERED_ITEM.test(next.trimStart()) && ENDS_A_SENTENCE.test(line))
    );
  });
  return joins.filter(Boolean).length >= MIN_WRAPPED_LINES ? joins : joins.map(() => false);
}

/** The line less its trailing spaces (a scan, where / +$/ would retry every space of a long run). */
function withoutTrailingSpaces(line: string): string {
  let end = line.length;
  while (end > 0 && line[end - 1] === ' ') end--;
  return line.slice(0, end);
}

function firstWord(line: string): string {
  return line.trimStart().split(' ', 1)[0] ?? '';
}

/** Whether the body's paragraphs are separated by blank lines (the publisher's format). */
function hasBlankLine(body: readonly string[]): boolean {
  const hasText = (l: string) => l.trim() !== '';
  return body.slice(body.findIndex(hasText), body.findLastIndex(hasText) + 1).some((l) => !hasText(l));
}
