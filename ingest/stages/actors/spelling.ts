// When two printed names are one actor's: the same folded spelling (Kyzyl-Bar/Kyzylbar,
// Lukač/Lukach, Tuzgen/Tuzghen), or an organisation's name less its first word.
import { nameKey } from '../../../src/search/fold.js';
import type { ArticleActor } from './types.js';

/** The search's folded key with word breaks dropped: Kyzyl-Bar and Kyzylbar meet. */
export function spellingOf(name: string): string {
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
export function spelledAs(actor: ArticleActor, name: string): boolean {
  return [actor.name, ...actor.aliases].some((f) => spellingOf(f) === spellingOf(name));
}

/** "State Security Committee" of "Kestrian State Security Committee": the same words less the first. */
export function shortFormOf(short: string, full: string): boolean {
  const words = full.split(' ');
  return words.length >= 3 && short.split(' ').length >= 2 && words.slice(1).join(' ') === short;
}
