// Stage "find actors": turns an article's name phrases into actors: persons (introduced by role,
// later by surname), organisations (abbreviations in parentheses become aliases), countries, places
// and media outlets; transliteration variants merge; actors already in the registry are matched.
// The work is done in phases, each in its own module under actors/:
//   gather.ts         every printed name with votes for its kind (classify.ts reads a phrase's
//                     own words, context-cues.ts the words around it, phrase-votes.ts the loop)
//   merge.ts          each name's kind decided, names of one actor merged (surname-decides.ts:
//                     a full name decided by its surname's votes)
//   mentions.ts       mentions in text order, surnames resolved, aliases
//   registry-match.ts actors the registry already holds
import { inferCapitals } from './capitals.js';
import { findNamePhrases, type NamePhrase } from './names.js';
import type { Registry } from '../files/registry.js';
import type { Sentence } from './segment.js';
import type { Citation } from './sources.js';
import { gatherVotes } from './actors/gather.js';
import { joinDeclaredSpellings } from './actors/declared-spellings.js';
import { withoutPatronymicAddresses } from './actors/patronymic-address.js';
import { addAliases, listMentions } from './actors/mentions.js';
import { decideKinds, joinVariants, linkCountries, mergeActors, pickCanonicalNames } from './actors/merge.js';
import { matchRegistry } from './actors/registry-match.js';
import { decideFullNamesBySurname } from './actors/surname-decides.js';
import { decideCompanyLongForms } from './actors/company-long-form.js';
import type { ActorTable } from './actors/types.js';
import { documentTitles, inDocumentTitle } from './names/document-titles.js';
import { normalizeText } from '../../src/text/normalize.js';

export { roleBefore } from './actors/classify.js';
export type { ActorTable, ArticleActor, Mention } from './actors/types.js';

/** Build the actor table of an article. */
export function extractActors(
  text: string,
  sentences: readonly Sentence[],
  phrases: readonly NamePhrase[],
  registry: Registry,
  outletNames: readonly { name: string; sentence: number }[],
  placeNames: readonly { name: string; sentence: number }[],
  personNames: readonly { name: string; sentence: number }[] = [],
  bodyNames: readonly { name: string; sentence: number }[] = [],
): ActorTable {
  const notes: string[] = [];
  const { tally, demonyms } = gatherVotes(text, sentences, phrases, registry, {
    outlets: outletNames,
    places: placeNames,
    persons: personNames,
    bodies: bodyNames,
  });
  const decided = decideKinds(tally.byName);
  decideFullNamesBySurname(tally.byName, decided);
  decideCompanyLongForms(decided, [...new Set(demonyms.values())]);
  const merged = mergeActors(tally.byName, decided, demonyms);
  joinVariants(tally.byName, decided, merged, notes);
  pickCanonicalNames(merged.actors);
  linkCountries(tally.byName, demonyms, merged);
  const mentions = joinDeclaredSpellings(tally.byName, merged, listMentions(text, tally.occurrences, merged));
  addAliases(merged);
  matchRegistry(merged.actors, registry, notes);
  return { actors: merged.actors, mentions, demonyms, notes };
}

/**
 * Stage "find actors": the capitalised phrases of every sentence (bracket citations skipped: their
 * outlets come in as media; and what the titles of laws and treaties name) voted into actors, with
 * the citations' outlets, places and authors.
 */
export function findActors(
  text: string,
  sentences: readonly Sentence[],
  registry: Registry,
  citations: readonly Citation[],
): ActorTable {
  const skip = citations
    .filter((c) => c.kind === 'bracket')
    .map((c) => ({ start: c.spanStart, end: c.spanEnd }));
  const titles = documentTitles(text);
  const phrases = withoutPatronymicAddresses(
    text,
    sentences.flatMap((s) => findNamePhrases(text, s, skip)),
  ).filter(
    // (A treaty the registry holds as a body, "the Collective Security Treaty", stays one.)
    (p) => !inDocumentTitle(p, titles, text) || registry.byName.has(normalizeText(p.text)),
  );
  // "(Veloran Interior Ministry website, May 2)": a body citing its own site is no medium.
  const named = citations.filter((c) => !c.anaphoric && !c.website && !c.noOutlet);
  const table = extractActors(
    text,
    sentences,
    phrases,
    registry,
    named.map((c) => ({ name: c.outlet, sentence: c.sentence })),
    // ("(Novaya Vest, Ostrov, May 2)" alone: a dateline's city the article never names is no actor.)
    citations.flatMap((c) =>
      c.place && phrases.some((p) => p.text === c.place || p.text.startsWith(`${c.place} `))
        ? [{ name: c.place, sentence: c.sentence }]
        : [],
    ),
    citations.flatMap((c) => (c.author ? [{ name: c.author, sentence: c.sentence }] : [])),
    citations.flatMap((c) => (c.website ? [{ name: c.outlet, sentence: c.sentence }] : [])),
  );
  // Cities standing for their countries, when the article never calls them capitals.
  inferCapitals(text, table, citations);
  return table;
}
