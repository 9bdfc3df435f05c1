// Seeded generator of valid, realistic Dossier datasets at any size (10k, 100k, 1M records): articles
// with text, actors with aliases and transliteration variants, namesakes, events and quotations whose
// evidence is copied verbatim from the generated article text. Written in the real data layout, so
// `loadDataset` loads it; articles are streamed to disk one at a time, only the actors stay in memory.
//
//   npm run bench:generate -- --size 100k --seed 1 [--out bench/out/100k-seed1] [--force]
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { monthName } from '../src/dataset/dates.js';
import { normalizeText } from '../src/text/normalize.js';
import type { ActorKind, DateSpec } from '../src/dataset/schema.js';
import {
  COUNTRIES,
  CULTURES,
  abbreviate,
  capitalize,
  inventMedia,
  inventOrganization,
  inventPlace,
  inventSurname,
  translitVariants,
  wadeGiles,
  type Country,
  type Culture,
} from './names.js';
import { Rng, slugify } from './rng.js';
import { UsageError, numberArg, parseScriptArgs, runScript } from '../src/util/args.js';

/** Bump when the output changes, so cached datasets are regenerated. */
export const GENERATOR_VERSION = 5;

export interface Manifest {
  readonly generator: number;
  readonly seed: number;
  readonly records: number;
  readonly counts: {
    readonly articles: number;
    readonly actors: number;
    readonly events: number;
    readonly quotes: number;
    readonly sources: number;
  };
  readonly generationMs: number;
}

/** "10k" -> 10000, "1m" -> 1000000, "500" -> 500. */
export function parseSize(label: string): number {
  const match = /^(\d+(?:\.\d+)?)([km]?)$/i.exec(label.trim());
  if (!match) throw new Error(`not a size: ${label} (use e.g. 500, 10k, 100k, 1m)`);
  const factor = { '': 1, k: 1_000, m: 1_000_000 }[match[2]!.toLowerCase() as '' | 'k' | 'm'];
  return Math.round(Number(match[1]) * factor);
}

/** parseSize for a command-line flag: a bad size is a usage error, not a stack trace. */
export function sizeArg(label: string, usage: string): number {
  try {
    return parseSize(label);
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error), usage);
  }
}

/** How many actors and articles make `records` records (events + quotes + actors). */
export function planCounts(records: number): { actors: number; articles: number; eventsAndQuotes: number } {
  const actors = Math.max(40, Math.round(records * 0.2));
  const eventsAndQuotes = Math.max(16, records - actors);
  return { actors, articles: Math.max(1, Math.round(eventsAndQuotes / 16)), eventsAndQuotes };
}

// ---------------------------------------------------------------------------------------------
// Actors

/** The loader's limit on id length. */
const MAX_ID = 64;

/** `base-suffix`, with the base cut at a hyphen so the whole id fits in MAX_ID characters. */
function withSuffix(base: string, suffix: string): string {
  return `${slugify(base, MAX_ID - suffix.length - 1)}-${suffix}`;
}

interface GenActor {
  readonly id: string;
  readonly kind: ActorKind;
  readonly name: string;
  readonly aliases: string[];
  readonly description?: string;
  /** Mention forms used in text after the first one (surname, abbreviation). */
  readonly short: string;
  readonly country?: Country;
  /** Set on each of two namesakes: which one this is. */
  disambiguation?: string;
  evidence?: { article: string; text: string };
}

const PERSON_ROLES = [
  'Defense Minister',
  'Foreign Minister',
  'Interior Minister',
  'Prime Minister',
  'President',
  'opposition leader',
  'Deputy Prime Minister',
  'Energy Minister',
  'Security Council Secretary',
  'parliament speaker',
  'human rights activist',
  'journalist',
  'businessman',
  'field commander',
  'militant leader',
  'general',
  'Chief of the General Staff',
  'presidential adviser',
  'central bank chairman',
  'political analyst',
  'Deputy Foreign Minister',
  'ambassador',
  'prosecutor general',
  'border service chief',
  'Emergency Situations Minister',
  'Finance Minister',
  'party leader',
  'regional governor',
  'mufti',
  'lawmaker',
];

class ActorRegistry {
  readonly taken = new Set<string>();
  /** Each name's first owner, for namesakes. */
  readonly byName = new Map<string, GenActor>();
  readonly ids = new Set<string>();
  readonly all: GenActor[] = [];

  /** Claims the name and every free alias; undefined when the name itself is taken. */
  add(
    kind: ActorKind,
    name: string,
    aliases: readonly string[],
    extra: { description?: string; short?: string; country?: Country; namesakeOf?: GenActor },
  ): GenActor | undefined {
    const key = normalizeText(name);
    if (key === '' || (this.taken.has(key) && !extra.namesakeOf)) return undefined;
    this.taken.add(key);
    const kept: string[] = [];
    for (const alias of aliases) {
      const aliasKey = normalizeText(alias);
      if (aliasKey === '' || this.taken.has(aliasKey)) continue;
      this.taken.add(aliasKey);
      kept.push(alias);
    }
    let id = slugify(name, MAX_ID - 6) || kind;
    if (this.ids.has(id)) {
      let n = 2;
      while (this.ids.has(`${id}-${n}`)) n++;
      id = `${id}-${n}`;
    }
    this.ids.add(id);
    const actor: GenActor = {
      id,
      kind,
      name,
      aliases: kept,
      ...(extra.description ? { description: extra.description } : {}),
      short: extra.short ?? name,
      ...(extra.country ? { country: extra.country } : {}),
    };
    const first = extra.namesakeOf;
    if (first) {
      // Namesakes, as the dataset requires them: each with a note saying which one it is.
      first.disambiguation ??= `The ${first.description ?? first.kind} ${first.name}, not a namesake.`;
      actor.disambiguation = `The ${actor.description ?? actor.kind} ${name}; not the ${first.description ?? first.kind} of the same name.`;
    } else this.byName.set(key, actor);
    this.all.push(actor);
    return actor;
  }
}

const countryByName = new Map(COUNTRIES.map((c) => [c.name, c]));

const FEMALE_NAMES = new Set([
  'Nadezhda',
  'Yelena',
  'Tatyana',
  'Natalya',
  'Irina',
  'Olga',
  'Svetlana',
  'Lyudmila',
  'Valentina',
  'Galina',
  'Yuliya',
  'Oksana',
  'Halyna',
  'Gulnara',
  'Dinara',
  'Roza',
  'Nino',
  'Layla',
  'Fatima',
  'Susan',
  'Mary',
  'Patricia',
  'Jennifer',
  'Linda',
  'Elizabeth',
  'Margaret',
  'Sarah',
  'Catherine',
  'Helen',
  'Nancy',
]);

function pickMale(rng: Rng, names: readonly (readonly string[])[]): string {
  for (;;) {
    const name = rng.pick(names)[0]!;
    if (!FEMALE_NAMES.has(name)) return name;
  }
}

/** Ivanov -> Ivanova, Zhukovsky -> Zhukovskaya, where the language inflects surnames. */
function feminine(surname: string, culture: Culture): string {
  if (!['russian', 'ukrainian', 'central-asian', 'caucasian'].includes(culture.key)) return surname;
  if (/(ov|ev|in|yov)$/.test(surname)) return `${surname}a`;
  if (/sky$/.test(surname)) return surname.replace(/sky$/, 'skaya');
  return surname;
}

function makePerson(registry: ActorRegistry, rng: Rng): GenActor | undefined {
  const culture: Culture = rng.weighted(
    CULTURES,
    CULTURES.map((c) => c.weight),
  );
  const country = countryByName.get(rng.pick(culture.countries))!;
  const firstEntry = rng.pick(culture.firstNames);
  const first = firstEntry[0]!;
  let surname = rng.chance(0.45) ? rng.pickSkewed(culture.commonSurnames, 2) : inventSurname(culture, rng);
  const full = (f: string, s: string, middle?: string) =>
    culture.surnameFirst ? `${s} ${f}` : middle ? `${f} ${middle} ${s}` : `${f} ${s}`;
  const patronymic = () =>
    culture.patronymic
      ? culture.patronymic(pickMale(rng, CULTURES[0]!.firstNames), rng).replace(/ich$/, female ? 'na' : 'ich')
      : culture.key === 'arabic'
        ? `bin ${rng.pick(culture.firstNames)[0]}`
        : undefined;

  const female = FEMALE_NAMES.has(first);
  if (female) surname = feminine(surname, culture);
  let middle: string | undefined;
  let name = full(first, surname);
  // A common name is often a second person's too: a namesake, told apart by a note.
  const owner = registry.byName.get(normalizeText(name));
  if (owner?.kind === 'person' && rng.chance(0.35)) {
    let description = `${country.adjective} ${rng.pick(PERSON_ROLES)}`;
    if (description === owner.description)
      description = `${country.adjective} ${rng.pick(PERSON_ROLES)} (retired)`;
    return registry.add('person', name, [], { description, short: surname, country, namesakeOf: owner });
  }
  if (registry.taken.has(normalizeText(name))) {
    middle = patronymic();
    name = full(first, surname, middle);
    if (middle === undefined || registry.taken.has(normalizeText(name))) {
      surname = inventSurname(culture, rng);
      if (female) surname = feminine(surname, culture);
      middle = undefined;
      name = full(first, surname);
    }
  }
  const aliases: string[] = [];
  const spellings = firstEntry.slice(1);
  if (spellings.length > 0) aliases.push(full(rng.pick(spellings), surname, middle));
  const surnameVariants = translitVariants(surname);
  if (surnameVariants.length > 0 && rng.chance(0.8))
    aliases.push(full(first, rng.pick(surnameVariants), middle));
  if (culture.key === 'chinese') {
    aliases.push(`${wadeGiles(surname)} ${wadeGiles(first)}`);
    aliases.push(`${first} ${surname}`);
  }
  if (middle === undefined && culture.patronymic && culture.key !== 'english' && rng.chance(0.5)) {
    const m = patronymic();
    if (m) aliases.push(full(first, surname, m));
  }
  if (rng.chance(0.2)) aliases.push(surname);
  const description = `${country.adjective} ${rng.pick(PERSON_ROLES)}`;
  return registry.add('person', name, aliases, { description, short: surname, country });
}

function makePlace(registry: ActorRegistry, rng: Rng): GenActor | undefined {
  const place = inventPlace(rng);
  const country = countryByName.get(place.country)!;
  const variants = translitVariants(place.name.split(/[\s-]/).pop() ?? place.name);
  const aliases: string[] = [];
  const last = place.name.split(/[\s-]/).pop() ?? place.name;
  for (const v of rng.shuffled(variants).slice(0, rng.int(0, 2))) aliases.push(place.name.replace(last, v));
  const what = rng.pick(['town', 'city', 'district', 'region', 'village', 'border town']);
  return registry.add('place', place.name, aliases, { description: `${what} in ${country.name}`, country });
}

function makeOrganization(registry: ActorRegistry, rng: Rng, placeNames: readonly string[]) {
  const name = inventOrganization(rng, COUNTRIES, placeNames);
  const abbreviation = abbreviate(name);
  const aliases = abbreviation ? [abbreviation] : [];
  return registry.add('organization', name, aliases, {
    description: rng.pick(['organization', 'state body', 'political party', 'regional body', 'agency']),
    short: abbreviation || name,
  });
}

function makeMedia(registry: ActorRegistry, rng: Rng, placeNames: readonly string[]) {
  const name = inventMedia(rng, COUNTRIES, placeNames);
  const words = name.split(' ');
  const aliases: string[] = [];
  const russianStyle = /(Gazeta|Pravda|Izvestia|Vremya|Vedomosti|Kurier|Zvezda|Mysl|Nedelya|Tribuna)$/.test(
    name,
  );
  const lastVariants = russianStyle ? translitVariants(words[words.length - 1]!) : [];
  if (lastVariants.length > 0 && rng.chance(0.5))
    aliases.push([...words.slice(0, -1), rng.pick(lastVariants)].join(' '));
  const abbreviation = abbreviate(name);
  if (abbreviation && rng.chance(0.3)) aliases.push(abbreviation);
  return registry.add('media', name, aliases, {
    description: rng.pick([
      'daily newspaper',
      'news agency',
      'television channel',
      'radio station',
      'weekly',
      'news website',
    ]),
  });
}

/** Repeats `make` until it yields `count` actors (names that are already taken are retried). */
function fill(count: number, make: () => GenActor | undefined): GenActor[] {
  const out: GenActor[] = [];
  let failures = 0;
  while (out.length < count) {
    const actor = make();
    if (actor) {
      out.push(actor);
      failures = 0;
    } else if (++failures > 5000) {
      throw new Error(`cannot invent more unique names (made ${out.length} of ${count})`);
    }
  }
  return out;
}

/** The actors of one kind, introduced (first mentioned) in order, then re-used with popular ones first. */
class Pool {
  private next = 0;
  readonly known: GenActor[] = [];
  constructor(readonly items: readonly GenActor[]) {}
  get remaining(): number {
    return this.items.length - this.next;
  }
  fresh(): GenActor | undefined {
    const actor = this.items[this.next];
    if (actor === undefined) return undefined;
    this.next++;
    this.known.push(actor);
    return actor;
  }
  /** A known actor, popular ones (introduced early) more often, never one in `avoid`. */
  known1(rng: Rng, avoid: ReadonlySet<GenActor>): GenActor {
    for (let attempt = 0; attempt < 8 && this.known.length > 0; attempt++) {
      const actor = rng.pickSkewed(this.known, 2.5);
      if (!avoid.has(actor)) return actor;
    }
    const actor = this.fresh() ?? this.items.find((a) => !avoid.has(a));
    if (!actor) throw new Error('pool too small');
    return actor;
  }
}

// ---------------------------------------------------------------------------------------------
// Dates

const MONTHS = Array.from({ length: 12 }, (_, i) => monthName(i + 1));

interface Day {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

const pad = (n: number) => String(n).padStart(2, '0');
const isoDay = (day: Day) => `${day.y}-${pad(day.m)}-${pad(day.d)}`;
const isoMonth = (day: Day) => `${day.y}-${pad(day.m)}`;

function shiftDays(day: Day, delta: number): Day {
  const date = new Date(Date.UTC(day.y, day.m - 1, day.d + delta));
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

/** A date for something an article of `published` reports, and the words the article uses for it. */
function eventDate(rng: Rng, published: Day, planned: boolean): { spec: DateSpec; words: string } {
  const monthDay = (day: Day) => `${MONTHS[day.m - 1]} ${day.d}`;
  if (planned) {
    const day = shiftDays(published, rng.int(2, 40));
    return day.y === published.y
      ? {
          spec: { start: isoDay(day), yearInferred: true, text: `on ${monthDay(day)}` },
          words: `on ${monthDay(day)}`,
        }
      : {
          spec: { start: isoDay(day), yearInferred: false, text: `on ${monthDay(day)}, ${day.y}` },
          words: `on ${monthDay(day)}, ${day.y}`,
        };
  }
  const roll = rng.next();
  if (roll < 0.55) {
    const day = shiftDays(published, -rng.int(1, 45));
    if (day.y === published.y && rng.chance(0.8)) {
      const words = `on ${monthDay(day)}`;
      return { spec: { start: isoDay(day), yearInferred: true, text: words }, words };
    }
    const words = `on ${monthDay(day)}, ${day.y}`;
    return { spec: { start: isoDay(day), yearInferred: false, text: words }, words };
  }
  if (roll < 0.62) {
    const start = shiftDays(published, -rng.int(5, 40));
    const end = shiftDays(start, rng.int(1, 4));
    const words = `between ${monthDay(start)} and ${end.m === start.m ? end.d : monthDay(end)}`;
    return {
      spec: { start: isoDay(start), end: isoDay(end), yearInferred: true, text: words },
      words,
    };
  }
  if (roll < 0.85) {
    const back = rng.int(0, 30);
    const day = shiftDays(published, -back * 30 - 20);
    const qualifier = rng.chance(0.3) ? rng.pick(['early', 'mid', 'late'] as const) : undefined;
    const prefix = qualifier === undefined ? '' : qualifier === 'mid' ? 'mid-' : `${qualifier} `;
    const words = `in ${prefix}${MONTHS[day.m - 1]} ${day.y}`;
    return {
      spec: {
        start: isoMonth(day),
        ...(qualifier ? { startQualifier: qualifier } : {}),
        yearInferred: false,
        text: words,
      },
      words,
    };
  }
  const year = Math.max(1985, published.y - rng.int(1, 12));
  const words = `in ${year}`;
  return { spec: { start: String(year), yearInferred: false, text: words }, words };
}

// ---------------------------------------------------------------------------------------------
// Vocabulary

const TOPICS = [
  'joint air patrols',
  'air defense',
  'gas transit',
  'border security',
  'water sharing',
  'counter-terrorism cooperation',
  'military cooperation',
  'trade tariffs',
  'oil exports',
  'hydropower',
  'migrant labor',
  'drug trafficking',
  'nuclear safety',
  'railway construction',
  'the visa regime',
  'a customs union',
  'electricity supplies',
  'grain exports',
  'refugee returns',
  'media freedom',
  'religious extremism',
  'arms supplies',
  'debt restructuring',
  'fishing rights',
  'the status of the Caspian Sea',
  'uranium mining',
  'cotton exports',
  'cross-border trade',
  'military bases',
  'peacekeeping',
  'pipeline tariffs',
  'energy security',
  'intelligence sharing',
  'airspace access',
  'prisoner exchanges',
];
const LANDMARKS = [
  'central market',
  'police headquarters',
  'bus station',
  'interior ministry building',
  'US embassy',
  'railway station',
  'main mosque',
  'regional administration building',
  'army checkpoint',
  'city stadium',
  'Israeli embassy',
  'prosecutor’s office',
  'customs post',
  'power station',
  'university campus',
];
const CHARGES = [
  'treason',
  'embezzlement',
  'extremism',
  'abuse of office',
  'espionage',
  'tax evasion',
  'organizing mass unrest',
  'illegal arms trading',
  'bribery',
  'membership in a banned group',
];
const TRENDS = [
  'growing Russian influence in Central Asia',
  'a cooling of relations with the West',
  'rising instability in the Fergana Valley',
  'a new scramble for Caspian energy',
  'the regime’s deepening insecurity',
  'Beijing’s expanding economic reach',
  'a shift toward Moscow',
  'Washington’s waning attention to the region',
  'a hardening of official rhetoric',
  'the fragility of the ceasefire',
];
const REASONS = [
  'a corruption scandal',
  'mounting criticism of his policies',
  'health problems',
  'a row with the president',
  'pressure from the opposition',
  'the failure of the reform program',
];
const QUOTE_OPENERS = ['I have no doubt', 'I want to stress', 'We are convinced', 'Let me say', 'I am sure'];

/** Direct quotations: `(slots) => core words`; `lower` when the core can follow "…, that". */
type Slots = { c: string; c2: string; l: string; o: string; t: string };
const QUOTES: readonly { core: (s: Slots) => string; lower: boolean }[] = [
  { core: (s) => `we will not allow ${s.l} to become a haven for extremists`, lower: true },
  {
    core: (s) => `the agreement with ${s.c} on ${s.t} serves the interests of both our peoples`,
    lower: true,
  },
  { core: (s) => `there is no alternative to dialogue with ${s.c}`, lower: true },
  { core: (s) => `our position on ${s.t} has not changed and will not change`, lower: true },
  { core: (s) => `the events in ${s.l} were organized from abroad`, lower: true },
  { core: (s) => `${s.c} remains our strategic partner in ${s.t}`, lower: false },
  { core: (s) => `nobody will dictate to us how to handle ${s.t}`, lower: true },
  { core: (s) => `the ${s.o} must take responsibility for what happened in ${s.l}`, lower: true },
  { core: (s) => `we are ready to discuss ${s.t} with anyone who respects our sovereignty`, lower: true },
  { core: (s) => `the situation in ${s.l} is under full control`, lower: true },
  { core: (s) => `those responsible for the attack in ${s.l} will be found and punished`, lower: true },
  { core: (s) => `cooperation with ${s.c} on ${s.t} has reached a new level`, lower: true },
  { core: (s) => `the talks in ${s.l} were difficult but useful`, lower: true },
  { core: (s) => `we expect ${s.c} to honor its commitments on ${s.t}`, lower: true },
  { core: (s) => `I see no threat to stability in ${s.l}`, lower: false },
  { core: (s) => `${s.c} and ${s.c2} have every reason to trust each other`, lower: false },
  { core: (s) => `the ${s.o} has become a tool of foreign interests`, lower: true },
  { core: (s) => `nobody in ${s.l} will be punished for peaceful protest`, lower: true },
];
const REPORTED: readonly ((s: Slots) => string)[] = [
  (s) => `${s.c} would not join the ${s.o}`,
  (s) => `talks on ${s.t} with ${s.c} would resume soon`,
  (s) => `the security services had prevented an attack in ${s.l}`,
  (s) => `the government would review its policy on ${s.t}`,
  (s) => `${s.c} was ready to mediate between ${s.c2} and its neighbors`,
  (s) => `the unrest in ${s.l} had been provoked by outside forces`,
  (s) => `the ${s.o} had exceeded its mandate`,
  (s) => `relations with ${s.c} on ${s.t} were improving`,
  (s) => `troops would be withdrawn from ${s.l} by the end of the year`,
  (s) => `new talks with ${s.c2} on ${s.t} were planned`,
];

// ---------------------------------------------------------------------------------------------
// Articles

interface Sentence {
  text: string;
  actors: GenActor[];
}

interface ArticleOut {
  id: string;
  title: string;
  text: string;
  record: unknown;
  events: number;
  quotes: number;
  sources: number;
}

const PUBLICATIONS = [
  { name: 'Eurasia Daily Monitor', base: 2003 },
  { name: 'Central Asia-Caucasus Analyst', base: 1998 },
  { name: 'Eurasia Security Brief', base: 1989 },
  { name: 'Caspian Affairs Review', base: 1994 },
];

interface Context {
  readonly rng: Rng;
  readonly persons: Pool;
  readonly places: Pool;
  readonly orgs: Pool;
  readonly media: Pool;
  readonly countries: Pool;
}

class ArticleBuilder {
  readonly sentences: Sentence[] = [];
  readonly mentioned = new Set<GenActor>();
  readonly events: unknown[] = [];
  readonly quotes: unknown[] = [];
  readonly sources: { id: string; raw: string; record: unknown }[] = [];
  /** Fresh (never mentioned) actors this article still has to introduce, by kind. */
  readonly quota: Map<Pool, number>;
  private current: GenActor[] = [];

  constructor(
    readonly ctx: Context,
    readonly id: string,
    readonly seq: number,
    readonly published: Day,
    articlesLeft: number,
    readonly counters: { events: number; quotes: number },
  ) {
    this.quota = new Map(
      [ctx.persons, ctx.places, ctx.orgs, ctx.media, ctx.countries].map((pool) => [
        pool,
        Math.ceil(pool.remaining / articlesLeft),
      ]),
    );
  }

  /** An actor of the pool for the sentence being built: a fresh one while the quota lasts. */
  take(pool: Pool): GenActor {
    const left = this.quota.get(pool) ?? 0;
    let actor: GenActor | undefined;
    if (left > 0) {
      actor = pool.fresh();
      this.quota.set(pool, left - 1);
    }
    actor ??= pool.known1(this.ctx.rng, new Set(this.current));
    this.current.push(actor);
    return actor;
  }

  /** How the text names an actor: with its description the first time, shorter later. */
  name(actor: GenActor): string {
    const rng = this.ctx.rng;
    if (!this.mentioned.has(actor)) {
      this.mentioned.add(actor);
      if (actor.kind === 'person' && actor.description && rng.chance(0.6))
        return `${actor.description} ${actor.name}`;
      if (actor.kind === 'organization') return `the ${actor.name}`;
      return actor.name;
    }
    if (actor.kind === 'person') return rng.chance(0.5) ? actor.short : actor.name;
    // Places are spelled two ways across articles (Tashkent, Toshkent): variants become common words.
    if (actor.kind === 'place' && actor.aliases.length > 0 && rng.chance(0.3)) return rng.pick(actor.aliases);
    if (actor.kind === 'organization') return `the ${rng.chance(0.5) ? actor.short : actor.name}`;
    return actor.name;
  }

  /** A citation, new or one the article already made; `(raw)` goes into the sentence. */
  cite(force = false): { id: string; raw: string } | undefined {
    const rng = this.ctx.rng;
    if (!force && !rng.chance(0.55)) return undefined;
    const reuse = this.sources.length > 0 && (this.sources.length >= 5 || rng.chance(0.4)) && !force;
    if (reuse) return rng.pick(this.sources);
    const outlet = this.take(this.ctx.media);
    const day = shiftDays(this.published, -rng.int(0, 20));
    const place = rng.chance(0.6) ? rng.pick(COUNTRIES).capital : undefined;
    const monthDay = `${MONTHS[day.m - 1]} ${day.d}`;
    const page = rng.chance(0.15) ? String(rng.int(1, 12)) : undefined;
    const irregular = place !== undefined && rng.chance(0.05);
    const raw = place
      ? irregular
        ? `${outlet.name}, ${place} ${monthDay}`
        : `${outlet.name}, ${place}, ${monthDay}`
      : `${outlet.name}, ${monthDay}${page ? `, p.${page}` : ''}`;
    const id = `src-${this.seq.toString(36)}-${this.sources.length + 1}`;
    const record = {
      id,
      kind: 'bracket',
      raw,
      outlet: outlet.name,
      outletActor: outlet.id,
      ...(place ? { place } : {}),
      date: isoDay(day),
      dateYearInferred: true,
      ...(page && !place ? { page } : {}),
      ...(irregular ? { note: 'Printed irregularly: no comma between the place and the date.' } : {}),
    };
    const source = { id, raw, record };
    this.sources.push(source);
    return source;
  }

  /** Ends a sentence: records it, and gives first-time actors their evidence. */
  push(text: string): string {
    this.sentences.push({ text, actors: this.current });
    for (const actor of this.current) actor.evidence ??= { article: this.id, text };
    this.current = [];
    return text;
  }

  event(): void {
    const { rng } = this.ctx;
    const template = rng.int(0, 15);
    const planned = template === 1 && rng.chance(0.3);
    const date = eventDate(rng, this.published, planned);
    const src = this.cite();
    const c = src ? ` (${src.raw})` : '';
    const topic = rng.pick(TOPICS);
    let title: string;
    /** Another name people know the event by. */
    let alias: string | undefined;
    let summary: string;
    let text: string;
    let status: 'happened' | 'planned' | 'reported' = planned ? 'planned' : 'happened';
    const actors: GenActor[] = [];
    const places: GenActor[] = [];
    switch (template) {
      case 0: {
        const [p, l, p2] = [
          this.take(this.ctx.persons),
          this.take(this.ctx.places),
          this.take(this.ctx.persons),
        ];
        title = `${p.name} visits ${l.name}`;
        if (rng.chance(0.15)) alias = `${p.short}'s ${l.name} trip of ${date.spec.start.slice(0, 4)}`;
        text = `${capitalize(this.name(p))} arrived in ${this.name(l)} ${date.words} for talks with ${this.name(p2)}${c}.`;
        summary = `${p.name} visited ${l.name} for talks with ${p2.name}.`;
        actors.push(p, p2);
        places.push(l);
        break;
      }
      case 1: {
        const [o, l, c1, c2] = [
          this.take(this.ctx.orgs),
          this.take(this.ctx.places),
          this.take(this.ctx.countries),
          this.take(this.ctx.countries),
        ];
        title = `${o.name} summit in ${l.name}`;
        text = planned
          ? `${capitalize(this.name(o))} will hold a summit in ${this.name(l)} ${date.words}, with delegations from ${this.name(c1)} and ${this.name(c2)} expected${c}.`
          : `${capitalize(this.name(o))} held a summit in ${this.name(l)} ${date.words}, attended by delegations from ${this.name(c1)} and ${this.name(c2)}${c}.`;
        summary = `The ${o.name} ${planned ? 'plans' : 'held'} a summit in ${l.name} with ${c1.name} and ${c2.name}.`;
        actors.push(o, c1, c2);
        places.push(l);
        break;
      }
      case 2: {
        const l = this.take(this.ctx.places);
        const landmark = rng.pick(LANDMARKS);
        const killed = rng.int(2, 40);
        title = rng.chance(0.5) ? `Bombing in ${l.name}` : `Explosion near ${landmark} in ${l.name}`;
        if (rng.chance(0.3)) alias = `the ${l.name} ${landmark} blast`;
        text = `A bomb exploded near the ${landmark} in ${this.name(l)} ${date.words}, killing ${killed} people and wounding ${killed * rng.int(2, 4)}${c}.`;
        summary = `A bombing near the ${landmark} in ${l.name} killed ${killed} people.`;
        places.push(l);
        break;
      }
      case 3: {
        const [c1, c2] = [this.take(this.ctx.countries), this.take(this.ctx.countries)];
        title = `${c1.name}–${c2.name} agreement on ${topic} signed`;
        text = `${this.name(c1)} and ${this.name(c2)} signed an agreement on ${topic} ${date.words}, ending months of negotiations${c}.`;
        summary = `${c1.name} and ${c2.name} signed an agreement on ${topic}.`;
        actors.push(c1, c2);
        break;
      }
      case 4: {
        const [p1, p2, l] = [
          this.take(this.ctx.persons),
          this.take(this.ctx.persons),
          this.take(this.ctx.places),
        ];
        title = `${p1.name} meets ${p2.name} in ${l.name}`;
        text = `${capitalize(this.name(p1))} met ${this.name(p2)} in ${this.name(l)} ${date.words} to discuss ${topic}${c}.`;
        summary = `${p1.name} and ${p2.name} discussed ${topic} in ${l.name}.`;
        actors.push(p1, p2);
        places.push(l);
        break;
      }
      case 5: {
        const [p, p2] = [this.take(this.ctx.persons), this.take(this.ctx.persons)];
        const role = `${p.country?.adjective ?? 'acting'} ${rng.pick(PERSON_ROLES)}`;
        title = `${p.name} appointed ${role}`;
        text = `${capitalize(this.name(p))} was appointed ${role} ${date.words}, replacing ${this.name(p2)}${c}.`;
        summary = `${p.name} became ${role}, replacing ${p2.name}.`;
        actors.push(p, p2);
        break;
      }
      case 6: {
        const [p, l] = [this.take(this.ctx.persons), this.take(this.ctx.places)];
        const charge = rng.pick(CHARGES);
        title = `${p.name} arrested in ${l.name}`;
        status = 'reported';
        text = `${capitalize(this.name(p))} was reportedly arrested in ${this.name(l)} ${date.words} on charges of ${charge}${c}.`;
        summary = `${p.name} was reportedly arrested in ${l.name}, charged with ${charge}.`;
        actors.push(p);
        places.push(l);
        break;
      }
      case 7: {
        const l = this.take(this.ctx.places);
        title = `Protest in ${l.name} over ${topic}`;
        text = `Several thousand people rallied in ${this.name(l)} ${date.words} to protest against the government’s policy on ${topic}${c}.`;
        summary = `Thousands protested in ${l.name} against the policy on ${topic}.`;
        places.push(l);
        break;
      }
      case 8: {
        const [o, cn] = [this.take(this.ctx.orgs), this.take(this.ctx.countries)];
        title = `${o.name} wins elections in ${cn.name}`;
        text = `${capitalize(this.name(o))} won ${rng.int(30, 80)} percent of the vote in the parliamentary elections held in ${this.name(cn)} ${date.words}${c}.`;
        summary = `The ${o.name} won the parliamentary elections in ${cn.name}.`;
        actors.push(o, cn);
        break;
      }
      case 9: {
        const [o, l] = [this.take(this.ctx.orgs), this.take(this.ctx.places)];
        title = `${o.name} military exercises near ${l.name}`;
        text = `Troops under ${this.name(o)} began joint military exercises near ${this.name(l)} ${date.words}, involving some ${rng.int(2, 40) * 500} servicemen${c}.`;
        summary = `The ${o.name} held joint military exercises near ${l.name}.`;
        actors.push(o);
        places.push(l);
        break;
      }
      case 10: {
        const p = this.take(this.ctx.persons);
        const reason = rng.pick(REASONS);
        title = `${p.name} resigns`;
        text = `${capitalize(this.name(p))} resigned ${date.words} amid ${reason}${c}.`;
        summary = `${p.name} resigned amid ${reason}.`;
        actors.push(p);
        break;
      }
      case 11: {
        const [c1, c2, l1, l2] = [
          this.take(this.ctx.countries),
          this.take(this.ctx.countries),
          this.take(this.ctx.places),
          this.take(this.ctx.places),
        ];
        title = `${c1.name}–${c2.name} gas pipeline deal from ${l1.name} to ${l2.name}`;
        text = `${this.name(c1)} and ${this.name(c2)} agreed ${date.words} to build a gas pipeline from ${this.name(l1)} to ${this.name(l2)}${c}.`;
        summary = `${c1.name} and ${c2.name} agreed to build a gas pipeline from ${l1.name} to ${l2.name}.`;
        actors.push(c1, c2);
        places.push(l1, l2);
        break;
      }
      case 12: {
        const [o, l] = [this.take(this.ctx.orgs), this.take(this.ctx.places)];
        title = `Attack on ${o.name} office in ${l.name}`;
        text = `Unknown gunmen attacked the office of ${this.name(o)} in ${this.name(l)} ${date.words}${c}.`;
        summary = `Gunmen attacked the ${o.name} office in ${l.name}.`;
        actors.push(o);
        places.push(l);
        break;
      }
      case 13: {
        const [c1, c2, l] = [
          this.take(this.ctx.countries),
          this.take(this.ctx.countries),
          this.take(this.ctx.places),
        ];
        title = `${c1.country!.adjective}–${c2.country!.adjective} border clash near ${l.name}`;
        text = `${c1.country!.adjective} and ${c2.country!.adjective} border guards exchanged fire near ${this.name(l)} ${date.words}, leaving ${rng.int(1, 9)} dead${c}.`;
        this.mentioned.add(c1);
        this.mentioned.add(c2);
        summary = `${c1.name} and ${c2.name} border guards clashed near ${l.name}.`;
        actors.push(c1, c2);
        places.push(l);
        break;
      }
      case 14: {
        const [p, l] = [this.take(this.ctx.persons), this.take(this.ctx.places)];
        const charge = rng.pick(CHARGES);
        title = `Trial of ${p.name} opens in ${l.name}`;
        text = `The trial of ${this.name(p)} on charges of ${charge} opened in ${this.name(l)} ${date.words}${c}.`;
        summary = `${p.name} went on trial in ${l.name} on charges of ${charge}.`;
        actors.push(p);
        places.push(l);
        break;
      }
      default: {
        const p = this.take(this.ctx.persons);
        title = `${p.name} signs decree on ${topic}`;
        text = `${capitalize(this.name(p))} signed a decree on ${topic} ${date.words}${c}.`;
        summary = `${p.name} signed a decree on ${topic}.`;
        actors.push(p);
      }
    }
    this.push(text);
    const placeIds = places.map((a) => a.id);
    const id = withSuffix(slugify(title, MAX_ID), (this.counters.events++).toString(36));
    this.events.push({
      id,
      title: title.length > 200 ? title.slice(0, 200) : title,
      ...(alias ? { aliases: [alias] } : {}),
      summary,
      date: date.spec,
      status,
      places: [...new Set(placeIds)],
      actors: [...new Set(actors.map((a) => a.id))].filter((a) => !placeIds.includes(a)),
      sources: src ? [src.id] : [],
      evidence: [text],
    });
  }

  slots(): Slots {
    const { rng } = this.ctx;
    // Slots name known actors by name only: they are not record references, so the quota is not used.
    const pickName = (pool: Pool) =>
      pool.known.length > 0 ? rng.pickSkewed(pool.known, 2).name : rng.pick(COUNTRIES).name;
    const c = pickName(this.ctx.countries);
    let c2 = pickName(this.ctx.countries);
    if (c2 === c) c2 = rng.pick(COUNTRIES.filter((x) => x.name !== c)).name;
    return { c, c2, l: pickName(this.ctx.places), o: pickName(this.ctx.orgs), t: rng.pick(TOPICS) };
  }

  quote(): void {
    const { rng } = this.ctx;
    const speaker = this.take(this.ctx.persons);
    const s = this.slots();
    const date = eventDate(rng, this.published, false);
    const src = this.cite();
    const c = src ? ` (${src.raw})` : '';
    const who = this.name(speaker);
    const verb = rng.pick(['said', 'stated', 'declared', 'told reporters', 'affirmed', 'warned']);
    const base = {
      speaker: speaker.id,
      date: date.spec,
    };
    /** The date spec, with the article's words only when the sentence uses them. */
    const datedBy = (d: typeof date, sentence: string): DateSpec => {
      if (sentence.includes(d.words)) return d.spec;
      const { text: _words, ...rest } = d.spec;
      return { ...rest, note: 'Undated in the sentence; dated from the article.' };
    };
    if (rng.chance(0.7)) {
      const template = rng.pick(QUOTES);
      const core = template.core(s);
      let record: Record<string, unknown>;
      let text: string;
      if (template.lower && rng.chance(0.3)) {
        const opener = rng.pick(QUOTE_OPENERS);
        const parts = [`${opener},`, `that ${core}.`];
        text = `“${parts[0]}” ${who} ${verb}, “${parts[1]}”${c}`;
        record = { kind: 'direct', text: parts.join(' '), parts };
      } else {
        const words = capitalize(core);
        text = rng.chance(0.5)
          ? `“${words},” ${who} ${verb}${c}.`
          : `${capitalize(who)} ${verb} ${date.words}${c}: “${words}.”`;
        record = { kind: 'direct', text: words };
      }
      this.push(text);
      base.date = datedBy(date, text);
      const id = withSuffix(
        `${slugify(speaker.short, 24)}-${slugify(core.split(' ').slice(0, 5).join(' '), 40)}`,
        `q${(this.counters.quotes++).toString(36)}`,
      );
      this.quotes.push({
        id,
        kind: record.kind,
        speaker: base.speaker,
        text: record.text,
        ...(record.parts ? { parts: record.parts } : {}),
        date: base.date,
        ...(rng.chance(0.4)
          ? { context: `Said ${date.words}, as reported by ${src ? src.raw.split(',')[0] : 'the article'}.` }
          : {}),
        sources: src ? [src.id] : [],
        evidence: [text],
      });
      return;
    }
    const clause = rng.pick(REPORTED)(s);
    const text = rng.chance(0.5)
      ? `${capitalize(who)} ${verb === 'told reporters' ? 'said' : verb} ${date.words} that ${clause}${c}.`
      : `According to ${who}, ${clause}${c}.`;
    this.push(text);
    const id = withSuffix(
      `${slugify(speaker.short, 24)}-${slugify(clause.split(' ').slice(0, 5).join(' '), 40)}`,
      `q${(this.counters.quotes++).toString(36)}`,
    );
    this.quotes.push({
      id,
      kind: 'reported',
      speaker: speaker.id,
      text: `${speaker.name} stated that ${clause}.`,
      date: datedBy(date, text),
      sources: src ? [src.id] : [],
      evidence: [text],
    });
  }

  filler(): void {
    const { rng } = this.ctx;
    switch (rng.int(0, 7)) {
      case 0: {
        const cn = this.take(this.ctx.countries);
        this.push(
          `Analysts in ${cn.country?.capital ?? 'Moscow'} see the move as a sign of ${rng.pick(TRENDS)}.`,
        );
        return;
      }
      case 1: {
        const [c1, c2] = [this.take(this.ctx.countries), this.take(this.ctx.countries)];
        this.push(
          `The development is likely to complicate relations between ${this.name(c1)} and ${this.name(c2)}.`,
        );
        return;
      }
      case 2: {
        const p = this.take(this.ctx.persons);
        this.push(
          `Observers note that ${this.name(p)} has long been critical of the official line on ${rng.pick(TOPICS)}.`,
        );
        return;
      }
      case 3: {
        const o = this.take(this.ctx.orgs);
        this.push(`${capitalize(this.name(o))} has so far declined to comment.`);
        return;
      }
      case 4: {
        const l = this.take(this.ctx.places);
        this.push(`Similar concerns have been voiced in ${this.name(l)}.`);
        return;
      }
      case 5: {
        const cn = this.take(this.ctx.countries);
        this.push(`It remains unclear whether ${this.name(cn)} will support the initiative.`);
        return;
      }
      case 6: {
        const l = this.take(this.ctx.places);
        this.push(
          `This is not the first time that ${this.name(l)} has drawn the attention of the security services.`,
        );
        return;
      }
      default:
        this.push(`The episode illustrates ${rng.pick(TRENDS)}.`);
    }
  }

  /** Mentions every actor the article still has to introduce, so each actor has evidence somewhere. */
  introduceRemaining(): void {
    const { rng } = this.ctx;
    const quotaOf = (pool: Pool) => this.quota.get(pool) ?? 0;
    while (quotaOf(this.ctx.media) > 0 && this.ctx.media.remaining > 0) {
      const src = this.cite(true)!;
      this.push(`The report was widely carried by regional media (${src.raw}).`);
    }
    while (quotaOf(this.ctx.persons) > 0 && this.ctx.persons.remaining > 0) {
      const p = this.take(this.ctx.persons);
      this.push(
        rng.chance(0.5)
          ? `${capitalize(this.name(p))} was also present.`
          : `Among those who commented was ${this.name(p)}.`,
      );
    }
    while (quotaOf(this.ctx.places) > 0 && this.ctx.places.remaining > 0) {
      const l = this.take(this.ctx.places);
      this.push(`Security was also tightened in ${this.name(l)}.`);
    }
    while (quotaOf(this.ctx.orgs) > 0 && this.ctx.orgs.remaining > 0) {
      const o = this.take(this.ctx.orgs);
      this.push(`${capitalize(this.name(o))} has so far declined to comment.`);
    }
    while (quotaOf(this.ctx.countries) > 0 && this.ctx.countries.remaining > 0) {
      const cn = this.take(this.ctx.countries);
      this.push(`It remains unclear whether ${this.name(cn)} will support the initiative.`);
    }
  }
}

function titleCase(text: string): string {
  return text.replace(/(^|\s)([a-z])/g, (_m, space: string, ch: string) => space + ch.toUpperCase());
}

function articleTitle(rng: Rng, b: ArticleBuilder): string {
  const persons = b.sentences.flatMap((s) => s.actors.filter((a) => a.kind === 'person'));
  const countries = b.sentences.flatMap((s) => s.actors.filter((a) => a.kind === 'country'));
  const places = b.sentences.flatMap((s) => s.actors.filter((a) => a.kind === 'place'));
  const p = persons.length > 0 ? rng.pick(persons).short : 'Moscow';
  const c = countries.length > 0 ? rng.pick(countries).name : rng.pick(COUNTRIES).name;
  const l = places.length > 0 ? rng.pick(places).name : rng.pick(COUNTRIES).capital;
  const t = titleCase(rng.pick(TOPICS).replace(/^(the|a) /, ''));
  return rng.pick([
    `${p} Moves Closer To ${c}`,
    `${c} Looks To Moscow For ${t}`,
    `Tensions Rise In ${l}`,
    `New Violence Shakes ${l}`,
    `${p} Tightens Grip On Power`,
    `${c} Weighs ${t} Deal`,
    `Questions Linger After ${l} Attacks`,
    `${p}’s Visit Signals Shift On ${t}`,
    `${c} Mends Fences Over ${t}`,
    `Stakes Rise In ${c}’s ${t} Gamble`,
  ]);
}

function buildArticle(
  ctx: Context,
  seq: number,
  articlesLeft: number,
  target: number,
  counters: { events: number; quotes: number },
): ArticleOut {
  const { rng } = ctx;
  const year = rng.int(1990, 2025);
  const published: Day = { y: year, m: rng.int(1, 12), d: rng.int(1, 28) };
  const publication = rng.pick(PUBLICATIONS);
  const volume = Math.max(1, year - publication.base);
  const issue = rng.int(1, 250);
  // The id needs the title, which needs the actors: build under a provisional id, then rename.
  const provisional = `article-${seq.toString(36)}`;
  const b = new ArticleBuilder(ctx, provisional, seq, published, articlesLeft, counters);
  const nQuotes = Math.max(1, Math.round((target * rng.int(18, 32)) / 100));
  const nEvents = Math.max(1, target - nQuotes);
  const kinds: ('e' | 'q' | 'f')[] = [
    ...Array<'e'>(nEvents).fill('e'),
    ...Array<'q'>(nQuotes).fill('q'),
    ...Array<'f'>(rng.int(2, 7)).fill('f'),
  ];
  for (const kind of rng.shuffled(kinds)) {
    if (kind === 'e') b.event();
    else if (kind === 'q') b.quote();
    else b.filler();
  }
  b.introduceRemaining();
  const title = articleTitle(rng, b);
  const id = `${
    publication.name === 'Eurasia Daily Monitor'
      ? 'edm'
      : slugify(publication.name)
          .split('-')
          .map((w) => w[0])
          .join('')
  }-${volume}-${issue}-${seq.toString(36)}-${slugify(title, 36)}`;
  for (const s of b.sentences)
    for (const a of s.actors) if (a.evidence?.article === provisional) a.evidence.article = id;

  const sentences = b.sentences.map((s) => s.text);
  const paragraphCount = Math.min(sentences.length, rng.int(2, 6));
  const paragraphs: string[] = [];
  const per = Math.ceil(sentences.length / paragraphCount);
  for (let i = 0; i < sentences.length; i += per) paragraphs.push(sentences.slice(i, i + per).join(' '));
  const text = `${title}\n\nPublication: ${publication.name} Volume: ${volume} Issue: ${issue}\n\n${paragraphs.join('\n\n')}\n`;
  const record = {
    article: {
      id,
      title,
      publication: publication.name,
      volume,
      issue,
      published: { start: isoDay(published), yearInferred: false },
      textPath: `articles/${id}.txt`,
    },
    sources: b.sources.map((s) => s.record),
    events: b.events,
    quotes: b.quotes,
  };
  return {
    id,
    title,
    text,
    record,
    events: b.events.length,
    quotes: b.quotes.length,
    sources: b.sources.length,
  };
}

// ---------------------------------------------------------------------------------------------
// The whole dataset

export interface GenerateOptions {
  readonly records: number;
  readonly seed: number;
  readonly outDir: string;
  readonly log?: (message: string) => void;
}

/** Writes a complete dataset to `outDir` (which must not exist or be empty) and returns its manifest. */
export function generateDataset(options: GenerateOptions): Manifest {
  const started = performance.now();
  const log = options.log ?? (() => {});
  const rng = new Rng(options.seed);
  const plan = planCounts(options.records);
  const registry = new ActorRegistry();

  // Countries and their capitals first: they are real and recur everywhere.
  const countryActors: GenActor[] = [];
  const capitalActors: GenActor[] = [];
  const countries = COUNTRIES.slice(
    0,
    Math.min(COUNTRIES.length, Math.max(8, Math.round(plan.actors * 0.02))),
  );
  for (const country of countries) {
    const actor = registry.add('country', country.name, country.aliases, { country });
    if (actor) countryActors.push(actor);
  }
  for (const country of countries) {
    const actor = registry.add('place', country.capital, country.capitalAliases, {
      description: `capital of ${country.name}`,
      country,
    });
    if (actor) capitalActors.push(actor);
  }
  const others = plan.actors - countryActors.length - capitalActors.length;
  const nPlaces = Math.round(others * 0.14);
  const nOrgs = Math.round(others * 0.1);
  const nMedia = Math.max(10, Math.round(others * 0.06));
  const nPersons = others - nPlaces - nOrgs - nMedia;
  const actorRng = rng.fork('actors');
  const places = fill(nPlaces, () => makePlace(registry, actorRng));
  const placeNames = places.map((p) => p.name);
  const orgs = fill(nOrgs, () => makeOrganization(registry, actorRng, placeNames));
  const media = fill(nMedia, () => makeMedia(registry, actorRng, placeNames));
  const persons = fill(nPersons, () => makePerson(registry, actorRng));
  log(
    `actors: ${registry.all.length} (${persons.length} people, ${places.length + capitalActors.length} places, ${orgs.length} organizations, ${media.length} media, ${countryActors.length} countries)`,
  );

  const ctx: Context = {
    rng: rng.fork('articles'),
    persons: new Pool(persons),
    places: new Pool([...capitalActors, ...places]),
    orgs: new Pool(orgs),
    media: new Pool(media),
    countries: new Pool(countryActors),
  };

  for (const dir of ['articles', 'records', 'actors'])
    mkdirSync(path.join(options.outDir, dir), { recursive: true });
  const counters = { events: 0, quotes: 0 };
  let sources = 0;
  let produced = 0;
  for (let seq = 0; seq < plan.articles; seq++) {
    const articlesLeft = plan.articles - seq;
    const remaining = plan.eventsAndQuotes - produced;
    const target =
      articlesLeft === 1
        ? Math.max(2, remaining)
        : Math.max(2, Math.round(remaining / articlesLeft) + ctx.rng.int(-3, 3));
    const article = buildArticle(ctx, seq, articlesLeft, target, counters);
    produced += article.events + article.quotes;
    sources += article.sources;
    writeFileSync(path.join(options.outDir, 'articles', `${article.id}.txt`), article.text);
    writeFileSync(
      path.join(options.outDir, 'records', `${article.id}.json`),
      `${JSON.stringify(article.record, null, 2)}\n`,
    );
    if (seq > 0 && seq % 5000 === 0) log(`articles: ${seq}/${plan.articles}`);
  }

  const ACTORS_PER_FILE = 10_000;
  const actorJson = (a: GenActor) => {
    if (!a.evidence) throw new Error(`generator bug: actor ${a.id} was never mentioned`);
    return {
      id: a.id,
      kind: a.kind,
      name: a.name,
      aliases: a.aliases,
      ...(a.description ? { description: a.description } : {}),
      ...(a.disambiguation ? { disambiguation: a.disambiguation } : {}),
      evidence: [a.evidence],
    };
  };
  for (let i = 0; i < registry.all.length; i += ACTORS_PER_FILE) {
    const chunk = registry.all.slice(i, i + ACTORS_PER_FILE).map(actorJson);
    const file = path.join(
      options.outDir,
      'actors',
      `actors-${String(i / ACTORS_PER_FILE + 1).padStart(3, '0')}.json`,
    );
    writeFileSync(file, `${JSON.stringify({ actors: chunk }, null, 2)}\n`);
  }

  const manifest: Manifest = {
    generator: GENERATOR_VERSION,
    seed: options.seed,
    records: options.records,
    counts: {
      articles: plan.articles,
      actors: registry.all.length,
      events: counters.events,
      quotes: counters.quotes,
      sources,
    },
    generationMs: Math.round(performance.now() - started),
  };
  return manifest;
}

export function datasetDir(root: string, label: string, seed: number): string {
  return path.join(root, `${label.toLowerCase()}-seed${seed}`);
}

export function readManifest(dir: string): Manifest | undefined {
  try {
    return JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Manifest;
  } catch {
    return undefined;
  }
}

/** The dataset for `label` and `seed` under `root`, generated unless a current one is cached. */
export function ensureDataset(
  root: string,
  label: string,
  seed: number,
  options: { force?: boolean; log?: (message: string) => void } = {},
): { dir: string; manifest: Manifest; cached: boolean } {
  const dir = datasetDir(root, label, seed);
  const records = parseSize(label);
  const existing = readManifest(dir);
  if (
    !options.force &&
    existing &&
    existing.generator === GENERATOR_VERSION &&
    existing.records === records &&
    existing.seed === seed
  ) {
    return { dir, manifest: existing, cached: true };
  }
  if (existsSync(dir)) rmSync(dir, { recursive: true, force: true });
  const manifest = generateDataset({
    records,
    seed,
    outDir: dir,
    ...(options.log ? { log: options.log } : {}),
  });
  writeFileSync(path.join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return { dir, manifest, cached: false };
}

const GENERATE_USAGE = 'npm run bench:generate -- [--size 10k] [--seed S] [--root dir | --out dir] [--force]';

function main(argv: readonly string[]): void {
  const { values } = parseScriptArgs(
    argv,
    {
      size: { type: 'string' },
      seed: { type: 'string' },
      root: { type: 'string' },
      out: { type: 'string' },
      force: { type: 'boolean' },
    },
    GENERATE_USAGE,
    false,
  );
  const label = values.size ?? '10k';
  sizeArg(label, GENERATE_USAGE);
  const seed = numberArg(values.seed, 'seed', 1, GENERATE_USAGE);
  const root = values.root ?? path.join('bench', 'out');
  const out = values.out;
  const log = (m: string) => console.error(`[generate ${label}] ${m}`);
  if (out) {
    if (existsSync(out)) rmSync(out, { recursive: true, force: true });
    const manifest = generateDataset({ records: parseSize(label), seed, outDir: out, log });
    writeFileSync(path.join(out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    console.log(JSON.stringify({ dir: out, manifest, cached: false }));
    return;
  }
  const result = ensureDataset(root, label, seed, { force: values.force ?? false, log });
  console.log(JSON.stringify(result));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  runScript(() => main(process.argv.slice(2)));
}
