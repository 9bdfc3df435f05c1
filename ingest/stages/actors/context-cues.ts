// What the words around a candidate name say of its kind: an appositive ("Ostrolet, the Lirvan
// carrier"), an abbreviation or gloss in parentheses, a verb only a person or a state takes, a
// preposition of place, a possessive, a title before it. Each cue is one vote; the votes are
// counted once every phrase has been read (merge.ts).
import {
  APPOSITIVE_KINDS,
  PLAIN_FULL_NAME,
  PLURAL_TITLES,
  ROLE_NOUNS,
  SPEECH_VERBS,
  TITLE_WORDS,
} from '../../language/lexicon.js';
import { GAZETTEER } from '../gazetteer.js';
import type { Sentence } from '../segment.js';
import type { Candidate } from './classify.js';
import { readDeclaredSpelling } from './declared-spellings.js';
import { vote, type Accumulated } from './tally.js';

const SURNAME =
  /(?:ov|ova|ev|eva|yev|yeva|iev|in|ina|enko|chuk|yan|dze|shvili|uly|kyzy|ali|bekov|bayev|oglu|ski|sky|skiy|ska|skaya|vich|ovic|ovich|ич|ов|ев)$/;
/** Only a state recalls its ambassador: "Kestria recalled its ambassador from Lindau". */
export const STATE_ACT = /^\s(?:recalled|withdrew|summoned|expelled) its (?:ambassador|envoy)\b/;
const LOCATIVE =
  /\b(?:in|(?<![Aa]ccording |\b(?:spoke|spoken|speaking|talked|talking|wrote|written|writing|said|replied|listened|letter) )to|from|at|outside|near|into|toward|towards|via|across|around|inside|within|of|between|through|visited|visiting|reached|left|entered)\s(?:the\s)?$/;
/** Speech verbs that are not also plural nouns ("the five Caspian states", "his notes"). */
const UNAMBIGUOUS_SPEECH = SPEECH_VERBS.split('|')
  .filter(
    (v) =>
      !/^(?:states|notes|claims|comments|remarks|charges|answers|promises|pledges|vows|counters|urges)$/.test(
        v,
      ),
  )
  .join('|');
const SPEECH_AFTER = new RegExp(
  `^(?:[’']s)?,?\\s(?:has |had |have |also |then |later |himself |herself )?(?:${UNAMBIGUOUS_SPEECH}|described|called|indicated|expressed|reaffirmed|went on)\\b`,
);
/** A speaker that calls itself "it" is no person: "Lindau says it wants calm". */
const SPEAKS_AS_IT = new RegExp(`^\\s(?:${UNAMBIGUOUS_SPEECH}) (?:that )?it\\b`);
/** Verbs whose subject is a person: "X has edited Y since 2004", "X was elected". */
const PERSON_VERB_AFTER =
  /^,?\s(?:has |had |also )?(?:edited|edits|headed|heads|chaired|chairs|founded|co-founded|was born|was elected|was appointed|was sworn in|resigned)\b/;
const ACTS_AS_IT = /^,?\s(?:has |had |also )?\p{Ll}+(?:ed|t|ought|ew|ook)\s(?:\p{Ll}+\s)?its\b/u;
/** "Deputy Foreign Ministers A of X and ": the second holder of a plural title. */
const PLURAL_TITLE_SECOND = new RegExp(
  `\\b(?:${[...PLURAL_TITLES].join('|')}) \\p{Lu}[\\p{L}-]+(?: \\p{Lu}[\\p{L}-]+){1,2}(?: of (?:the )?\\p{Lu}[\\p{L}-]+)? and $`,
  'u',
);
/** "Deputy Chairman of the State Security Committee (SSC) ": a title whose body's abbreviation comes before the name. */
const TITLE_OF_ABBREVIATED = new RegExp(
  `((?:\\p{Lu}[\\p{L}-]*\\s)*(?:${[...TITLE_WORDS].join('|')})\\s+(?:of|for)\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}-]*\\s)+\\(\\p{Lu}{2,6}\\))\\s$`,
  'u',
);

/** A name's other spelling in parentheses: "(also spelled X)", "(X in Russian-language reports)". */
const SPELLED_AS =
  /^\s\((?:(?:also |often |sometimes )?(?:spelled|spelt|written|transliterated)(?: as)? (\p{Lu}[\p{L}’'-]+(?: \p{Lu}[\p{L}’'-]+)?)[^)]*|(\p{Lu}[\p{L}’'-]+(?: \p{Lu}[\p{L}’'-]+)?) in [^)]*\b(?:reports|press|media|sources|spelling|transliteration))\)/u;

/** A group led by the name that follows: "a consortium led by ", "a joint venture headed by ". */
const LED_BY =
  /\b(an? (?:[\p{Ll}-]+ ){0,2}(?:consortium|coalition|alliance|joint venture|venture) (?:led|headed|run) by)\s$/u;

/** A plural of people glossed by the names after it: "the detained men, ", "two activists, A and ". */
const PEOPLE_BEFORE =
  /\b(?:men|women|people|activists|journalists|reporters|detainees|suspects|brothers|sisters|sons|daughters|students|defendants|lawyers|deputies)(?:,\s| \(|,\s\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+ and\s)$/u;

/** "OSCE", "KRC", "G7": an abbreviation of a body. */
const ABBREVIATION = /^\p{Lu}[\p{Lu}\p{N}&]{1,6}$/u;
const PERSON_ROLE_POST = new RegExp(
  `\\b(?:${ROLE_NOUNS})(?: (?:in|at|to|for) (?:the )?\\p{Lu}[\\p{L}-]+)?,\\s$`,
  'u',
);
const COUNTRY_OWNS =
  /^[’']s (?:(?:\p{Ll}+ )?(?:industry|economy|exports|imports|foreign trade|armed forces|constitution)|GDP)\b/u;
/** What only a company owns: "Pontmar's tankers", "Ostrolet's shareholders", "Ostrolet's management". */
const COMPANY_OWNS =
  /^[’']s (?:\p{Ll}+ )?(?:tankers|fleet|shareholders|subsidiary|subsidiaries|refinery|refineries|profits?|revenues?|share price|stake|customers|board of directors|chief executive|CEO|management|workforce|payroll)\b/u;
const ORG_NOUN_BEFORE =
  /\b(?:company|firm|monopoly|corporation|concern|holding|producer|exporter|utility|operator|venture|bank|watchdog|regulator|conglomerate|giant)\s$/;
const HOLDS_POST = new RegExp(
  `^\\s(?:(?:has (?:long )?been|had been|was|is|became|served as|serves as)\\s(?:the\\s|a\\s|an\\s)?(?:[\\p{Ll}-]+\\s){0,2}(?:${ROLE_NOUNS})\\b|(?:has|had) (?:long )?(?:led|headed|chaired|edited|run|directed)\\s)`,
  'u',
);
const PERSON_APPOSITIVE = new RegExp(`\\b(?:${ROLE_NOUNS}|executive|CEO|manager|officer)\\b`, 'i');

/** A candidate name where the article prints it, with what the article knows of its countries. */
export interface CueSite {
  readonly text: string;
  readonly sentence: Sentence;
  readonly candidate: Candidate;
  /** The name as tallied (a leading demonym dropped, a country's possessive added) and where it starts. */
  readonly name: string;
  readonly start: number;
  /** The first word of the candidate's name before either change. */
  readonly firstWord: string;
  readonly demonyms: ReadonlyMap<string, string>;
  readonly articleCountries: ReadonlySet<string>;
}

/** The words a candidate name stands between in its sentence. */
interface Around {
  readonly after: string;
  readonly before: string;
}

/**
 * Vote on the kind of the name at `site` from the words around it; names whose subject is an
 * "it" that acts are added to `actsAsIt`, to be counted once every other cue is in.
 */
export function voteFromContext(site: CueSite, a: Accumulated, actsAsIt: Set<string>): void {
  const { text, sentence, candidate: c, start } = site;
  const around: Around = {
    after: text.slice(c.end, Math.min(sentence.end, c.end + 120)),
    before: text.slice(Math.max(sentence.start, start - 40), start),
  };
  voteFromAppositive(site, a, around);
  readDeclaredSpelling(text, start, c.end, a);
  voteFromCapitalBefore(site, a, around);
  voteFromWordsAfter(site, a, around);
  voteFromPrepositionsAndVerbs(site, a, around, actsAsIt);
}

/** An appositive after a comma, and an abbreviation, short form or gloss in parentheses. */
function voteFromAppositive(site: CueSite, a: Accumulated, { after }: Around): void {
  const { candidate: c, name, demonyms } = site;
  const phrase = c.phrase;
  // ("Ostrolet, the Lirvan carrier that had planned …": the head before a relative clause counts.)
  const appositive =
    /^,\s((?:the|a|an)(?:\s\p{L}+){1,4}?)\s(?:that|which|who)\s/u.exec(after) ??
    /^,\s((?:the|a|an)\s[^,.;()“”"]{2,100}?)(?=,|\.|;|$)/.exec(after);
  // A clause after the comma is no appositive ("According to Formuzal, the vote had cost the region …").
  if (
    appositive?.[1] &&
    !/\b(?:who|which|that|had|has|have|was|were|is|are|will|would)\b/.test(appositive[1])
  ) {
    const desc = appositive[1];
    // The appositive's head noun comes first: "the only independent weekly in the province of …".
    // A role ("the chief executive of the … producer Uralkali") makes a person, if it comes first.
    // ("a Party of Regions deputy", "the Gazprom Bank chairman": a capitalised word is a name's, and the
    // lower-case role after the name is the head.)
    const named = (at: number) => /^\p{Lu}\p{Ll}/u.test(desc.slice(at));
    const heads = [...APPOSITIVE_KINDS, [PERSON_APPOSITIVE, 'person'] as const]
      .map(([re, kind]) => ({ kind, at: re.exec(desc)?.index ?? -1 }))
      .filter((h) => h.at >= 0)
      .sort((x, y) => x.at - y.at);
    const role = heads.find((h) => h.kind === 'person' && !named(h.at));
    if (role && heads[0] && heads[0] !== role && named(heads[0].at)) heads.unshift(role);
    const head = heads[0]?.kind;
    if (head && !(head === 'person' && c.kind !== undefined)) {
      vote(a, head, 'strong');
      if (!a.description) {
        a.description = desc;
        a.descriptionSentence = phrase.sentence;
      }
      if (head === 'place' && /\bcapital\b/.test(desc)) {
        const adj = desc.split(' ').find((w) => demonyms.has(w));
        if (adj) a.capitalOfDemonym = adj;
        else a.capitalOfName = capitalOfWhom(desc);
      }
    }
  }
  const abbr = /^\s\((\p{Lu}[\p{Lu}\p{N}&-]{1,7})\)/u.exec(after);
  // ("Baku-Tbilisi-Ceyhan (BTC)": hyphened parts spell the abbreviation as words do.)
  const hyphened = name
    .split('-')
    .map((w) => w[0] ?? '')
    .join('');
  if (abbr?.[1] && (name.includes(' ') || (name.includes('-') && hyphened === abbr[1])))
    a.aliases.add(abbr[1]);
  // "Kestrian Airlines (KesAir)": a short form in mixed case, starting as the name does.
  const mixed = /^\s\((\p{Lu}\p{Ll}*\p{Lu}[\p{L}\p{N}]{0,8})\)/u.exec(after)?.[1];
  if (mixed && name.includes(' ') && mixed[0] === name[0]) a.aliases.add(mixed);
  // "Arsen Gadzhimuradov (spelled Hajimuradov in some English-language reports)", "Qasımlı (Gasimli
  // in Russian-language reports)": another spelling of the same name.
  const spelled = SPELLED_AS.exec(after);
  const other = spelled?.[1] ?? spelled?.[2];
  if (other) a.aliases.add(other);
  const gloss = /^\s\(([\p{Ll}][\p{Ll} -]{2,40})\)/u.exec(after);
  if (gloss?.[1] && /^\p{Lu}{2,6}$/u.test(name) && !a.description) {
    a.description = gloss[1];
    a.descriptionSentence = phrase.sentence;
    vote(a, 'organization', 'strong');
  }
}

/** "the Abkhaz capital, Sukhumi,", "Abkhazia’s capital, Sukhumi,": a capital named after its gloss. */
function voteFromCapitalBefore(site: CueSite, a: Accumulated, { before }: Around): void {
  const gloss =
    /(?:\b[Tt]he (\p{Lu}[\p{L}-]+) capital|\bcapital of [^,]{3,40}|\p{Lu}[\p{L}-]+[’']s (?:\p{Ll}+ )?capital),\s$/u.exec(
      before,
    );
  if (!gloss || site.name.includes(' ')) return;
  vote(a, 'place', 'strong');
  if (gloss[1] && site.demonyms.has(gloss[1])) a.capitalOfDemonym = gloss[1];
  else if (!gloss[1]) a.capitalOfName = capitalOfWhom(gloss[0]);
}

/** "the capital of (breakaway) Abkhazia", "Abkhazia’s capital": the name a capital is of. */
function capitalOfWhom(words: string): string | undefined {
  const m =
    /\bcapital of (?:the )?(?:\p{Ll}+ )?(\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?)/u.exec(words) ??
    /(\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?)[’']s (?:\p{Ll}+ )?capital\b/u.exec(words);
  return m?.[1];
}

/** A lower-case word after the name (border, region, party), a post it holds, what it owns. */
function voteFromWordsAfter(site: CueSite, a: Accumulated, { after, before }: Around): void {
  const { candidate: c, name } = site;
  // ("the Varnel border post" is a place at a border, not a country.)
  if (
    // ("the Soviet border troops": the troops that guard a border are no state either.)
    /^\s(?:border|frontier)\b(?! (?:station|post|crossing|checkpoint|town|village|point|troops|guards?|service|police|forces|units?))/.test(
      after,
    ) &&
    !name.includes(' ')
  )
    vote(a, 'country', 'strong');
  if (STATE_ACT.test(after) && !name.includes(' ')) vote(a, 'country', 'strong');
  if (/^\s(?:area|region|province|district|valley|oblast)\b/.test(after)) vote(a, 'place', 'strong');
  // "leads the Green Wave faction in parliament", "the unregistered Zhana Tolkyn (New Wave)
  // movement": a name before a lower-case party word, its translation an alias.
  // (Its name with the word, "Green Wave faction", is an alias too.)
  const party = /^(?:\s\(([^()]{2,40})\))?\s(faction|party|bloc|movement|coalition)\b/.exec(after);
  if (party?.[2] && /\b[Tt]he\s(?:\p{Ll}+\s)?$/u.test(before)) {
    vote(a, 'organization', 'strong');
    if (party[1] && /^\p{Lu}/u.test(party[1])) a.aliases.add(party[1]);
    a.aliases.add(`${name} ${party[2]}`);
  }
  // "the fund's envoy in Varnel, Ivo Sand, said …": a role with its post, then the name between commas.
  if (c.kind === undefined && PLAIN_FULL_NAME.test(name) && /^,/.test(after) && PERSON_ROLE_POST.test(before))
    vote(a, 'person', 'strong');
  // "Teodor Halangiu has been mayor of Kavarnik since 2003": a full name that holds a post.
  if (c.kind === undefined && PLAIN_FULL_NAME.test(name) && HOLDS_POST.test(after))
    vote(a, 'person', 'strong');
  // "Lirvania's copper industry", "Lirvania's economy": only a country owns these.
  if (!name.includes(' ') && COUNTRY_OWNS.test(after)) vote(a, 'country', 'weak', 2);
  if (COMPANY_OWNS.test(after)) vote(a, 'organization', 'strong');
}

/** What is printed before the name (an outlet's or a body's noun, a preposition, a title), the verb after it. */
function voteFromPrepositionsAndVerbs(
  site: CueSite,
  a: Accumulated,
  { after, before }: Around,
  actsAsIt: Set<string>,
): void {
  const { text, sentence, candidate: c, name, start, firstWord, demonyms, articleCountries } = site;
  const phrase = c.phrase;
  if (/\b(?:reporter|correspondent|journalist|editor|anchor)s? (?:from|of|for|at)\s$/.test(before))
    vote(a, 'media', 'strong');
  if (
    /\b(?:newspaper|weekly|daily|magazine|news agency|news website|website|TV channel|broadcaster)\s$/.test(
      before,
    )
  )
    vote(a, 'media', 'strong');
  if (
    /\bby\s$/.test(before) &&
    c.kind === undefined &&
    name.includes(' ') &&
    /\b(?:article|report|column|interview|piece|book|commentary|op-ed)\b/.test(
      text.slice(Math.max(sentence.start, start - 40), start),
    )
  )
    vote(a, 'person', 'strong');
  // "the Russian potash producer Uralkali", "the state company Naftogaz": a body named after its kind.
  if (c.kind === undefined && ORG_NOUN_BEFORE.test(before)) vote(a, 'organization', 'strong');
  // ("at the HCU summit": an abbreviation after a preposition is still a body, not a place.)
  if (LOCATIVE.test(before) && !ABBREVIATION.test(name)) vote(a, 'place', 'weak');
  // "the minister's visit to Ostrov": one travels to a place, even one that speaks for its state.
  if (
    /\b(?:visit|visits|trip|journey|flew|travell?ed|returned|moved) to\s$/.test(before) &&
    !name.includes(' ')
  )
    vote(a, 'place', 'strong');
  if (/\b(?:in|to|from|at|between)\s\p{Lu}[\p{L}-]+\s(?:and|or)\s$/u.test(before)) vote(a, 'place', 'weak');
  // "the Farkhor and Hamadoni districts", "the Osh and Batken regions": names sharing a plural
  // region noun are those regions.
  if (
    (/^ (?:and|or) \p{Lu}[\p{L}-]+ (?:districts|regions|provinces|oblasts)\b/u.test(after) ||
      (/^ (?:districts|regions|provinces|oblasts)\b/.test(after) && /(?:,| and| or)\s$/.test(before))) &&
    !name.includes(' ')
  )
    vote(a, 'place', 'strong');
  // "the Solvetsk-based Center": a body is based in a place.
  if (/^-based\b/.test(after)) vote(a, 'place', 'strong');
  // "in Dushanbe, Kulob and Kurgan-Tyube": a longer list after the preposition, and "In Tuzbulak, …"
  // at a sentence's start.
  if (
    /\b(?:in|to|from|at|between)\s(?:\p{Lu}[\p{L}-]+,\s)+(?:\p{Lu}[\p{L}-]+,?\s(?:and|or)\s)?$/u.test(before)
  )
    vote(a, 'place', 'weak');
  // ("In Brussels I met …": the pronoun is no part of a place's name.)
  if (
    /^(?:In|At|From|Near|Outside)\s$/.test(text.slice(sentence.start, start)) &&
    !ABBREVIATION.test(name) &&
    !/ I$/.test(name)
  )
    vote(a, 'place', 'weak');
  // "spoke to Mirela Stanič": one speaks to a person, unless the name says otherwise.
  if (c.kind === undefined && /\b(?:spoke|spoken|speaking|talked|talking|replied) to\s$/.test(before))
    vote(a, 'person', 'weak', 2);
  // After a preposition the name is no subject: "a court in Comrat had declared …".
  if (
    (SPEECH_AFTER.test(after) || PERSON_VERB_AFTER.test(after)) &&
    !LOCATIVE.test(before) &&
    !SPEAKS_AS_IT.test(after)
  )
    vote(a, 'person', 'weak', 3);
  // (A subject that is an "it" and acts: counted once every cue is in, below.)
  if (ACTS_AS_IT.test(after) && !GAZETTEER.has(name)) actsAsIt.add(name);
  // ("The Kapitan Orlov went home": no person's name takes "the".)
  if (
    SURNAME.test(name.split(' ').at(-1) ?? '') &&
    !/^\p{Lu}{2,}$/u.test(name) &&
    !/\b[Tt]he\s$/.test(before)
  )
    vote(a, 'person', 'weak');
  if (ABBREVIATION.test(name)) vote(a, 'organization', 'weak');
  // "the Belarusian KGB": a country's body known by its abbreviation.
  if (demonyms.has(firstWord) && /^\p{Lu}[\p{L}-]+ \p{Lu}[\p{Lu}\p{N}&]{1,6}$/u.test(name))
    vote(a, 'organization', 'strong');
  // "Drustania’s Petar Lukač": two or three plain words after a country's possessive are its official.
  const owner = /(\p{Lu}[\p{L}-]+)[’']s\s$/u.exec(before)?.[1];
  if (
    owner &&
    c.kind === undefined &&
    PLAIN_FULL_NAME.test(name) &&
    (GAZETTEER.get(owner)?.kind === 'country' || articleCountries.has(owner))
  )
    vote(a, 'person', 'strong');
  if (
    c.kind === undefined &&
    PLAIN_FULL_NAME.test(name) &&
    PLURAL_TITLE_SECOND.test(text.slice(Math.max(sentence.start, start - 90), start))
  )
    vote(a, 'person', 'strong');
  if (/\b(?:President|Prime Minister|Governor|Minister)\s$/.test(before) && !name.includes(' '))
    vote(a, 'person', 'strong');
  // "with a consortium led by Skarv Offshore": the leader stands for the group it leads, which "the
  // consortium" then names again (references.ts reads the description).
  const ledBy = LED_BY.exec(before);
  if (ledBy?.[1] && c.kind !== 'person' && !a.description) {
    a.description = `${ledBy[1]} ${name}`;
    a.descriptionSentence = phrase.sentence;
  }
  // "Two of the detained men, Rauf Qasımlı and Tural Həsənzadə, had taken part": full names that
  // gloss a plural of people are persons.
  if (c.kind === undefined && PLAIN_FULL_NAME.test(name) && PEOPLE_BEFORE.test(before))
    vote(a, 'person', 'strong');
  // "succeeded the late Ivan Dorn": only a person is late.
  if (/\bthe late\s$/.test(before)) vote(a, 'person', 'strong');
  // "Deputy Chairman of the State Security Committee (SSC) Ivan Dorn": the title holder.
  const titled = TITLE_OF_ABBREVIATED.exec(text.slice(Math.max(sentence.start, start - 120), start));
  if (titled?.[1] && c.kind === undefined && PLAIN_FULL_NAME.test(name)) {
    vote(a, 'person', 'strong');
    if (!a.description) {
      a.description = titled[1];
      a.descriptionSentence = phrase.sentence;
    }
  }
}
