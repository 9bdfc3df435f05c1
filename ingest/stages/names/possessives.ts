// Possessives inside a name: a plural owner before a body's head ("the Miners' Union") and a
// title's office ("the Prosecutor-General's Office") read as one name.
import { ORG_HEADS, TITLE_WORDS } from '../../language/lexicon.js';
import type { Token } from './types.js';

/** Plurals that take "'s": "the People's Assembly", "the Women's Union", "the Fishermen's Cooperative". */
const PLURALS_WITHOUT_S =
  /^(?:People|Children|Men|Women|(?:Fisher|Service|Business|Crafts|Sea|Herds|Work|Fire|Police|Railway|Clergy|Lay|Trades|Sales|Country|Towns)men)$/;

/** "the Miners' Union", "the Veterans’ Association", "the People's Assembly": a plural owner before an organisation's head. */
export function pluralOwner(owner: Token, head: Token, gap: string): boolean {
  if (!owner.possessive || !ORG_HEADS.has(head.text)) return false;
  return (
    (/s$/.test(owner.text) && /^['’] $/.test(gap)) ||
    (PLURALS_WITHOUT_S.test(owner.text) && /^['’]s $/.test(gap))
  );
}

/** "the Prosecutor-General's Office", "the President's Office": a title's office is one name. */
export function officeOf(title: Token, head: Token, gap: string): boolean {
  return title.possessive && TITLE_WORDS.has(title.text) && ORG_HEADS.has(head.text) && /^['’]s $/.test(gap);
}
