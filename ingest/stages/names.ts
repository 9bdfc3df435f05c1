// Stage "names": finds the capitalised name phrases of a sentence ("Valdoria’s Energy Minister Pavel
// Zabelin", "Steppe Security Compact", "Kestria-24 TV") with their offsets, split at possessives and
// cleaned of words that only happen to be capitalised (sentence starts, months, "The"). The parts,
// each in its own module under names/:
//   find-phrases.ts   the main loop: which capitalised word joins the run before it
//   tokens.ts         a sentence's capitalised words; phrase.ts a run made into phrases
//   fields.ts         a body's name running on over its fields ("Ministry of Fisheries and Forests")
//   holders.ts        a post's holder after a body's field ends the body ("… Security Ilie Rusnac")
//   possessives.ts    "the Miners' Union", "the President's Office" as one name
//   abbreviations.ts  "Organization for Security and Cooperation in Europe (OSCE)" joined
//   title-holder.ts   the holder's name split off a long title "of" ("Minister of Fuel and Energy Ivan Petrov")
//   types.ts          the tokens' and phrases' shapes
export { findNamePhrases } from './names/find-phrases.js';
export type { NamePhrase, Token } from './names/types.js';
