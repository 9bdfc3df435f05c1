// A name that only qualifies the next one ("Georgian Prime Minister X", "the Georgian Transport
// Ministry", "Gazprom deputy chairman X") is not who acts. Read by clause-subject.ts.
import { ROLE_MODIFIERS, ROLE_NOUNS } from '../language/lexicon.js';

/** A name printed in the sentence: where, which actor, and whether a person or an unnamed group. */
export interface NameHit {
  readonly at: number;
  readonly end: number;
  readonly key: string;
  readonly person?: boolean;
  readonly group?: boolean;
  /** A country its capital's name stands for ("Tashkent responded …"). */
  readonly stands?: boolean;
  /** A country's adjective ("the Russian flag"), not its name. */
  readonly adjective?: boolean;
}

const ROLE_NOUN = new RegExp(`^(?:${ROLE_NOUNS})$`);
const ROLE_MODIFIER_WORDS = new Set([...ROLE_MODIFIERS].map((w) => w.toLowerCase()));

/**
 * "Georgian Prime Minister Nika Gilauri", "the Bazhirian Transport Ministry", "Shirvaz's late President
 * Murad Hasanly": a name that only qualifies the next one (nothing but capitalised words, a
 * possessive or a title's "late" or "former" between them) is not who acts.
 */
export function modifiesNext(
  text: string,
  hit: { at: number; end: number },
  next: { at: number; person?: boolean } | undefined,
): boolean {
  if (!next || next.at < hit.end) return false;
  const gap = text.slice(hit.end, next.at);
  if (/^(?:['’]s)?(?:\s+(?:\p{Lu}[\p{L}’'-]*|late|former|then|acting|deputy))*\s+$/u.test(gap)) return true;
  // ("US Secretary of Defense Donald Rumsfeld": a title "of" a field before the person it qualifies.)
  if (
    next.person === true &&
    /^(?:['’]s)?(?:\s+\p{Lu}[\p{L}’'-]*)+(?:\s+(?:of|for)(?:\s+the)?(?:\s+\p{Lu}[\p{L}’'-]*)+)+\s+$/u.test(
      gap,
    )
  )
    return true;
  // "the Kyrgyz deputy prime minister, Tokon Mamytov", "Gazprom deputy chairman Aleksandr Voronkin":
  // a person's role in lower case, and nothing else, between a name and the person it qualifies.
  const words = /^(?:['’]s)?\s+((?:\p{Ll}+\s+)*?\p{Ll}+),?(?:\s+\p{Lu}[\p{L}’'-]*)*\s+$/u.exec(gap)?.[1];
  return (
    next.person === true &&
    words !== undefined &&
    ROLE_NOUN.test(words.split(/\s+/).at(-1) ?? '') &&
    words.split(/\s+/).every((w) => ROLE_NOUN.test(w) || ROLE_MODIFIER_WORDS.has(w))
  );
}
