// In an interview, an answer opening with "That …" to "What did X say?" reports X's words.
import type { Analysis } from '../../analysis.js';
import { isTurn } from '../segment.js';
import { bodyByNoun, personByRole } from '../speakers.js';
import { namedIn } from './speaker-mentions.js';
import { statementIn } from './statement-in.js';
import type { StatementDraft } from './types.js';

/** A question asking what someone said: "What did the embassy say?", "What did Petrov tell you?". */
const WHAT_SAID =
  /\b[Ww]hat did (.{2,60}?) (?:say|reply|answer|tell (?:you|them|him|her)|write|promise|offer)\b/;

/**
 * "What did the embassy say?" answered "That the squadron is a guarantee of stability …": an answer
 * opening with "That" reports the words of whom the question names.
 */
export function answersReporting(an: Analysis, answers: ReadonlySet<number> | undefined): StatementDraft[] {
  const turns = an.turns;
  if (!turns || !answers) return [];
  const out: StatementDraft[] = [];
  for (const p of an.paragraphs) {
    const question = an.paragraphs[p.index - 1];
    const asked = question && isTurn(question.text, turns, 'question') ? WHAT_SAID.exec(question.text) : null;
    const s = an.sentences.find((x) => x.paragraph === p.index);
    if (!question || !answers.has(p.index) || !asked?.[1] || !s || !/^That\s/.test(s.text)) continue;
    const from = question.start + asked.index + asked[0].indexOf(asked[1]);
    const noun = /^the (\p{Ll}+)$/u.exec(asked[1])?.[1];
    const actor =
      namedIn(an, from, from + asked[1].length) ??
      (noun ? (bodyByNoun(an.table, noun) ?? personByRole(an.table, an.text, noun)) : undefined);
    if (actor) out.push(statementIn(an, s, { actor, how: 'name' }, s.start, /[\s,.]+$/));
  }
  return out;
}
