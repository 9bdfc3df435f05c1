// An interview's turns: the labels that open its questions and answers ("Q:", "Halangiu:"), and
// which voice a paragraph is.
import type { Paragraph } from './types.js';

/**
 * "Q:" / "A." as printed, or a speaker's label: initials, a surname or the interviewer's outlet and
 * a colon ("PO:", "Halangiu:", "Ferghana.ru:", "RFE/RL:").
 */
const FIXED_LABEL = /^(?<label>Q|A|Question|Answer)\s?[:.]\s+/;
const SPEAKER_LABEL = /^(?<label>\p{Lu}[\p{L}\p{N}'’./-]*(?: \p{Lu}[\p{L}\p{N}'’./-]*){0,2}):\s+/u;

/** The turn label a paragraph opens with (its printed length and its name), if any. */
export function turnLabelOf(body: string): { length: number; name: string } | undefined {
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
  if (isSingleExchange(paragraphs)) return { question: 'Q', answer: 'A' };
  const frequent = [...new Set(labels)].filter((l) => count(l) >= 2 && l !== 'Q' && l !== 'A');
  if (frequent.length !== 2) return undefined;
  const turns = labels.filter((l) => frequent.includes(l));
  const changes = turns.filter((l, i) => i > 0 && l !== turns[i - 1]).length;
  if (changes < 3) return undefined;
  const [question, answer] = turns[0] === frequent[0] ? frequent : [frequent[1], frequent[0]];
  return question && answer ? { question, answer } : undefined;
}

/**
 * A short interview of one question and its answer: "Q:" and, in the very next paragraph, "A:", both
 * with a colon (a paragraph opening "A. Petrov said" is no answer), and no other paragraph labelled so.
 */
function isSingleExchange(paragraphs: readonly Paragraph[]): boolean {
  const fixed = paragraphs.flatMap((p, i) => {
    const m = /^(Q|A|Question|Answer)\s?:\s+/.exec(p.text);
    return m ? [{ i, label: m[1]!.charAt(0) }] : [];
  });
  const [question, answer] = fixed;
  // (And a paragraph that says an interview is printed: not a box of the author's own Q and A.)
  const told = paragraphs.some(
    (p) =>
      !/^(?:Q|A|Question|Answer)\s?:/.test(p.text) && /\b(?:interview(?:ed)?|questions?)\b/i.test(p.text),
  );
  return (
    told &&
    fixed.length === 2 &&
    question?.label === 'Q' &&
    answer?.label === 'A' &&
    answer.i === question.i + 1
  );
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
