// One capitalised phrase on its own: which part is a name, which a role or title before it
// ("Kestrian President Ivan Dorn", "Deputy Chairman of the State Security Committee Ruslan Temirov"),
// and what kind the words alone make it (registry, gazetteer, an organisation's or a place's head
// word, a media outlet's look). The context around the phrase is weighed later, in context-cues.ts.
// The parts, under classify/, tried in this order:
//   title-split.ts    a title word inside the phrase splits the role from the name
//   of-title.ts       the phrase completes a title printed before it ("Deputy Chairman of the …")
//   portfolio.ts      the phrase is a minister's portfolio after the title ("Minister of Health")
//   whole-phrase.ts   the phrase as a whole, by registry, gazetteer, head words or a role before it
//   candidates.ts     the candidates found, and the country or parent body a body's name points to;
//                     role-before.ts the role printed just before a name
import type { Registry } from '../../files/registry.js';
import type { NamePhrase } from '../names.js';
import type { Sentence } from '../segment.js';
import type { Candidate, PhraseAtHand } from './classify/candidates.js';
import { splitOfTitle } from './classify/of-title.js';
import { isPortfolioOfTitle } from './classify/portfolio.js';
import { splitAtTitle } from './classify/title-split.js';
import { classifyWholePhrase } from './classify/whole-phrase.js';

export type { Candidate } from './classify/candidates.js';
export { roleBefore } from './classify/role-before.js';

/** Classify one phrase, splitting a leading role ("Kestrian President") from the name. */
export function classify(
  text: string,
  sentence: Sentence,
  phrase: NamePhrase,
  registry: Registry,
): Candidate[] {
  const tokens = phrase.tokens;
  const p: PhraseAtHand = { text, sentence, phrase, tokens, words: tokens.map((t) => t.text), found: [] };
  if (!splitAtTitle(p) && !splitOfTitle(p) && !isPortfolioOfTitle(p)) classifyWholePhrase(p, registry);
  return p.found;
}
