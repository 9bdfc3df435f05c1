// Vote gathering: every name the article prints, with votes for its kind. The citations' outlets,
// places, authors and bodies come first; then the article's demonyms, its lower-case bodies, the
// capitalised phrases one by one (phrase-votes.ts), and last the cues that need every phrase read:
// "it" subjects that act, countries printed only as adjectives, countries found by demonym pairs.
import type { ActorKind } from '../../../src/dataset/schema.js';
import { ORG_HEADS, PLAIN_FULL_NAME } from '../../language/lexicon.js';
import { GAZETTEER, MACRO_REGIONS } from '../gazetteer.js';
import type { NamePhrase } from '../names.js';
import type { Registry } from '../../files/registry.js';
import type { Sentence } from '../segment.js';
import { findDemonyms } from './article-demonyms.js';
import { tallyLowerCaseBodies } from './lower-case-bodies.js';
import { tallyPhrases } from './phrase-votes.js';
import { accumulate, newTally, vote, type Accumulated, type Tally } from './tally.js';

/** "Turkish-owned", "Maltese-flagged", "Swiss-made": a nationality of a thing's owner or maker. */
const OWNED_OR_MADE = /-(?:owned|flagged|registered|built|made|language|speaking)$/;
/** "translated from the Russian.", "published in Russian,": the adjective alone at a clause's end is a language. */
const A_LANGUAGE = { before: /\b(?:from|in|into)\s(?:the\s)?$/, after: /^[.,;:)]/ };

/** A place's noun after a region's adjective: "the Chechen border", "the South Ossetian conflict zone". */
const REGION_PLACE_AFTER = /^ (?:border|frontier|(?:conflict |security )?zone)\b/;

/** A name a citation gives, with the sentence it belongs to. */
export interface CitedName {
  readonly name: string;
  readonly sentence: number;
}

/** The names the citations give, by what they name. */
export interface CitedNames {
  readonly outlets: readonly CitedName[];
  readonly places: readonly CitedName[];
  readonly persons: readonly CitedName[];
  readonly bodies: readonly CitedName[];
}

/** Every name with its votes, and the article's demonyms (adjective -> country name). */
export function gatherVotes(
  text: string,
  sentences: readonly Sentence[],
  phrases: readonly NamePhrase[],
  registry: Registry,
  cited: CitedNames,
): { tally: Tally; demonyms: Map<string, string> } {
  const tally = newTally();
  // (A body the gazetteer knows, cited for its report, stays a body: "(Human Rights Watch, May 14)".)
  for (const o of cited.outlets)
    vote(
      accumulate(tally, o.name, o.sentence),
      GAZETTEER.get(o.name)?.kind === 'organization' ? 'organization' : 'media',
      'strong',
      3,
    );
  for (const p of cited.places) vote(accumulate(tally, p.name, p.sentence), 'place', 'weak', 2);
  for (const p of cited.persons) vote(accumulate(tally, p.name, p.sentence), 'person', 'strong', 2);
  for (const b of cited.bodies) vote(accumulate(tally, b.name, b.sentence), 'organization', 'strong', 2);

  const demonyms = findDemonyms(text, phrases, tally);
  const articleCountries = new Set(demonyms.values());
  const thingAbbreviations = tallyLowerCaseBodies(text, sentences, tally);
  const actsAsIt = tallyPhrases(
    {
      text,
      sentences,
      phrases,
      registry,
      outletNames: cited.outlets,
      demonyms,
      articleCountries,
      thingAbbreviations,
    },
    tally,
  );
  const byName = tally.byName;
  // "Inguri Hydro halved its deliveries": a subject that is an "it" and acts is a body, unless the
  // article puts it somewhere as a place ("signed in Velmir", then "Velmir took its time": a capital).
  for (const name of actsAsIt) {
    const a = byName.get(name);
    if (a && !a.votes.has('place')) vote(a, 'organization', 'weak', 2);
  }

  // A known country or region printed only as its adjective ("Russian border guards") is an actor.
  for (const p of phrases) {
    for (const t of p.tokens) {
      // ("the Uzbek-German Forum": the parts of a compound inside an organisation's name are not its
      // subject; "a Turkish-owned ship", "Swiss-made rifles": an owner's or maker's nationality is not a
      // state's; "Russian-language reports", "translated from the Russian.": a language is not either.)
      const language =
        p.tokens.length === 1 &&
        A_LANGUAGE.before.test(text.slice(Math.max(0, p.start - 12), p.start)) &&
        A_LANGUAGE.after.test(text.slice(p.end, p.end + 1));
      const parts =
        (t.text.includes('-') && p.tokens.some((x) => ORG_HEADS.has(x.text))) ||
        OWNED_OR_MADE.test(t.text) ||
        language
          ? []
          : t.text.split('-');
      for (const part of parts) {
        const known = GAZETTEER.get(part);
        // ("along the Chechen border", "the South Ossetian conflict zone": a region's adjective before a
        // place's noun names that place, not the region as a party.)
        const placeNamed =
          known?.kind !== 'country' && REGION_PLACE_AFTER.test(text.slice(p.end, p.end + 20));
        if (
          known?.demonym &&
          !placeNamed &&
          !MACRO_REGIONS.has(known.name) &&
          !byName.has(known.name) &&
          !otherHalfNamed(text, known.name)
        )
          vote(accumulate(tally, known.name, p.sentence), known.kind, 'strong');
      }
    }
  }

  // "the capital of Lirvania", "Lirvania’s capital": what has a capital is a state, when nothing else tells.
  for (const a of [...byName.values()]) {
    const owner = a.capitalOfName ? byName.get(a.capitalOfName) : undefined;
    if (owner && owner.votes.size === 0) vote(owner, 'country', 'weak');
  }

  // Demonym pairs make countries.
  for (const country of new Set(demonyms.values())) {
    const a = byName.get(country);
    if (a && !GAZETTEER.has(country)) vote(a, 'country', 'strong', 2);
  }
  votePersonsJoinedByAnd(text, tally);
  return { tally, demonyms };
}

/**
 * A ministry's or a committee's field, no name ("Minister of Labor and Human Welfare"). Broader than
 * the lexicon's FIELD_NOUNS, which decides where a body's field ends before its post's holder; that
 * split would move if the two were one list.
 */
const FIELD_WORD =
  /\b(?:Affairs|Welfare|Security|Development|Policy|Rights|Trade|Energy|Health|Justice|Defen[cs]e|Finance|Economy|Industry|Agriculture|Education|Culture|Transport|Communications|Resources|Protection|Cooperation|Integration|Relations|Reform|Planning|Labou?r|Tourism|Sport|Youth|Science|Technology|Environment|Ecology|Construction|Infrastructure|Media|Information)\b/;

/** The kind with the most votes so far, if any. */
function leading(a: Accumulated): ActorKind | undefined {
  return [...a.votes].sort((x, y) => y[1] - x[1])[0]?.[0];
}

/**
 * "the co-rapporteurs, Ingrid Halvorsen and Luca Ferrante, met …": a full name with no vote of its
 * own, joined by "and" to a person's, is a person too.
 */
function votePersonsJoinedByAnd(text: string, tally: Tally): void {
  const occurrences = [...tally.occurrences].sort((x, y) => x.start - y.start);
  for (let i = 1; i < occurrences.length; i++) {
    const pair = [occurrences[i - 1], occurrences[i]];
    const [x, y] = pair;
    if (!x || !y || x.sentence !== y.sentence || text.slice(x.end, y.start) !== ' and ') continue;
    for (const [known, other] of [pair, [...pair].reverse()]) {
      const a = tally.byName.get(known?.name ?? '');
      const b = tally.byName.get(other?.name ?? '');
      const name = other?.name ?? '';
      if (
        a &&
        b &&
        b.votes.size === 0 &&
        name.includes(' ') &&
        PLAIN_FULL_NAME.test(name) &&
        !FIELD_WORD.test(name) &&
        leading(a) === 'person'
      )
        vote(b, 'person', 'weak');
    }
  }
}

/**
 * "the Ossetian families" in an article about North Ossetia, which never prints "South Ossetia": a
 * bare adjective the gazetteer gives to one half of a divided land names the half the article is about.
 */
function otherHalfNamed(text: string, region: string): boolean {
  const half = /^(North|South|East|West) (.+)$/.exec(region);
  if (!half || text.includes(region)) return false;
  // (The other half's own name, not its adjective: "North Ossetian officials" names no half.)
  return ['North', 'South', 'East', 'West'].some(
    (w) => w !== half[1] && new RegExp(`\\b${w} ${half[2]}\\b`).test(text),
  );
}
