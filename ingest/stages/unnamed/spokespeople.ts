// Passes for people who speak for someone: "his aides", "Tansykov's office", "the OSCE co-chairs",
// "the governor's aides", each drafted after the person or body they speak for.
import { ROLE_MODIFIERS, ROLE_NOUNS, TITLE_WORDS } from '../../language/lexicon.js';
import type { Sentence } from '../segment.js';
import { countryOf, pronounAntecedent } from '../speakers.js';
import { type UnnamedScan, bySurname, draftUnnamed, kindOf, nameOf } from './draft.js';
import { FOR_SOMEONE } from './words.js';

/**
 * "his aides", "her spokesman": the person the pronoun points to. "her party's lawyers", "his
 * movement's spokesman": the people of the body the person leads, named after both.
 */
export function findPronounSpokespeople(scan: UnnamedScan, s: Sentence): void {
  const { sentences, table, text } = scan;
  for (const m of s.text.matchAll(
    new RegExp(`\\b(?:[Hh]is|[Hh]er) (?:(\\p{Ll}+)['’]s )?(${FOR_SOMEONE})\\b`, 'gu'),
  )) {
    const start = s.start + m.index;
    // (With the text: "The president's account was cautious. His aides said …" are the president's.)
    const who = pronounAntecedent(table, sentences, start, s.index, text).actor;
    const principal = who ? nameOf(table, who) : undefined;
    const group = m[2];
    if (!group) continue;
    // ("The prime minister's aides called me … His aides said …": of someone the article never names,
    // the group as printed.)
    if (!principal) {
      draftUnnamed(
        scan,
        s,
        start,
        start + m[0].length,
        m[0].toLowerCase(),
        kindOf(group),
        `unnamed ${group}`,
      );
      continue;
    }
    const owner = m[1] ? `${principal}'s ${m[1]}` : principal;
    draftUnnamed(
      scan,
      s,
      start,
      start + m[0].length,
      m[1] ? `${owner} ${group}` : `${owner}'s ${group}`,
      kindOf(group),
      `unnamed ${group} of ${owner}`,
    );
    if (who && !m[1]) bySurname(table, who, group);
  }
}

/**
 * The capitalised title before a principal's name, its words all a title's or a post's ("President
 * Tskhomelidze's office", "Deputy Prime Minister X's aides"): not a time or an opener before it ("On
 * Friday President …", "Later President …", "During Ramadan President …").
 */
function titleBefore(before: string, demonyms: ReadonlyMap<string, string>): string {
  const words = /(?:\p{Lu}[\p{L}-]* )+$/u.exec(before)?.[0].trimEnd().split(' ') ?? [];
  // (A country's adjective is part of the title: "Kazakh President Nazarbayev's office".)
  const from = words.findLastIndex((w) => !TITLE_WORDS.has(w) && !ROLE_MODIFIERS.has(w) && !demonyms.has(w));
  const title = words.slice(from + 1).join(' ');
  return title ? `${title} ` : '';
}

/** "Governor Serik Almasov's aides", "Tansykov’s office": the person (or body) named. */
export function findNamedSpokespeople(scan: UnnamedScan, s: Sentence): void {
  const { text, table } = scan;
  for (const mention of table.mentions.filter((x) => x.sentence === s.index && x.actors.length === 1)) {
    const after = new RegExp(`^['’]s (${FOR_SOMEONE})\\b`).exec(text.slice(mention.end, mention.end + 30));
    const principal = nameOf(table, mention.actors[0] ?? '');
    if (!after?.[1] || !principal) continue;
    const start =
      mention.start -
      titleBefore(text.slice(Math.max(s.start, mention.start - 60), mention.start), table.demonyms).length;
    draftUnnamed(
      scan,
      s,
      start,
      mention.end + after[0].length,
      `${principal}'s ${after[1]}`,
      kindOf(after[1]),
      `unnamed ${after[1]} of ${principal}`,
    );
    bySurname(table, mention.actors[0] ?? '', after[1]);
  }
  // "The office of Prosecutor-General Shota Kvinikadze confirmed …", "Aides to Deputy Minister X
  // said …": the same, with "of" or "to" before the person and his title.
  for (const mention of table.mentions.filter((x) => x.sentence === s.index && x.actors.length === 1)) {
    const lead =
      /\b(?:[Tt]he (office|aides|lawyers|staff|press service) of|(?<!\b(?:the|his|her|their) )([Aa]ides|[Aa]dvisers|[Ll]awyers) (?:to|for)) (?:(?:\p{Lu}[\p{L}-]* )+)?$/u.exec(
        text.slice(Math.max(s.start, mention.start - 80), mention.start),
      );
    const group = lead?.[1] ?? lead?.[2]?.toLowerCase();
    const principal = nameOf(table, mention.actors[0] ?? '');
    if (!lead || !group || !principal || table.actors.get(mention.actors[0] ?? '')?.kind !== 'person')
      continue;
    // (It must open its clause: "Journalists entered the office of X, saying …" is theirs.)
    const leadAt = mention.start - lead[0].length;
    if (!/(?:^|[,;:]\s|\baccording to\s)$/.test(text.slice(Math.max(s.start, leadAt - 16), leadAt))) continue;
    draftUnnamed(
      scan,
      s,
      mention.start - lead[0].length,
      mention.end,
      `${principal}'s ${group}`,
      kindOf(group),
      `unnamed ${group} of ${principal}`,
    );
  }
}

/**
 * "the OSCE co-chairs announced …", "a Foreign Ministry spokesman said …", "the FSB press office
 * replied …": a body's members named only by their office.
 */
export function findBodyOfficeHolders(scan: UnnamedScan, s: Sentence): void {
  const { text, table } = scan;
  for (const mention of table.mentions.filter((x) => x.sentence === s.index && x.actors.length === 1)) {
    // "a Foreign Ministry spokesman in Rome said": the city they sit in is part of the description.
    const after =
      / (co-chairs|mediators|monitors|negotiators|inspectors|spokes(?:man|woman|person)|press (?:service|office|center|centre|secretary))\b(?: in \p{Lu}[\p{L}-]+\b(?! \p{Lu}))?/uy;
    after.lastIndex = mention.end;
    const found = after.exec(text);
    const office = found?.[1];
    const body = table.actors.get(mention.actors[0] ?? '');
    if (!office || body?.kind !== 'organization') continue;
    const article = /\b(?:[Tt]he|[Aa]n?) $/.exec(text.slice(mention.start - 4, mention.start));
    const start = mention.start - (article?.[0].length ?? 0);
    const end = mention.end + (found?.[0].length ?? 0);
    const printed = text.slice(start, end);
    draftUnnamed(
      scan,
      s,
      start,
      end,
      printed.replace(/^(?:[Tt]he|[Aa]n?) /, ''),
      kindOf(office),
      `unnamed ${office} of ${body.name}`,
    );
  }
}

/**
 * "the governor's aides": the person the role noun describes, else the group as printed (not
 * "officials in the prosecutor's office told …": the office is where the speakers work).
 */
export function findRoleSpokespeople(scan: UnnamedScan, s: Sentence): void {
  const { table } = scan;
  // "the Latvian prime minister's spokesman": a qualifier (a country's adjective, a word) may come first.
  const roleOwned = new RegExp(
    `(?<!\\b(?:in|at|of|from) )\\b[Tt]he ((?:\\p{Lu}\\p{Ll}+ )?(?:(?!the\\b)\\p{Ll}+ )?)(${ROLE_NOUNS})['’]s (${FOR_SOMEONE})\\b`,
    'gu',
  );
  for (const m of s.text.matchAll(roleOwned)) {
    const start = s.start + m.index;
    // (Only a country's adjective: "the Kurzeme regional prosecutor's office" is a body's name.)
    const adjective = /^\p{Lu}\p{Ll}+/u.exec(m[1] ?? '')?.[0];
    if (adjective && !countryOf(table, adjective)) continue;
    const role = `${m[1] ?? ''}${m[2] ?? ''}`;
    const described = [...table.actors.values()].filter(
      (a) => a.kind === 'person' && new RegExp(`\\b${role}\\b`, 'i').test(a.description ?? ''),
    );
    const principal = described.length === 1 ? described[0]?.name : undefined;
    const name = principal ? `${principal}'s ${m[3]}` : m[0].replace(/^[Tt]he /, '');
    draftUnnamed(
      scan,
      s,
      start,
      start + m[0].length,
      name,
      kindOf(m[3] ?? ''),
      `unnamed ${m[3]} of the ${role}${principal ? ` (${principal})` : ''}`,
    );
  }
}

/**
 * "the presidential press service said …", "the Kestrian presidential secretariat asked for …": the
 * head of state's office speaking without a name of its own (a capitalised "Presidential
 * Administration" is a name, found with the actors).
 */
export function findPresidentialOffices(scan: UnnamedScan, s: Sentence): void {
  for (const m of s.text.matchAll(
    // Not where someone works ("an official in the presidential administration"), nor a source
    // ("…, according to the presidential press service": it reports the president's words).
    /(?<!\b(?:in|at|of|from|to) )\b[Tt]he ((?:\p{Lu}\p{Ll}+ )?presidential (?:press service|press office|secretariat|administration|office|staff))\b/gu,
  )) {
    const start = s.start + m.index;
    const name = m[1] ?? '';
    draftUnnamed(scan, s, start, start + m[0].length, name, 'organization', `unnamed ${name}`);
  }
}
