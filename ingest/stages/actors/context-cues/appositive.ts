// An appositive after the name ("Ostrolet, the Lirvan carrier"), an abbreviation, short form, other
// spelling or gloss in parentheses, and a capital named after its gloss ("the Abkhaz capital, Sukhumi,").
import { APPOSITIVE_KINDS, ROLE_NOUNS } from '../../../language/lexicon.js';
import { initialsOf } from '../../../language/words.js';
import { vote, type Accumulated } from '../tally.js';
import type { Around, CueSite } from './site.js';

/** A name's other spelling in parentheses: "(also spelled X)", "(X in Russian-language reports)". */
const SPELLED_AS =
  /^\s\((?:(?:also |often |sometimes )?(?:spelled|spelt|written|transliterated)(?: as)? (\p{Lu}[\p{L}’'-]+(?: \p{Lu}[\p{L}’'-]+)?)[^)]*|(\p{Lu}[\p{L}’'-]+(?: \p{Lu}[\p{L}’'-]+)?) in [^)]*\b(?:reports|press|media|sources|spelling|transliteration))\)/u;
const CLAUSE_OPENERS =
  '(?:where|when|who|whom|which|whose|while|his|her|its|their|our|my|and|but|or|as|if|that|this|these|those|then|so|because|although|though|after|before|since|until|with|in|on|at|for|by|from)\\b';
/**
 * A trade that makes a person ("a cardiologist at Republican Hospital No. 2", "an engineer at the plant");
 * not one a company is called too ("the copper miner", "the state carrier").
 */
const PROFESSIONS =
  'doctor|physician|surgeon|nurse|paramedic|\\p{Ll}+ologist|engineer|economist|lecturer|teacher|headmaster|headmistress|principal|researcher|historian|scientist|farmer|priest|preacher|pastor|rabbi|lawmaker|banker|entrepreneur|student|pensioner|shepherd|herder|fisherman';
// (Not a body of such people: "a student youth movement", "a pensioner advocacy group"; but "the
// leader of the Party of Regions" is a person. A profession may end a compound: "a retired
// schoolteacher from Lasuri province".)
const PERSON_APPOSITIVE = new RegExp(
  `\\b(?:${ROLE_NOUNS}|executive|CEO|manager|officer|\\p{Ll}*(?:${PROFESSIONS}))\\b(?![ -](?:(?!(?:of|the|for|in|at|to|and)\\b)\\p{Ll}+ ){0,2}(?:movement|group|union|organi[sz]ation|association|council|cooperative|party|network)\\b)`,
  'iu',
);
/**
 * "X, deputy chairman of …,", "X, chief executive of …,", "X, Central Asia researcher at …,": a role
 * with no article, after at most two capitalised words of its field (not "X, manager of
 * the national rail network", a company), after at most two modifiers (not "where his son"),
 * then "of", "at", … or the closing comma (not "member states of the bloc favour …").
 */
const BARE_ROLE_APPOSITIVE = new RegExp(
  `^,\\s((?:\\p{Lu}[\\p{L}-]+\\s){0,2}(?:(?!${CLAUSE_OPENERS})[\\p{Ll}-]+\\s){0,2}(?:${ROLE_NOUNS}|(?<=chief )executive|(?<=general )manager|(?<=chief (?:[\\p{Ll}]+ )?)officer)(?=,|\\s(?:of|at|in|for|to)\\b)(?:[^,.;()“”"]|\\s\\(\\p{Lu}[\\p{Lu}\\p{N}&-]{1,7}\\)){0,100}?)(?=,)`,
  'u',
);
/**
 * "X, President of the OSCE Parliamentary Assembly and special coordinator of …,": a capitalised
 * post, "of" or "at" its body, up to the closing comma.
 */
const CAPITAL_ROLE_APPOSITIVE =
  /^,\s((?:(?:First|Deputy|Vice|Acting)[- ])?(?:President|Chairman|Chairwoman|Director|Head|Minister|Secretary|Governor|Speaker|Commissioner|Ambassador|Leader|Coordinator|Rapporteur|Editor|Prosecutor|Mayor|Commander|Envoy|Representative)\s(?:of|at)\s(?:[^,.;()“”"]|\s\(\p{Lu}[\p{Lu}\p{N}&-]{1,7}\)){2,120}?)(?=,)/u;
/** "the best known of the pro-European candidates", "the youngest of his deputies": one of a group of people. */
/** A person's role: the lexicon's role nouns, and a company's posts. */
export const PERSON_ROLES = `${ROLE_NOUNS}|executive|manager|officer`;
const PEOPLE = PERSON_ROLES.split('|')
  .map((w) => (w.endsWith('y') ? `${w.slice(0, -1)}ies` : `${w}s`))
  .join('|');
const ONE_OF_PEOPLE = new RegExp(
  `^(?:the|a) [\\p{L}-]+(?: [\\p{L}-]+)? of (?:the|his|her|its|their) (?:[\\p{L}-]+ ){0,3}(?:${PEOPLE})$`,
  'iu',
);

/**
 * "a loose network of …", "the youth movement that …": an appositive headed by a body's noun (not one
 * modifying another: "a party stronghold").
 */
const BODY_DEFINED =
  /^(?:a|an|the) (?:[\p{Ll}-]+ ){0,2}?(?:network|movement|party|group|coalition|alliance|association|union|organi[sz]ation|company|firm)(?=$| (?:of|that|which|who|in|founded|based|led|for|with|whose)\b)/u;

/** An appositive after a comma, and an abbreviation, short form or gloss in parentheses. */
export function voteFromAppositive(site: CueSite, a: Accumulated, around: Around): void {
  const { before } = around;
  // ("Juhan Kask (no relation), the deputy leader of …": a note on a namesake is read past.)
  const after = around.after.replace(/^\s\((?:and |but )?no relation\b[^()]*\)(?=,)/, '');
  const { candidate: c, name, demonyms } = site;
  const phrase = c.phrase;
  // "In Korvani, the answer came from …": after a sentence's opening place, a clause, unless a comma
  // closes it ("In Ostrov, the Kestrian capital, crowds gathered").
  const opening = /^\s*(?:In|At|From|Across|Throughout|Inside|Outside|Within)\s$/.test(before);
  // ("Ostrolet, the Lirvan carrier that had planned …": the head before a relative clause counts; "X,
  // the Special Representative of the Council of Euxine States (CES), …" ends before the abbreviation in parentheses.)
  // ("the Sarydag Caspian Operating Company (SCOC), the Western-led consortium …": past the abbreviation.)
  const told = after.replace(/^\s\(\p{Lu}[\p{Lu}\p{N}&-]{1,7}\)(?=,)/u, '');
  const appositive =
    // (A plural's possessive is one of its words: "a citizens' movement that wants …".)
    /^,\s((?:the|a|an)(?:\s[\p{L}-]+(?:(?<=s)['’])?){1,4}?)\s(?:that|which|who)\s/u.exec(told) ??
    // (It may end in a note: "a deputy of the Civic Union (and no relation of the interior minister),".)
    /^,\s((?:the|a|an)\s[^,.;()“”"]{2,100}?)(?=,|\.|;|\s\(\p{Lu}[\p{Lu}\p{N}&-]{1,7}\)|\s\([^()]{1,60}\),|$)/u.exec(
      told,
    ) ??
    // ("Honest Ballot, Tavrenia's largest election-monitoring network, …": an owner's possessive opens it.)
    /^,\s(\p{Lu}[\p{L}-]+[’']s\s\p{Ll}[^,.;()“”"]{2,100}?)(?=,|\.|;|$)/u.exec(told) ??
    // With no article, a role must open it: "X, deputy chairman of the Union of Road Carriers, has led …".
    BARE_ROLE_APPOSITIVE.exec(told) ??
    CAPITAL_ROLE_APPOSITIVE.exec(told);
  // A clause after the comma is no appositive ("According to Formuzal, the vote had cost the region …").
  if (
    appositive?.[1] &&
    !(opening && told[appositive[0].length] !== ',') &&
    !/\b(?:who|which|that|had|has|have|was|were|is|are|will|would|said|says)\b/.test(appositive[1])
  ) {
    const desc = appositive[1];
    // ("the country’s best-known reporter": a common noun's possessive is an owner, no head; blanked,
    // same length. A name's stays: "the State Department’s envoy".)
    const ownersBlanked = desc.replace(/(?<![\p{L}-])\p{Ll}+[’']s\b/gu, (w) => ' '.repeat(w.length));
    // The appositive's head noun comes first: "the only independent weekly in the province of …".
    // A role ("the chief executive of the … producer Uralkali") makes a person, if it comes first.
    // ("a Party of Regions deputy", "the Gazprom Bank chairman": a capitalised word is a name's, and the
    // lower-case role after the name is the head.)
    const named = (at: number) => /^\p{Lu}\p{Ll}/u.test(desc.slice(at));
    const heads = [
      ...APPOSITIVE_KINDS,
      [PERSON_APPOSITIVE, 'person'] as const,
      [ONE_OF_PEOPLE, 'person'] as const,
    ]
      .map(([re, kind]) => ({ kind, at: re.exec(ownersBlanked)?.index ?? -1 }))
      .filter((h) => h.at >= 0)
      .sort((x, y) => x.at - y.at);
    const role = heads.find((h) => h.kind === 'person' && !named(h.at));
    if (role && heads[0] && heads[0] !== role && named(heads[0].at)) heads.unshift(role);
    const head = heads[0]?.kind;
    // ("In Chorbog, the head of the district administration, Davron Yusupov, claimed …": after an
    // opening place, a person's role is the next name's.)
    if (head && !(head === 'person' && (c.kind !== undefined || opening))) {
      // ("Open Sea, a loose network of students, …": a body's noun heading the appositive says what the
      // name is, however often its shape says place: a sea's name for a movement.)
      const definesBody = head === 'organization' && c.kind === 'place' && BODY_DEFINED.test(ownersBlanked);
      vote(a, head, 'strong', definesBody ? 20 : 1);
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
  // "Zarvanian Gold Resources (ZGR)": words spelling their abbreviation name a body, when nothing
  // else says what they are.
  const initials = initialsOf(name.split(' '));
  // (Not a document, plan or measure: "the Partnership and Cooperation Agreement (PCA)", "the
  // Membership Action Plan (MAP)", "Gross Domestic Product (GDP)".)
  const document =
    /\b(?:Agreement|Treaty|Accord|Convention|Protocol|Memorandum|Charter|Law|Act|Code|Plan|Area|Policy|Corridor|Programme|Program|Initiative|Partnership|Zone|Product|Strategy|Process|Format|Framework|Project|Pipeline|Index|Rate|Tariff|System|Regime)$/.test(
      name,
    );
  if (abbr?.[1] && name.includes(' ') && initials.length >= 2 && initials === abbr[1] && !document)
    vote(a, 'organization', 'weak');
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
export function voteFromCapitalBefore(site: CueSite, a: Accumulated, { before }: Around): void {
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
