// The genders a pronoun's reading weighs: the person's, from a title, a reflexive, the description or
// the name (language/gender.ts), and the pronoun's own.
import {
  descriptionGender,
  nameGender,
  pronounGender,
  reflexiveGender,
  titleGender,
  type Gender,
} from '../../language/gender.js';
import type { ActorTable } from '../actors.js';
import type { Sentence } from '../segment.js';

/** A person's gender by a title before or "herself"/"himself" after any mention, else by the description or the name. */
export function personGender(
  table: ActorTable,
  sentences: readonly Sentence[],
  key: string,
): Gender | undefined {
  for (const m of table.mentions) {
    const s = sentences[m.sentence];
    if (!s || m.actors.length !== 1 || m.actors[0] !== key) continue;
    const cue =
      titleGender(s.text.slice(Math.max(0, m.start - s.start - 16), m.start - s.start)) ??
      reflexiveGender(s.text.slice(m.end - s.start, m.end - s.start + 12));
    if (cue) return cue;
  }
  // ("the chairwoman of the herders’ union, Baatar Oyuntsetseg": her description says it.)
  const actor = table.actors.get(key);
  return descriptionGender(actor?.description ?? '') ?? nameGender(actor?.name ?? '');
}

/** The pronoun's gender, read from the sentence holding `at` ("she" female, "his" male). */
export function genderAt(sentences: readonly Sentence[], at: number, sentence: number): Gender | undefined {
  const s = sentences[sentence];
  return s ? pronounGender(/^\p{L}+/u.exec(s.text.slice(at - s.start))?.[0] ?? '') : undefined;
}
