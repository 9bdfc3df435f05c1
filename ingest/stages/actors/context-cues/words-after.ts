// What the words right after the name say: a lower-case border, region or party word, a post the
// name holds, what it owns ("Lirvania's economy", "Ostrolet's shareholders"), a state's act.
import { isCommonGivenName } from '../../../language/gender.js';
import { PLAIN_FULL_NAME, ROLE_NOUNS } from '../../../language/lexicon.js';
import { SURNAME } from './shape-and-titles.js';
import { vote, type Accumulated } from '../tally.js';
import type { Around, CueSite } from './site.js';

/** Only a state recalls its ambassador: "Kestria recalled its ambassador from Lindau". */
export const STATE_ACT = /^\s(?:recalled|withdrew|summoned|expelled) its (?:ambassador|envoy)\b/;
const PERSON_ROLE_POST = new RegExp(
  `\\b(?:${ROLE_NOUNS})(?: (?:in|at|to|for|of) (?:the )?\\p{Lu}[\\p{L}-]+(?: \\p{Lu}[\\p{L}-]+){0,3})?,\\s$`,
  'u',
);
const COUNTRY_OWNS =
  /^[’']s (?:(?:\p{Ll}+ )?(?:industry|economy|exports|imports|foreign trade|armed forces|constitution|internal affairs|independence|sovereignty|foreign policy)|GDP|(?:(?:next|last|early) )?presidential elections?(?=[,.;]| (?:on|in|is|was|will|had|has|called)\b))\b/u;
/**
 * What a state has, as its possessive tells ("Sarvenia’s main north–south artery", "Altyria’s
 * capital"; not "Belavia’s planes", "Kavkasia’s editor", "Gamsakhurdia’s supporters").
 */
const STATE_OWNS =
  /^[’']s (?:main|capital|best-known|largest|biggest|oldest|government|president|parliament|economy|regions?|provinces?|borders?|army|territory|population|citizens|roads|highways|railways|ports?|cities|towns|villages|north|south|east|west|leadership|authorities|prime minister|foreign minister|opposition|elections?|gas|oil|energy|transit|debts?|budget|security|interests|reactors|pipelines?|exports?|imports?|liquefied|neighbou?rs|allies|ambassador|embassy|envoy|delegation|negotiators|troops|forces|military|navy|border guards|customs|police|courts?|central bank|national bank|currency|farmers|workers|miners|pensioners|language|minority)\b/u;
/** What only a company owns: "Pontmar's tankers", "Ostrolet's shareholders", "Ostrolet's management". */
const COMPANY_OWNS =
  /^[’']s (?:\p{Ll}+ )?(?:tankers|fleet|shareholders|subsidiary|subsidiaries|refinery|refineries|profits?|revenues?|share price|stake|customers|board of directors|chief executive|CEO|management|workforce|payroll|creditors|debts|trawlers|bankruptcy|administrator|auditors)\b/u;
const COMPANY_POST_BEFORE_NAME =
  /^\s(?:chairman|chairwoman|chief executive|CEO|director general|general director|managing director)\s\p{Lu}[\p{Ll}’'-]+\s\p{Lu}[\p{Ll}’'-]+/u;
const DIRECTOR_OF = /^[’']s (?:director general|general director|managing director|executive director)\b/u;
/** What only a body has: a chair, members, a faction, a congress. */
const BODY_OWNS =
  /^[’']s (?:(?:first|deputy|former|new|acting) )?(?:chairman|chairwoman|chairperson|co-chairs?|co-chairman|general secretary|secretary-general|presidium|members|congress|faction|deputies|activists|founders?|candidates?|branch|branches|headquarters)\b/u;
/**
 * A company's kind after its name: " state power company", " oil corporation" (not when the company's
 * own name follows: "the Ostrov state power company Ostrovenergo" is a place's company).
 */
const COMPANY_KIND_AFTER =
  /^\s(?:(?!(?:that|the|a|an|which|who|and|or|but|to|of|in|on|for|with|its|his|her|their|is|was|said|added)\s)\p{Ll}+\s){0,3}(?:company|corporation|conglomerate|monopoly|utility|holding|concern|consortium)\b(?!\s\p{Lu}[\p{L}-]*[\s,.;:)]\s?[^\p{Lu}\s])/u;
/** Kin after the name: ", whose son …", "’s widow", "and her husband". */
const KIN_AFTER =
  /^(?:,\swhose|[’']s|\sand\s(?:his|her))\s(?:(?:elder|younger|eldest|youngest|only|late)\s)?(?:son|sons|daughter|daughters|husband|wife|widow|brother|sister|father|mother|children|grandson|granddaughter|nephew)\b/u;
/** A full name whose given name is common or whose surname ends as the region's surnames do. */
function personShaped(name: string): boolean {
  return (
    PLAIN_FULL_NAME.test(name) &&
    name.includes(' ') &&
    (isCommonGivenName(name.split(' ')[0] ?? '') || SURNAME.test(name.split(' ').at(-1) ?? ''))
  );
}
/** What only a person has: a trial, a lawyer, a release from custody, a health. */
const PERSON_OWNS =
  /^[’']s\s(?:(?:\p{Ll}+\s)?(?:trial|lawyer|lawyers|defen[cs]e lawyer|arrest|detention|release|sentence|conviction|health|wife|husband|widow|family|relatives|funeral|disappearance|abduction|resignation))\b/u;
const HOLDS_POST = new RegExp(
  `^\\s(?:(?:has (?:long )?been|had been|was|is|became|served as|serves as)\\s(?:the\\s|a\\s|an\\s)?(?:[\\p{Ll}-]+\\s){0,2}(?:${ROLE_NOUNS})\\b|(?:has|had) (?:long )?(?:led|headed|chaired|edited|run|directed)\\s)`,
  'u',
);

/** A lower-case word after the name (border, region, party), a post it holds, what it owns. */
export function voteFromWordsAfter(site: CueSite, a: Accumulated, { after, before }: Around): void {
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
  // "of the Tagharhydro state power company": a name before a company's lower-case kind is the company.
  // (Not a people's adjective: "the Brennish company that leads …".)
  // (After an article only: "Akhmetov owns steel company Metinvest" is a man who owns one.)
  if (
    !name.includes(' ') &&
    !/-\p{Ll}+$/u.test(name) &&
    // (Or after a compound adjective: "The Turkish-led Egeport consortium".)
    /\b(?:[Tt]he|[Aa]n?)\s(?:\p{L}+-\p{Ll}+\s)?$/u.test(before) &&
    !/(?:ish|ian|ese|ean|ic)$/.test(name) &&
    !site.demonyms.has(name) &&
    COMPANY_KIND_AFTER.test(after)
  )
    // (A consortium is often named for its field, "the Kashagan consortium": a weak cue, which the
    // field's own cues outvote.)
    vote(a, 'organization', /^\s(?:\p{Ll}+\s){0,3}consortium\b/u.test(after) ? 'weak' : 'strong');
  // "leads the Green Wave faction in parliament", "the unregistered Zhana Tolkyn (New Wave)
  // movement": a name before a lower-case party word, its translation an alias.
  // (Its name with the word, "Green Wave faction", is an alias too.)
  const party = /^(?:\s\(([^()]{2,40})\))?\s(faction|party|bloc|movement|coalition)\b/.exec(after);
  // ("the Kremlin-backed Nashi movement": a compound adjective may come between.)
  if (party?.[2] && /\b[Tt]he\s(?:\p{Ll}+\s|\p{L}+-\p{Ll}+\s)?$/u.test(before)) {
    vote(a, 'organization', 'strong');
    if (party[1] && /^\p{Lu}/u.test(party[1])) a.aliases.add(party[1]);
    a.aliases.add(`${name} ${party[2]}`);
    // ("the ruling Unity and Order party (UO)": the initials after the word are the party's.)
    const initials =
      /^\s(?:\(([^()]{2,40})\)\s)?(?:faction|party|bloc|movement|coalition)\s\((\p{Lu}{2,8})\)/u.exec(after);
    if (initials?.[2]) a.aliases.add(initials[2]);
  }
  // "the fund's envoy in Varnel, Ivo Sand, said …": a role with its post, then the name between commas.
  if (c.kind === undefined && PLAIN_FULL_NAME.test(name) && /^,/.test(after) && PERSON_ROLE_POST.test(before))
    vote(a, 'person', 'strong');
  // "Teodor Halangiu has been mayor of Kavarnik since 2003": a full name that holds a post.
  if (c.kind === undefined && PLAIN_FULL_NAME.test(name) && HOLDS_POST.test(after))
    vote(a, 'person', 'strong');
  // "Vitalie Ursakov’s trial opened", "Marat Tolegenov’s lawyer": only a person is tried, or has a lawyer.
  // (A name shaped as a person's: a common given name or a surname's ending, not "Pussy Riot’s trial".)
  if (c.kind === undefined && personShaped(name) && PERSON_OWNS.test(after)) vote(a, 'person', 'strong');
  // "Eteri Margvelani, whose son Luka is …", "X, whose husband was arrested": only a person has kin.
  if (c.kind === undefined && PLAIN_FULL_NAME.test(name) && KIN_AFTER.test(after))
    vote(a, 'person', 'strong');
  // "Niskanen, who sat on the panel": a relative "who" after the name is said of a person only (not
  // after a preposition: "a cardiologist at a hospital in Tsilvar, who has run …" is the cardiologist).
  if (
    // (Nor a people or movement after "the": "The Taliban, who control …", "the Kurds, who …".)
    !/\b(?:in|at|of|from|to|near|on|by|for|with|into|across|and|or|[Tt]he)\s$/.test(before) &&
    c.kind === undefined &&
    /^,\s(?:who|whom)\s/.test(after) &&
    /^\p{Lu}[\p{Ll}’'-]+(?: \p{Lu}[\p{Ll}’'-]+)?$/u.test(name)
  )
    vote(a, 'person', 'strong');
  // "Lirvania's copper industry", "Lirvania's economy": only a country owns these.
  if (!name.includes(' ') && COUNTRY_OWNS.test(after)) vote(a, 'country', 'weak', 2);
  // "Sarvenia’s main north–south artery": a state's shape and an owner's possessive, if nothing else
  // says what the name is (the least of votes).
  if (!name.includes(' ') && /\p{Ll}(?:ia|stan)$/u.test(name) && STATE_OWNS.test(after))
    vote(a, 'country', 'weak', 0.5);
  // "in Ardzania's Gudara region": what has regions and provinces is a state.
  // (A name shaped as a state's: "Kuzbass’s Prokopyevsk region" is a region's district.)
  if (
    !name.includes(' ') &&
    /(?:ia|stan|land)$/.test(name) &&
    /^[’']s (?:\p{Lu}[\p{L}-]+ )?(?:region|province|oblast)\b/u.test(after)
  )
    vote(a, 'country', 'weak', 2);
  // "Tokhtarov, who has ruled Sarystan since independence": what a ruler has long ruled is a state
  // (not "who ruled Menatep in the 1990s").
  if (
    !name.includes(' ') &&
    /\b(?:ruled|rules|governed|governs)\s$/.test(before) &&
    /^\s(?:since|for)\b/.test(after)
  )
    vote(a, 'country', 'weak', 2);
  if (COMPANY_OWNS.test(after)) vote(a, 'organization', 'strong');
  // "Aktavgidro chairman Nurlan Tokonov": a company's post, printed between its name and a person's.
  // (Not a people's adjective: "Aktavian chairman …".)
  if (
    !name.includes(' ') &&
    !/(?:ish|ian|ese|ean|ic)$/.test(name) &&
    !site.demonyms.has(name) &&
    COMPANY_POST_BEFORE_NAME.test(after)
  )
    vote(a, 'organization', 'strong');
  // "Zemerhydro’s director general": a company's post, but an owner's too ("Akhmetov’s managing
  // director"), so a weak cue a name's other printings may outvote.
  if (DIRECTOR_OF.test(after) && !SURNAME.test(name)) vote(a, 'organization', 'weak', 2);
  // "Free Tavrenia’s chairwoman", "Birlik's members": only a body has a chair or members.
  if (c.kind !== 'person' && BODY_OWNS.test(after)) vote(a, 'organization', 'strong');
}
