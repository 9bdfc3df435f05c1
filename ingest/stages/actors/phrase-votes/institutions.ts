// Bodies named with a lower-case head: a country's or place's institution ("the Kestrian
// parliament", "Lirvan’s de facto parliament", "Volmarian customs") and a body's own unit ("the
// OSCE's media freedom office"), each tallied as an organisation under its whole name.
import { ORG_HEADS } from '../../../language/lexicon.js';
import { GAZETTEER } from '../../gazetteer.js';
import { record, vote, type Tally } from '../tally.js';
import type { PhraseAt } from './types.js';

/**
 * Lower-case bodies that a country's adjective or a place's name turns into a named institution
 * ("the Kestrian–Temirian intergovernmental commission": two countries' joint body too; "the Kestrian
 * cabinet", "the Kestrian navy": a state's arm; "Lirvan’s de facto parliament". "The X embassy" is
 * as often the building picketed as the mission, so it is left out).
 */
const INSTITUTION =
  /^ (?:de facto )?(?:(?:regional|city|district|provincial|municipal|supreme|constitutional|military|appeals|high) )?(?:(?:intergovernmental|joint|bilateral|mixed) commission|parliament|legislature|senate|court|council|prosecutor['’]s office|(?:foreign|interior|defen[cs]e|justice|finance|energy|economy|health|education|agriculture|emergencies) ministry|cabinet|coast guard|navy|(?:veterinary|border|customs|security) service)(?![\p{L}’'])(?![ -]\p{Lu})/u;
/** "Volmarian customs began inspecting …": a state's customs that acts, printed without "the". */
const CUSTOMS_ACT =
  /^ customs(?= (?:has |have |had |also )?(?:\p{Ll}+ed|began|held|kept|took|shut|let|says|said)\b)/u;
/** A body's unit after its possessive: "’s media freedom office", "’s pipeline protection unit". */
const OWNED_UNIT = /^[’']s (?:[\p{Ll}-]+ ){1,3}(?:office|unit|department|directorate)(?![\p{L}-])/u;

/**
 * "the Kestrian parliament", "the Ulgar regional court": a body named by its country or place,
 * tallied under its whole name. True when the phrase was one.
 */
export function tallyInstitution(at: PhraseAt, tally: Tally): boolean {
  const { text, sentence, phrase, next } = at;
  // ("Lirvan’s parliament": a possessive names the body as "the Lirvan parliament" does.)
  const owner = phrase.possessive ? (/^[’']s/.exec(next)?.[0] ?? '') : '';
  const customs = owner ? null : CUSTOMS_ACT.exec(next);
  const institution = INSTITUTION.exec(next.slice(owner.length)) ?? customs;
  const bodyEnd = phrase.end + owner.length + (institution?.[0].length ?? 0);
  // "the Lirvan parliament, the Great Khural, voted …", "the Khural, the Lirvan parliament, voted
  // …": the named body is the actor, not its gloss.
  const afterInstitution = institution ? text.slice(bodyEnd, bodyEnd + 60) : '';
  const glossOfName =
    institution &&
    (/^,\s(?:the\s)?\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)*,/u.test(afterInstitution) ||
      (/^,/.test(afterInstitution) &&
        /\p{Lu}[\p{L}-]*,\s[Tt]he\s$/u.test(
          text.slice(Math.max(sentence.start, phrase.start - 40), phrase.start),
        )));
  // "the small Lirvan navy"; "a Lirvan coast guard cutter": a body named before what it owns.
  const lead = text.slice(Math.max(sentence.start, phrase.start - 20), phrase.start);
  const determined =
    /\b[Tt]he\s(?:\p{Ll}+\s)?$/u.test(lead) ||
    (/\b[Aa]n?\s$/.test(lead) && /^ \p{Ll}/u.test(afterInstitution));
  if (institution && !glossOfName && (customs || owner || determined)) {
    const name = text.slice(phrase.start, bodyEnd);
    vote(record(tally, name, phrase.sentence, phrase.start, bodyEnd), 'organization', 'strong');
    return true;
  }
  return false;
}

/**
 * "the OSCE's media freedom office", "the Interior Ministry's pipeline protection unit": a body's
 * own unit, named in lower case after it, is the actor. True when the phrase was such a body.
 */
export function tallyOwnedUnit(at: PhraseAt, tally: Tally): boolean {
  const { text, phrase, next } = at;
  const unit = phrase.possessive ? OWNED_UNIT.exec(next) : null;
  if (
    unit &&
    (ORG_HEADS.has(phrase.tokens.at(-1)?.text ?? '') || GAZETTEER.get(phrase.text)?.kind === 'organization')
  ) {
    const end = phrase.end + unit[0].length;
    vote(
      record(tally, text.slice(phrase.start, end), phrase.sentence, phrase.start, end),
      'organization',
      'strong',
    );
    return true;
  }
  return false;
}
