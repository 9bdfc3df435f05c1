// What the words around a candidate name say of its kind: an appositive ("Ostrolet, the Lirvan
// carrier"), an abbreviation or gloss in parentheses, a verb only a person or a state takes, a
// preposition of place, a possessive, a title before it. Each cue is one vote; the votes are
// counted once every phrase has been read (merge.ts). The parts, under context-cues/:
//   site.ts               the name where it is printed, and the words it stands between
//   appositive.ts         an appositive, a parenthesis after the name, a capital named after its gloss
//   words-after.ts        a lower-case word after the name, a post it holds, what it owns
//   words-before.ts       an outlet's or a body's noun before it, a preposition of place
//   verbs.ts              the verbs around it: spoken to, speaking, acting as "it"
//   shape-and-titles.ts   a surname's or an abbreviation's shape, an owner, a title, a group it leads
import { readDeclaredSpelling } from './declared-spellings.js';
import type { Accumulated } from './tally.js';
import { voteFromAppositive, voteFromCapitalBefore } from './context-cues/appositive.js';
import { voteFromShapeAndTitles } from './context-cues/shape-and-titles.js';
import type { Around, CueSite } from './context-cues/site.js';
import { voteFromVerbs } from './context-cues/verbs.js';
import { voteFromWordsAfter } from './context-cues/words-after.js';
import { voteFromWordsBefore } from './context-cues/words-before.js';

export { STATE_ACT } from './context-cues/words-after.js';
export type { CueSite } from './context-cues/site.js';

/**
 * Vote on the kind of the name at `site` from the words around it; names whose subject is an
 * "it" that acts are added to `actsAsIt`, to be counted once every other cue is in.
 */
export function voteFromContext(site: CueSite, a: Accumulated, actsAsIt: Set<string>): void {
  const { text, sentence, candidate: c, start } = site;
  const around: Around = {
    after: text.slice(c.end, Math.min(sentence.end, c.end + 120)),
    before: text.slice(Math.max(sentence.start, start - 40), start),
  };
  voteFromAppositive(site, a, around);
  readDeclaredSpelling(text, start, c.end, a);
  voteFromCapitalBefore(site, a, around);
  voteFromWordsAfter(site, a, around);
  voteFromWordsBefore(site, a, around);
  voteFromVerbs(site, a, around, actsAsIt);
  voteFromShapeAndTitles(site, a, around);
}
