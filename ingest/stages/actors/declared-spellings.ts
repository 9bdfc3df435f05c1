// A person's other spelling that the article declares in a clause of its own: "Izvestia, which spelled
// his name Nikolai Shevchuk, …", "Russian agencies, which render his name as …", "Hrytsenko (whom
// Russian outlets call Nikolai Gritsenko)", "if Vasily Kovalenko, as the paper spells his name, …".
// The spelling is the person's the clause points back to (the pronoun's, the name's before it), not
// a namesake: only such a declaration links two people, so a real namesake is never merged.
import { nameGender, pronounGender } from '../../language/gender.js';
import type { Merged } from './merge.js';
import { spellingOf } from './spelling.js';
import type { Accumulated } from './tally.js';
import type { Mention } from './types.js';

const SPELL_VERB = String.raw`(?:spells?|spelled|spelt|renders?|rendered|writes?|wrote|transliterates?|transliterated)`;
/** "which spelled his name ", "who render her name as ", "(whom Russian outlets call ": before the spelling. */
const DECLARED_BEFORE = new RegExp(
  String.raw`(?:\b(?:which|who|that)\s(?:\p{Ll}+\s)?${SPELL_VERB}\s(his|her)\sname\s(?:as\s)?|\(whom\s[^()]{1,40}?\s(?:calls?|called|${SPELL_VERB})\s)$`,
  'u',
);
/** ", as the paper spells his name": after the spelling. */
const DECLARED_AFTER = new RegExp(
  String.raw`^,\s(?:as|how)\s[^,;.()]{1,40}?\s${SPELL_VERB}\s(his|her)\sname\b`,
  'u',
);

/** Reads a declaration around the name printed from `start` to `end` (see the module comment). */
export function readDeclaredSpelling(text: string, start: number, end: number, a: Accumulated): void {
  const from = Math.max(0, start - 60);
  const before = DECLARED_BEFORE.exec(text.slice(from, start));
  const after = before ? null : DECLARED_AFTER.exec(text.slice(end, end + 60));
  const m = before ?? after;
  if (!m) return;
  const at = before ? from + before.index : start;
  const gender = pronounGender(m[1] ?? '');
  a.declaredSpelling = { at, ...(gender ? { gender } : {}) };
}

/**
 * Each declared spelling joins the person it points back to: the latest person mentioned before the
 * clause who fits the pronoun (a mention naming several people is passed over). Returns the mentions
 * with the spelling's own actor replaced by that person's.
 */
export function joinDeclaredSpellings(
  byName: ReadonlyMap<string, Accumulated>,
  { actors, keyOf }: Merged,
  mentions: readonly Mention[],
): Mention[] {
  const joined = new Map<string, string>();
  for (const [name, a] of byName) {
    const declared = a.declaredSpelling;
    const key = keyOf.get(name);
    const variant = key ? actors.get(key) : undefined;
    if (!declared || !key || variant?.kind !== 'person') continue;
    // ("Vasily Kovalenko" of "Vasyl Kovalenko": a person of the same surname is the one meant, if any.)
    const surname = (n: string) => spellingOf(n.split(' ').at(-1) ?? '');
    const sameSurname = [...actors.values()].some(
      (p) => p.key !== key && p.kind === 'person' && surname(p.name) === surname(variant.name),
    );
    const fits = (k: string) => {
      const p = actors.get(k);
      const g = p && nameGender(p.name);
      return (
        k !== key &&
        p?.kind === 'person' &&
        (!sameSurname || surname(p.name) === surname(variant.name)) &&
        (!declared.gender || !g || g === declared.gender)
      );
    };
    const target = mentions
      .filter((m) => m.end <= declared.at)
      .map((m) => m.actors.filter(fits))
      .findLast((ks) => ks.length === 1)?.[0];
    const person = target ? actors.get(target) : undefined;
    if (!target || !person) continue;
    for (const [form, n] of variant.forms) person.forms.set(form, (person.forms.get(form) ?? 0) + n);
    actors.delete(key);
    joined.set(key, target);
  }
  if (joined.size === 0) return [...mentions];
  for (const [n, k] of keyOf) {
    const to = joined.get(k);
    if (to) keyOf.set(n, to);
  }
  return mentions.map((m) =>
    m.actors.some((k) => joined.has(k))
      ? { ...m, actors: [...new Set(m.actors.map((k) => joined.get(k) ?? k))] }
      : m,
  );
}
