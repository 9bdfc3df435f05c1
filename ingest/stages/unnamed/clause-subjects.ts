// A pass for speakers described by a plain noun phrase that opens a clause and reports words the
// other passes' nouns do not cover: "Villagers say that …", "His campaign staff claim that …",
// "Farmers in Chinorbuloq district, for their part, told Ozod Sado that …", "two days later a
// commentator in the Moscow daily X claimed that …", "Many in Vilnius say that …". Only a phrase
// whose verb is followed by the words it reports is drafted ("say that", "told X that", "urged X to").
import { ROLE_NOUNS } from '../../language/lexicon.js';
import { insideQuotes, quotedRanges } from '../quote-marks.js';
import type { Sentence } from '../segment.js';
import { bodyByNoun, personByRole } from '../speakers.js';
import { type UnnamedScan, draftUnnamed } from './draft.js';
import { DESCRIBED_PEOPLE, FOR_SOMEONE } from './words.js';

/** Where a clause opens: the sentence's start (or an answer's label), a comma, a semicolon, a conjunction, a time. */
const OPENS = String.raw`(?<=(?:^(?:\p{Lu}{1,3}: )?|[,;:] |\b(?:and|but|while|whereas|later|then|afterwards|evening|morning|night|day|week|month|year) ))`;
/** Words that are no part of a noun phrase. */
const NOT_NOUN =
  '(?:the|an?|and|or|but|in|at|of|from|on|for|with|by|who|whom|that|which|this|these|those|not|has|have|had|was|were|is|are|be|been|to|when|if|then|also|would|will|can|could|did|does|do|said|says|say|told|tells|tell|it|he|she|they|we|there)\\b';
/** A determiner, a possessive or a number before the phrase's words. */
const DETERMINER =
  '(?:[Tt]he|[Aa]n?|[Oo]ne|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ur|[Mm]y|[Mm]any|[Ss]ome|[Ss]everal|[Mm]ost|[Oo]ther|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Dd]ozens of|[Hh]undreds of)';
const MODIFIER = `(?!${NOT_NOUN})(?:\\p{Lu}[\\p{L}-]+|\\p{Ll}[\\p{Ll}-]*)(?:['’]s?)?`;
/** Where they belong: "in Chinorbuloq district", "at the Border Troops headquarters", "of the union". */
// ("Relatives of some of the dead": one "of the" inside.)
const TAIL = `(?: (?:in|at|of|from|on|near|across) (?!them\\b|us\\b|you\\b)(?:the |a |an )?(?:(?!${NOT_NOUN})[\\p{L}’'-]+ (?:of (?:the )?)?){0,4}?(?!${NOT_NOUN})[\\p{L}’'-]+)?`;
/** "…, for their part, …", "…, who asked not to be named, …": an aside before the verb. */
const ASIDE = '(?:, (?:for (?:their|its|his|her) part|in turn|however|meanwhile|too|who [^,;.“”"]{1,60}),)?';
// ("Western diplomats in Ashgabat nevertheless argue": an adverb closes no place's name.)
const ADVERBS =
  '(?: (?:have|has|had|also|then|later|now|still|already|nevertheless|nonetheless|meanwhile|instead|\\p{Ll}+ly))*';
const VERBS =
  'say|says|said|told|tell|tells|claim|claims|claimed|complain|complains|complained|demand|demands|demanded|warn|warns|warned|insist|insists|insisted|argue|argues|argued|announce|announces|announced|report|reports|reported|deny|denies|denied|urge|urges|urged|allege|alleges|alleged|maintain|maintains|maintained|accuse|accuses|accused';
/** The phrase: group 1 as printed, group 2 its head noun; group 3 the verb. */
const CLAUSE_SUBJECT = new RegExp(
  `${OPENS}((?:${DETERMINER} )?(?:${MODIFIER} ){0,3}?(?!${NOT_NOUN})([Mm]any|[Ss]ome|[Oo]thers|\\p{Ll}{3,}|\\p{Lu}\\p{Ll}{2,}s)${TAIL})${ASIDE}${ADVERBS} (${VERBS})\\b`,
  'dgu',
);

/** The verb's "that", after at most a hearer and a time: " that", " Ozod Sado that", " last week that". */
const HEARER_THEN_THAT = new RegExp(
  String.raw`^(?:\s(?:me|us|him|her|them|reporters|journalists|(?:the\s)?(?:\p{Lu}[\p{L}’'-]*\s?){1,4}|the\s\p{Ll}+(?:\s\p{Ll}+)?))?(?:,?\s(?:on|in|last|this|after|before|at)\s[^,;.“”"]{1,30}?,?)?\sthat\b(?!\s(?:day|evening|morning|week|month|year)\b)`,
  'u',
);

/** The words reported after the verb: a "that" clause, a bare clause after "say", an appeal or a charge. */
function reportsAfter(verb: string, rest: string): boolean {
  // ("told the Khujand Herald that", "complained last week that"; not "told the story of a flood that
  // destroyed …", whose "that" opens a relative clause.)
  if (HEARER_THEN_THAT.test(rest)) return true;
  if (/^(?:say|says|said)$/.test(verb))
    return /^ (?:the|a|an|he|she|it|they|we|there|this|his|her|its|their)\b/.test(rest);
  if (/^urge/.test(verb)) return /^ [^.;“”"]{1,60}? to \p{Ll}/u.test(rest);
  if (/^accuse/.test(verb)) return /^ [^.;“”"]{1,60}? of \p{Ll}/u.test(rest);
  return false;
}

/**
 * People and groups of people that speak, by name or by an agent's ending ("forwarders", "exporters",
 * "economists"): a head outside these (a custom, a petition, leaflets, a surname in "-s") is no speaker.
 */
const PEOPLE = new RegExp(
  `^(?:${ROLE_NOUNS}|${DESCRIBED_PEOPLE})s?$|^(?:men|women|crewmen|widow|widows|wife|husband|authority|authorities|administration|villagers|farmers|residents|locals|inhabitants|citizens|voters|activists|deputies|lawmakers|legislators|diplomats|analysts|experts|observers|commentators|journalists|reporters|workers|employees|miners|dockers|traders|merchants|shopkeepers|businessmen|businesspeople|entrepreneurs|bankers|economists|engineers|agronomists|protesters|demonstrators|organizers|organisers|strikers|students|teachers|doctors|nurses|relatives|families|parents|mothers|fathers|elders|veterans|refugees|migrants|drivers|truckers|hauliers|fishermen|sailors|crews|monitors|investigators|inspectors|officers|soldiers|troops|guards|police|leaders|members|associations|unions|groups|organizations|organisations|communities|media|press|stations|newspapers|channels|bloggers|many|some|others)$|^(?!(?:rumou?rs|posters|banners|orders|papers|letters|numbers|containers|centers|headquarters|quarters|borders|waters|powers|matters|chambers|markers|computers|trailers|tankers|documents|instruments|arguments|agreements|comments|statements|payments|shipments|governments|parliaments)$)\\p{Ll}+(?:er|or|ist|ant|ent|ian)s$`,
  'u',
);

/** People who speak for someone ("aides", "officials", "critics"): the spokespeople passes read them. */
const FOR_SOMEONE_HEAD = new RegExp(`^(?:${FOR_SOMEONE})$`);

/** One holding a post or described by what they do: only "a commentator in …" is no one named. */
const ONE_PERSON = new RegExp(`^(?:${ROLE_NOUNS}|${DESCRIBED_PEOPLE})$`);

/** Draft the noun phrase that opens a clause and reports words, unless a name or another pass reads it. */
export function findClauseSubjects(scan: UnnamedScan, s: Sentence): void {
  const { text, table } = scan;
  const quoted = quotedRanges(s.text);
  for (const m of s.text.matchAll(CLAUSE_SUBJECT)) {
    const printed = m[1] ?? '';
    const head = (m[2] ?? '').toLowerCase();
    const verb = m[3] ?? '';
    if (insideQuotes(quoted, m.index)) continue;
    if (
      !PEOPLE.test(head) ||
      FOR_SOMEONE_HEAD.test(head) ||
      !reportsAfter(verb, s.text.slice(m.index + m[0].length))
    )
      continue;
    // ("Its members say …", "The two presidents told …": the body or the two named speak, not "its
    // organizers"; "Many say …" with no place names no one.)
    if (
      /^(?:[Tt]he two|[Tt]he three|[Bb]oth) /.test(printed) ||
      /^[Ii]ts (?:\p{Ll}+ )?(?:members|experts|staff|employees|workers)$/u.test(printed)
    )
      continue;
    if (/^(?:many|some|others)$/.test(head) && !/\s(?:in|at|of|from|on|near|across)\s/.test(printed))
      continue;
    // ("Two weeks ago diplomats …", "This year my clients …", "the former told …": a time or a
    // pointer opens the clause, not the phrase.)
    if (
      /\b(?:ago|this|that|these|those|last|next|year|years|week|weeks|month|months|day|days|former|latter)\b/i.test(
        printed,
      )
    )
      continue;
    // ("The Turganians say": a people speaks for its state, which the statements read.)
    // A capital opening the sentence is no demonym: "Villagers say", "Farmers in X told".
    const opensSentence =
      /^(?:\p{Lu}{1,3}: )?$/u.test(s.text.slice(0, m.index)) && m.indices?.[2]?.[0] === m.index;
    if (/^\p{Lu}/u.test(m[2] ?? '') && !opensSentence) continue;
    if (ONE_PERSON.test(head) && !/^(?:[Aa]n?|[Oo]ne) /.test(printed)) continue;
    // A bare "the X" or a head without a determiner is plural only: "Villagers say", not "Water says".
    const determined = new RegExp(`^${DETERMINER} `).test(printed);
    // Mid-sentence a bare plural must be placed (trade-groups): "and growers in Kakheti say", not
    // "and growers say".
    const placed = (m.indices?.[2]?.[1] ?? 0) < m.index + printed.length;
    if (!determined && (!/s$|^(?:many|some|others)$/.test(head) || (!placed && !opensSentence))) continue;
    // "The fund says …": a bare singular "the X" points back to one the article named, whether or not
    // its name ends in that noun (the references read it); "The villagers say", "a diplomat says" do not.
    if (/^[Tt]he \p{Ll}+$/u.test(printed) && !/s$/.test(head)) continue;
    if (/^[Aa]n? \p{Ll}+$/u.test(printed) && (bodyByNoun(table, head) || personByRole(table, text, head)))
      continue;
    const start = s.start + m.index;
    const end = start + printed.length;
    // A name the phrase opens with, or its head noun is part of, speaks for itself ("The European
    // Commission's delegation", "the Interior Ministry"); one in its tail only places it.
    const headAt = s.start + (m.indices?.[2]?.[0] ?? m.index);
    const within = table.mentions.filter((x) => x.start < end && start < x.end);
    if (within.some((x) => x.via === 'group' || x.start <= start || x.start <= headAt)) continue;
    const single = !/s$/.test(head) && !/^(?:staff|police|media|public|press)$/.test(head);
    const name = printed.replace(/^[Tt]he /, '');
    draftUnnamed(scan, s, start, end, name, single ? 'person' : 'organization', `unnamed ${head}`, true);
  }
}
