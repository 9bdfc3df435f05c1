// Whether an answer tells again what a sentence of the introduction told: an actor or a word in common.
import type { Analysis } from '../../analysis.js';
import { demonymHits } from '../event-actors.js';

/** Words of four letters or more that say nothing of what happened, nor when. */
const PLAIN_WORDS = new Set(
  `that this these those with from have has been were they them their there what when where which
   while would could should about after before into over than then also only some more most said says
   told tell will last next year years month months week weeks days later ago since until morning
   evening night again even still just very much many every each other another being does did done`.split(
    /\s+/,
  ),
);

/**
 * A sentence's lower-case words that may tell its happening, cut to four letters ("fined", "fine");
 * names are compared as actors, and months and days are the date itself.
 */
function contentStems(text: string): Set<string> {
  const words = text.match(/(?<![\p{L}’'-])\p{Ll}{4,}(?![\p{L}’'-])/gu) ?? [];
  return new Set(words.filter((w) => !PLAIN_WORDS.has(w)).map((w) => w.slice(0, 4)));
}

/** The actors a sentence names, by name or by its country's adjective. */
function actorsNamed(an: Analysis, sentence: number): Set<string> {
  const keys = an.table.mentions.filter((m) => m.sentence === sentence).flatMap((m) => m.actors);
  return new Set([...keys, ...demonymHits(an, sentence).map((h) => h.key)]);
}

/**
 * Whether an answer's sentence tells again the happening of a sentence of the introduction: an actor
 * named in both, or a word in common ("the court fined her", "the judge read out a fine").
 */
export function retells(an: Analysis, answer: number, told: number): boolean {
  const a = an.sentences[answer];
  const t = an.sentences[told];
  if (!a || !t) return false;
  const actors = actorsNamed(an, told);
  if ([...actorsNamed(an, answer)].some((k) => actors.has(k))) return true;
  const words = contentStems(t.text);
  return [...contentStems(a.text)].some((w) => words.has(w));
}
