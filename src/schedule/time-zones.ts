// IANA time zone names for the admin command: validation with helpful refusals (fixed offsets and
// abbreviations do not follow daylight saving time) and ranked autocomplete.
import { LIMITS, truncate } from '../replies/limits.js';
import type { Result } from '../util/result.js';
import { formatOffset, zoneOffsetMinutes } from './zoned-time.js';

/** What a parse of typed text gives: the value, or a message for the admin. */
export type Parsed<T> = Result<T>;

export interface Choice {
  readonly name: string;
  readonly value: string;
}

/** ICU's canonical ids lag IANA renames; users and the settings view get the current names. */
const RENAMED: ReadonlyMap<string, string> = new Map(
  Object.entries({
    'Africa/Asmera': 'Africa/Asmara',
    'America/Buenos_Aires': 'America/Argentina/Buenos_Aires',
    'America/Catamarca': 'America/Argentina/Catamarca',
    'America/Coral_Harbour': 'America/Atikokan',
    'America/Cordoba': 'America/Argentina/Cordoba',
    'America/Godthab': 'America/Nuuk',
    'America/Indianapolis': 'America/Indiana/Indianapolis',
    'America/Jujuy': 'America/Argentina/Jujuy',
    'America/Louisville': 'America/Kentucky/Louisville',
    'America/Mendoza': 'America/Argentina/Mendoza',
    'Asia/Calcutta': 'Asia/Kolkata',
    'Asia/Katmandu': 'Asia/Kathmandu',
    'Asia/Rangoon': 'Asia/Yangon',
    'Asia/Saigon': 'Asia/Ho_Chi_Minh',
    'Atlantic/Faeroe': 'Atlantic/Faroe',
    'Europe/Kiev': 'Europe/Kyiv',
    'Pacific/Enderbury': 'Pacific/Kanton',
    'Pacific/Ponape': 'Pacific/Pohnpei',
    'Pacific/Truk': 'Pacific/Chuuk',
  }),
);

const FORMER_NAMES = new Map<string, string[]>();
for (const [former, current] of RENAMED) {
  FORMER_NAMES.set(current, [...(FORMER_NAMES.get(current) ?? []), former]);
}

const UTC_NAMES = new Set([
  'utc',
  'gmt',
  'z',
  'zulu',
  'universal',
  'etc/utc',
  'etc/gmt',
  'etc/universal',
  'etc/zulu',
  'uct',
  'etc/uct',
  'gmt0',
  'etc/gmt0',
  'greenwich',
  'etc/greenwich',
]);

/** Zones offered first on an empty query and preferred among equally good matches. */
const POPULAR = [
  'UTC',
  'Europe/London',
  'Europe/Berlin',
  'Europe/Paris',
  'Europe/Moscow',
  'Europe/Istanbul',
  'Europe/Kyiv',
  'America/New_York',
  'America/Chicago',
  'America/Denver',
  'America/Los_Angeles',
  'America/Toronto',
  'America/Mexico_City',
  'America/Sao_Paulo',
  'Asia/Tashkent',
  'Asia/Almaty',
  'Asia/Dubai',
  'Asia/Kolkata',
  'Asia/Shanghai',
  'Asia/Singapore',
  'Asia/Tokyo',
  'Asia/Seoul',
  'Australia/Sydney',
  'Pacific/Auckland',
  'Africa/Cairo',
];

/** Places to suggest for a fixed offset, by offset in minutes (standard time). */
const EXAMPLES_BY_OFFSET: ReadonlyMap<number, readonly string[]> = new Map(
  Object.entries({
    [-600]: ['Pacific/Honolulu'],
    [-540]: ['America/Anchorage'],
    [-480]: ['America/Los_Angeles', 'America/Vancouver'],
    [-420]: ['America/Denver', 'America/Phoenix'],
    [-360]: ['America/Chicago', 'America/Mexico_City'],
    [-300]: ['America/New_York', 'America/Toronto', 'America/Bogota'],
    [-240]: ['America/Halifax', 'America/Santiago'],
    [-180]: ['America/Sao_Paulo', 'America/Argentina/Buenos_Aires'],
    0: ['Europe/London', 'Europe/Lisbon', 'UTC'],
    60: ['Europe/Berlin', 'Europe/Paris', 'Africa/Lagos'],
    120: ['Europe/Kyiv', 'Europe/Athens', 'Africa/Cairo'],
    180: ['Europe/Moscow', 'Europe/Istanbul', 'Asia/Riyadh'],
    210: ['Asia/Tehran'],
    240: ['Asia/Dubai', 'Asia/Baku', 'Europe/Samara'],
    270: ['Asia/Kabul'],
    300: ['Asia/Tashkent', 'Asia/Karachi', 'Asia/Yekaterinburg'],
    330: ['Asia/Kolkata'],
    345: ['Asia/Kathmandu'],
    360: ['Asia/Almaty', 'Asia/Dhaka', 'Asia/Bishkek'],
    420: ['Asia/Bangkok', 'Asia/Jakarta', 'Asia/Novosibirsk'],
    480: ['Asia/Shanghai', 'Asia/Singapore', 'Australia/Perth'],
    540: ['Asia/Tokyo', 'Asia/Seoul'],
    570: ['Australia/Adelaide'],
    600: ['Australia/Sydney', 'Asia/Vladivostok'],
    720: ['Pacific/Auckland'],
  }).map(([offset, zones]) => [Number(offset), zones]),
);

/**
 * Common abbreviations people type, with the zones they usually mean. A Map, never a plain object:
 * the key is user text, and "__proto__" or "constructor" must not find Object's own members.
 */
const ABBREVIATIONS: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries({
    est: ['America/New_York'],
    edt: ['America/New_York'],
    et: ['America/New_York'],
    est5edt: ['America/New_York'],
    cst: ['America/Chicago', 'Asia/Shanghai'],
    cdt: ['America/Chicago'],
    ct: ['America/Chicago'],
    cst6cdt: ['America/Chicago'],
    mst: ['America/Denver', 'America/Phoenix'],
    mdt: ['America/Denver'],
    mt: ['America/Denver'],
    mst7mdt: ['America/Denver'],
    pst: ['America/Los_Angeles'],
    pdt: ['America/Los_Angeles'],
    pt: ['America/Los_Angeles'],
    pst8pdt: ['America/Los_Angeles'],
    akst: ['America/Anchorage'],
    hst: ['Pacific/Honolulu'],
    bst: ['Europe/London'],
    wet: ['Europe/Lisbon'],
    west: ['Europe/Lisbon'],
    cet: ['Europe/Berlin', 'Europe/Paris'],
    cest: ['Europe/Berlin', 'Europe/Paris'],
    met: ['Europe/Berlin', 'Europe/Paris'],
    eet: ['Europe/Kyiv', 'Europe/Athens'],
    eest: ['Europe/Kyiv', 'Europe/Athens'],
    msk: ['Europe/Moscow'],
    ist: ['Asia/Kolkata', 'Europe/Dublin', 'Asia/Jerusalem'],
    pkt: ['Asia/Karachi'],
    uzt: ['Asia/Tashkent'],
    sgt: ['Asia/Singapore'],
    hkt: ['Asia/Hong_Kong'],
    jst: ['Asia/Tokyo'],
    kst: ['Asia/Seoul'],
    aest: ['Australia/Sydney', 'Australia/Brisbane'],
    aedt: ['Australia/Sydney'],
    acst: ['Australia/Adelaide'],
    awst: ['Australia/Perth'],
    nzst: ['Pacific/Auckland'],
    nzdt: ['Pacific/Auckland'],
  }),
);

const OFFSET = /^(?:(?:utc|gmt|z)\s*)?([+\-−])\s*(\d{1,2})(?:[:.]?(\d{2}))?$/i;
const ETC_OFFSET = /^etc\/gmt([+-])(\d{1,2})$/i;

let namesCache: readonly string[] | undefined;
let lookupCache: ReadonlyMap<string, string> | undefined;

/** Every zone the bot accepts, by its current IANA name, sorted; UTC included. */
export function timeZoneNames(): readonly string[] {
  if (!namesCache) {
    const names = new Set(['UTC']);
    for (const zone of Intl.supportedValuesOf('timeZone')) {
      if (/^Etc\//.test(zone) || !zone.includes('/')) continue;
      names.add(RENAMED.get(zone) ?? zone);
    }
    namesCache = [...names].sort();
  }
  return namesCache;
}

/** Lower-cased current and former names → current name. */
function lookup(): ReadonlyMap<string, string> {
  if (!lookupCache) {
    const map = new Map<string, string>();
    for (const zone of timeZoneNames()) map.set(zone.toLowerCase(), zone);
    for (const [old, current] of RENAMED) map.set(old.toLowerCase(), current);
    lookupCache = map;
  }
  return lookupCache;
}

/** "new york", "America/New_York" and "america/new-york" all become "america new york". */
function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[\s_/\-.,]+/g, ' ')
    .trim();
}

function cityOf(zone: string): string {
  return normalize(zone.slice(zone.lastIndexOf('/') + 1));
}

function listZones(zones: readonly string[]): string {
  if (zones.length <= 1) return zones[0] ?? '';
  return `${zones.slice(0, -1).join(', ')} or ${zones[zones.length - 1]}`;
}

/** Minutes east of UTC for "+3", "GMT+03:00", "UTC-5:30", "Etc/GMT-3" (IANA's inverted sign). */
function fixedOffsetMinutes(input: string): number | undefined {
  const etc = ETC_OFFSET.exec(input);
  if (etc) return (etc[1] === '+' ? -1 : 1) * Number(etc[2]) * 60;
  const match = OFFSET.exec(input);
  if (!match) return undefined;
  const sign = match[1] === '+' ? 1 : -1;
  const hours = Number(match[2]);
  const minutes = Number(match[3] ?? '0');
  if (hours > 14 || minutes > 59) return undefined;
  return sign * (hours * 60 + minutes);
}

/** Places that use `offset` (curated for common offsets, else any zone at that offset now). */
export function zonesForOffset(offset: number, now: number): readonly string[] {
  const curated = EXAMPLES_BY_OFFSET.get(offset);
  if (curated) return curated;
  return timeZoneNames()
    .filter((zone) => zone !== 'UTC' && zoneOffsetMinutes(now, zone) === offset)
    .slice(0, 3);
}

const DST_HINT =
  'which does not follow daylight saving time. Choose the place whose clock the server follows';

/**
 * Validates a zone typed or picked by an admin and returns its current IANA name (case-insensitive:
 * "europe/berlin" → "Europe/Berlin"; former names such as Asia/Calcutta → Asia/Kolkata; a unique
 * city such as "Tokyo" → Asia/Tokyo). Fixed offsets and abbreviations are refused with a hint.
 */
export function parseTimeZone(input: string, now: number = Date.now()): Parsed<string> {
  const text = input.trim();
  if (text === '')
    return { ok: false, message: 'Choose a time zone, such as Europe/Berlin or America/New_York.' };
  const lower = text.toLowerCase();
  if (UTC_NAMES.has(lower)) return { ok: true, value: 'UTC' };

  const offset = fixedOffsetMinutes(text);
  if (offset !== undefined) {
    const examples = zonesForOffset(offset, now);
    const suggestion = examples.length > 0 ? `, e.g. ${listZones(examples)}` : ', e.g. Europe/Moscow';
    return {
      ok: false,
      message: `“${truncate(text, 40)}” is a fixed offset (${formatOffset(offset)}), ${DST_HINT}${suggestion}.`,
    };
  }
  const abbreviation = ABBREVIATIONS.get(lower);
  if (abbreviation) {
    return {
      ok: false,
      message:
        `“${text.toUpperCase()}” is an abbreviation, not a time zone: abbreviations are ambiguous and ` +
        `do not say when daylight saving time applies. Did you mean ${listZones(abbreviation)}?`,
    };
  }

  const known = lookup().get(lower);
  if (known) return { ok: true, value: known };

  // Links IANA keeps for compatibility (US/Eastern, Asia/Istanbul): resolve through ICU.
  const resolved = resolveWithIntl(text);
  if (resolved) return { ok: true, value: resolved };

  const query = normalize(text);
  const cities = timeZoneNames().filter((zone) => cityOf(zone) === query);
  if (cities.length === 1 && cities[0]) return { ok: true, value: cities[0] };

  const matches = autocompleteTimeZones(text, now, 3).map((c) => c.value);
  const suggestions = matches.length > 0 ? matches : closeCities(query);
  const hint =
    suggestions.length > 0
      ? ` Did you mean ${listZones(suggestions)}?`
      : ' Use a zone name from the list, such as Europe/Berlin or America/New_York.';
  return { ok: false, message: `“${truncate(text, 60)}” is not a time zone I know.${hint}` };
}

/** Levenshtein distance, for typo suggestions ("Berlinn", "Tashkant"). */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** Zones whose city is within a couple of typos of `query`, closest first. */
function closeCities(query: string): string[] {
  const city = query.slice(query.lastIndexOf(' ') + 1);
  const allowed = Math.min(2, Math.floor(city.length / 4));
  return timeZoneNames()
    .map((zone) => ({ zone, distance: editDistance(city, cityOf(zone).replace(/ /g, '')) }))
    .filter((c) => c.distance <= allowed)
    .sort((a, b) => a.distance - b.distance)
    .slice(0, 3)
    .map((c) => c.zone);
}

function resolveWithIntl(text: string): string | undefined {
  try {
    const zone = new Intl.DateTimeFormat('en-US', { timeZone: text }).resolvedOptions().timeZone;
    const current = RENAMED.get(zone) ?? zone;
    return lookup().has(current.toLowerCase()) ? current : undefined;
  } catch {
    return undefined;
  }
}

function choiceFor(zone: string, now: number): Choice {
  return {
    name: truncate(`${zone} (${formatOffset(zoneOffsetMinutes(now, zone))})`, LIMITS.choiceName),
    value: zone,
  };
}

/** Rank of `zone` for the normalized query: lower is better; undefined when it does not match. */
function rankZone(zone: string, query: string): number | undefined {
  let best: number | undefined;
  for (const spelling of [zone, ...(FORMER_NAMES.get(zone) ?? [])]) {
    const name = normalize(spelling);
    const city = cityOf(spelling);
    let rank: number | undefined;
    if (name === query || city === query) rank = 0;
    else if (name.startsWith(query)) rank = 1;
    else if (city.startsWith(query)) rank = 2;
    else if (name.includes(` ${query}`)) rank = 3;
    else if (name.includes(query)) rank = 4;
    if (rank !== undefined && (best === undefined || rank < best)) best = rank;
  }
  return best;
}

const popularity = new Map(POPULAR.map((zone, index) => [zone, index]));

/**
 * Up to `limit` (at most 25) zone choices for what the admin has typed, best first: exact, then
 * prefix of the name, then prefix of the city, then word and substring matches; popular zones
 * first among equals. An offset ("GMT+3") offers the places at that offset. Names show the
 * current UTC offset.
 */
export function autocompleteTimeZones(
  input: string,
  now: number,
  limit: number = LIMITS.autocompleteChoices,
): Choice[] {
  const max = Math.min(limit, LIMITS.autocompleteChoices);
  const text = input.trim();
  if (text === '') return POPULAR.slice(0, max).map((zone) => choiceFor(zone, now));
  const offset = fixedOffsetMinutes(text);
  if (offset !== undefined)
    return zonesForOffset(offset, now)
      .slice(0, max)
      .map((zone) => choiceFor(zone, now));
  const abbreviation = ABBREVIATIONS.get(text.toLowerCase());
  const query = normalize(text);
  const ranked: { zone: string; rank: number }[] = [];
  for (const zone of timeZoneNames()) {
    const rank = abbreviation?.includes(zone) ? 0 : rankZone(zone, query);
    if (rank !== undefined) ranked.push({ zone, rank });
  }
  if (UTC_NAMES.has(text.toLowerCase())) ranked.push({ zone: 'UTC', rank: -1 });
  ranked.sort(
    (a, b) =>
      a.rank - b.rank ||
      (popularity.get(a.zone) ?? Infinity) - (popularity.get(b.zone) ?? Infinity) ||
      (a.zone < b.zone ? -1 : a.zone > b.zone ? 1 : 0),
  );
  const seen = new Set<string>();
  const choices: Choice[] = [];
  for (const { zone } of ranked) {
    if (seen.has(zone)) continue;
    seen.add(zone);
    choices.push(choiceFor(zone, now));
    if (choices.length === max) break;
  }
  return choices;
}
