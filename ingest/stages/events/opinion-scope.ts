// Whether an opinion verb in a dated clause is the date's: a date in a relative clause of its own
// ("the company that has owned the mine since 2008", "the agreement signed in 2004") dates that
// clause's happening, and the opinion about something else does not drop it.
import { IRREGULAR_PAST_ACTS, SPEECH_VERBS } from '../../language/lexicon.js';
import { OPINION_VERB } from './act-patterns.js';

/** The start of the clause around a point: after a semicolon or ", and"/", but" (a closing quote too). */
const CLAUSE_BOUNDARY = /(?:; |,[”"]? (?:and|but) | — | – )/g;

/** A participle right after its noun, a reduced relative clause: "the agreement signed in …" (not "so-called"). */
const REDUCED_RELATIVE = new RegExp(
  `(?<=\\b\\p{Ll}{3,} )(?<!\\b(?:had|has|have|been|being|was|were|is|are|be|it|he|she|they|we|and|or) )(?:\\p{Ll}{2,}ed|${IRREGULAR_PAST_ACTS}) (?:in|on|at|by|with|from|between)\\b`,
  'u',
);

/** "the company that has owned …", "a protocol which …" (not "believed that …", "said that …"). */
const RELATIVE_OPENER = new RegExp(
  `(?<!\\b(?:${SPEECH_VERBS}|believed|believe|think|thought|considered|indicated|suggested|so|such|now) )\\b(?:that|which|who) [^,;]*$`,
  'u',
);

/** Every opinion verb of a clause, in order (OPINION_VERB finds only the first). */
const OPINION_VERBS = new RegExp(OPINION_VERB.source, 'gu');

/**
 * Whether the date at `offset` (its text `dated`) in `sentence` lies in a clause of its own, apart
 * from every opinion verb of its clause.
 */
export function dateInOwnSubclause(sentence: string, offset: number, dated: string): boolean {
  const pre = sentence.slice(0, offset);
  const from = [...pre.matchAll(CLAUSE_BOUNDARY)].at(-1);
  const before = from ? pre.slice(from.index + from[0].length) : pre;
  const rest = sentence.slice(offset + dated.length).split(/[,;]/)[0] ?? '';
  // "On January 27, the day after the president dismissed X, the new minister called …": a day
  // counted from a clause dates that clause.
  if (/ (?:after|before)$/.test(dated) && /^ \S/.test(rest) && !OPINION_VERB.test(rest)) return true;
  // "Korvamet, the company that has owned the mine since 2008, called the strike illegal."
  const relative = RELATIVE_OPENER.exec(before);
  if (relative && !OPINION_VERB.test(relative[0] + rest)) return true;
  // "accused KazMunaiGaz of breaking the agreement signed in Orenburg in 2004": a reduced relative
  // clause after the opinion's object tells a happening of its own, which the date dates.
  const opinions = [...before.matchAll(OPINION_VERBS)];
  const last = opinions.at(-1);
  return !!last && REDUCED_RELATIVE.test(before.slice(last.index + last[0].length));
}

/**
 * "When the Union promised us a market in 2007, we believed it", "The next day, as the country marked
 * the anniversary, the paper called …": a date in a leading time clause, or one a time clause right
 * after it tells, dates that clause's happening (when its subject is a name: `named(at)` says whether
 * one starts at `at` in the sentence); the main clause's opinion does not drop it.
 */
export function dateInLeadingTimeClause(
  sentence: string,
  offset: number,
  dated: string,
  named: (at: number) => boolean,
): boolean {
  const lead = /^[\s“"]*(?:When|After|Before|Once|As)\s/.exec(sentence.slice(0, offset));
  if (lead && /^[^,;]*$/.test(sentence.slice(0, offset))) {
    const clause = sentence.slice(0, offset) + (sentence.slice(offset).split(/[,;]/)[0] ?? '');
    return !OPINION_VERB.test(clause) && named(lead[0].length);
  }
  if (!/^[\s“"]*(?:\p{L}+\s)?$/u.test(sentence.slice(0, offset))) return false;
  const after = offset + dated.length;
  const told = /^,\s(?:as|when)\s([^,;]+),/.exec(sentence.slice(after));
  return !!told && !OPINION_VERB.test(told[0]) && named(after + told[0].indexOf(told[1] ?? ''));
}
