// The names a phrase's candidates (classify.ts) are tallied under, a leading demonym dropped, a
// company's organ or a country's possessive read, each with its own votes and its context's.
import { ROLE_MODIFIERS } from '../../../language/lexicon.js';
import { GAZETTEER, MACRO_REGIONS } from '../../gazetteer.js';
import { normalizeText } from '../../../../src/text/normalize.js';
import { classify, type Candidate } from '../classify.js';
import { voteFromContext } from '../context-cues.js';
import { record, vote, type Tally } from '../tally.js';
import { tallyFacilityNamedAfter } from './facilities.js';
import type { PhraseAt, PhraseInputs } from './types.js';

/** A company's governing organ "of" the company: "Management Committee of Gazprom", "Board of the X Steel Company". */
const COMPANY_ORGAN =
  /^(?:(?:Management|Supervisory|Executive) )?(?:Board|Committee)(?: of Directors)? of (?:the )?(\p{Lu}[\p{L}\p{N}-]*(?: \p{Lu}[\p{L}\p{N}-]*){0,2})$/u;
/** A name the gazetteer or the registry knows whole, whatever adjective opens it. */
const knownWhole = (name: string, registry: PhraseInputs['registry']) =>
  GAZETTEER.get(name)?.demonym === false ||
  registry.byName.has(normalizeText(name)) ||
  // ("the Mongolian People’s Republic": the adjective is a word of the state's name.)
  /^\p{Lu}\p{L}+ People['’]s Republic$/u.test(name);

/** A title "of the" organ: "Deputy Chairman of the ". */
const TITLE_OF_THE = /\b(?:Chairman|Chairwoman|Chair|Member|Head|Secretary)\s+of\s+the\s$/;

/**
 * Classify the phrase and tally each name in it with its votes and its context's; names whose
 * subject is an "it" that acts are added to `actsAsIt`.
 */
export function tallyCandidates(
  inputs: PhraseInputs,
  at: PhraseAt,
  tally: Tally,
  actsAsIt: Set<string>,
): void {
  const { text, sentence, phrase } = at;
  const { registry, demonyms, articleCountries } = inputs;
  for (const c of classify(text, sentence, phrase, registry)) {
    const tallied = nameAsTallied(inputs, at, c);
    if (!tallied) continue;
    const { name, start, firstWord } = tallied;
    if (tallyFacilityNamedAfter(at, c, name, start, tally)) continue;
    const a = record(tally, name, phrase.sentence, start, c.end);
    vote(a, c.kind, c.strength);
    if (c.role && !a.description) {
      a.description = c.role;
      a.descriptionSentence = phrase.sentence;
    }
    voteFromContext(
      { text, sentence, candidate: c, name, start, firstWord, demonyms, articleCountries },
      a,
      actsAsIt,
    );
  }
}

/**
 * The name a candidate is tallied under, where it starts, and its first word as printed; undefined
 * when it names no actor (a demonym, a macro-region the registry does not hold).
 */
function nameAsTallied(
  inputs: PhraseInputs,
  at: PhraseAt,
  c: Candidate,
): { name: string; start: number; firstWord: string } | undefined {
  const { text, sentence } = at;
  const { registry, demonyms, articleCountries } = inputs;
  // A demonym leading a non-organisation phrase is a modifier ("Kestrian gas" never gets here).
  let name = c.name;
  let start = c.start;
  const firstWord = name.split(' ')[0] ?? '';
  // ("the Belarusian KGB" keeps its adjective: the abbreviation alone names no one country's body;
  // nor is "Kyrgyz" a modifier of "the Kyrgyz Republic", "Russian" of "the Russian Federation".)
  if (
    c.kind !== 'organization' &&
    !knownWhole(name, registry) &&
    c.kind !== 'media' &&
    demonyms.has(firstWord) &&
    name.includes(' ') &&
    !/^\p{Lu}{2,6}$/u.test(name.slice(firstWord.length + 1))
  ) {
    name = name.slice(firstWord.length + 1);
    start += firstWord.length + 1;
  }
  if (demonyms.has(name)) return undefined;
  // (A macro-region is no party, unless the registry already holds it as an actor.)
  if (MACRO_REGIONS.has(name) && !registry.byName.has(normalizeText(name))) return undefined;
  // "Deputy Chairman of the Management Committee of Gazprom Gennady Voronin", "Chairman of the
  // Board of KazMunaiGaz X": a company's governing organ in a title names the company.
  const organ = COMPANY_ORGAN.exec(name);
  if (organ?.[1] && TITLE_OF_THE.test(text.slice(Math.max(sentence.start, start - 30), start))) {
    start += name.length - organ[1].length;
    name = organ[1];
  }
  // "Dashtavan’s Foreign Ministry": a state body named by its country's possessive keeps it, to
  // tell it from another country's "Foreign Ministry".
  const possessor = /(\p{Lu}[\p{L}-]+[’']s) $/u.exec(
    text.slice(Math.max(sentence.start, start - 30), start),
  )?.[1];
  if (
    possessor &&
    c.kind === 'organization' &&
    ROLE_MODIFIERS.has(firstWord) &&
    articleCountries.has(possessor.slice(0, -2))
  ) {
    name = `${possessor} ${name}`;
    start -= possessor.length + 1;
  }
  return { name, start, firstWord };
}
