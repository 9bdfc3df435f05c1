// Mentions in text order: each printed name points at its actor; a lone surname at the person
// introduced so far who bears it (or at all who do, when none is yet). Surnames no one else in
// the article shares, and every other form printed, become the actor's aliases.
import { spellingOf } from './spelling.js';
import type { Merged } from './merge.js';
import type { Occurrence } from './tally.js';
import type { Mention } from './types.js';

/** The mentions, in text order (sorts `occurrences` in place). */
export function listMentions(text: string, occurrences: Occurrence[], merged: Merged): Mention[] {
  const { actors, keyOf, aliasTarget, loneNameOwners } = merged;
  const mentions: Mention[] = [];
  const introduced: string[] = [];
  // Where each person's full name is first printed: what stands around it tells namesakes apart.
  const firstPrinted = new Map<string, Occurrence>();
  for (const o of occurrences) {
    const k = keyOf.get(o.name);
    const seen = k ? firstPrinted.get(k) : undefined;
    if (k && o.name.includes(' ') && (!seen || o.start < seen.start)) firstPrinted.set(k, o);
  }
  for (const o of occurrences.sort((x, y) => x.start - y.start)) {
    let key = keyOf.get(o.name);
    let actorsFor: string[] = key ? [key] : [];
    let via: Mention['via'] = aliasTarget.has(o.name) ? 'alias' : 'name';
    if (!key && !o.name.includes(' ')) {
      const owners = (loneNameOwners.get(spellingOf(o.name)) ?? [])
        .map((n) => keyOf.get(n))
        .filter((k): k is string => !!k);
      const known = owners.filter((k) => introduced.includes(k));
      actorsFor = known.length > 0 ? known : owners;
      if (actorsFor.length > 1) actorsFor = namesakeMeant(text, o, actorsFor, firstPrinted);
      via = 'surname';
      key = actorsFor[0];
    }
    if (actorsFor.length === 0) continue;
    if (actorsFor.length === 1 && key && actors.get(key)?.kind === 'person' && !introduced.includes(key))
      introduced.push(key);
    mentions.push({
      start: o.start,
      end: o.end,
      text: text.slice(o.start, o.end),
      sentence: o.sentence,
      actors: actorsFor,
      via,
    });
  }
  return mentions;
}

/** "Major Sattorov": the post printed before a lone surname. */
const POST_BEFORE = /(\p{Lu}\p{Ll}+)\s$/u;

/**
 * Which of the persons sharing a lone surname it names: the one whose full name was printed after
 * the same post ("Major Sattorov" of "Major Ilhom Sattorov", not "Colonel Kurbon Sattorov").
 * Otherwise all of them (the speakers' rules weigh roles and recency). (Taking a bare surname for the
 * namesake not set apart by "(no relation)" was tried: it lost more on our articles than it gained.)
 */
function namesakeMeant(
  text: string,
  o: Occurrence,
  owners: readonly string[],
  firstPrinted: ReadonlyMap<string, Occurrence>,
): string[] {
  const post = POST_BEFORE.exec(text.slice(Math.max(0, o.start - 30), o.start))?.[1];
  const printedAfter = (k: string, word: string) => {
    const f = firstPrinted.get(k);
    return !!f && new RegExp(`\\b${word}\\s$`).test(text.slice(Math.max(0, f.start - 40), f.start));
  };
  const titled = post ? owners.filter((k) => printedAfter(k, post)) : [];
  return titled.length === 1 ? titled : [...owners];
}

/** Surname aliases for persons whose surname no one else shares; every other printed form an alias. */
export function addAliases(merged: Merged): void {
  const { actors, keyOf, loneNameOwners, loneNames } = merged;
  for (const [spelling, owners] of loneNameOwners) {
    if (owners.length !== 1 || !owners[0]) continue;
    const actor = actors.get(keyOf.get(owners[0]) ?? '');
    // (The lone form printed: the surname, or the given name "Sevda" of Sevda Mammadli.)
    const lone = loneNames.get(spelling);
    if (actor && lone) actor.aliases.add(lone);
  }
  for (const actor of actors.values()) {
    for (const form of actor.forms.keys()) if (form !== actor.name) actor.aliases.add(form);
  }
}
