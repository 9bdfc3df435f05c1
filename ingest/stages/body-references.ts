// Two more ways prose names a body again without its name, read by references.ts: the kind of body
// printed next to its name once ("the Ostrov Weavers (Tkach) movement", "the opposition movement
// Ak Zhol") makes "the movement" that body; and a legislature's members acting ("deputies voted",
// "lawmakers passed a bill") are the legislature acting.
import { LEGISLATURE_WORDS, ROLE_NOUNS } from '../language/lexicon.js';
import type { ActorTable, Mention } from './actors.js';
import { referenceMention } from './actors/types.js';
import type { Sentence } from './segment.js';

/**
 * Whether `key` was printed once with `head` right after its name (a gloss in brackets between) or
 * right before it: "the Tkach movement", "the Tkach (Weaver) movement", "the movement Tkach".
 */
export function namedWithHead(
  text: string,
  mentions: readonly Mention[],
  key: string,
  head: string,
): boolean {
  const after = new RegExp(`^(?:\\s*\\([^)]{1,40}\\))?\\s+${head}\\b`);
  const before = new RegExp(`\\b${head}\\s+$`);
  return mentions.some(
    (m) =>
      m.via === 'name' &&
      m.actors.length === 1 &&
      m.actors[0] === key &&
      (after.test(text.slice(m.end, m.end + 60)) ||
        before.test(text.slice(Math.max(0, m.start - 30), m.start))),
  );
}

/** The last word of a legislature's name ("the Verkhovna Rada", "the Kestrian State Assembly"). */
const LEGISLATURE = new RegExp(`(?:^|\\s)(?:${LEGISLATURE_WORDS})$`);

/**
 * Members of a legislature as the subject of what they did: "deputies passed", "opposition lawmakers
 * had forced", "by 301 votes, MPs approved" (a verb, perhaps after an auxiliary, right after them;
 * not one of asking or saying: what some deputies ask or say is theirs, not the chamber's).
 */
const MEMBERS =
  /\b((?:(?:[Oo]pposition|[Pp]ro-government|[Rr]uling-party|[Tt]he|[Ss]ome|[Mm]any|[Mm]ost|[Ss]everal|\d[\d,]*) )*(?:deputies|lawmakers|legislators|MPs|parliamentarians|members of parliament))(?= (?:(?:had|have|has|will|would|then|also|again|quickly|finally) )*(?!(?:asked|demanded|urged|called|claimed|argued|complained|warned|insisted|stated|reported|noted|added|suggested|accused|criticized|criticised)\b)\p{Ll}+ed\b| (?:voted|passed|approved|rejected|adopted|overrode|forced|blocked|ratified|walked)\b)/gu;

/**
 * Mentions of the legislature for its members acting, when the article has named one before: the
 * legislature named last before them, of the organisations whose name ends as one's does or whose
 * description calls it a parliament.
 */
/**
 * "its own parliament", "the parliament" where no body named before has "parliament" in its name: the
 * legislature named last before `at` under its own name ("the Milli Majlis", "the Saeima").
 */
export function legislatureBefore(
  table: ActorTable,
  known: readonly Mention[],
  at: number,
): string | undefined {
  return known
    .filter((k) => {
      const a = table.actors.get(k.actors[0] ?? '');
      return k.end <= at && k.actors.length === 1 && a?.kind === 'organization' && LEGISLATURE.test(a.name);
    })
    .at(-1)?.actors[0];
}

export function legislatorMentions(
  text: string,
  sentences: readonly Sentence[],
  table: ActorTable,
  known: readonly Mention[],
): Mention[] {
  const legislatures = new Set(
    [...table.actors.values()]
      .filter(
        (a) =>
          a.kind === 'organization' &&
          !a.key.startsWith('unnamed:') &&
          (LEGISLATURE.test(a.name) || /\bparliament\b/i.test(a.description ?? '')),
      )
      .map((a) => a.key),
  );
  const out: Mention[] = [];
  for (const s of sentences)
    for (const m of s.text.matchAll(MEMBERS)) {
      const start = s.start + m.index;
      // ("Moscow’s parliamentarians", "Russian deputies": another country's members.)
      const qualifier = /(\S+) $/.exec(text.slice(Math.max(0, start - 30), start))?.[1] ?? '';
      if (/['’]s$/.test(qualifier) || table.demonyms.has(qualifier)) continue;
      const end = start + (m[1]?.length ?? 0);
      const body = known
        .filter((k) => k.end <= start && k.actors.length === 1 && legislatures.has(k.actors[0] ?? ''))
        .at(-1)?.actors[0];
      if (body) out.push(referenceMention(text, start, end, s.index, body));
    }
  return out;
}

/**
 * Head nouns too common in other senses, or naming a country or region, to stand for a body named
 * before ("the party" at a dinner, "the line", "the base", "the court" of a palace, "the country").
 */
const LOOSE_HEADS = new Set(
  'party line base station court country region republic state city town village area province territory zone people house office centre center front post point side part'.split(
    ' ',
  ),
);

/**
 * The head nouns of the bodies and facilities this article has named ("the Black Sea Fleet",
 * "the Kenzhar copper combine"): the last word of each name of two words or more, lower-cased, so
 * that "the fleet", "the combine" name them again.
 */
export function namedHeads(table: ActorTable): string[] {
  const heads = new Set<string>();
  for (const a of table.actors.values()) {
    if ((a.kind !== 'organization' && a.kind !== 'place') || a.key.startsWith('unnamed:')) continue;
    const words = a.name.replace(/ of .*$/u, '').split(/\s+/);
    const head = words.at(-1)?.toLowerCase() ?? '';
    if (words.length > 1 && /^\p{Ll}{3,}$/u.test(head) && (!LOOSE_HEADS.has(head) || ACTING_HEADS.has(head)))
      heads.add(head);
  }
  return [...heads];
}

/**
 * Loose heads that still name a body named before when it acts: "the center reported the abductions"
 * after "the Right to Life Center" (not "the district center", "the center of the city").
 */
const ACTING_HEADS = new Set(['center', 'centre']);
/**
 * An active verb right after the head, perhaps after an auxiliary: "reported", "has documented",
 * "says", "said" (not "was cordoned off", "stays closed": a town's centre too).
 */
const ACTS_NEXT =
  /^ (?:(?:has|had|have|will|would|also|then|later|itself) )*(?!(?:was|were|is|are|been|being|stays|remains|stayed|remained|lies|lay)\b)(?:\p{Ll}+(?:ed|s)|said|told|sent|held|wrote|gave|found|took|made|began|set)\b/u;

/** A loose head at `end` that counts only as a body acting ("the center reported"). */
export const looseHeadIdle = (text: string, head: string, end: number): boolean =>
  ACTING_HEADS.has(head) && !ACTS_NEXT.test(text.slice(end, end + 40));

/**
 * A body named by its owner and what it does, without a name of its own: "the council's land
 * commission", "Sevastopol's construction inspectorate", "the parliament's defense and security
 * committee", "the republic's interior ministry" (a possessive, one to four lower-case words, a
 * body's head noun).
 */
const OWNED_BODY =
  /(?<=\b(?:\p{Lu}[\p{L}-]*|(?:[Tt]he|[Oo]ur) (?:\p{Ll}+ )?\p{Ll}+)['’]s )((?:(?:and|of) )?(?:(?!(?:and|of|the|a|an|new|former)\b)\p{Ll}[\p{Ll}-]+ )){1,4}(committee|commission|subcommission|inspectorate|department|administration|directorate|council|agency|bureau|ministry)\b(?![ -]\p{Lu})/gu;

/** An owner that is a person's role: "the minister's", "the president's". */
const ROLE_OWNER = new RegExp(`^(?:${ROLE_NOUNS})['’]s $`, 'i');

/**
 * Drafts the body each such phrase names, under those lower-case words ("land commission"; the
 * printed phrase kept as an alias), and a mention of it there, so the clause it acts in has its actor.
 */
export function ownedBodyMentions(
  text: string,
  sentences: readonly Sentence[],
  table: ActorTable,
  known: readonly Mention[],
): Mention[] {
  const out: Mention[] = [];
  for (const s of sentences)
    for (const m of s.text.matchAll(OWNED_BODY)) {
      const start = s.start + m.index;
      const end = start + m[0].length;
      if (known.some((k) => k.start < end && start < k.end)) continue; // part of a name
      const name = m[0];
      const key = `body:${name.toLowerCase()}`;
      const owner = /\S+['’]s $/u.exec(text.slice(Math.max(0, start - 40), start))?.[0] ?? '';
      // (A person's "family council" or "security council" is no body drafted on its own.)
      const person = known.some(
        (k) => k.end === start - 3 && table.actors.get(k.actors[0] ?? '')?.kind === 'person',
      );
      if (person || ROLE_OWNER.test(owner)) continue;
      if (!table.actors.has(key))
        table.actors.set(key, {
          key,
          kind: 'organization',
          name,
          forms: new Map([[name, 1]]),
          evidenceSentence: s.index,
          aliases: new Set(/^\p{Lu}/u.test(owner) ? [`${owner}${name}`] : []),
          kindCue: 'weak',
        });
      out.push({ start, end, text: name, sentence: s.index, actors: [key], via: 'name' });
    }
  return out;
}
