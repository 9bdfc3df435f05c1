// Turns an article's name phrases into actors: persons (introduced by role, later by surname),
// organisations (abbreviations in parentheses become aliases), countries, places and media
// outlets; transliteration variants merge; actors already in the registry are matched.
import type { ActorKind } from '../../src/dataset/schema.js';
import {
  APPOSITIVE_KINDS,
  COMPANY_WORD,
  LANGUAGES,
  ORG_HEADS,
  PLACE_OF_HEADS,
  PLAIN_FULL_NAME,
  PLURAL_TITLES,
  ROLE_MODIFIERS,
  ROLE_NOUNS,
  SPEECH_VERBS,
  TITLE_WORDS,
} from '../language/lexicon.js';
import { inferCapitals } from './capitals.js';
import {
  countriesOnlyByAdjective,
  demonymForms,
  GAZETTEER,
  MACRO_REGIONS,
  NOT_COUNTRY_ADJECTIVES,
} from './gazetteer.js';
import { findNamePhrases, type NamePhrase } from './names.js';
import type { Registry } from '../files/registry.js';
import type { Sentence } from './segment.js';
import { looksLikeMedia, type Citation } from './sources.js';
import { normalizeText } from '../../src/text/normalize.js';
import { nameKey } from '../../src/search/fold.js';

export interface Mention {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly sentence: number;
  /** The actor meant, or several when a shared surname is ambiguous. */
  readonly actors: readonly string[];
  /** How the mention names the actor. */
  readonly via: 'name' | 'surname' | 'alias' | 'demonym' | 'capital' | 'reference' | 'group';
}

export interface ArticleActor {
  readonly key: string;
  kind: ActorKind;
  name: string;
  /** Every form the article uses, with its count. */
  readonly forms: Map<string, number>;
  description?: string;
  /** Sentence index where the description (or the first mention) is printed. */
  evidenceSentence: number;
  registryId?: string;
  /** For a capital: the country it stands for ("Veloran’s refusal"). */
  capitalOf?: string;
  /** Abbreviations and other forms worth keeping as aliases. */
  readonly aliases: Set<string>;
  /** Where the kind came from, for the review report when it is a guess. */
  kindCue: 'strong' | 'weak';
  /** Why the name itself is a guess. */
  inferred?: string;
}

export interface ActorTable {
  readonly actors: Map<string, ArticleActor>;
  readonly mentions: Mention[];
  /** Demonym -> country actor key ("Kestrian" -> kestria). */
  readonly demonyms: Map<string, string>;
  readonly notes: string[];
}

const GOVERNED_TITLES = new Set(['Governor', 'Mayor', 'Akim', 'Hokim', 'Governor-General']);
const SURNAME =
  /(?:ov|ova|ev|eva|yev|yeva|iev|in|ina|enko|chuk|yan|dze|shvili|uly|kyzy|ali|bekov|bayev|oglu|ski|sky|skiy|ska|skaya|vich|ovic|ovich|ич|ов|ев)$/;
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
/** Only a state recalls its ambassador: "Kestria recalled its ambassador from Lindau". */
const STATE_ACT = /^\s(?:recalled|withdrew|summoned|expelled) its (?:ambassador|envoy)\b/;
/**
 * Last words that make a capitalised phrase a place: "Ulgar River", "Caspian Sea", "Usta Street",
 * "Trans-Sarkel Gas Pipeline".
 */
const GEOGRAPHIC_HEADS = new Set(
  `River Lake Sea Mountains Mountain Range Valley Gorge Pass Strait Bay Gulf Island Islands Peninsula
   Desert Basin Delta Canal Reservoir Dam Steppe Plateau Highlands Lowlands Coast Plain Street Avenue
   Square Boulevard Prospekt Prospect Highway Bridge Crossing Park Quarter Pipeline`.split(/\s+/),
);
// ("the Ostra road crossing", "the Druzhba pipeline", "the Kara-Tau mine", "the Tolva gas field", "the Arel peninsula": a
// place's name with a lower-case head of terrain, region or installation names a place of its own.)
const FACILITY =
  /^ (dam|bridge|airport|reservoir|canal|refinery|cathedral|mosque|monastery|stadium|square|(?:(?:road|rail|border) )?crossing|(?:gas |oil )?pipeline|tunnel|mine|peninsula|(?:gas |oil |offshore |onshore )?field|(?:oil|gas) terminal|light(?:house)?|region|valley|district|province|oblast|gorge)\b/;
/**
 * Heads whose place goes by its bare name too ("closed Dzhanakent" for "the Dzhanakent crossing",
 * "Tolva" for "the Tolva region"): the bare name joins the actor as an alias.
 */
const BARE_NAME_TOO = /(?:crossing|field|region|valley|district|province|oblast|gorge)$/;
/** What may stand between "the" and such a place: "the Tolva region", "the disputed Arel field". */
const FACILITY_BEFORE = /(?:\b[Tt]he|\p{L}[’']s)\s(?:\p{Ll}+\s)?$/u;
/** "the survey vessel Kapitan Orlov", "the patrol boat Berkut": a ship's name, even a person's, names a vessel. */
const VESSEL_BEFORE =
  /\b(?:ship|vessel|ferry|tanker|freighter|boat|cutter|frigate|corvette|destroyer|cruiser|submarine|icebreaker|trawler|barge|rig)\s$/;
const VESSEL_ACTS = /^ (?:\p{Ll}+ed|was|were|would|will|had|has|is|sailed|left|took|ran|sank|began)\b/u;
/** "the Kelasha Shield exercises", "Caucasus Frontier 2009 drills": the name of a drill is no actor. */
const NAMES_A_DRILL =
  /^(?:[ -]\d{2,4})? (?:military |joint |naval |command |staff )?(?:exercises?|drills?|maneuvers|manoeuvres|war games)\b/;
/** "Turkish-owned", "Maltese-flagged", "Swiss-made": a nationality of a thing's owner or maker. */
const OWNED_OR_MADE = /-(?:owned|flagged|registered|built|made)$/;
const LOCATIVE =
  /\b(?:in|(?<![Aa]ccording |\b(?:spoke|spoken|speaking|talked|talking|wrote|written|writing|said|replied|listened|letter) )to|from|at|outside|near|into|toward|towards|via|across|around|inside|within|of|between|visited|visiting|reached|left|entered)\s(?:the\s)?$/;
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
const ROLE_TAIL = new RegExp(`(?:^|\\s)(?:${ROLE_NOUNS})(?:,)?\\s$`, 'i');

interface Candidate {
  phrase: NamePhrase;
  name: string;
  kind?: ActorKind;
  strength: 'strong' | 'weak' | 'none';
  role?: string;
  /** Offsets of the actor's name part inside the phrase. */
  start: number;
  end: number;
}

/** The lower-case or capitalised role printed just before a name ("TDA leader", "its editor,"). */
export function roleBefore(text: string, sentence: Sentence, at: number): string | undefined {
  const window = text.slice(Math.max(sentence.start, at - 120), at);
  if (!ROLE_TAIL.test(window)) return undefined;
  const words = window.replace(/,?\s$/, '').split(' ');
  const kept: string[] = [];
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i] ?? '';
    if (kept.length === 0) {
      kept.unshift(w);
      continue;
    }
    if (/^(?:the|its|his|her|their|our|a|an)$/.test(w)) {
      kept.unshift(w);
      break;
    }
    if (/[.;:!?)(]$/.test(w) || w.endsWith(',')) {
      // One appositive comma may be crossed: "the minister of energy, his cousin".
      if (w.endsWith(',') && !kept.join(' ').includes(',') && /^(?:his|her|its|their)$/.test(kept[0] ?? '')) {
        kept.unshift(w);
        continue;
      }
      break;
    }
    if (
      /^\p{Lu}/u.test(w) ||
      /^(?:deputy|first|former|acting|chief|senior|top|state|foreign|defense|interior|energy|opposition|security|prime|vice|executive|general|press|presidential|local|regional|party|of|and|the)$/.test(
        w,
      )
    ) {
      kept.unshift(w);
      continue;
    }
    break;
  }
  const role = kept.join(' ').replace(/,$/, '').trim();
  if (/^(?:the|a|an|its|his|her|their)$/i.test(role)) return undefined;
  return role === '' ? undefined : role;
}

/** A title ending in "of" or "of the" right before a phrase: "Deputy Chairman of the ". */
const TITLE_OF = new RegExp(
  `((?:\\p{Lu}[\\p{L}-]*\\s)*(?:${[...TITLE_WORDS].join('|')})\\s+(?:of|for)\\s+(?:the\\s+)?)$`,
  'u',
);

/** "Deputy Chairman of the State Security Committee (SSC) ": a title whose body's abbreviation comes before the name. */
const TITLE_OF_ABBREVIATED = new RegExp(
  `((?:\\p{Lu}[\\p{L}-]*\\s)*(?:${[...TITLE_WORDS].join('|')})\\s+(?:of|for)\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}-]*\\s)+\\(\\p{Lu}{2,6}\\))\\s$`,
  'u',
);

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

/** Classify one phrase, splitting a leading role ("Kestrian President") from the name. */
function classify(text: string, sentence: Sentence, phrase: NamePhrase, registry: Registry): Candidate[] {
  const tokens = phrase.tokens;
  const words = tokens.map((t) => t.text);
  const out: Candidate[] = [];
  const all = (
    from: number,
    to: number,
    kind?: ActorKind,
    strength: Candidate['strength'] = 'none',
    role?: string,
  ) => {
    const first = tokens[from];
    const last = tokens[to - 1];
    if (!first || !last) return;
    out.push({
      phrase,
      name: text.slice(first.start, last.end),
      ...(kind ? { kind } : {}),
      strength,
      ...(role ? { role } : {}),
      start: first.start,
      end: last.end,
    });
  };
  // "Security Service of Ukraine", "National Assembly of Armenia": the country a body belongs to is
  // an actor of the article too.
  const countryOfBody = (to: number) => {
    const last = tokens[to - 1];
    const before = tokens[to - 2];
    if (!last || !before) return;
    const known = GAZETTEER.get(last.text);
    if (
      known?.kind === 'country' &&
      !known.demonym &&
      /^ of (?:the )?$/.test(text.slice(before.end, last.start))
    )
      all(to - 1, to, 'country', 'strong');
  };
  // Role + name: the last title word splits them.
  let titleAt = -1;
  words.forEach((w, i) => {
    if (TITLE_WORDS.has(w)) titleAt = i;
  });
  if (titleAt >= 0 && titleAt < words.length - 1) {
    const nameTokens = words.slice(titleAt + 1);
    if (nameTokens.length <= 3 && !nameTokens.some((w) => ORG_HEADS.has(w) || TITLE_WORDS.has(w))) {
      const firstTok = tokens[0];
      const titleTok = tokens[titleAt];
      if (!firstTok || !titleTok) return out;
      let role = text.slice(firstTok.start, titleTok.end);
      const lead =
        roleBefore(text, sentence, firstTok.start) ??
        /(\p{Lu}[\p{L}\p{N}-]*['’]s )$/u.exec(
          text.slice(Math.max(sentence.start, firstTok.start - 40), firstTok.start),
        )?.[1];
      if (lead) role = `${lead.trim()} ${role}`;
      all(titleAt + 1, words.length, 'person', 'strong', role);
      // "EU Special Representative Pierre Morel", "Gazprom CEO Alexei Miller": the organisation in
      // the title is an actor too.
      words.slice(0, titleAt).forEach((w, i) => {
        const known = GAZETTEER.get(w);
        if ((known && !known.demonym && known.kind === 'organization') || COMPANY_WORD.test(w))
          all(i, i + 1, 'organization', 'strong');
      });
      // "Ulgar Governor": the governed place.
      if (GOVERNED_TITLES.has(words[titleAt] ?? '') && titleAt >= 1) {
        const prefix = words.slice(0, titleAt).filter((w) => !ROLE_MODIFIERS.has(w) && !TITLE_WORDS.has(w));
        if (prefix.length === titleAt) all(0, titleAt, 'place', 'strong');
      }
      return out;
    }
  }
  if (titleAt === words.length - 1) return out; // a role with no name ("the Security Council Secretary")
  // "Deputy Chairman of the Kestrian State Security Committee Ruslan Temirov", "Secretary of Defense
  // Donald Rumsfeld": the phrase completes a title; the person is the name at its end, the
  // organisation (when it has a head noun) an actor of its own, the whole title the description.
  const ofTitle = TITLE_OF.exec(text.slice(Math.max(sentence.start, phrase.start - 80), phrase.start));
  if (ofTitle && words.length >= 3) {
    const lastHead = words.findLastIndex((w) => ORG_HEADS.has(w));
    let split = lastHead >= 0 ? lastHead + 1 : words.length - 2;
    // "Security Service of Ukraine Volodymyr Rokytsky": what "of" joins belongs to the organisation.
    while (
      lastHead >= 0 &&
      split < words.length - 2 &&
      /^ of (?:the )?$/.test(text.slice(tokens[split - 1]?.end ?? 0, tokens[split]?.start ?? 0))
    )
      split++;
    const orgWords = split;
    // "Council for Energy Security Eka Zhvaneli": a portfolio after "for" is part of the title, not
    // of the organisation; the person is the plain full name at the end.
    if (
      lastHead >= 0 &&
      split < words.length - 2 &&
      text.slice(tokens[split - 1]?.end ?? 0, tokens[split]?.start ?? 0) === ' for ' &&
      PLAIN_FULL_NAME.test(words.slice(-2).join(' '))
    )
      split = words.length - 2;
    const nameWords = words.slice(split);
    const orgEnd = tokens[split - 1];
    if (
      orgEnd &&
      nameWords.length >= 1 &&
      nameWords.length <= 3 &&
      // (a field's title words, "… on Energy and Foreign Trade", are no person's name)
      nameWords.every(
        (w) => /^\p{Lu}\p{Ll}/u.test(w) && !TITLE_WORDS.has(w) && !ORG_HEADS.has(w) && !ROLE_MODIFIERS.has(w),
      )
    ) {
      const role = `${ofTitle[1]}${text.slice(phrase.start, orgEnd.end)}`;
      if (lastHead >= 0) {
        all(0, orgWords, 'organization', 'strong');
        countryOfBody(orgWords);
      }
      all(split, words.length, 'person', 'strong', role);
      return out;
    }
  }
  const name = text.slice(tokens[0]?.start ?? 0, tokens.at(-1)?.end ?? 0);
  const reg = registry.byName.get(normalizeText(name));
  if (reg && reg.length > 0) {
    all(0, words.length, registry.actors.find((a) => a.id === reg[0])?.kind, 'strong');
    return out;
  }
  const gaz = GAZETTEER.get(name);
  if (gaz && !gaz.demonym) {
    all(0, words.length, gaz.kind, 'strong');
    return out;
  }
  if (looksLikeMedia(name) && words.length >= 1 && !words.some((w) => ORG_HEADS.has(w) && w !== 'Agency')) {
    all(0, words.length, 'media', 'strong');
    return out;
  }
  if (words.some((w) => ORG_HEADS.has(w))) {
    all(0, words.length, 'organization', 'strong');
    countryOfBody(words.length);
    return out;
  }
  if (
    (words.length >= 2 && GEOGRAPHIC_HEADS.has(words.at(-1) ?? '')) ||
    (PLACE_OF_HEADS.has(words[0] ?? '') && / of /.test(phrase.text))
  ) {
    all(0, words.length, 'place', 'strong');
    return out;
  }
  // ("New Year", "Christmas Eve": feasts, no actors.)
  if (['Day', 'Summit', 'Year', 'Eve'].includes(words.at(-1) ?? '')) {
    // "Victory Day", "SCO Summit": keep any abbreviation inside, drop the rest.
    words.forEach((w, i) => {
      if (/^\p{Lu}{2,6}$/u.test(w)) all(i, i + 1);
    });
    return out;
  }
  if (words.length === 1 && COMPANY_WORD.test(name)) {
    all(0, 1, 'organization', 'strong');
    return out;
  }
  const role = roleBefore(text, sentence, phrase.start);
  if (role && words.length <= 3) {
    all(0, words.length, 'person', 'strong', role);
    return out;
  }
  all(0, words.length);
  return out;
}

interface Accumulated {
  forms: Map<string, number>;
  votes: Map<ActorKind, number>;
  strong: Set<ActorKind>;
  description?: string;
  descriptionSentence?: number;
  firstSentence: number;
  aliases: Set<string>;
  capitalOfDemonym?: string;
  /** Why the name itself is a guess (never printed), for the review flags. */
  inferred?: string;
}

function vote(
  acc: Accumulated,
  kind: ActorKind | undefined,
  strength: 'strong' | 'weak' | 'none',
  weight = 1,
): void {
  if (!kind || strength === 'none') return;
  acc.votes.set(kind, (acc.votes.get(kind) ?? 0) + weight * (strength === 'strong' ? 10 : 1));
  if (strength === 'strong') acc.strong.add(kind);
}

/** The search's folded key with word breaks dropped: Kyzyl-Bar and Kyzylbar meet. */
function spellingOf(name: string): string {
  // ("Tuzgen"/"Tuzghen": an "h" after a "g" is a transliteration's, as in Afghan/Afgan; "Saryqol"/
  // "Sarykol": a Turkic Latin alphabet's "q" is the Cyrillic "к".)
  return personKey(name).replace(/ /g, '').replace(/gh/g, 'g').replace(/q/g, 'k');
}

const HACEK_DIGRAPHS: Readonly<Record<string, string>> = { č: 'ch', ć: 'ch', š: 'sh', ž: 'zh' };
/** The search's folded key, a háček letter first written as its English digraph: Lukač = Lukach. */
function personKey(name: string): string {
  return nameKey(name.toLowerCase().replace(/[čćšž]/g, (c) => HACEK_DIGRAPHS[c] ?? c));
}

/** A spelling of the actor's name or of one of its aliases ("Janakent" of "Dzhanakent crossing"). */
function spelledAs(actor: ArticleActor, name: string): boolean {
  return [actor.name, ...actor.aliases].some((f) => spellingOf(f) === spellingOf(name));
}

/** "State Security Committee" of "Kestrian State Security Committee": the same words less the first. */
function shortFormOf(short: string, full: string): boolean {
  const words = full.split(' ');
  return words.length >= 3 && short.split(' ').length >= 2 && words.slice(1).join(' ') === short;
}

/** A body's lower-case head: "a joint working group (JWG)" is a body, "a production-sharing agreement (PSA)" is not. */
const BODY_HEAD =
  /(?:group|committee|commission|council|union|agency|service|company|corporation|bank|fund|party|movement|alliance|authority|board|inspectorate|directorate|department|ministry|mission|force)$/;

/**
 * "a joint working group (JWG)", "a production-sharing agreement (PSA)": lower-case words whose
 * initials the abbreviation after them spells. The abbreviation names what the words name: a body
 * (drafted under the words), or a thing that is no actor.
 */
function lowerCaseAbbreviations(
  text: string,
): { abbreviation: string; name: string; start: number; body: boolean }[] {
  const out: { abbreviation: string; name: string; start: number; body: boolean }[] = [];
  for (const m of text.matchAll(/((?:\p{Ll}[\p{Ll}-]*\s){1,6})\((\p{Lu}{2,6})\)/gu)) {
    const words = (m[1] ?? '').trim().split(/\s+/);
    const abbreviation = m[2] ?? '';
    for (let i = words.length - 1; i >= 0; i--) {
      const tail = words.slice(i);
      const initials = tail
        .flatMap((w) => w.split('-'))
        .map((w) => w[0] ?? '')
        .join('');
      if (initials.toUpperCase() !== abbreviation) continue;
      const name = tail.join(' ');
      out.push({
        abbreviation,
        name,
        start: m.index + (m[1] ?? '').lastIndexOf(name),
        body: BODY_HEAD.test(name),
      });
      break;
    }
  }
  return out;
}

/**
 * "the economic committee of parliament", "the Khural's committee on social affairs": a
 * parliament's lower-case committee is a body of its own (a bare "the committee" only names one again).
 */
const PARLIAMENT_COMMITTEE =
  /\b(?:[Tt]he ((?:\p{Ll}+ ){0,2}(?:committee|commission) of parliament)|(\p{Lu}[\p{L}-]*)['’]s ((?:\p{Ll}+ ){0,2}(?:committee|commission) on (?:the )?\p{Ll}+(?: (?!(?:could|would|will|can|may|might|must|should|has|had|have|is|was|were|are|did|does|and|or|to|in|at|for|that|which|met|\p{Ll}+ed)\b)\p{Ll}+)?))(?![\p{L}-])/gu;

/** Build the actor table of an article. */
export function extractActors(
  text: string,
  sentences: readonly Sentence[],
  phrases: readonly NamePhrase[],
  registry: Registry,
  outletNames: readonly { name: string; sentence: number }[],
  placeNames: readonly { name: string; sentence: number }[],
  personNames: readonly { name: string; sentence: number }[] = [],
  bodyNames: readonly { name: string; sentence: number }[] = [],
): ActorTable {
  const notes: string[] = [];
  const byName = new Map<string, Accumulated>();
  const sentenceOf = (i: number) => sentences[i] as Sentence;
  const occurrences: { name: string; start: number; end: number; sentence: number }[] = [];
  const capitalisedElsewhere = new Set<string>();
  for (const p of phrases)
    for (const t of p.tokens.slice(p.initial ? 1 : 0)) capitalisedElsewhere.add(t.text);
  const acc = (name: string, sentence: number): Accumulated => {
    let a = byName.get(name);
    if (!a) {
      a = {
        forms: new Map(),
        votes: new Map(),
        strong: new Set(),
        firstSentence: sentence,
        aliases: new Set(),
      };
      byName.set(name, a);
    }
    return a;
  };
  for (const o of outletNames) vote(acc(o.name, o.sentence), 'media', 'strong', 3);
  for (const p of placeNames) vote(acc(p.name, p.sentence), 'place', 'weak', 2);
  for (const p of personNames) vote(acc(p.name, p.sentence), 'person', 'strong', 2);
  for (const b of bodyNames) vote(acc(b.name, b.sentence), 'organization', 'strong', 2);

  // Article demonyms: a single-word name whose adjective form is also printed is a country.
  const singleWords = new Set(
    phrases.filter((p) => p.tokens.length === 1).map((p) => p.tokens[0]?.text ?? ''),
  );
  const allWords = new Set(phrases.flatMap((p) => p.tokens.map((t) => t.text.replace(/-\p{Ll}+$/u, ''))));
  const demonyms = new Map<string, string>();
  for (const w of singleWords) {
    if (w.length < 4 || FUNCTION_WORDS_LOWER.has(w.toLowerCase())) continue;
    for (const form of demonymForms(w)) {
      if (form !== w && (allWords.has(form) || allWords.has(`${form}s`))) {
        demonyms.set(form, w);
        demonyms.set(`${form}s`, w);
      }
    }
  }
  for (const [adj, info] of GAZETTEER) if (info.demonym) demonyms.set(adj, info.name);
  for (const { adjective, country, sentence } of countriesOnlyByAdjective(text, phrases, demonyms)) {
    demonyms.set(adjective, country);
    demonyms.set(`${adjective}s`, country);
    acc(country, sentence).inferred =
      `a country named only by its adjective "${adjective}": check the name "${country}"`;
  }
  const articleCountries = new Set(demonyms.values());
  const lowerCase = lowerCaseAbbreviations(text);
  for (const l of lowerCase.filter((x) => x.body)) {
    const sentence = sentences.find((s) => s.start <= l.start && l.start < s.end)?.index ?? 0;
    const a = acc(l.name, sentence);
    a.forms.set(l.name, (a.forms.get(l.name) ?? 0) + 1);
    a.aliases.add(l.abbreviation);
    vote(a, 'organization', 'strong');
    occurrences.push({ name: l.name, start: l.start, end: l.start + l.name.length, sentence });
  }
  for (const m of text.matchAll(PARLIAMENT_COMMITTEE)) {
    const name = m[1] ?? m[3] ?? '';
    if (m[2] && !ORG_HEADS.has(m[2])) continue;
    const start = (m.index ?? 0) + m[0].length - name.length;
    const sentence = sentences.find((x) => x.start <= start && start < x.end)?.index ?? 0;
    const a = acc(name, sentence);
    a.forms.set(name, (a.forms.get(name) ?? 0) + 1);
    vote(a, 'organization', 'strong');
    occurrences.push({ name, start, end: start + name.length, sentence });
  }
  const thingAbbreviations = new Set(lowerCase.filter((x) => !x.body).map((x) => x.abbreviation));
  const actsAsIt = new Set<string>();
  const vessels = new Set(
    phrases
      .filter((p) => VESSEL_BEFORE.test(text.slice(Math.max(0, p.start - 20), p.start)))
      .map((p) => p.text),
  );

  for (const phrase of phrases) {
    const sentence = sentenceOf(phrase.sentence);
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
      const a = acc(name, phrase.sentence);
      a.forms.set(name, (a.forms.get(name) ?? 0) + 1);
      vote(a, 'organization', 'strong');
      occurrences.push({ name, start: phrase.start, end: bodyEnd, sentence: phrase.sentence });
      continue;
    }
    if (phrase.tokens.length > 1 && NAMES_A_DRILL.test(text.slice(phrase.end, phrase.end + 40))) continue;
    // "Rustavi 2 reported …": the words of an outlet's name printed here are that outlet.
    const outlet = outletNames.find(
      (o) => o.name.length > phrase.text.length && text.startsWith(o.name, phrase.start),
    );
    if (outlet) {
      occurrences.push({
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
      const a = acc(phrase.text, phrase.sentence);
      a.forms.set(phrase.text, (a.forms.get(phrase.text) ?? 0) + 1);
      vote(a, 'place', 'strong');
      occurrences.push({
        name: phrase.text,
        start: phrase.start,
        end: phrase.end,
        sentence: phrase.sentence,
      });
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
      )
        continue;
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
        const f = acc(fname, phrase.sentence);
        f.forms.set(fname, (f.forms.get(fname) ?? 0) + 1);
        if (BARE_NAME_TOO.test(facility[1])) f.aliases.add(name);
        vote(f, 'place', 'strong');
        occurrences.push({ name: fname, start, end: c.end + facility[0].length, sentence: phrase.sentence });
        continue;
      }
      const a = acc(name, phrase.sentence);
      a.forms.set(name, (a.forms.get(name) ?? 0) + 1);
      occurrences.push({ name, start, end: c.end, sentence: phrase.sentence });
      vote(a, c.kind, c.strength);
      if (c.role && !a.description) {
        a.description = c.role;
        a.descriptionSentence = phrase.sentence;
      }
      const after = text.slice(c.end, Math.min(sentence.end, c.end + 120));
      const before = text.slice(Math.max(sentence.start, start - 40), start);
      // Cues from the context.
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
        const heads = [...APPOSITIVE_KINDS, [PERSON_APPOSITIVE, 'person'] as const]
          .map(([re, kind]) => ({ kind, at: re.exec(desc)?.index ?? -1 }))
          .filter((h) => h.at >= 0)
          .sort((x, y) => x.at - y.at);
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
          }
        }
      }
      const abbr = /^\s\((\p{Lu}[\p{Lu}\p{N}&-]{1,7})\)/u.exec(after);
      if (abbr?.[1] && name.includes(' ')) a.aliases.add(abbr[1]);
      // "Kestrian Airlines (KesAir)": a short form in mixed case, starting as the name does.
      const mixed = /^\s\((\p{Lu}\p{Ll}*\p{Lu}[\p{L}\p{N}]{0,8})\)/u.exec(after)?.[1];
      if (mixed && name.includes(' ') && mixed[0] === name[0]) a.aliases.add(mixed);
      const gloss = /^\s\(([\p{Ll}][\p{Ll} -]{2,40})\)/u.exec(after);
      if (gloss?.[1] && /^\p{Lu}{2,6}$/u.test(name) && !a.description) {
        a.description = gloss[1];
        a.descriptionSentence = phrase.sentence;
        vote(a, 'organization', 'strong');
      }
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
      if (
        c.kind === undefined &&
        PLAIN_FULL_NAME.test(name) &&
        /^,/.test(after) &&
        PERSON_ROLE_POST.test(before)
      )
        vote(a, 'person', 'strong');
      // "Teodor Halangiu has been mayor of Kavarnik since 2003": a full name that holds a post.
      if (c.kind === undefined && PLAIN_FULL_NAME.test(name) && HOLDS_POST.test(after))
        vote(a, 'person', 'strong');
      // "Lirvania's copper industry", "Lirvania's economy": only a country owns these.
      if (!name.includes(' ') && COUNTRY_OWNS.test(after)) vote(a, 'country', 'weak', 2);
      if (COMPANY_OWNS.test(after)) vote(a, 'organization', 'strong');
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
      if (/\b(?:in|to|from|at|between)\s\p{Lu}[\p{L}-]+\s(?:and|or)\s$/u.test(before))
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
  }

  // "Inguri Hydro halved its deliveries": a subject that is an "it" and acts is a body, unless the
  // article puts it somewhere as a place ("signed in Velmir", then "Velmir took its time": a capital).
  for (const name of actsAsIt) {
    const a = byName.get(name);
    if (a && !a.votes.has('place')) vote(a, 'organization', 'weak', 2);
  }

  // A known country or region printed only as its adjective ("Russian border guards") is an actor.
  for (const p of phrases) {
    for (const t of p.tokens) {
      // ("the Uzbek-German Forum": the parts of a compound inside an organisation's name are not its
      // subject; "a Turkish-owned ship", "Swiss-made rifles": an owner's or maker's nationality is not a state's.)
      const parts =
        (t.text.includes('-') && p.tokens.some((x) => ORG_HEADS.has(x.text))) || OWNED_OR_MADE.test(t.text)
          ? []
          : t.text.split('-');
      for (const part of parts) {
        const known = GAZETTEER.get(part);
        if (known?.demonym && !MACRO_REGIONS.has(known.name) && !byName.has(known.name))
          vote(acc(known.name, p.sentence), known.kind, 'strong');
      }
    }
  }

  // Demonym pairs make countries.
  for (const country of new Set(demonyms.values())) {
    const a = byName.get(country);
    if (a && !GAZETTEER.has(country)) vote(a, 'country', 'strong', 2);
  }

  // Decide kinds; names without any cue are reported, not guessed.
  const decided = new Map<string, { kind: ActorKind; strong: boolean }>();
  for (const [name, a] of byName) {
    let best: ActorKind | undefined;
    let score = 0;
    for (const [kind, s] of a.votes) if (s > score) [best, score] = [kind, s];
    if (!best) continue;
    decided.set(name, { kind: best, strong: a.strong.has(best) });
  }

  // Merge: abbreviations into their full names, surnames into full names, spelling variants.
  const actors = new Map<string, ArticleActor>();
  const keyOf = new Map<string, string>();
  const persons = [...decided].filter(([, d]) => d.kind === 'person').map(([n]) => n);
  const fullPersons = persons.filter((n) => n.includes(' '));
  const surnameOwners = new Map<string, string[]>();
  for (const n of fullPersons) {
    const surname = n.split(' ').at(-1) ?? '';
    surnameOwners.set(spellingOf(surname), [...(surnameOwners.get(spellingOf(surname)) ?? []), n]);
  }
  const ordered = [...decided].sort(
    (x, y) => (byName.get(x[0])?.firstSentence ?? 0) - (byName.get(y[0])?.firstSentence ?? 0),
  );
  const aliasTarget = new Map<string, string>();
  for (const [name, a] of byName) for (const alias of a.aliases) aliasTarget.set(alias, name);

  // "Defense Ministry" is the short form of one body only when one full name of the article has it
  // (not of both the "Sarvenian" and the "Vysorian Defense Ministry").
  const organizations = [...decided].filter(([, d]) => d.kind === 'organization').map(([n]) => n);
  // ("the Majlis" of "the Shirvazi Majlis": a body's one-word name less its country's adjective.)
  const shorter = (short: string, full: string) =>
    shortFormOf(short, full) ||
    (full.endsWith(` ${short}`) && demonyms.has(full.slice(0, -short.length - 1)));
  const shortOfOne = (short: string, full: string) =>
    shorter(short, full) && organizations.filter((o) => shorter(short, o)).length === 1;
  // "Russia’s Foreign Ministry" and "the Russian Foreign Ministry" are one body.
  const byPossessive = (p: string, q: string) => {
    const m = /^(\p{Lu}[\p{L}-]+)[’']s (.+)$/u.exec(p);
    return !!m?.[2] && q.endsWith(` ${m[2]}`) && demonyms.get(q.slice(0, -m[2].length - 1)) === m[1];
  };
  for (const [name, d] of ordered) {
    const a = byName.get(name);
    if (!a) continue;
    if (aliasTarget.has(name) && aliasTarget.get(name) !== name) continue;
    // A surname alone is its person's, unless a strong cue makes it something else ("from Dorn" is no place).
    if ((d.kind === 'person' || !d.strong) && !name.includes(' ') && surnameOwners.has(spellingOf(name)))
      continue;
    // Spelling variants of an earlier actor of the same kind (Kyzylbar/Kyzyl-Bar: word breaks too),
    // and an organisation named with and without its leading adjective ("State Security Committee"),
    // in either order.
    const existing = [...actors.values()].find(
      (x) =>
        (spelledAs(x, name) && (x.kind === d.kind || !d.strong)) ||
        (d.kind === 'organization' &&
          x.kind === 'organization' &&
          (shortOfOne(name, x.name) ||
            shortOfOne(x.name, name) ||
            byPossessive(name, x.name) ||
            byPossessive(x.name, name))),
    );
    if (existing) {
      existing.forms.set(name, (existing.forms.get(name) ?? 0) + (a.forms.get(name) ?? 1));
      keyOf.set(name, existing.key);
      continue;
    }
    const key = normalizeText(name).replace(/\s+/g, '-');
    const actor: ArticleActor = {
      key,
      kind: d.kind,
      name,
      forms: new Map(a.forms),
      ...(a.description ? { description: a.description } : {}),
      evidenceSentence: a.descriptionSentence ?? a.firstSentence,
      aliases: new Set(a.aliases),
      kindCue: d.strong ? 'strong' : 'weak',
      ...(a.inferred ? { inferred: a.inferred } : {}),
    };
    actors.set(key, actor);
    keyOf.set(name, key);
  }
  // Abbreviations resolve to their full names.
  for (const [alias, target] of aliasTarget) {
    const key = keyOf.get(target);
    if (key) keyOf.set(alias, key);
  }
  // Names that were never classified but are spelling variants of a known actor join it.
  for (const [name, a] of byName) {
    if (keyOf.has(name) || decided.has(name)) continue;
    const existing = [...actors.values()].find((x) => spelledAs(x, name));
    if (existing) {
      existing.forms.set(name, (existing.forms.get(name) ?? 0) + (a.forms.get(name) ?? 1));
      keyOf.set(name, existing.key);
    } else if ((a.forms.get(name) ?? 0) > 0)
      notes.push(`"${name}" looks like a name but its kind is unclear; not drafted`);
  }
  // Canonical name: the most frequent form, the first on a tie (persons keep the full name).
  for (const actor of actors.values()) {
    if (actor.kind === 'person') continue;
    let best = actor.name;
    for (const [form, n] of actor.forms) if (n > (actor.forms.get(best) ?? 0)) best = form;
    actor.name = best;
  }
  // Countries from demonyms; capitals.
  for (const [adj, country] of demonyms) {
    const key = keyOf.get(country);
    if (key) demonyms.set(adj, key);
    else demonyms.delete(adj);
  }
  for (const [name, a] of byName) {
    if (!a.capitalOfDemonym) continue;
    const key = keyOf.get(name);
    const country = demonyms.get(a.capitalOfDemonym);
    const actor = key ? actors.get(key) : undefined;
    if (actor && country) actor.capitalOf = country;
  }

  // Mentions in text order; surnames resolve to the persons introduced so far.
  const mentions: Mention[] = [];
  const introduced: string[] = [];
  for (const o of occurrences.sort((x, y) => x.start - y.start)) {
    let key = keyOf.get(o.name);
    let actorsFor: string[] = key ? [key] : [];
    let via: Mention['via'] = aliasTarget.has(o.name) ? 'alias' : 'name';
    if (!key && !o.name.includes(' ')) {
      const owners = (surnameOwners.get(spellingOf(o.name)) ?? [])
        .map((n) => keyOf.get(n))
        .filter((k): k is string => !!k);
      const known = owners.filter((k) => introduced.includes(k));
      actorsFor = known.length > 0 ? known : owners;
      via = 'surname';
      key = actorsFor[0];
    }
    if (actorsFor.length === 0) continue;
    if (actorsFor.length === 1 && key && actors.get(key)?.kind === 'person' && !introduced.includes(key))
      introduced.push(key);
    mentions.push({
      start: o.start,
      end: o.end,
      text: text.slice(o.start, o.end),
      sentence: o.sentence,
      actors: actorsFor,
      via,
    });
  }
  // Surname aliases for persons whose surname no one else in the article shares.
  for (const [surnameKey, owners] of surnameOwners) {
    if (owners.length !== 1 || !owners[0]) continue;
    const actor = actors.get(keyOf.get(owners[0]) ?? '');
    const surname = owners[0].split(' ').at(-1);
    if (actor && surname && [...byName.keys()].some((n) => !n.includes(' ') && spellingOf(n) === surnameKey))
      actor.aliases.add(surname);
  }
  for (const actor of actors.values()) {
    for (const form of actor.forms.keys()) if (form !== actor.name) actor.aliases.add(form);
  }
  matchRegistry(actors, registry, notes);
  return { actors, mentions, demonyms, notes };
}

const FUNCTION_WORDS_LOWER = new Set(['this', 'that', 'there', 'then']);

/** Point article actors at registry actors with the same name, alias or spelling. */
function matchRegistry(actors: Map<string, ArticleActor>, registry: Registry, notes: string[]): void {
  for (const actor of actors.values()) {
    const forms = [actor.name, ...actor.aliases];
    const candidates = new Set<string>();
    for (const f of forms) for (const id of registry.byName.get(normalizeText(f)) ?? []) candidates.add(id);
    let matched = [...candidates]
      .map((id) => registry.actors.find((a) => a.id === id))
      .filter((a) => a && (a.kind === actor.kind || actor.kindCue === 'weak'));
    if (matched.length === 0 && actor.kind === 'person' && !actor.name.includes(' ')) {
      matched = registry.actors.filter(
        (a) => a.kind === 'person' && nameKey(a.name.split(' ').at(-1) ?? '') === nameKey(actor.name),
      );
    }
    let bySpelling = false;
    if (matched.length === 0) {
      for (const id of registry.bySpelling.get(nameKey(actor.name)) ?? []) {
        const a = registry.actors.find((x) => x.id === id);
        if (a && a.kind === actor.kind) matched.push(a);
      }
      bySpelling = matched.length > 0;
    }
    if (matched.length === 1 && matched[0]) {
      actor.registryId = matched[0].id;
      actor.kind = matched[0].kind;
      if (bySpelling)
        notes.push(
          `"${actor.name}" matched registry actor ${matched[0].id} ("${matched[0].name}") by spelling; check`,
        );
    } else if (matched.length > 1) {
      notes.push(
        `"${actor.name}" could be any of ${matched.map((a) => a?.id).join(', ')} in the registry; drafted as a new actor`,
      );
    }
  }
}

/**
 * Stage "find actors": the capitalised phrases of every sentence (bracket citations skipped: their
 * outlets come in as media) voted into actors, with the citations' outlets, places and authors.
 */
export function findActors(
  text: string,
  sentences: readonly Sentence[],
  registry: Registry,
  citations: readonly Citation[],
): ActorTable {
  const skip = citations
    .filter((c) => c.kind === 'bracket')
    .map((c) => ({ start: c.spanStart, end: c.spanEnd }));
  const phrases = sentences.flatMap((s) => findNamePhrases(text, s, skip));
  // "(Veloran Interior Ministry website, May 2)": a body citing its own site is no medium.
  const named = citations.filter((c) => !c.anaphoric && !c.website);
  const table = extractActors(
    text,
    sentences,
    phrases,
    registry,
    named.map((c) => ({ name: c.outlet, sentence: c.sentence })),
    // ("(Novaya Vest, Ostrov, May 2)" alone: a dateline's city the article never names is no actor.)
    citations.flatMap((c) =>
      c.place && phrases.some((p) => p.text === c.place || p.text.startsWith(`${c.place} `))
        ? [{ name: c.place, sentence: c.sentence }]
        : [],
    ),
    citations.flatMap((c) => (c.author ? [{ name: c.author, sentence: c.sentence }] : [])),
    citations.flatMap((c) => (c.website ? [{ name: c.outlet, sentence: c.sentence }] : [])),
  );
  // Cities standing for their countries, when the article never calls them capitals.
  inferCapitals(text, table, citations);
  return table;
}
