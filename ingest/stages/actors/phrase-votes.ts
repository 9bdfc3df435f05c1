// The loop over the article's capitalised phrases: a country's or place's body named with a
// lower-case head ("the Kestrian parliament"), an outlet's name, a vessel, a facility ("the Ulgar
// dam") are tallied as what they are; a single word at a sentence's start that is printed nowhere
// else in capitals is skipped; every other phrase is classified (classify.ts) and each name in it
// tallied with its own votes and the votes of its context (context-cues.ts).
import { COMPANY_WORD, LANGUAGES, ORG_HEADS, ROLE_MODIFIERS } from '../../language/lexicon.js';
import { GAZETTEER, MACRO_REGIONS, NOT_COUNTRY_ADJECTIVES } from '../gazetteer.js';
import type { NamePhrase } from '../names.js';
import type { Registry } from '../../files/registry.js';
import type { Sentence } from '../segment.js';
import { looksLikeMedia } from '../sources.js';
import { normalizeText } from '../../../src/text/normalize.js';
import { classify } from './classify.js';
import { STATE_ACT, voteFromContext } from './context-cues.js';
import { record, vote, type Tally } from './tally.js';

/**
 * Lower-case bodies that a country's adjective or a place's name turns into a named institution
 * ("the Kestrian–Temirian intergovernmental commission": two countries' joint body too; "the Kestrian
 * cabinet", "the Kestrian navy": a state's arm; "Lirvan’s de facto parliament". "The X embassy" is
 * as often the building picketed as the mission, so it is left out).
 */
const INSTITUTION =
  /^ (?:de facto )?(?:(?:regional|city|district|provincial|municipal|supreme|constitutional|military|appeals|high) )?(?:(?:intergovernmental|joint|bilateral|mixed) commission|parliament|legislature|senate|court|council|prosecutor['’]s office|(?:foreign|interior|defen[cs]e|justice|finance|energy|economy|health|education|agriculture|emergencies) ministry|cabinet|coast guard|navy|(?:veterinary|border|customs|security) service)(?![\p{L}’'])(?![ -]\p{Lu})/u;
/** "Volmarian customs began inspecting …": a state's customs that acts, printed without "the". */
const CUSTOMS_ACT =
  /^ customs(?= (?:has |have |had |also )?(?:\p{Ll}+ed|began|held|kept|took|shut|let|says|said)\b)/u;
// ("the Ostra road crossing", "the Druzhba pipeline", "the Kara-Tau mine", "the Tolva gas field", "the Arel peninsula": a
// place's name with a lower-case head of terrain, region or installation names a place of its own.)
const FACILITY =
  /^ (dam|bridge|airport|reservoir|canal|corridor|cascade|air base|refinery|cathedral|mosque|monastery|stadium|square|(?:(?:road|rail|border) )?crossing|(?:gas |oil )?pipeline|tunnel|mine|peninsula|(?:gas |oil |offshore |onshore )?field|(?:oil|gas) terminal|light(?:house)?|region|valley|district|province|oblast|gorge)\b/;
/**
 * Heads whose place goes by its bare name too ("closed Dzhanakent" for "the Dzhanakent crossing",
 * "Tolva" for "the Tolva region"): the bare name joins the actor as an alias.
 */
const BARE_NAME_TOO = /(?:crossing|air base|field|region|valley|district|province|oblast|gorge)$/;
/** What may stand between "the" and such a place: "the Tolva region", "the disputed Arel field". */
const FACILITY_BEFORE = /(?:\b[Tt]he|\p{L}[’']s)\s(?:\p{Ll}+\s)?$/u;
/** "the survey vessel Kapitan Orlov", "the patrol boat Berkut": a ship's name, even a person's, names a vessel. */
const VESSEL_BEFORE =
  /\b(?:ship|vessel|ferry|tanker|freighter|boat|cutter|frigate|corvette|destroyer|cruiser|submarine|icebreaker|trawler|barge|rig)\s$/;
const VESSEL_ACTS = /^ (?:\p{Ll}+ed|was|were|would|will|had|has|is|sailed|left|took|ran|sank|began)\b/u;
/** "the Kelasha Shield exercises", "Caucasus Frontier 2009 drills": the name of a drill is no actor. */
const NAMES_A_DRILL =
  /^(?:[ -]\d{2,4})? (?:military |joint |naval |command |staff )?(?:exercises?|drills?|maneuvers|manoeuvres|war games)\b/;

/** A state's stance taken by its capital: "… was quick to read the change", "… protested the next day". */
const STANCE_AFTER =
  /^ (?:was (?:quick|swift|slow|first) to|protested|objected|retaliated|hit back|(?:has |had )?(?:long )?(?:insisted|refused|rejected|denied|countered))\b/;

/**
 * "Velikomir was quick to read the change differently", "Nusratabad protested": a word printed only
 * at a sentence's start, never in lower case, no plural ("Officials protested"), taking a state's
 * stance, is a capital speaking for its government.
 */
function capitalTakingAStance(text: string, phrase: NamePhrase): boolean {
  const word = phrase.text;
  return (
    STANCE_AFTER.test(text.slice(phrase.end, phrase.end + 30)) &&
    !/s$/.test(word) &&
    !new RegExp(`(?<![\\p{L}])${word.toLowerCase()}(?![\\p{L}])`, 'u').test(text)
  );
}

/**
 * "the Gazli–Bishkek pipeline", "the Central Asia–Center pipeline": names joined by a dash before a
 * facility's head name the facility, not places of their own. The phrases joined into one (all but
 * the last), and for the last, where the facility's name starts.
 */
function dashedFacilities(
  text: string,
  phrases: readonly NamePhrase[],
): { joined: Set<NamePhrase>; dashed: Map<NamePhrase, number> } {
  const joined = new Set<NamePhrase>();
  const dashed = new Map<NamePhrase, number>();
  for (let i = 0; i < phrases.length; i++) {
    let j = i;
    const next = (k: number) => phrases[k + 1];
    while (next(j) && next(j)?.start === (phrases[j]?.end ?? 0) + 1 && text[phrases[j]?.end ?? 0] === '–')
      j++;
    const first = phrases[i] as NamePhrase;
    const last = phrases[j] as NamePhrase;
    if (j > i && FACILITY.test(text.slice(last.end, last.end + 40))) {
      for (let k = i; k < j; k++) joined.add(phrases[k] as NamePhrase);
      dashed.set(last, first.start);
    }
    i = j;
  }
  return { joined, dashed };
}

/** A body's unit after its possessive: "’s media freedom office", "’s pipeline protection unit". */
const OWNED_UNIT = /^[’']s (?:[\p{Ll}-]+ ){1,3}(?:office|unit|department|directorate)(?![\p{L}-])/u;
/** A company's governing organ "of" the company: "Management Committee of Gazprom", "Board of the X Steel Company". */
const COMPANY_ORGAN =
  /^(?:(?:Management|Supervisory|Executive) )?(?:Board|Committee)(?: of Directors)? of (?:the )?(\p{Lu}[\p{L}\p{N}-]*(?: \p{Lu}[\p{L}\p{N}-]*){0,2})$/u;
/** A title "of the" organ: "Deputy Chairman of the ". */
const TITLE_OF_THE = /\b(?:Chairman|Chairwoman|Chair|Member|Head|Secretary)\s+of\s+the\s$/;

/** "the Kestrian embassy", "the US Embassy in Velmar": a country's mission, named by its adjective. */
const EMBASSY = /^ (?:[Ee]mbassy|[Cc]onsulate)(?: in \p{Lu}[\p{L}-]+)?(?![\p{L}-])/u;
/** What a mission does as a party: speaks or acts ("the embassy replied", "… in Velmar was careful"). */
const MISSION_ACTS =
  /^,? (?:(?:also|later|then) )?(?:said|says|added|replied|responded|announced|stated|confirmed|denied|declined|told|warned|protested|urged|called|issued|insisted|refused|was|is|has|had|would|will)\b/;

/** A person of the mission, who is the subject: "a diplomat at the Kestrian embassy told …". */
const STAFF_AT =
  /\b(?:diplomat|official|spokesman|spokeswoman|attach[ée]|staffer|source|employee)s? (?:at|of|from|in) the $/;

/**
 * "The Russian Embassy in Velmar was more careful", "the US embassy said", "sent it to the Kestrian
 * embassy. Only the embassy replied.": a country's embassy is a party when it (or "the embassy")
 * acts; the building picketed or passed ("outside the X embassy") is none. ("The X embassy in Velmar
 * said" and "a diplomat at the X embassy told" are unnamed speakers, drafted by the unnamed stage.)
 */
function actingEmbassy(text: string, phrase: NamePhrase, next: string): string | undefined {
  // ("the Kestrian Embassy in Velmar": the capitalised head is a word of the phrase.)
  const headed = phrase.tokens.length === 2 && /^(?:Embassy|Consulate)$/.test(phrase.tokens[1]?.text ?? '');
  const country = phrase.tokens[0]?.text ?? '';
  const known = GAZETTEER.get(country);
  if (
    (phrase.tokens.length !== 1 && !headed) ||
    !(known?.kind === 'country' || /^\p{Lu}\p{Ll}+(?:ian|an|i|ese|ish)$/u.test(country))
  )
    return undefined;
  const m = EMBASSY.exec(headed ? `${text.slice(phrase.tokens[0]?.end ?? 0, phrase.end)}${next}` : next);
  if (!m) return undefined;
  if (
    / (?:embassy|consulate) in /.test(m[0]) ||
    STAFF_AT.test(text.slice(Math.max(0, phrase.start - 40), phrase.start))
  )
    return undefined;
  const after = text.slice(phrase.tokens[0]?.end ?? 0).slice(m[0].length, m[0].length + 40);
  const acts =
    MISSION_ACTS.test(after) ||
    /\b[Tt]he (?:embassy|consulate)(?: (?:also|later|then))? (?:said|replied|responded|answered|announced|denied|confirmed|declined|protested|warned)\b/.test(
      text,
    );
  return acts ? `${country}${m[0]}` : undefined;
}

/** What the phrase loop reads besides the phrases' own words. */
export interface PhraseInputs {
  readonly text: string;
  readonly sentences: readonly Sentence[];
  readonly phrases: readonly NamePhrase[];
  readonly registry: Registry;
  readonly outletNames: readonly { name: string; sentence: number }[];
  readonly demonyms: ReadonlyMap<string, string>;
  /** The countries the demonyms stand for. */
  readonly articleCountries: ReadonlySet<string>;
  /** Abbreviations of lower-case things that are no actor ("PSA"). */
  readonly thingAbbreviations: ReadonlySet<string>;
}

/**
 * Tally every phrase's names and votes; return the names whose subject is an "it" that acts
 * ("Inguri Hydro halved its deliveries"), counted once every other cue is in.
 */
export function tallyPhrases(inputs: PhraseInputs, tally: Tally): Set<string> {
  const { text, sentences, phrases, registry, outletNames, demonyms, articleCountries, thingAbbreviations } =
    inputs;
  const capitalisedElsewhere = new Set<string>();
  for (const p of phrases)
    for (const t of p.tokens.slice(p.initial ? 1 : 0)) capitalisedElsewhere.add(t.text);
  const actsAsIt = new Set<string>();
  const { joined, dashed } = dashedFacilities(text, phrases);
  const vessels = new Set(
    phrases
      .filter((p) => VESSEL_BEFORE.test(text.slice(Math.max(0, p.start - 20), p.start)))
      .map((p) => p.text),
  );

  for (const phrase of phrases) {
    const sentence = sentences[phrase.sentence] as Sentence;
    if (joined.has(phrase)) continue;
    const from = dashed.get(phrase);
    if (from !== undefined) {
      const head = FACILITY.exec(text.slice(phrase.end))?.[0] ?? '';
      const name = text.slice(from, phrase.end) + head;
      vote(record(tally, name, phrase.sentence, from, phrase.end + head.length), 'place', 'strong');
      continue;
    }
    // "the Kestrian parliament", "the Ulgar regional court": a body named by its country or place.
    const next = text.slice(phrase.end, Math.min(sentence.end, phrase.end + 40));
    // ("Lirvan’s parliament": a possessive names the body as "the Lirvan parliament" does.)
    const owner = phrase.possessive ? (/^[’']s/.exec(next)?.[0] ?? '') : '';
    const customs = owner ? null : CUSTOMS_ACT.exec(next);
    const institution = INSTITUTION.exec(next.slice(owner.length)) ?? customs;
    const bodyEnd = phrase.end + owner.length + (institution?.[0].length ?? 0);
    // "the Lirvan parliament, the Great Khural, voted …", "the Khural, the Lirvan parliament, voted
    // …": the named body is the actor, not its gloss.
    const afterInstitution = institution ? text.slice(bodyEnd, bodyEnd + 60) : '';
    const glossOfName =
      institution &&
      (/^,\s(?:the\s)?\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)*,/u.test(afterInstitution) ||
        (/^,/.test(afterInstitution) &&
          /\p{Lu}[\p{L}-]*,\s[Tt]he\s$/u.test(
            text.slice(Math.max(sentence.start, phrase.start - 40), phrase.start),
          )));
    // "the small Lirvan navy"; "a Lirvan coast guard cutter": a body named before what it owns.
    const lead = text.slice(Math.max(sentence.start, phrase.start - 20), phrase.start);
    const determined =
      /\b[Tt]he\s(?:\p{Ll}+\s)?$/u.test(lead) ||
      (/\b[Aa]n?\s$/.test(lead) && /^ \p{Ll}/u.test(afterInstitution));
    if (institution && !glossOfName && (customs || owner || determined)) {
      const name = text.slice(phrase.start, bodyEnd);
      vote(record(tally, name, phrase.sentence, phrase.start, bodyEnd), 'organization', 'strong');
      continue;
    }
    const embassy = actingEmbassy(text, phrase, next);
    if (embassy) {
      vote(
        record(tally, embassy, phrase.sentence, phrase.start, phrase.start + embassy.length),
        'organization',
        'strong',
      );
      continue;
    }
    // "the OSCE's media freedom office", "the Interior Ministry's pipeline protection unit": a body's
    // own unit, named in lower case after it, is the actor.
    const unit = phrase.possessive ? OWNED_UNIT.exec(next) : null;
    if (
      unit &&
      (ORG_HEADS.has(phrase.tokens.at(-1)?.text ?? '') || GAZETTEER.get(phrase.text)?.kind === 'organization')
    ) {
      const end = phrase.end + unit[0].length;
      vote(
        record(tally, text.slice(phrase.start, end), phrase.sentence, phrase.start, end),
        'organization',
        'strong',
      );
      continue;
    }
    if (phrase.tokens.length > 1 && NAMES_A_DRILL.test(text.slice(phrase.end, phrase.end + 40))) continue;
    // "Rustavi 2 reported …": the words of an outlet's name printed here are that outlet.
    const outlet = outletNames.find(
      (o) => o.name.length > phrase.text.length && text.startsWith(o.name, phrase.start),
    );
    if (outlet) {
      tally.occurrences.push({
        name: outlet.name,
        start: phrase.start,
        end: phrase.start + outlet.name.length,
        sentence: phrase.sentence,
      });
      continue;
    }
    // A vessel that acts ("the patrol boat Berkut ordered …") or that the story comes back to ("the
    // Admiral Orlov", no person) is drafted as a place, the kind a moving scene of events takes;
    // one named in passing ("seized the tanker Olga off Pelka") is scenery.
    if (vessels.has(phrase.text)) {
      const acts = VESSEL_ACTS.test(text.slice(phrase.end, phrase.end + 20));
      if (!acts && text.split(phrase.text).length < 3) continue;
      vote(record(tally, phrase.text, phrase.sentence, phrase.start, phrase.end), 'place', 'strong');
      continue;
    }
    const single = phrase.tokens.length === 1 ? (phrase.tokens[0]?.text ?? '') : undefined;
    if (single !== undefined) {
      const bare = single.replace(/-\p{Ll}+$/u, '');
      if (demonyms.has(bare)) continue;
      if (bare.includes('-') && bare.split('-').every((part) => demonyms.has(part))) continue;
      // "published in English", "the Caspian seabed": a language, or a region's adjective before a noun.
      if (LANGUAGES.has(single) || thingAbbreviations.has(single)) continue;
      if (NOT_COUNTRY_ADJECTIVES.has(single) && /^ \p{Ll}/u.test(text.slice(phrase.end, phrase.end + 2)))
        continue;
      if (
        phrase.initial &&
        !capitalisedElsewhere.has(single) &&
        !registry.byName.has(normalizeText(single)) &&
        !GAZETTEER.has(single) &&
        !COMPANY_WORD.test(single) &&
        !looksLikeMedia(single) &&
        // "Gazprom, which bought …", "Ashgabat, for its part, …": a name the sentence goes on about.
        !/^(?:[’']s\b|,\s(?:which|who|whose|for (?:its|his|her) part|the\s))/.test(
          text.slice(phrase.end, phrase.end + 20),
        ) &&
        !STATE_ACT.test(text.slice(phrase.end, phrase.end + 40))
      ) {
        if (capitalTakingAStance(text, phrase))
          vote(record(tally, single, phrase.sentence, phrase.start, phrase.end), 'place', 'weak');
        continue;
      }
    }
    for (const c of classify(text, sentence, phrase, registry)) {
      // A demonym leading a non-organisation phrase is a modifier ("Kestrian gas" never gets here).
      let name = c.name;
      let start = c.start;
      const firstWord = name.split(' ')[0] ?? '';
      // ("the Belarusian KGB" keeps its adjective: the abbreviation alone names no one country's body).
      if (
        c.kind !== 'organization' &&
        c.kind !== 'media' &&
        demonyms.has(firstWord) &&
        name.includes(' ') &&
        !/^\p{Lu}{2,6}$/u.test(name.slice(firstWord.length + 1))
      ) {
        name = name.slice(firstWord.length + 1);
        start += firstWord.length + 1;
      }
      if (demonyms.has(name)) continue;
      // (A macro-region is no party, unless the registry already holds it as an actor.)
      if (MACRO_REGIONS.has(name) && !registry.byName.has(normalizeText(name))) continue;
      // "Deputy Chairman of the Management Committee of Gazprom Gennady Voronin", "Chairman of the
      // Board of KazMunaiGaz X": a company's governing organ in a title names the company.
      const organ = COMPANY_ORGAN.exec(name);
      if (organ?.[1] && TITLE_OF_THE.test(text.slice(Math.max(sentence.start, start - 30), start))) {
        start += name.length - organ[1].length;
        name = organ[1];
      }
      // "Dashtavan’s Foreign Ministry": a state body named by its country's possessive keeps it, to
      // tell it from another country's "Foreign Ministry".
      const possessor = /(\p{Lu}[\p{L}-]+[’']s) $/u.exec(
        text.slice(Math.max(sentence.start, start - 30), start),
      )?.[1];
      if (
        possessor &&
        c.kind === 'organization' &&
        ROLE_MODIFIERS.has(firstWord) &&
        articleCountries.has(possessor.slice(0, -2))
      ) {
        name = `${possessor} ${name}`;
        start -= possessor.length + 1;
      }
      // "the Ulgar dam": the facility is the actor, not the place it is named after.
      const facility = FACILITY.exec(text.slice(c.end, Math.min(sentence.end, c.end + 40)));
      // ("the KuratMunai oil terminal": a company's installation, named after its owner, is no place.)
      if (
        facility?.[1] &&
        !COMPANY_WORD.test(name) &&
        FACILITY_BEFORE.test(text.slice(Math.max(sentence.start, start - 30), start))
      ) {
        const fname = `${name} ${facility[1]}`;
        const f = record(tally, fname, phrase.sentence, start, c.end + facility[0].length);
        if (BARE_NAME_TOO.test(facility[1])) f.aliases.add(name);
        vote(f, 'place', 'strong');
        continue;
      }
      const a = record(tally, name, phrase.sentence, start, c.end);
      vote(a, c.kind, c.strength);
      if (c.role && !a.description) {
        a.description = c.role;
        a.descriptionSentence = phrase.sentence;
      }
      voteFromContext(
        { text, sentence, candidate: c, name, start, firstWord, demonyms, articleCountries },
        a,
        actsAsIt,
      );
    }
  }
  return actsAsIt;
}
