// Resolves who is speaking: a person named in the attribution, a pronoun ("he said") pointing to
// the subject of the nearest sentence that names a person, a role noun ("the prosecutor") matching
// a person's description, and a surname shared by two people settled by role or recency. The parts,
// each in its own module under speakers/:
//   resolve-speaker.ts     the speaker of an attribution, in order of what it names; namesakes.ts
//                          settles a shared surname
//   pronoun-antecedent.ts  the person a pronoun refers to; pronoun-gender.ts the genders it weighs
//   by-noun.ts             speakers named by a noun: a side, the former or latter, a body, a role,
//                          an office
//   mentions.ts            the result type and the mentions looked among
//   words.ts               speech verbs and role nouns
export {
  bodyByNoun,
  bodyOfHolder,
  countryOf,
  formerOrLatter,
  officeHolders,
  personByRole,
  sideSpeaker,
} from './speakers/by-noun.js';
export type { SpeakerResolution } from './speakers/mentions.js';
export { pronounAntecedent } from './speakers/pronoun-antecedent.js';
export { resolveSpeaker } from './speakers/resolve-speaker.js';
export {
  BASE_SPEECH_VERBS,
  DEED_AND,
  DEED_AND_PRONOUN,
  KEPT_UP_AUX,
  KEPT_UP_VERBS,
  PHONED_TO,
} from './speakers/words.js';
