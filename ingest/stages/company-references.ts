// A company named again by its country: "the Russian company announced …", "the state-owned
// Ukrainian company", "the Kazakh oil company". Prose names a firm once and then by its nationality
// and trade; the reference is the company of that country named last before it. Read by references.ts.
import { COMPANY_WORD } from '../language/lexicon.js';
import type { ActorTable, Mention } from './actors.js';
import { referenceMention } from './actors/types.js';
import type { Sentence } from './segment.js';

/** "the (state-owned) Russian (gas) company", the demonym captured. */
const BY_COUNTRY =
  /\b[Tt]he (?:(?:state-owned|state|national|private|giant) )?(\p{Lu}[\p{L}-]+) (?:(?:state|state-owned|gas|oil|energy|power|pipeline|grid|rail|railway|shipping|potash|mining|metals?) ){0,2}(?:company|monopoly|concern|corporation|operator|producer|exporter|firm|giant)\b(?![ -]\p{Lu})/gu;

/** A business by its name or description ("Gazprom", "Ukrainian Railways", "the national grid operator"). */
const BUSINESS_NAME = /\b(?:Company|Corporation|Railways?|Concern|Airlines?|Bank|Holding)\b/u;
const BUSINESS_WORDS = /\b(?:company|monopoly|concern|operator|producer|exporter|firm|giant|corporation)\b/;
/** A description whose head is a business: "the transmission system operator" (not "the regulator of the grid operator"). */
export const BUSINESS_HEAD =
  /^(?:the|a|an|its) (?:(?!of\b|for\b|in\b|to\b)[\p{L}’'-]+ ){0,4}(?:company|monopoly|concern|operator|producer|exporter|firm|giant|corporation)\b(?! of\b)/u;

/** Whether `name` opens with its country's name ("Ukrgaz", "Naftogaz Ukrainy" ends with it; "KazMunai"). */
function namesCountry(name: string, country: string): boolean {
  const stem = country.slice(0, Math.min(5, country.length)).toLowerCase();
  const words = name.toLowerCase().split(/[\s-]+/);
  const clipped = /^\p{Lu}\p{Ll}{2,}(?=\p{Lu})/u.exec(name)?.[0].toLowerCase();
  return (
    words.some((w) => w.startsWith(stem)) ||
    (clipped !== undefined && country.toLowerCase().startsWith(clipped))
  );
}

/** The country an actor's names or description give: by its adjective, or by opening with its name. */
function countryInNames(table: ActorTable, key: string): string | undefined {
  const a = table.actors.get(key);
  if (!a) return undefined;
  const names = [a.name, ...a.forms.keys(), a.description ?? ''];
  for (const [adjective, country] of table.demonyms)
    if (names.some((n) => new RegExp(`(?<!\\p{L})${adjective}(?!\\p{L})`, 'u').test(n))) return country;
  for (const c of table.actors.values())
    if (c.kind === 'country' && names.some((n) => n && namesCountry(n, c.name))) return c.key;
  return undefined;
}

/**
 * Mentions of the company each such phrase names: of the businesses named before it, the one whose
 * name or description gives the phrase's country, else the last named of those that give no other.
 */
export function companyMentions(
  text: string,
  sentences: readonly Sentence[],
  table: ActorTable,
  known: readonly Mention[],
): Mention[] {
  // Each business's country, read from its names once; a company once called "the Russian company"
  // is Russian for the references after it.
  const countries = new Map<string, string | undefined>();
  const countryOf = (key: string): string | undefined => {
    if (!countries.has(key)) countries.set(key, countryInNames(table, key));
    return countries.get(key);
  };
  const business = (key: string) => {
    const a = table.actors.get(key);
    return (
      a !== undefined &&
      a.kind === 'organization' &&
      !a.key.startsWith('unnamed:') &&
      (COMPANY_WORD.test(a.name) || BUSINESS_NAME.test(a.name) || BUSINESS_WORDS.test(a.description ?? ''))
    );
  };
  const out: Mention[] = [];
  for (const s of sentences)
    for (const m of s.text.matchAll(BY_COUNTRY)) {
      const country = table.demonyms.get(m[1] ?? '');
      if (!country) continue;
      const start = s.start + m.index;
      const end = start + m[0].length;
      const before = known.filter(
        (k) => k.end <= start && k.actors.length === 1 && business(k.actors[0] ?? ''),
      );
      const own = before.filter((k) => countryOf(k.actors[0] ?? '') === country).at(-1);
      const loose = before.filter((k) => countryOf(k.actors[0] ?? '') === undefined).at(-1);
      const actor = (own ?? loose)?.actors[0];
      if (!actor) continue;
      countries.set(actor, country);
      out.push(referenceMention(text, start, end, s.index, actor));
    }
  return out;
}
