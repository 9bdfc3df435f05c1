// Deciding kinds and merging: each name takes the kind with the most votes (names without any
// cue are noted, not guessed); then abbreviations join their full names, surnames their persons,
// spelling variants and short forms ("State Security Committee", "the Majlis", "Russia’s Foreign
// Ministry") their body, and the actors get their canonical names, countries and capitals.
import type { ActorKind } from '../../../src/dataset/schema.js';
import { FAMILY_NAME_FIRST } from '../../language/lexicon.js';
import { actorKey } from '../../language/words.js';
import { isStateLongForm, sameKnownBody } from '../gazetteer.js';
import {
  brandOf,
  countryTailOf,
  cutFormOf,
  doubledVariant,
  lettersDropped,
  placeVowelVariant,
  shortFormOf,
  spelledAs,
  spellingOf,
  vowelVariant,
  waterTurned,
} from './spelling.js';
import type { Accumulated } from './tally.js';
import type { ArticleActor } from './types.js';

/** A name's kind, and whether a strong cue voted for it. */
export interface Decided {
  readonly kind: ActorKind;
  readonly strong: boolean;
}

/** The kind with the most votes for each name that has any (the first voted wins a tie). */
export function decideKinds(byName: ReadonlyMap<string, Accumulated>): Map<string, Decided> {
  const decided = new Map<string, Decided>();
  for (const [name, a] of byName) {
    let best: ActorKind | undefined;
    let score = 0;
    for (const [kind, s] of a.votes) if (s > score) [best, score] = [kind, s];
    if (!best) continue;
    decided.set(name, { kind: best, strong: a.strong.has(best) });
  }
  return decided;
}

/** The article's actors, and how the tallied names lead to them. */
export interface Merged {
  readonly actors: Map<string, ArticleActor>;
  /** Tallied name -> actor key. */
  readonly keyOf: Map<string, string>;
  /** Alias (an abbreviation, a short form) -> the tallied name it stands for. */
  readonly aliasTarget: Map<string, string>;
  /** A lone name's spelling (a surname, or a given name only one person has) -> the full names it may be. */
  readonly loneNameOwners: Map<string, string[]>;
  /** A lone name's spelling -> the form first tallied under it ("Sevda", "Kasimli"). */
  readonly loneNames: Map<string, string>;
}

/** One actor per decided name, less abbreviations, lone surnames, spelling variants and short forms. */
export function mergeActors(
  byName: ReadonlyMap<string, Accumulated>,
  decided: ReadonlyMap<string, Decided>,
  demonyms: ReadonlyMap<string, string>,
): Merged {
  const actors = new Map<string, ArticleActor>();
  const keyOf = new Map<string, string>();
  const persons = [...decided].filter(([, d]) => d.kind === 'person').map(([n]) => n);
  const fullPersons = persons.filter((n) => n.includes(' '));
  // The full names by the spelling of one of their words.
  const ownersBy = (word: (name: string) => string) => {
    const owners = new Map<string, string[]>();
    for (const n of fullPersons)
      owners.set(spellingOf(word(n)), [...(owners.get(spellingOf(word(n))) ?? []), n]);
    return owners;
  };
  const loneNameOwners = ownersBy((n) => n.split(' ').at(-1) ?? '');
  // "Sevda and Javid are not hospital staff": a lone given name is the one full name that opens with
  // it, when it is no one's surname and not something else.
  const loneNames = new Map<string, string>();
  for (const n of byName.keys())
    if (!n.includes(' ') && !loneNames.has(spellingOf(n))) loneNames.set(spellingOf(n), n);
  for (const [given, owners] of ownersBy((n) => n.split(' ')[0] ?? '')) {
    const lone = loneNames.get(given);
    // (Not a name read as a place or a body: "a tractor plant in Vladimir" of Vladimir Putin; a family
    // name that comes first is read past a weak guess: "Gao wrote in a column" of Gao Minyu.)
    const other = lone ? decided.get(lone) : undefined;
    const familyFirst = !!lone && FAMILY_NAME_FIRST.has(lone) && !other?.strong;
    const otherKind = other && other.kind !== 'person' && !familyFirst;
    if (lone && owners.length === 1 && !loneNameOwners.has(given) && !otherKind)
      loneNameOwners.set(given, owners);
  }
  // A lone surname spelled with another vowel (Mirkamilov of Shavkat Mirkomilov), or with a doubled
  // letter single (Mamedli of Elnur Mammadli), is that person's,
  // when the article's persons give it one such owner.
  // (A name with no kind of its own is read so too: "Mamedli, whose ministry …" had no cue.)
  const lone = [...byName.keys()].filter((n) => decided.get(n)?.kind === 'person' || !decided.has(n));
  for (const n of lone.filter((p) => !p.includes(' ') && !loneNameOwners.has(spellingOf(p)))) {
    const spelling = spellingOf(n);
    const near = [...loneNameOwners].filter(
      ([key]) => vowelVariant(key, spelling) || doubledVariant(key, spelling),
    );
    if (near.length === 1 && near[0]) loneNameOwners.set(spelling, near[0][1]);
  }
  const ordered = [...decided].sort(
    (x, y) => (byName.get(x[0])?.firstSentence ?? 0) - (byName.get(y[0])?.firstSentence ?? 0),
  );
  const aliasTarget = new Map<string, string>();
  for (const [name, a] of byName) for (const alias of a.aliases) aliasTarget.set(alias, name);

  // "Defense Ministry" is the short form of one body only when one full name of the article has it
  // (not of both the "Sarvenian" and the "Vysorian Defense Ministry").
  const organizations = [...decided].filter(([, d]) => d.kind === 'organization').map(([n]) => n);
  // ("the Majlis" of "the Shirvazi Majlis": a body's one-word name less its country's adjective.)
  const shorter = (short: string, full: string) =>
    shortFormOf(short, full) ||
    (full.endsWith(` ${short}`) && demonyms.has(full.slice(0, -short.length - 1)));
  // (A short, brand or cut form stands for a body only when one body of the article has it.)
  const ofOne = (form: (short: string, full: string) => boolean) => (short: string, full: string) =>
    form(short, full) && organizations.filter((o) => form(short, o)).length === 1;
  const shortOfOne = ofOne(shorter);
  // "Russia’s Foreign Ministry" and "the Russian Foreign Ministry" are one body.
  const byPossessive = (p: string, q: string) => {
    const m = /^(\p{Lu}[\p{L}-]+)[’']s (.+)$/u.exec(p);
    return !!m?.[2] && q.endsWith(` ${m[2]}`) && demonyms.get(q.slice(0, -m[2].length - 1)) === m[1];
  };
  const leadOfOne = ofOne(brandOf);
  const cutOfOne = ofOne(cutFormOf);
  const countries = [...new Set(demonyms.values())];
  const countryTail = (p: string, q: string) => countryTailOf(p, q, countries);
  for (const [name, d] of ordered) {
    const a = byName.get(name);
    if (!a) continue;
    if (aliasTarget.has(name) && aliasTarget.get(name) !== name) continue;
    // A surname alone is its person's, unless a strong cue makes it something else ("from Dorn" is no place).
    if ((d.kind === 'person' || !d.strong) && !name.includes(' ') && loneNameOwners.has(spellingOf(name)))
      continue;
    // Spelling variants of an earlier actor of the same kind (Kyzylbar/Kyzyl-Bar: word breaks too; a
    // water named both ways round: Sea of Azov/Azov Sea),
    // and an organisation named with and without its leading adjective ("State Security Committee"),
    // in either order.
    const existing = [...actors.values()].find(
      (x) =>
        (spelledAs(x, name) && (x.kind === d.kind || !d.strong)) ||
        (x.kind === 'place' && (waterTurned(name, x.name) || waterTurned(x.name, name))) ||
        // (A known body's two forms: "the EU", "the European Union".)
        (x.kind === 'organization' && d.kind === 'organization' && sameKnownBody(name, x.name)) ||
        // (A state under its official name and its short one: the Republic of Moldova, Moldova.)
        (x.kind === 'country' &&
          d.kind === 'country' &&
          (isStateLongForm(name, x.name) || isStateLongForm(x.name, name))) ||
        // (A one-word place spelled with another vowel, as transliterations do: Yangisay/Yangisoy.)
        (x.kind === 'place' && d.kind === 'place' && placeVowelVariant(x.name, name)) ||
        (d.kind === 'organization' &&
          x.kind === 'organization' &&
          [shortOfOne, byPossessive, cutOfOne, countryTail, lettersDropped].some(
            (f) => f(name, x.name) || f(x.name, name),
          )) ||
        // (a brand known as a company by what it owns, "Sarybel's creditors", is still its bank's)
        (x.kind === 'organization' &&
          (!d.strong || d.kind === 'organization') &&
          d.kind !== 'person' &&
          leadOfOne(name, x.name)),
    );
    if (existing) {
      existing.forms.set(name, (existing.forms.get(name) ?? 0) + (a.forms.get(name) ?? 1));
      keyOf.set(name, existing.key);
      continue;
    }
    const key = actorKey(name);
    const actor: ArticleActor = {
      key,
      kind: d.kind,
      name,
      forms: new Map(a.forms),
      ...(a.description ? { description: a.description } : {}),
      evidenceSentence: a.descriptionSentence ?? a.firstSentence,
      aliases: new Set(a.aliases),
      kindCue: d.strong ? 'strong' : 'weak',
      ...(a.inferred ? { inferred: a.inferred } : {}),
    };
    actors.set(key, actor);
    keyOf.set(name, key);
  }
  // Abbreviations resolve to their full names.
  for (const [alias, target] of aliasTarget) {
    const key = keyOf.get(target);
    if (key) keyOf.set(alias, key);
  }
  return { actors, keyOf, aliasTarget, loneNameOwners, loneNames };
}

/** Names that were never classified join an actor they are a spelling of, or are noted. */
export function joinVariants(
  byName: ReadonlyMap<string, Accumulated>,
  decided: ReadonlyMap<string, Decided>,
  { actors, keyOf }: Merged,
  notes: string[],
): void {
  for (const [name, a] of byName) {
    if (keyOf.has(name) || decided.has(name)) continue;
    const existing = [...actors.values()].find((x) => spelledAs(x, name));
    if (existing) {
      existing.forms.set(name, (existing.forms.get(name) ?? 0) + (a.forms.get(name) ?? 1));
      keyOf.set(name, existing.key);
    } else if ((a.forms.get(name) ?? 0) > 0)
      notes.push(`"${name}" looks like a name but its kind is unclear; not drafted`);
  }
}

/** Canonical name: the most frequent form, the first on a tie (persons keep the full name). */
export function pickCanonicalNames(actors: ReadonlyMap<string, ArticleActor>): void {
  for (const actor of actors.values()) {
    if (actor.kind === 'person') continue;
    let best = actor.name;
    for (const [form, n] of actor.forms) if (n > (actor.forms.get(best) ?? 0)) best = form;
    actor.name = best;
  }
}

/** Demonyms now point at country actors' keys (or go); a capital points at its country. */
export function linkCountries(
  byName: ReadonlyMap<string, Accumulated>,
  demonyms: Map<string, string>,
  { actors, keyOf }: Merged,
): void {
  for (const [adj, country] of demonyms) {
    const key = keyOf.get(country);
    if (key) demonyms.set(adj, key);
    else demonyms.delete(adj);
  }
  for (const [name, a] of byName) {
    const key = keyOf.get(name);
    const country = a.capitalOfDemonym
      ? demonyms.get(a.capitalOfDemonym)
      : a.capitalOfName && keyOf.get(a.capitalOfName);
    const actor = key ? actors.get(key) : undefined;
    if (actor && country) actor.capitalOf = country;
  }
}
