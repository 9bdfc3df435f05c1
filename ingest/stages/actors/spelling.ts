// When two printed names are one actor's: the same folded spelling (Kyzyl-Bar/Kyzylbar,
// Lukač/Lukach, Tuzgen/Tuzghen), or an organisation's name less its first word, its company word,
// what "of" adds, or all but its head.
import { nameKey } from '../../../src/search/fold.js';
import { CAPITALS, COMPANY_WORD, ORG_HEADS } from '../../language/lexicon.js';
import type { ArticleActor } from './types.js';

/** A capital's other spellings the press uses (Kiev, Ashkhabad), to its first (Kyiv, Ashgabat). */
const CAPITAL_SPELLING = new Map(
  CAPITALS.flatMap(([, first, ...others]) => others.map((o) => [o, first ?? o] as const)),
);

/** The search's folded key with word breaks dropped: Kyzyl-Bar and Kyzylbar meet. */
export function spellingOf(printed: string): string {
  // ("Kyiv" and "Kiev" in one article: one city under two of its spellings.)
  const name = CAPITAL_SPELLING.get(printed) ?? printed;
  // ("Tuzgen"/"Tuzghen": an "h" after a "g" is a transliteration's, as in Afghan/Afgan; "Saryqol"/
  // "Sarykol": a Turkic Latin alphabet's "q" is the Cyrillic "к"; "Khakimova"/"Hakimova": the
  // Cyrillic "х" opening a word of the name, which the key already writes "k" for "kh".)
  // ("Kovačić"/"Kovacic"/"Kovachich", "Lešnik"/"Lesnik": a háček letter is printed with its mark, as
  // its English digraph or as the bare letter, so the three meet.)
  return personKey(name)
    .replace(/(^| )h(?=[aeiou])/g, '$1k')
    .replace(/ /g, '')
    .replace(/gh/g, 'g')
    .replace(/([csz])h/g, '$1')
    .replace(/q/g, 'k');
}

const HACEK_DIGRAPHS: Readonly<Record<string, string>> = { č: 'ch', ć: 'ch', š: 'sh', ž: 'zh' };
/** The search's folded key, a háček letter first written as its English digraph: Lukač = Lukach. */
function personKey(name: string): string {
  return nameKey(name.toLowerCase().replace(/[čćšž]/g, (c) => HACEK_DIGRAPHS[c] ?? c));
}

/**
 * Two spellings of one surname that differ in one vowel, as transliterations of Central Asian and
 * Belarusian names do (Mirkomilov/Mirkamilov, Sasnovich/Sosnovich): long keys only, where one vowel
 * does not make another common name.
 */
export function vowelVariant(a: string, b: string): boolean {
  if (a.length !== b.length || a.length < 7 || a === b) return false;
  let differences = 0;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (!'aeiou'.includes(a[i] ?? '') || !'aeiou'.includes(b[i] ?? '')) return false;
    differences++;
  }
  return differences === 1;
}

/**
 * A surname transliterated with a doubled consonant and one other vowel (Mammadli/Mamedli, from the
 * Azerbaijani "Məmmədli" and the Russian "Мамедли"): the same keys once doubled letters are single.
 */
export function doubledVariant(a: string, b: string): boolean {
  const single = (k: string) => k.replace(/(\p{L})\1/gu, '$1');
  return a.length !== b.length && (single(a) === single(b) || vowelVariant(single(a), single(b)));
}

/**
 * One-word names of a place spelled with another vowel, an "a" against an "o", as Uzbek and Tajik
 * Latin print the Cyrillic "а" (Yangisay/Yangisoy); not Karakol/Karakul, two towns.
 */
export function placeVowelVariant(x: string, y: string): boolean {
  if (x.includes(' ') || y.includes(' ')) return false;
  const [a, b] = [spellingOf(x), spellingOf(y)];
  if (!vowelVariant(a, b)) return false;
  const i = [...a].findIndex((c, k) => c !== b[k]);
  return new Set([a[i], b[i]]).size === 2 && [a[i], b[i]].every((c) => c === 'a' || c === 'o');
}

/** A spelling of the actor's name or of one of its aliases ("Janakent" of "Dzhanakent crossing"). */
export function spelledAs(actor: ArticleActor, name: string): boolean {
  return [actor.name, ...actor.aliases].some((f) => spellingOf(f) === spellingOf(name));
}

/** "Azov Sea" of "Sea of Azov", "Riga Gulf" of "Gulf of Riga": one water named both ways round. */
export function waterTurned(a: string, b: string): boolean {
  const m = /^(Sea|Gulf|Bay|Lake|Strait) of (\p{Lu}[\p{L}-]+)$/u.exec(a);
  return !!m && b === `${m[2]} ${m[1]}`;
}

/** "State Security Committee" of "Kestrian State Security Committee": the same words less the first. */
export function shortFormOf(short: string, full: string): boolean {
  const words = full.split(' ');
  return words.length >= 3 && short.split(' ').length >= 2 && words.slice(1).join(' ') === short;
}

/** "Orlen" of "PKN Orlen", "Gazprom" of "OAO Gazprom": a company's name less its legal form's letters. */
export function lettersDropped(short: string, full: string): boolean {
  return /^\p{Lu}{2,5} $/u.test(full.slice(0, full.length - short.length)) && full.endsWith(short);
}

/** A company word after a brand: "Sarybel Bank", "Tavria Holding". */
const BRANDED = /^ (?:Bank|Company|Corporation|Group|Holding|Airlines|Airways)$/;

/**
 * "Sarybel" of "Sarybel Bank": a company's brand without its company word (a city's outlet, "Yelmar
 * Post", is no company: it keeps its city).
 */
export function brandOf(short: string, full: string): boolean {
  return full.startsWith(short) && BRANDED.test(full.slice(short.length));
}

/**
 * "the National Bank" of "the National Bank of Kavrania", "the League" of "the Depositors' League": a
 * body's name less what "of" adds, or its head noun alone, at its end or before what "to", "for",
 * "in" or "of" adds ("the Mission" of "the OSCE Mission to Moldova").
 */
export function cutFormOf(short: string, full: string): boolean {
  return (
    // ("the State Agency for X" of "the State Agency for X under the President of Y": so does "under".)
    (/^ (?:of|under) /.test(full.slice(short.length, short.length + 7)) &&
      full.startsWith(short) &&
      short.split(' ').some((w) => ORG_HEADS.has(w))) ||
    (ORG_HEADS.has(short) &&
      (full.endsWith(` ${short}`) || new RegExp(` ${short} (?:of|to|in|for) `).test(full)))
  );
}

/**
 * "Naftogaz" of "Naftogaz Ukrainy": a company's one word, its country's name after it (in any case
 * of the country's language, so by the name's first five letters) being no other company of its own.
 */
export function countryTailOf(short: string, full: string, countries: readonly string[]): boolean {
  const tail = full.startsWith(`${short} `) ? full.slice(short.length + 1) : '';
  return (
    COMPANY_WORD.test(short) &&
    /^\p{Lu}\p{Ll}{4,}$/u.test(tail) &&
    countries.some((c) => c.length >= 5 && tail.startsWith(c.slice(0, 5)))
  );
}
