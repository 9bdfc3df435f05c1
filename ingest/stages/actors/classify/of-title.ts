// A phrase that completes a title printed before it ("Deputy Chairman of the " + "Kestrian State
// Security Committee Ruslan Temirov"): the body in it and its holder, the whole title the description.
import {
  ARTICLE_SURNAME,
  FIELD_NOUNS,
  ORG_HEADS,
  PATRONYMIC,
  PLAIN_FULL_NAME,
  ROLE_MODIFIERS,
  TITLE_WORDS,
  TRADE_HEADS,
} from '../../../language/lexicon.js';
import {
  addBodyOfServantUnit,
  addCandidate,
  addCountryOfBody,
  addParentOfUnit,
  type PhraseAtHand,
} from './candidates.js';

const ARTICLE_SURNAME_WORD = new RegExp(`^${ARTICLE_SURNAME}$`, 'u');

/** A title ending in "of", "of the", "for" or "to" right before a phrase: "Deputy Chairman of the ", "Ambassador to ". */
const TITLE_OF = new RegExp(
  `((?:\\p{Lu}[\\p{L}-]*\\s)*(?:${[...TITLE_WORDS].join('|')})\\s+(?:of|for|to)\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}-]*-based\\s+)?)$`,
  'u',
);

/**
 * "Deputy Chairman of the Kestrian State Security Committee Ruslan Temirov", "Secretary of Defense
 * Donald Rumsfeld": the phrase completes a title; the person is the name at its end, the
 * organisation (when it has a head noun) an actor of its own, the whole title the description.
 * True when that classified the phrase.
 */
export function splitOfTitle(p: PhraseAtHand): boolean {
  const { text, sentence, phrase, tokens, words } = p;
  const ofTitle = TITLE_OF.exec(text.slice(Math.max(sentence.start, phrase.start - 80), phrase.start));
  if (!ofTitle || words.length < 3) return false;
  const lastHead = words.findLastIndex((w) => ORG_HEADS.has(w));
  const { split, orgWords } = splitBodyFromHolder(p, lastHead);
  const nameWords = words.slice(split);
  const orgEnd = tokens[split - 1];
  // (a person's name follows the body directly and has no "of" or "and the" inside: "… for Peace
  // and the Rule of Law" is still the body's field)
  const nameJoined = tokens
    .slice(split)
    .every((t, i) => text.slice(tokens[split + i - 1]?.end ?? 0, t.start) === ' ');
  if (
    orgEnd &&
    nameJoined &&
    nameWords.length >= 1 &&
    nameWords.length <= 3 &&
    // (a field's title words, "… on Energy and Foreign Trade", are no person's name)
    nameWords.every(
      (w) =>
        (/^\p{Lu}\p{Ll}/u.test(w) || ARTICLE_SURNAME_WORD.test(w)) &&
        !TITLE_WORDS.has(w) &&
        !ORG_HEADS.has(w) &&
        !ROLE_MODIFIERS.has(w),
    )
  ) {
    const role = `${ofTitle[1]}${text.slice(phrase.start, orgEnd.end)}`;
    // ("Minister of Construction Mikhail Men", "… of Industry and Engineering X": a field named by a
    // company's trade word is a portfolio, no body.)
    const portfolioOnly = words.slice(0, orgWords).every((w) => TRADE_HEADS.has(w) || FIELD_NOUNS.has(w));
    if (lastHead >= 0 && !portfolioOnly && !addBodyOfServantUnit(p, orgWords)) {
      addCandidate(p, 0, orgWords, 'organization', 'strong');
      addCountryOfBody(p, orgWords);
      addParentOfUnit(p, orgWords);
    }
    addCandidate(p, split, words.length, 'person', 'strong', role);
    return true;
  }
  return false;
}

/**
 * Where the holder's name starts (`split`) and the body's name ends (`orgWords`), in words, given the
 * body's last head word (`lastHead`, -1 when it has none).
 */
function splitBodyFromHolder(p: PhraseAtHand, lastHead: number): { split: number; orgWords: number } {
  const { text, tokens, words } = p;
  // ("… Federal Assembly Nikolai Petrovich Orekhov": a patronymic makes the holder's name three words.)
  const nameLength =
    PATRONYMIC.test(words.at(-2) ?? '') && /^\p{Lu}\p{Ll}+$/u.test(words.at(-3) ?? '') ? 3 : 2;
  const holderName = (from: number) => PLAIN_FULL_NAME.test(words.slice(from).join(' '));
  let split = lastHead >= 0 ? lastHead + 1 : words.length - nameLength;
  // "Security Service of Ukraine Volodymyr Rokytsky", "Mission to Moldova Kirsten Aalborg": what
  // "of" or "to" joins belongs to the organisation.
  while (
    lastHead >= 0 &&
    split < words.length - nameLength &&
    /^ (?:of|to) (?:the )?$/.test(text.slice(tokens[split - 1]?.end ?? 0, tokens[split]?.start ?? 0))
  )
    split++;
  let orgWords = split;
  // The holder is a plain full name printed right after the body ("… Assessments Timur Baikadamov"),
  // not two words joined by "of" ("… the Rule of Law").
  const gapBefore = (k: number) => text.slice(tokens.at(k - 1)?.end ?? 0, tokens.at(k)?.start ?? 0);
  const holderAtEnd =
    holderName(-nameLength) &&
    gapBefore(-1) === ' ' &&
    gapBefore(-2) === ' ' &&
    gapBefore(-nameLength) === ' ';
  // "Committee for Rural Supply Marta Velkova": a portfolio after "for" is part of the title, not of
  // the organisation; the person is the plain full name at the end. But a bare head needs its field
  // ("Center for Strategic Assessments Timur Baikadamov"), and so does a field of two parts
  // ("Commission for Elections and Referendums"), unless it is all title words ("Energy Security").
  if (
    lastHead >= 0 &&
    split < words.length - nameLength &&
    text.slice(tokens[split - 1]?.end ?? 0, tokens[split]?.start ?? 0) === ' for ' &&
    holderAtEnd
  ) {
    const field = words.slice(split, -nameLength);
    const portfolio = field.every((w) => ROLE_MODIFIERS.has(w));
    const fieldGaps = text.slice(tokens[split]?.start ?? 0, tokens.at(-nameLength - 1)?.end ?? 0);
    split = words.length - nameLength;
    if (!portfolio && (lastHead === 0 || / and /.test(fieldGaps))) orgWords = split;
  }
  // "Press Service of the Ministry of Foreign Affairs of Uzbekistan Bakhodir Umarov", "Board of
  // Baltic Tanker Ivo Tamm": when what "of" joins runs on for three words or more, the plain full
  // name at the end is the holder (so after fields listed with "on", commas and "and": "Committee
  // on Trade, Roads and Energy of the X"), and "under" the office a body is attached to.
  const ofChain = () =>
    tokens
      .slice(lastHead + 1, -nameLength)
      .every((t, i) =>
        /^(?: (?:(?:of|on|for|under|with) (?:the )?|and )?|, )$/.test(
          text.slice(tokens[lastHead + i]?.end ?? 0, t.start),
        ),
      );
  if (lastHead >= 0 && ofChain() && words.length - split >= 3 && holderName(-nameLength))
    orgWords = split = words.length - nameLength;
  return { split, orgWords };
}
