// Possessives inside a name: a plural owner before a body's head ("the Miners' Union") and a
// title's office ("the Prosecutor-General's Office") read as one name.
import { ORG_HEADS, TITLE_WORDS } from '../../language/lexicon.js';
import type { Token } from './types.js';

/** Plurals that take "'s": "the People's Assembly", "the Women's Union", "the Fishermen's Cooperative". */
const PLURALS_WITHOUT_S =
  /^(?:People|Children|Men|Women|(?:Fisher|Service|Business|Crafts|Sea|Herds|Work|Fire|Police|Railway|Clergy|Lay|Trades|Sales|Country|Towns)men)$/;

/**
 * "the Miners' Union", "the Veterans’ Association", "the People's Assembly": a plural owner before an
 * organisation's head; or, inside a body's name already begun (`run`), before a plural that ends it:
 * "the Committee of Soldiers’ Mothers".
 */
export function pluralOwner(owner: Token, head: Token, gap: string, run: readonly Token[] = []): boolean {
  if (!owner.possessive) return false;
  // ("the People’s Kenes", "the People's Khural": a legislature named for the people, whatever its
  // word; "the People’s Republic of China" a state.)
  if (owner.text === 'People' && /^['’]s $/.test(gap)) return true;
  if (!ORG_HEADS.has(head.text))
    return (
      /s$/.test(owner.text) &&
      /^['’] $/.test(gap) &&
      // (A plural after it, "Mothers", ends the name; "the Assembly of Deputies’ Standing Committee"
      // is another body, the assembly's.)
      /^\p{Lu}\p{Ll}+s$/u.test(head.text) &&
      run.slice(0, -1).some((t) => ORG_HEADS.has(t.text))
    );
  return (
    (/s$/.test(owner.text) && /^['’] $/.test(gap)) ||
    (PLURALS_WITHOUT_S.test(owner.text) && /^['’]s $/.test(gap))
  );
}

/** "the Prosecutor-General's Office", "the President's Office": a title's office is one name. */
export function officeOf(title: Token, head: Token, gap: string): boolean {
  return title.possessive && TITLE_WORDS.has(title.text) && ORG_HEADS.has(head.text) && /^['’]s $/.test(gap);
}
