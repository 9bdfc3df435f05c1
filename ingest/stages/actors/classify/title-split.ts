// A title word inside the phrase splitting the role from the name: "Kestrian President Ivan Dorn",
// "Gazprom CEO Alexei Miller" (the organisation in the title an actor too), "Ulgar Governor X".
import {
  COMPANY_WORD,
  ORG_HEADS,
  PLURAL_TITLES,
  ROLE_MODIFIERS,
  TITLE_WORDS,
} from '../../../language/lexicon.js';
import { GAZETTEER } from '../../gazetteer.js';
import { addCandidate, type PhraseAtHand } from './candidates.js';
import { roleBefore } from './role-before.js';

const GOVERNED_TITLES = new Set(['Governor', 'Mayor', 'Akim', 'Hokim', 'Governor-General']);

/**
 * Split the phrase at its last title word: true when that classified it (a person after the title,
 * or a role with no name, which names no one).
 */
export function splitAtTitle(p: PhraseAtHand): boolean {
  const { text, sentence, tokens, words } = p;
  // Role + name: the last title word splits them.
  let titleAt = -1;
  // ("Council of Commanders of the Border Troops", "Board of Governors": a plural title after a body's
  // head and "of" names the body's members, no person's post.)
  // (Nor does an office a body is attached to: "the Institute for Studies under the President of X".)
  const membersOfBody = (i: number) =>
    words.slice(0, i).some((w) => ORG_HEADS.has(w)) &&
    ((PLURAL_TITLES.has(words[i] ?? '') &&
      text.slice(tokens[i - 1]?.end ?? 0, tokens[i]?.start ?? 0) === ' of ') ||
      text.slice(tokens[i - 1]?.end ?? 0, tokens[i]?.start ?? 0) === ' under the ');
  words.forEach((w, i) => {
    if (TITLE_WORDS.has(w) && !membersOfBody(i)) titleAt = i;
  });
  if (titleAt >= 0 && titleAt < words.length - 1) {
    const nameTokens = words.slice(titleAt + 1);
    if (nameTokens.length <= 3 && !nameTokens.some((w) => ORG_HEADS.has(w) || TITLE_WORDS.has(w))) {
      const firstTok = tokens[0];
      const titleTok = tokens[titleAt];
      if (!firstTok || !titleTok) return true;
      let role = text.slice(firstTok.start, titleTok.end);
      const lead =
        roleBefore(text, sentence, firstTok.start) ??
        /(\p{Lu}[\p{L}\p{N}-]*['’]s )$/u.exec(
          text.slice(Math.max(sentence.start, firstTok.start - 40), firstTok.start),
        )?.[1];
      if (lead) role = `${lead.trim()} ${role}`;
      addCandidate(p, titleAt + 1, words.length, 'person', 'strong', role);
      addBodiesOfTitle(p, titleAt);
      // "Ulgar Governor": the governed place.
      if (GOVERNED_TITLES.has(words[titleAt] ?? '') && titleAt >= 1) {
        const prefix = words.slice(0, titleAt).filter((w) => !ROLE_MODIFIERS.has(w) && !TITLE_WORDS.has(w));
        if (prefix.length === titleAt) addCandidate(p, 0, titleAt, 'place', 'strong');
      }
      return true;
    }
  }
  // A role with no name ("the Security Council Secretary"), or one "of" a name ("US Secretary of
  // Defense Donald Rumsfeld", of-title.ts) names no one here but the bodies in it.
  if (titleAt !== words.length - 1) return false;
  addBodiesOfTitle(p, titleAt);
  return true;
}

/**
 * "EU Special Representative Pierre Morel", "Gazprom CEO Alexei Miller": the organisation in the
 * title is an actor too; so is the country of "US Secretary of State Colin Powell".
 */
function addBodiesOfTitle(p: PhraseAtHand, titleAt: number): void {
  p.words.slice(0, titleAt).forEach((w, i) => {
    const known = GAZETTEER.get(w);
    if ((known && !known.demonym && known.kind === 'organization') || COMPANY_WORD.test(w))
      addCandidate(p, i, i + 1, 'organization', 'strong');
    else if (known && !known.demonym && known.kind === 'country')
      addCandidate(p, i, i + 1, 'country', 'strong');
  });
}
