// Passes for groups the article never names: "officials in the ministry", "Georgian officials", "one
// diplomat", "Observers".
import type { Sentence } from '../segment.js';
import { bodyByNoun, countryOf } from '../speakers.js';
import { type UnnamedScan, draftUnnamed, kindOf, nameOf } from './draft.js';
import { FULL_MONTH_PATTERN, WEEKDAY_PATTERN, isMonthName, weekdayNumber } from '../../language/months.js';
import { UNNAMED_BODY } from './words.js';

/** A city's one-word name after "in" (not a month or a weekday: "officials at the ministry in March"). */
const CITY = `(?!(?:${FULL_MONTH_PATTERN}|${WEEKDAY_PATTERN})\\b)\\p{Lu}[\\p{L}-]+\\b(?! \\p{Lu})`;

/**
 * People the article counts or describes but never names: "one diplomat", "a senior official",
 * "Western diplomats", "Observers", "opposition leaders", "Farmers' leaders". Drafted only when they speak. (Two of the
 * modifiers may stack, as they do in English: "a senior Western diplomat", "a senior foreign official".)
 */
const GENERIC_SPEAKERS = new RegExp(
  `(?<![\\p{L}-])(?:(?:[Oo]ne|[Aa]n?|[Tt]wo|[Ss]everal|[Ss]ome|[Mm]any|[Oo]ther) )?(?:(?:[Ss]enior|[Ww]estern|[Ee]uropean|[Ff]oreign|[Ll]ocal|[Oo]pposition|[Gg]overnment|[Mm]ilitary|[Ii]ndependent|[Ii]nternational|[Hh]uman rights|\\p{L}+s['’]) ){0,2}` +
    // "a senior Orvelian diplomat": a country's adjective (group 1, checked against the demonyms), then
    // the noun (group 2). (A trade speaks as a group only where a place names it: "growers in X say".)
    `(?:(\\p{Lu}\\p{Ll}+|\\p{Lu}{2,6}) )?(diplomats?|ambassadors?|officials?|members?(?= of )|spokes(?:man|woman|person)|[Pp]eople(?= (?:at|in) (?:(?:the|his|her|its|their) |\\p{Lu}))|analysts?|observers?|experts?|critics|leaders|residents|neighbou?rs|witnesses|activists|lawmakers|deput(?:y|ies)|participants?|authorities|sources?|economists?|politicians|(?:[Gg]rowers|[Ff]armers|[Tt]raders|[Pp]roducers|[Ee]xporters|[Ii]mporters|[Dd]ealers|[Mm]erchants|[Ss]hopkeepers|[Bb]ankers)(?= in \\p{Lu})|Diplomats|Officials|Analysts|Observers|Experts|Critics|Residents|Neighbou?rs|Witnesses|Activists|Lawmakers|Deputies|Authorities|Sources|Economists|Politicians)\\b` +
    // "a senior official in the presidential administration", "officials in the capital", "a source in
    // the republic's government": where they work, when it has no name (a country's adjective may
    // come first: "a diplomat at the Russian embassy"). A body that sits and decides is a workplace too
    // ("officials in the commission", "officials in the presidential secretariat"), and so is a
    // principal's own ("officials in her delegation").
    `(?: (?:in|at|of|for) (?:the|his|her|its|their|\\p{Lu}[\\p{L}-]+['’]s) (?:\\p{Ll}+(?:['’]s)? ){0,2}(?:\\p{Lu}\\p{Ll}+ )?(?:administration|ministry|government|embassy|cabinet|office|presidency|parliament|capital|commission|committee|secretariat|delegation|mission|consulate|treasury|inspectorate|court|headquarters|${UNNAMED_BODY})\\b` +
    // ("officials at the ministry in Rautala": and the city it sits in.)
    `(?: in ${CITY})?` +
    // ("an Uzbek diplomat in Moscow, who asked not to be named, told …": or the city they sit in;
    // "Diplomats from several EU states": or the states they come from.)
    `| in ${CITY}|(?<=[Rr]esidents|[Nn]eighbou?rs|[Ww]itnesses|[Vv]illagers) (?:of|from) ${CITY}| from (?:several|two|three|four|five|some|many|other|various) (?:\\p{Lu}{2,4} |\\p{Lu}\\p{Ll}+ )?(?:member states|states|countries|embassies|governments|capitals)\\b)?`,
  'gu',
);

/** A country by its adjective ("Latvian") or, abbreviated, by a name the article prints ("US"). */
function countryCalled(table: UnnamedScan['table'], word: string) {
  if (!/^\p{Lu}{2,3}$/u.test(word)) return countryOf(table, word);
  return [...table.actors.values()].find((a) => a.kind === 'country' && a.forms.has(word));
}

/**
 * "officials in the ministry", "a spokesman for the Interior Ministry", "Western diplomats in X" (the
 * adjective kept in the printed phrase; so is a quantifier: "Some politicians in Vienna", the
 * article's own words for the group, as a reviewer would name it).
 */
export function findOfficialsOf(scan: UnnamedScan, s: Sentence): void {
  const { text, table } = scan;
  for (const m of s.text.matchAll(
    /\b(?:(?:[Tt]he (?:(?:de facto|separatist|local|regional) )?|(?:[Ss]ome|[Ss]everal|[Mm]any) )?(?:(?:[Ww]estern|[Ee]uropean|[Ff]oreign|[Ss]enior|[Ll]ocal|[Ii]nternational|[Ii]ndependent) )?((?:[Oo]fficials|[Pp]oliticians|[Rr]epresentatives|[Ss]ources|[Dd]iplomats|[Oo]bservers|[Aa]nalysts|[Aa]uthorities|[Aa] spokesman|[Aa] spokeswoman|[Aa] source|[Aa] diplomat|[Aa]n official|[Aa] (?:senior|high-ranking|junior) official|[Aa] (?:senior |leading |prominent )?member|[Aa] (?:man|woman)(?= from )|[Pp]eople(?= (?:at|in) ))) (?:in|of|at|from|for|close to) )/g,
  )) {
    const from = s.start + m.index + m[0].length;
    // "Georgian diplomats in Baku": the country's diplomats, drafted by the rule below.
    const adjective = /(\p{Lu}\p{Ll}+|\p{Lu}{2,3}) $/u.exec(
      text.slice(Math.max(0, s.start + m.index - 30), s.start + m.index),
    );
    if (adjective?.[1] && countryCalled(table, adjective[1])) continue;
    // "officials at the regional Health Ministry": one lower-case word may qualify the body.
    const body = table.mentions.find(
      (x) =>
        x.sentence === s.index &&
        x.actors.length === 1 &&
        x.start >= from &&
        /^(?:(?:the|our|their) (?:\p{Ll}+ )?)?$/u.test(text.slice(from, x.start)),
    );
    const principal = body ? nameOf(table, body.actors[0] ?? '') : undefined;
    // ("a senior official of the ministry": one official, whatever the rank.)
    let noun = (m[1] ?? '')
      .replace(/^an? (?:(?:senior|high-ranking|junior|leading|prominent) )?/i, '')
      .toLowerCase();
    if (!body || !principal) continue;
    // ("a senior official in Dushgard": of a place, the generic speaker's phrase names them.)
    const ranked = /^an? (?:senior|high-ranking|junior) /i.test(m[1] ?? '');
    if (ranked && table.actors.get(body.actors[0] ?? '')?.kind !== 'organization') continue;
    // "The ministry kept quiet … the people at the ministry told us": the staff of a body the article
    // names elsewhere as an actor of its own; a body named only here stands for its people (told-by.ts).
    if (noun === 'people') {
      const own = body.actors[0] ?? '';
      const elsewhere = table.mentions.some((x) => x.actors.includes(own) && x.start !== body.start);
      if (table.actors.get(own)?.kind !== 'organization' || !elsewhere) continue;
      noun = 'staff';
    }
    // ("an official of the committee": already drafted as a person described, by that phrase.)
    const start = s.start + m.index;
    if (noun === 'official' && table.mentions.some((x) => x.via === 'group' && x.start === start)) continue;
    // ("a man from our Foreign Ministry telephoned": one person of the body, named as printed.)
    const one = noun === 'man' || noun === 'woman';
    // "Officials at the Justice Ministry in Ardani told …": the city the body sits in is part of the
    // phrase. (Not after a body told again, "officials at the ministry in Rautala": that may be another
    // ministry, the generic speakers' pass drafts the phrase as printed.)
    // And so is the part of it they work in: "Officials at the Border Troops headquarters say …".
    const named = /^\p{Lu}/u.test(body.text);
    const part = named
      ? (/^ (?:headquarters|secretariat|directorate)\b/.exec(text.slice(body.end))?.[0] ?? '')
      : '';
    const bodyEnd = body.end + part.length;
    const city = named
      ? table.mentions.find(
          (x) => x.sentence === s.index && x.start === bodyEnd + 4 && text.slice(bodyEnd, x.start) === ' in ',
        )
      : undefined;
    const end = city && table.actors.get(city.actors[0] ?? '')?.kind === 'place' ? city.end : bodyEnd;
    draftUnnamed(
      scan,
      s,
      start,
      end,
      one ? text.slice(start, end).replace(/^A /, 'a ') : `${principal} ${noun}`,
      // ("an official in the Foreign Ministry": one person of the body.)
      noun === 'official' || noun === 'member' || one ? 'person' : kindOf(noun),
      `unnamed ${noun} of ${principal}`,
    );
  }
}

/**
 * "Georgian officials called …": officials of a country named by its adjective.
 * Any group so named speaks ("Moldovan farmers complain that …"), and where it sits is part of
 * its name ("Georgian diplomats in Baku").
 * "Two Latvian officials": the count is printed, not part of the name.
 */
export function findCountryGroups(scan: UnnamedScan, s: Sentence): void {
  const { table } = scan;
  for (const m of s.text.matchAll(
    // ("US officials in Bishkek": a country's abbreviation too.)
    /\b((?:[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ss]everal|[Ss]ome|[Mm]any) )?(\p{Lu}\p{Ll}+|\p{Lu}{2,3}) (\p{Ll}+s)\b(?: in \p{Lu}[\p{L}-]+\b)?/gu,
  )) {
    const country = countryCalled(table, m[2] ?? '');
    if (!country || !m[3]) continue;
    const start = s.start + m.index;
    const name = m[0].slice(m[1]?.length ?? 0);
    // "The Romanian officials say …": the article is part of the printed phrase (an alias), not of the name.
    const the = !m[1] && /\b[Tt]he $/.test(scan.text.slice(start - 4, start)) ? 4 : 0;
    draftUnnamed(
      scan,
      s,
      start - the,
      start + m[0].length,
      name,
      'organization',
      `unnamed ${m[3]} of ${country.name}`,
    );
  }
}

/**
 * "one diplomat said", "Observers noted that …": the generic speakers, unless an earlier pass
 * already drafted the phrase ("officials in the ministry").
 */
export function findGenericSpeakers(scan: UnnamedScan, s: Sentence): void {
  const { text, table } = scan;
  // ("PNU deputies": a body's abbreviation the article prints.)
  const abbreviations = new Set(
    [...table.actors.values()]
      .filter((a) => a.kind === 'organization')
      .flatMap((a) => [...a.forms.keys(), ...a.aliases])
      .filter((f) => /^\p{Lu}{2,6}$/u.test(f)),
  );
  for (const m of s.text.matchAll(GENERIC_SPEAKERS)) {
    // "On Monday officials at the ministry told …": a day or a month before the noun is no adjective.
    const day =
      m[1] !== undefined && m[0].startsWith(m[1]) && (isMonthName(m[1]) || weekdayNumber(m[1]) !== undefined);
    const phrase = day ? m[0].slice((m[1] ?? '').length + 1) : m[0];
    // (Or a body's last word: "a Commission official" of the article's "European Commission".)
    if (m[1] && !day && !countryOf(table, m[1]) && !bodyByNoun(table, m[1]) && !abbreviations.has(m[1]))
      continue;
    const start = s.start + m.index + m[0].length - phrase.length;
    // "an OSCE official in Vienna": an abbreviated or capitalised body before the noun makes them
    // that body's people (the actors' pass for a body's officials), not an unnamed "official in Vienna".
    if (
      (!m[1] || day) &&
      /(?:^|\s)(?:[Aa]n?|[Tt]he) \p{Lu}[\p{L}.-]*\s$/u.test(text.slice(Math.max(0, start - 30), start))
    )
      continue;
    const end = start + phrase.length;
    const words = phrase.split(' ');
    // A bare "officials" mid-sentence is no speaker, unless it closes the sentence's attribution:
    // "…, and the road stays shut, officials said."
    const closing =
      /,\s$/.test(text.slice(start - 2, start)) && /^ (?:said|say|says)\.?$/.test(text.slice(end, s.end));
    if (words.length === 1 && /^\p{Ll}/u.test(phrase) && !closing) continue;
    if (table.mentions.some((x) => x.via === 'group' && x.start < end && start < x.end)) continue;
    const single = !/s$|^[Pp]eople$/.test(m[2] ?? '');
    // "the two leaders": the article is part of the printed phrase, not of the name.
    const the = /\b[Tt]he $/.test(text.slice(start - 4, start)) ? 4 : 0;
    draftUnnamed(
      scan,
      s,
      start - the,
      end,
      phrase,
      single ? 'person' : 'organization',
      `unnamed ${phrase.toLowerCase()}`,
    );
  }
}
