// An interview's answers: which paragraphs they are, each as a quotation of the interviewee, and who
// "I" and "we" are in them.
import type { Analysis } from '../../analysis.js';
import { organisationOf } from '../interview-body.js';
import type { QuotationDraft } from '../quotations.js';
import type { Answerer } from '../quotations/types.js';
import { isTurn, turnText, type Paragraph, type TurnLabels } from '../segment.js';
import { interviewDate } from './credit-line.js';
import { firstQuestionOf, intervieweeOf } from './interviewee.js';

/** The paragraphs that are an interview's answers (none when the article is not an interview). */
export function answerParagraphs(paragraphs: readonly Paragraph[], turns?: TurnLabels): Set<number> {
  if (!turns) return new Set();
  return new Set(paragraphs.filter((p) => isTurn(p.text, turns, 'answer')).map((p) => p.index));
}

/** Each answer as a quotation of the interviewee, dated by the interview and cited to the credit line. */
export function buildAnswers(an: Analysis): QuotationDraft[] {
  const firstQuestion = firstQuestionOf(an);
  if (!firstQuestion) return [];
  const interviewee = intervieweeOf(an, firstQuestion.index);
  if (!interviewee) return [];
  const credit = an.citations.find((c) => c.credit);
  const date = credit ? interviewDate(an, credit) : undefined;
  const out: QuotationDraft[] = [];
  const answers = answerParagraphs(an.paragraphs, an.turns);
  for (const p of an.paragraphs) {
    if (!answers.has(p.index)) continue;
    const answer = turnText(p.text).trim();
    if (answer === '') continue;
    out.push({
      speaker: interviewee,
      text: answer,
      parts: [answer],
      ...(date ? { date } : {}),
      citations: credit ? [credit] : [],
      evidence: answer,
    });
  }
  return out;
}

/** The answers' paragraphs and the interviewee ("I", "me", "my" in an answer), with their organisation. */
export interface InterviewVoice extends Answerer {
  /** The organisation the introduction ties the interviewee to ("has edited Ulgar Tany"): "we", "our". */
  readonly organisation?: string;
}

/** Who "I" and "we" are in an interview's answers, or undefined for an article that is not one. */
export function interviewVoice(an: Analysis): InterviewVoice | undefined {
  const firstQuestion = firstQuestionOf(an);
  if (!firstQuestion) return undefined;
  const person = intervieweeOf(an, firstQuestion.index);
  if (!person) return undefined;
  const answers = answerParagraphs(an.paragraphs, an.turns);
  const organisation = organisationOf(an, person);
  return { answers, person, ...(organisation ? { organisation } : {}) };
}
