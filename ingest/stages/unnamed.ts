// Unnamed speakers: "his aides say …", "Tansykov’s office announced …", "officials in the ministry
// told …", "the printing house in Veloran … told us …". A quotation's or statement's speaker must be
// an actor, so each becomes a drafted actor named after whom it speaks for ("Erbol Tansykov's
// aides"), with the article's own phrase as an alias and a review flag: the reviewer keeps it,
// renames it or merges it (see docs/decisions/012-unnamed-speakers.md). Only phrases that speak
// (a speech verb follows, or "according to" precedes) are drafted, so no other noun phrase becomes
// an actor.
import { ROLE_NOUNS, SPEECH_VERBS } from '../language/lexicon.js';
import type { ActorTable, ArticleActor } from './actors.js';
import type { Sentence } from './segment.js';
import { BASE_SPEECH_VERBS, pronounAntecedent } from './speakers.js';
import { describedPhrase } from './unnamed-phrase.js';

/** People who speak for someone: singular nouns make a person, the rest a group (organisation). */
const SINGLE = 'spokesman|spokeswoman|spokesperson|lawyer|adviser|advisor|aide|press secretary|diplomat';
const GROUP =
  'aides|office|press service|press office|lawyers|advisers|advisors|officials|representatives|allies|entourage|staff';
const FOR_SOMEONE = `${SINGLE}|${GROUP}`;
/** People an article may describe by what they did instead of naming them ("the plant manager said …"). */
const DESCRIBED_PEOPLE =
  'police|officer|policeman|policewoman|soldier|sergeant|guard|official|investigator|prosecutor|judge|commandant|driver|manager|clerk|witness|resident|farmer|worker|engineer|doctor|teacher|mother|father|man|woman';
/** Bodies that speak without a name of their own: "the printing house in Veloran". */
const UNNAMED_BODY =
  'printing house|publishing house|company|firm|plant|factory|bank|agency|hospital|university|school|mine|station|publisher|printer';

/**
 * After the phrase: an optional aside, relative clause or time ("the next day"), then a speech verb
 * (or "made it clear", which reports as well as "said").
 */
const SPEAKS = new RegExp(
  `^(?:,[^,;.“”"]{1,60},| (?:that|which|who) [^,;.“”"]{1,80}?| the (?:next|following|same) day)? (?:has |have |had |also |then |later |now |still |privately |publicly |openly |already )*(?:${SPEECH_VERBS}|called|termed|described|describes|hinted|hints|let it be known|made (?:it )?clear|(?:like to )?(?:${BASE_SPEECH_VERBS}))\\b`,
);

/** Or a deed told with the words it came with: "echoed him, saying privately that …". */
const SPEAKS_IN_PASSING =
  /^ \p{Ll}+(?: [^,;.“”"]{1,40})?, (?:saying|adding|arguing|insisting|claiming|warning)(?: \p{Ll}+ly)? that\b/u;

function speaksAfter(text: string, end: number): boolean {
  const after = text.slice(end, end + 160);
  return SPEAKS.test(after) || SPEAKS_IN_PASSING.test(after);
}
/** "according to officials", "citing sources in the ministry": the phrase is an attribution. */
function attributedBefore(text: string, start: number): boolean {
  return /\b(?:according to|in the words of|citing) $/i.test(text.slice(Math.max(0, start - 18), start));
}

/**
 * People the article counts or describes but never names: "one diplomat", "a senior official",
 * "Western diplomats", "Observers", "opposition leaders". Drafted only when they speak.
 */
const GENERIC_SPEAKERS = new RegExp(
  `(?<![\\p{L}-])(?:(?:[Oo]ne|[Aa]n?|[Tt]wo|[Ss]everal|[Ss]ome|[Mm]any|[Oo]ther) )?(?:(?:[Ss]enior|[Ww]estern|[Ff]oreign|[Ll]ocal|[Oo]pposition|[Gg]overnment|[Mm]ilitary|[Ii]ndependent|[Ii]nternational|[Hh]uman rights) )?` +
    // "a senior Orvelian diplomat": a country's adjective (group 1, checked against the demonyms), then
    // the noun (group 2).
    `(?:(\\p{Lu}\\p{Ll}+) )?(diplomats?|officials?|analysts?|observers?|experts?|critics|leaders|residents|neighbou?rs|witnesses|activists|lawmakers|deput(?:y|ies)|participants?|authorities|sources?|economists?|Diplomats|Officials|Analysts|Observers|Experts|Critics|Residents|Neighbou?rs|Witnesses|Activists|Lawmakers|Deputies|Authorities|Sources|Economists)\\b` +
    // "a senior official in the presidential administration", "officials in the capital", "a source in
    // the republic's government": where they work, when it has no name.
    `(?: (?:in|at|of) the (?:\\p{Ll}+(?:['’]s)? ){0,2}(?:administration|ministry|government|embassy|cabinet|office|presidency|parliament|capital)\\b)?`,
  'gu',
);

/** The country an adjective points to ("Georgian" to Georgia), from the actor table's demonyms. */
function countryOf(table: ActorTable, adjective: string): ArticleActor | undefined {
  const actor = table.actors.get(table.demonyms.get(adjective) ?? '');
  return actor?.kind === 'country' ? actor : undefined;
}

export function findUnnamedSpeakers(text: string, sentences: readonly Sentence[], table: ActorTable): void {
  const add = (
    s: Sentence,
    start: number,
    end: number,
    name: string,
    kind: 'person' | 'organization',
    description: string,
  ) => {
    const according = attributedBefore(text, start);
    if (!speaksAfter(text, end) && !according) return;
    // "His spokesman, Anvar Kurbanov, said": the name in apposition speaks; no one is unnamed.
    if (/^, \p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,3},/u.test(text.slice(end, end + 60))) return;
    const printed = text.slice(start, end);
    const key = `unnamed:${name.toLowerCase()}`;
    let actor: ArticleActor | undefined = table.actors.get(key);
    if (!actor) {
      actor = {
        key,
        kind,
        name,
        forms: new Map(),
        description,
        evidenceSentence: s.index,
        aliases: new Set(),
        kindCue: 'strong',
        inferred: `unnamed speaker, drafted as "${name}" from the article's words "${printed}": keep, rename or merge`,
      };
      table.actors.set(key, actor);
    }
    actor.forms.set(printed, (actor.forms.get(printed) ?? 0) + 1);
    if (printed !== name) actor.aliases.add(printed);
    // "Two Latvian officials who were at the talks": the article's whole description is an alias.
    const described = describedPhrase(text, start, end, according);
    if (described !== printed) actor.aliases.add(described);
    table.mentions.push({ start, end, text: printed, sentence: s.index, actors: [key], via: 'group' });
  };
  const kindOf = (noun: string) => (new RegExp(`^(?:${SINGLE})$`).test(noun) ? 'person' : 'organization');
  const nameOf = (key: string) => table.actors.get(key)?.name;
  /** "Serhiy Bondarchuk's aides" are "Bondarchuk's aides" too: a person is known by the surname. */
  const bySurname = (principal: string, noun: string) => {
    const a = table.actors.get(principal);
    const surname = a?.name.split(' ').at(-1);
    if (a?.kind !== 'person' || !surname || surname === a.name) return;
    table.actors.get(`unnamed:${a.name.toLowerCase()}'s ${noun}`)?.aliases.add(`${surname}'s ${noun}`);
  };

  for (const s of sentences) {
    // "his aides", "her spokesman": the person the pronoun points to.
    for (const m of s.text.matchAll(new RegExp(`\\b(?:[Hh]is|[Hh]er) (${FOR_SOMEONE})\\b`, 'g'))) {
      const start = s.start + m.index;
      const who = pronounAntecedent(table, sentences, start, s.index).actor;
      const principal = who ? nameOf(who) : undefined;
      if (!principal || !m[1]) continue;
      add(
        s,
        start,
        start + m[0].length,
        `${principal}'s ${m[1]}`,
        kindOf(m[1]),
        `unnamed ${m[1]} of ${principal}`,
      );
      if (who) bySurname(who, m[1]);
    }
    // "Governor Serik Almasov's aides", "Tansykov’s office": the person (or body) named.
    for (const mention of table.mentions.filter((x) => x.sentence === s.index && x.actors.length === 1)) {
      const after = new RegExp(`^['’]s (${FOR_SOMEONE})\\b`).exec(text.slice(mention.end, mention.end + 30));
      const principal = nameOf(mention.actors[0] ?? '');
      if (!after?.[1] || !principal) continue;
      const title = /(?:\p{Lu}[\p{L}-]* )+$/u.exec(
        text.slice(Math.max(s.start, mention.start - 60), mention.start),
      );
      const start = mention.start - (title?.[0].length ?? 0);
      add(
        s,
        start,
        mention.end + after[0].length,
        `${principal}'s ${after[1]}`,
        kindOf(after[1]),
        `unnamed ${after[1]} of ${principal}`,
      );
      bySurname(mention.actors[0] ?? '', after[1]);
    }
    // "the OSCE co-chairs announced …", "a Foreign Ministry spokesman said …": a body's members named
    // only by their office.
    for (const mention of table.mentions.filter((x) => x.sentence === s.index && x.actors.length === 1)) {
      const after = / (co-chairs|mediators|monitors|negotiators|inspectors|spokes(?:man|woman|person))\b/y;
      after.lastIndex = mention.end;
      const office = after.exec(text)?.[1];
      const body = table.actors.get(mention.actors[0] ?? '');
      if (!office || body?.kind !== 'organization') continue;
      const article = /\b(?:[Tt]he|[Aa]n?) $/.exec(text.slice(mention.start - 4, mention.start));
      const start = mention.start - (article?.[0].length ?? 0);
      const end = mention.end + office.length + 1;
      const printed = text.slice(start, end);
      add(
        s,
        start,
        end,
        printed.replace(/^(?:[Tt]he|[Aa]n?) /, ''),
        kindOf(office),
        `unnamed ${office} of ${body.name}`,
      );
    }
    // "the governor's aides": the person the role noun describes, else the group as printed (not
    // "officials in the prosecutor's office told …": the office is where the speakers work).
    const roleOwned = new RegExp(
      `(?<!\\b(?:in|at|of|from) )\\b[Tt]he (${ROLE_NOUNS})['’]s (${FOR_SOMEONE})\\b`,
      'g',
    );
    for (const m of s.text.matchAll(roleOwned)) {
      const start = s.start + m.index;
      const role = m[1] ?? '';
      const described = [...table.actors.values()].filter(
        (a) => a.kind === 'person' && new RegExp(`\\b${role}\\b`, 'i').test(a.description ?? ''),
      );
      const principal = described.length === 1 ? described[0]?.name : undefined;
      const name = principal ? `${principal}'s ${m[2]}` : m[0].replace(/^[Tt]he /, '');
      add(
        s,
        start,
        start + m[0].length,
        name,
        kindOf(m[2] ?? ''),
        `unnamed ${m[2]} of the ${role}${principal ? ` (${principal})` : ''}`,
      );
    }
    // "A source in the ministry said … The source added that …": the one unnamed speaker named before
    // by that noun.
    const again = new RegExp(
      `\\b[Tt]he (source|official|diplomat|spokes(?:man|woman))(?= (?:also |later )?(?:${SPEECH_VERBS})\\b)`,
      'g',
    );
    for (const m of s.text.matchAll(again)) {
      const earlier = [...table.actors.values()].filter(
        (a) =>
          a.key.startsWith('unnamed:') &&
          a.evidenceSentence < s.index &&
          new RegExp(`\\b${m[1]}\\b`, 'i').test(a.name),
      );
      const start = s.start + m.index;
      if (earlier.length !== 1 || !earlier[0]) continue;
      const mention = { start, end: start + m[0].length, text: m[0], sentence: s.index };
      table.mentions.push({ ...mention, actors: [earlier[0].key], via: 'group' });
    }
    // "The officer who led the search said", "an investigator told him", "a general in Tverdograd
    // told me", "The guard, a man of sixty, explained", "a sergeant with a loudhailer told us":
    // someone described, never named (not "a man who never told me his name": words not said;
    // nor "the police wrote down our names").
    for (const m of s.text.matchAll(
      new RegExp(
        `\\b(?:[Tt]he|[Aa]n?) ((?:(?:\\p{Ll}+ )?\\p{Ll}+['’]s )?(?:\\p{Ll}+ )?(?:(?:${DESCRIBED_PEOPLE})s?|${ROLE_NOUNS}))(?: who [^,;.“”"]{3,60}?(?<!\\bnever|\\bnot)| (?:in|from|at) \\p{Lu}[\\p{L}-]+| with (?:a|an|the) (?:\\p{Ll}+ ){0,2}\\p{Ll}+)?(?=(?:,[^,;.“”"]{1,60},)? (?:has |have |had |also )?(?:${SPEECH_VERBS})\\b(?! (?:down|off|up)\\b))`,
        'gu',
      ),
    )) {
      const noun = (m[1] ?? '').split(' ').at(-1) ?? '';
      const named = [...table.actors.values()].some(
        (a) => a.kind === 'person' && new RegExp(`\\b${noun}\\b`, 'i').test(a.description ?? ''),
      );
      if (named) continue;
      const start = s.start + m.index;
      // "the officer" is drafted as "officer"; "an investigator" keeps its article (one of several);
      // "the police", "the coast guard", "the investigators" are a body, not one person.
      const body =
        /(?:^|\s)(?:police|coast guard)$/.test(m[1] ?? '') ||
        new RegExp(`^(?:${DESCRIBED_PEOPLE})s$`).test(noun);
      const kind = body ? 'organization' : 'person';
      add(s, start, start + m[0].length, m[0].replace(/^[Tt]he /, ''), kind, `unnamed ${noun}`);
    }
    // "officials in the ministry", "a spokesman for the Interior Ministry", "Western diplomats in X" (the
    // adjective kept in the printed phrase).
    for (const m of s.text.matchAll(
      /\b(?:(?:[Tt]he (?:(?:de facto|separatist|local|regional) )?)?(?:(?:[Ww]estern|[Ff]oreign|[Ss]enior) )?((?:[Oo]fficials|[Rr]epresentatives|[Ss]ources|[Dd]iplomats|[Oo]bservers|[Aa]nalysts|[Aa]uthorities|[Aa] spokesman|[Aa] spokeswoman|[Aa] source|[Aa] diplomat)) (?:in|of|at|from|for|close to) )/g,
    )) {
      const from = s.start + m.index + m[0].length;
      // "Georgian diplomats in Baku": the country's diplomats, drafted by the rule below.
      const adjective = /(\p{Lu}\p{Ll}+) $/u.exec(
        text.slice(Math.max(0, s.start + m.index - 30), s.start + m.index),
      );
      if (adjective?.[1] && countryOf(table, adjective[1])) continue;
      const body = table.mentions.find(
        (x) => x.sentence === s.index && x.actors.length === 1 && x.start >= from && x.start <= from + 4,
      );
      const principal = body ? nameOf(body.actors[0] ?? '') : undefined;
      const noun = (m[1] ?? '').replace(/^an? /i, '').toLowerCase();
      if (!body || !principal) continue;
      add(
        s,
        s.start + m.index,
        body.end,
        `${principal} ${noun}`,
        kindOf(noun),
        `unnamed ${noun} of ${principal}`,
      );
    }
    // "Georgian officials called …": officials of a country named by its adjective.
    // Any group so named speaks ("Moldovan farmers complain that …"), and where it sits is part of
    // its name ("Georgian diplomats in Baku").
    // "Two Latvian officials": the count is printed, not part of the name.
    for (const m of s.text.matchAll(
      /\b((?:[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ss]everal|[Ss]ome|[Mm]any) )?(\p{Lu}\p{Ll}+) (\p{Ll}+s)\b(?: in \p{Lu}[\p{L}-]+\b)?/gu,
    )) {
      const country = countryOf(table, m[2] ?? '');
      if (!country || !m[3]) continue;
      const start = s.start + m.index;
      const name = m[0].slice(m[1]?.length ?? 0);
      add(s, start, start + m[0].length, name, 'organization', `unnamed ${m[3]} of ${country.name}`);
    }
    // "one diplomat said", "Observers noted that …": the generic speakers, unless a rule above
    // already drafted the phrase ("officials in the ministry").
    for (const m of s.text.matchAll(GENERIC_SPEAKERS)) {
      if (m[1] && !countryOf(table, m[1])) continue;
      const start = s.start + m.index;
      const end = start + m[0].length;
      const words = m[0].split(' ');
      // A bare "officials" mid-sentence is no speaker, unless it closes the sentence's attribution:
      // "…, and the road stays shut, officials said."
      const closing =
        /,\s$/.test(text.slice(start - 2, start)) && /^ (?:said|say|says)\.?$/.test(text.slice(end, s.end));
      if (words.length === 1 && /^\p{Ll}/u.test(m[0]) && !closing) continue;
      if (table.mentions.some((x) => x.via === 'group' && x.start < end && start < x.end)) continue;
      const single = !/s$/.test(m[2] ?? '');
      // "the two leaders": the article is part of the printed phrase, not of the name.
      const the = /\b[Tt]he $/.test(text.slice(start - 4, start)) ? 4 : 0;
      add(s, start - the, end, m[0], single ? 'person' : 'organization', `unnamed ${m[0].toLowerCase()}`);
    }
    // "the printing house in Veloran", "the ministry in Janabad", "the Russian embassy in Kyiv": a body
    // the article never names, placed by a name.
    for (const m of s.text.matchAll(
      new RegExp(
        `\\b[Tt]he (?:\\p{Lu}\\p{Ll}+ )?((?:${UNNAMED_BODY}|ministry|embassy|consulate)) (?:in|of|at) `,
        'gu',
      ),
    )) {
      const from = s.start + m.index + m[0].length;
      const place = table.mentions.find(
        (x) => x.sentence === s.index && x.actors.length === 1 && x.start === from,
      );
      if (!place || !m[1]) continue;
      const printed = text.slice(s.start + m.index, place.end);
      add(
        s,
        s.start + m.index,
        place.end,
        printed.replace(/^[Tt]he /, ''),
        'organization',
        `unnamed ${m[1]}`,
      );
    }
  }
  table.mentions.sort((a, b) => a.start - b.start);
}
