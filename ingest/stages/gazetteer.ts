// What the rules know of the world and of country names: a small gazetteer of real countries (and
// their official long forms), the region's cities and international organisations, and the
// adjective forms a name takes (Kestria -> Kestrian). Countries an article names only by their
// adjective are guessed in country-adjectives.ts.
import type { ActorKind } from '../../src/dataset/schema.js';
import {
  CAPITALS,
  CITIES,
  COUNTRIES,
  COUNTRY_LONG_FORMS,
  ORGANIZATIONS,
  REGIONS,
  STATE_OF_HEADS,
} from '../language/lexicon.js';

function buildGazetteer(): Map<string, { kind: ActorKind; name: string; demonym: boolean }> {
  const map = new Map<string, { kind: ActorKind; name: string; demonym: boolean }>();
  for (const [name, ...adjectives] of COUNTRIES) {
    map.set(name, { kind: 'country', name, demonym: false });
    for (const a of adjectives) {
      const isAbbrev = /^[A-Z.]+$/.test(a) || ['Britain'].includes(a);
      map.set(a, { kind: 'country', name, demonym: !isAbbrev });
    }
  }
  // ("the Republic of Kazakhstan", "the Russian Federation": a state's official name is the state.)
  for (const [name] of COUNTRIES)
    if (!/Republic|^United /.test(name))
      map.set(`Republic of ${name}`, { kind: 'country', name, demonym: false });
  for (const [name, ...longForms] of COUNTRY_LONG_FORMS)
    for (const f of longForms) map.set(f, { kind: 'country', name, demonym: false });
  for (const [name, ...adjectives] of REGIONS) {
    map.set(name, { kind: 'place', name, demonym: false });
    for (const a of adjectives) map.set(a, { kind: 'place', name, demonym: true });
  }
  for (const city of [...CITIES, ...CAPITALS.flatMap(([, ...names]) => names)])
    map.set(city, { kind: 'place', name: city, demonym: false });
  // An organisation is drafted under the form the article prints ("EU"), the registry joining forms.
  for (const forms of ORGANIZATIONS)
    for (const f of forms) map.set(f, { kind: 'organization', name: f, demonym: false });
  return map;
}
/** Known names: each with its kind, its canonical name, and whether it is an adjective form. */
export const GAZETTEER = buildGazetteer();

/**
 * Whether `long` is the state `short` under its official name: a known one ("the Russian Federation"
 * of Russia, "the Kyrgyz Republic" of Kyrgyzstan) or any "Republic of X" of X ("the Republic of
 * Orvenia").
 */
export function isStateLongForm(long: string, short: string): boolean {
  if (long === short) return false;
  const known = GAZETTEER.get(long);
  // (A known long form is its own state's only: "the Republic of China" is Taiwan's.)
  if (known && !known.demonym && known.kind === 'country') return known.name === short;
  const head = long.split(' ')[0] ?? '';
  return STATE_OF_HEADS.has(head) && long === `${head} of ${short}`;
}

/** Each known organisation's forms -> its row's first name ("EU" and "European Union" -> "European Union"). */
const KNOWN_BODY = new Map(
  ORGANIZATIONS.flatMap(([first, ...rest]) => [first, ...rest].map((f) => [f, first] as const)),
);

/** Whether two printed names are forms of one known organisation ("the EU", "the European Union"). */
export function sameKnownBody(a: string, b: string): boolean {
  const known = KNOWN_BODY.get(a);
  return a !== b && known !== undefined && known === KNOWN_BODY.get(b);
}

/** Demonym forms a name could have: Kestria -> Kestrian, Temiria -> Temirian, Valdoria -> Valdorian. */
export function demonymForms(name: string): string[] {
  return [
    `${name}n`,
    `${name}an`,
    `${name}ian`,
    `${name}i`,
    `${name}ese`,
    name.replace(/[aoy]$/, 'ian'),
    name.replace(/a$/, 'an'),
  ];
}

/**
 * Continents and macro-regions: their adjective ("European Commission") names no actor; nor does the
 * Soviet Union's ("a Soviet survey", "post-Soviet states": a past, not a party to the news). Their
 * names are no actors either: "gas for Europe", "the rapporteur on the North Caucasus" name a market
 * or a subject, not a party.
 */
export const MACRO_REGIONS = new Set([
  'Europe',
  'Asia',
  'Central Asia',
  'Caucasus',
  'North Caucasus',
  'South Caucasus',
  'Soviet Union',
]);

/** "-ian" words that are not the adjective of a country called "-ia" (regions of several, known places). */
export const NOT_COUNTRY_ADJECTIVES = new Set(
  `Christian Caspian Eurasian Siberian Victorian Edwardian Parisian Orwellian Darwinian Freudian
   Presbyterian Utopian Brazilian Jordanian Palestinian Haitian Peruvian Italian Egyptian Iranian
   Indian Canadian Libyan Syrian Ukrainian Belarusian Norwegian Hungarian Ossetian Circassian
   Scandinavian Arabian Anatolian Transcaucasian Carpathian Pannonian Adjarian`.split(/\s+/),
);
