// Cuts an article's body into paragraphs and sentences, keeping offsets into the full text so that
// every evidence string the ingest tool writes is a verbatim slice of the article.

export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface Paragraph extends Span {
  readonly index: number;
  readonly text: string;
}

export interface Sentence extends Span {
  readonly index: number;
  readonly paragraph: number;
  readonly text: string;
}

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

// Abbreviations after which a full stop does not end a sentence.
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'gen',
  'col',
  'lt',
  'maj',
  'capt',
  'sgt',
  'st',
  'gov',
  'sen',
  'rep',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'no',
  'nos',
  'p',
  'pp',
  'vol',
  'vs',
  'etc',
  'e.g',
  'i.e',
  'cf',
  'approx',
  'inc',
  'ltd',
  'co',
  'corp',
]);
const CLOSERS = '"”’\')]';

function isAbbreviationBefore(text: string, dot: number): boolean {
  let i = dot - 1;
  while (i >= 0 && /[\p{L}.]/u.test(text[i] ?? '')) i--;
  const word = text.slice(i + 1, dot).toLowerCase();
  if (word === '') return false;
  // Initials ("V. Putin", "U.S.") do not end sentences.
  if (/^\p{L}$/u.test(word) || /^(\p{L}\.)+\p{L}$/u.test(word)) return true;
  return ABBREVIATIONS.has(word);
}

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
      if (close > 0) {
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

/**
 * "Q:" / "A." as printed, or a speaker's label: initials, a surname or the interviewer's outlet and
 * a colon ("PO:", "Halangiu:", "Ferghana.ru:", "RFE/RL:").
 */
const FIXED_LABEL = /^(?<label>Q|A|Question|Answer)\s?[:.]\s+/;
const SPEAKER_LABEL = /^(?<label>\p{Lu}[\p{L}\p{N}'’./-]*(?: \p{Lu}[\p{L}\p{N}'’./-]*){0,2}):\s+/u;

/** The turn label a paragraph opens with (its printed length and its name), if any. */
function turnLabelOf(body: string): { length: number; name: string } | undefined {
  const m = FIXED_LABEL.exec(body) ?? SPEAKER_LABEL.exec(body);
  const label = m?.groups?.label;
  if (!m || !label) return undefined;
  const name = label === 'Question' ? 'Q' : label === 'Answer' ? 'A' : label;
  return { length: m[0].length, name };
}

/** The labels of an interview's turns: who asks and who answers. */
export interface TurnLabels {
  readonly question: string;
  readonly answer: string;
}

/**
 * The turn labels of an interview printed as questions and answers, or undefined for an article
 * that is not one. "Q:" / "A:" are read as printed; otherwise two labels that each open at least two
 * paragraphs and take turns are the two voices, and the one that speaks first asks (an interview
 * opens with a question): "PO: Why …?" / "Halangiu: Because …".
 */
export function findTurnLabels(paragraphs: readonly Paragraph[]): TurnLabels | undefined {
  const labels = paragraphs.flatMap((p) => turnLabelOf(p.text)?.name ?? []);
  const count = (name: string) => labels.filter((l) => l === name).length;
  if (count('Q') >= 2 && count('A') >= 2) return { question: 'Q', answer: 'A' };
  const frequent = [...new Set(labels)].filter((l) => count(l) >= 2 && l !== 'Q' && l !== 'A');
  if (frequent.length !== 2) return undefined;
  const turns = labels.filter((l) => frequent.includes(l));
  const changes = turns.filter((l, i) => i > 0 && l !== turns[i - 1]).length;
  if (changes < 3) return undefined;
  const [question, answer] = turns[0] === frequent[0] ? frequent : [frequent[1], frequent[0]];
  return question && answer ? { question, answer } : undefined;
}

/** Whether a paragraph is a turn of the given voice ("question" or "answer"). */
export function isTurn(paragraphText: string, turns: TurnLabels, voice: keyof TurnLabels): boolean {
  return turnLabelOf(paragraphText)?.name === turns[voice];
}

/** Whether a paragraph is a question or an answer. */
export function isAnyTurn(paragraphText: string, turns: TurnLabels): boolean {
  const name = turnLabelOf(paragraphText)?.name;
  return name === turns.question || name === turns.answer;
}

/** The text of a turn after its label. */
export function turnText(paragraphText: string): string {
  return paragraphText.slice(turnLabelOf(paragraphText)?.length ?? 0);
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
