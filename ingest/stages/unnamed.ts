// Unnamed speakers: "his aides say …", "Tansykov’s office announced …", "officials in the ministry
// told …", "the printing house in Veloran … told us …". A quotation's or statement's speaker must be
// an actor, so each becomes a drafted actor named after whom it speaks for ("Erbol Tansykov's
// aides"), with the article's own phrase as an alias and a review flag: the reviewer keeps it,
// renames it or merges it (see docs/decisions/012-unnamed-speakers.md). Only phrases that speak
// (a speech verb follows, or "according to" precedes) are drafted, so no other noun phrase becomes
// an actor.
//
// The passes, run in this order on each sentence (the generic speakers skip what an earlier pass drafted),
// each in its own module under unnamed/:
//   spokespeople.ts   people who speak for someone: "his aides", "Tansykov's office", "the governor's aides",
//                     "the presidential press service"
//   described.ts      people described, never named: "the officer who led the search said"
//   retold.ts         words an answer retells: "one of them said to me, “…”", "the officer … he told her, “…”"
//   groups.ts         groups: "officials in the ministry", "Georgian officials", "one diplomat"
//   close-to.ts       the people around a person named: "people close to X"
//   bodies.ts         bodies never named: "the printing house in Veloran", "according to the regional police"
//   told-by.ts        a plain noun phrase that speaks: "a cousin of mine told me", "The farmers say …"
//   clause-subjects.ts any other noun phrase opening a clause with its words: "Villagers say that …"
//   draft.ts          drafting the actor when the phrase speaks (speaks.ts), from the nouns in words.ts
import type { ActorTable } from './actors.js';
import type { Sentence } from './segment.js';
import type { UnnamedScan } from './unnamed/draft.js';
import { findDescribedPeople, findDescribedSubjectQuoted, findSpeakerAgain } from './unnamed/described.js';
import { findDescribedBeforePronoun, findOneOfThem } from './unnamed/retold.js';
import { findBodiesAccordingTo, findUnnamedBodies } from './unnamed/bodies.js';
import { findPeopleCloseTo } from './unnamed/close-to.js';
import { findCountryGroups, findGenericSpeakers, findOfficialsOf } from './unnamed/groups.js';
import { findToldBy } from './unnamed/told-by.js';
import { findClauseSubjects } from './unnamed/clause-subjects.js';
import {
  findBodyOfficeHolders,
  findNamedSpokespeople,
  findPresidentialOffices,
  findPronounSpokespeople,
  findRoleSpokespeople,
} from './unnamed/spokespeople.js';

const PASSES: readonly ((scan: UnnamedScan, s: Sentence) => void)[] = [
  findPronounSpokespeople,
  findNamedSpokespeople,
  findBodyOfficeHolders,
  findRoleSpokespeople,
  findPresidentialOffices,
  findSpeakerAgain,
  findDescribedPeople,
  findOneOfThem,
  findDescribedBeforePronoun,
  findDescribedSubjectQuoted,
  findOfficialsOf,
  findPeopleCloseTo,
  findCountryGroups,
  findGenericSpeakers,
  findUnnamedBodies,
  findBodiesAccordingTo,
  findToldBy,
  findClauseSubjects,
];

export function findUnnamedSpeakers(text: string, sentences: readonly Sentence[], table: ActorTable): void {
  const scan: UnnamedScan = { text, sentences, table };
  for (const s of sentences) for (const pass of PASSES) pass(scan, s);
  table.mentions.sort((a, b) => a.start - b.start);
}
