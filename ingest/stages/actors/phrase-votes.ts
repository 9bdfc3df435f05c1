// The loop over the article's capitalised phrases: a country's or place's body named with a
// lower-case head ("the Kestrian parliament"), an outlet's name, a vessel, a facility ("the Ulgar
// dam") are tallied as what they are; a single word at a sentence's start that is printed nowhere
// else in capitals is skipped; every other phrase is classified (classify.ts) and each name in it
// tallied with its own votes and the votes of its context (context-cues.ts). The parts, under
// phrase-votes/, tried in the loop's order:
//   facilities.ts         names joined by dashes before a facility's head; a facility named after a place
//   institutions.ts       a body named with a lower-case head ("the Kestrian parliament"), a body's unit
//   embassies.ts          a country's embassy that acts as a party
//   vessels.ts            a ship's name after a ship's noun
//   single-words.ts       one-word phrases that name no actor, and capitals taking a stance
//   tally-candidates.ts   every other phrase, classified, each name tallied with its context's votes
//   types.ts              what the loop reads, and one phrase where it is printed
import type { Sentence } from '../segment.js';
import { tallyActingEmbassy } from './phrase-votes/embassies.js';
import { dashedFacilities, tallyDashedFacility, tallyRegionPipeline } from './phrase-votes/facilities.js';
import { tallyInstitution, tallyOwnedUnit } from './phrase-votes/institutions.js';
import { settleSingleWord } from './phrase-votes/single-words.js';
import { spellingOf } from './spelling.js';
import { tallyCandidates } from './phrase-votes/tally-candidates.js';
import type { PhraseAt, PhraseInputs } from './phrase-votes/types.js';
import { tallyVessel, vesselNames } from './phrase-votes/vessels.js';
import type { Tally } from './tally.js';

export type { PhraseInputs } from './phrase-votes/types.js';

/** "the Kelasha Shield exercises", "Caucasus Frontier 2009 drills": the name of a drill is no actor. */
const NAMES_A_DRILL =
  /^(?:[ -]\d{2,4})? (?:military |joint |naval |command |staff )?(?:exercises?|drills?|maneuvers|manoeuvres|war games)\b/;

/**
 * Tally every phrase's names and votes; return the names whose subject is an "it" that acts
 * ("Inguri Hydro halved its deliveries"), counted once every other cue is in.
 */
export function tallyPhrases(inputs: PhraseInputs, tally: Tally): Set<string> {
  const { text, sentences, phrases, outletNames } = inputs;
  const capitalisedElsewhere = new Set<string>();
  // (Under its folded spelling too: "Hakimova said …" opening a sentence is the "Khakimova" told elsewhere.)
  for (const p of phrases)
    for (const t of p.tokens.slice(p.initial ? 1 : 0))
      capitalisedElsewhere.add(t.text).add(spellingOf(t.text));
  const actsAsIt = new Set<string>();
  const { joined, dashed } = dashedFacilities(text, phrases);
  const vessels = vesselNames(text, phrases);

  for (const phrase of phrases) {
    const sentence = sentences[phrase.sentence] as Sentence;
    if (joined.has(phrase)) continue;
    const from = dashed.get(phrase);
    if (from !== undefined) {
      tallyDashedFacility(text, phrase, from, tally);
      continue;
    }
    const at: PhraseAt = {
      text,
      sentence,
      phrase,
      next: text.slice(phrase.end, Math.min(sentence.end, phrase.end + 40)),
    };
    // "the Kestrian parliament", "the US embassy said", "the OSCE's media freedom office": a body
    // with a lower-case head.
    if (tallyInstitution(at, tally) || tallyActingEmbassy(at, tally) || tallyOwnedUnit(at, tally)) continue;
    if (phrase.tokens.length > 1 && NAMES_A_DRILL.test(text.slice(phrase.end, phrase.end + 40))) continue;
    // "Rustavi 2 reported …": the words of an outlet's name printed here are that outlet.
    const outlet = outletNames.find(
      (o) => o.name.length > phrase.text.length && text.startsWith(o.name, phrase.start),
    );
    if (outlet) {
      tally.occurrences.push({
        name: outlet.name,
        start: phrase.start,
        end: phrase.start + outlet.name.length,
        sentence: phrase.sentence,
      });
      continue;
    }
    // "the patrol boat Berkut ordered …": a vessel is a place, or scenery.
    if (vessels.has(phrase.text)) {
      tallyVessel(text, phrase, tally);
      continue;
    }
    // "the Caspian coastal pipeline": a region's adjective naming a pipeline is no demonym.
    if (tallyRegionPipeline(at, inputs.demonyms, tally)) continue;
    if (settleSingleWord(inputs, phrase, capitalisedElsewhere, tally)) continue;
    tallyCandidates(inputs, at, tally, actsAsIt);
  }
  return actsAsIt;
}
