// Full names decided by their surname: a full name with no cue of its own, or only a weak guess
// of another kind, is the person its surname alone is voted to be.
import { FUNCTION_WORDS, PLAIN_FULL_NAME } from '../../language/lexicon.js';
import type { Decided } from './merge.js';
import type { Accumulated } from './tally.js';

/** First words that open a sentence without being a given name: "Yesterday Kasimli said". */
const NOT_GIVEN_NAME =
  /^(?:Yesterday|Today|Tonight|Tomorrow|Now|Then|Later|Earlier|Still|Also|Even|Only|Instead|Here|There|Perhaps|Maybe|Thus|Hence|Therefore|Soon|Once|Again|Afterwards|Meanwhile|Otherwise|Nevertheless|Nonetheless|\p{Lu}\p{Ll}+ly)$/u;

/**
 * "Sevda Kasimli, leader of …, accused …", then "Kasimli said": a full name that opens a sentence
 * carries no cue of its own (its first word may be any word), but when its surname alone is a person
 * and no other full name bears that surname, it is that person.
 */
export function decideFullNamesBySurname(
  byName: ReadonlyMap<string, Accumulated>,
  decided: Map<string, Decided>,
): void {
  const surnameOf = (n: string) => n.split(' ').at(-1) ?? '';
  for (const name of byName.keys()) {
    const first = name.split(' ')[0] ?? '';
    // ("one of Saparmurat Niyazov's purges", then "Niyazov refused …" six times: a weak guess of
    // another kind for the full name gives way to its surname's person votes, when these are more.)
    const own = decided.get(name);
    const outvoted =
      own !== undefined &&
      !own.strong &&
      own.kind !== 'person' &&
      (byName.get(surnameOf(name))?.votes.get('person') ?? 0) > (byName.get(name)?.votes.get(own.kind) ?? 0);
    if ((own && !outvoted) || !PLAIN_FULL_NAME.test(name) || FUNCTION_WORDS.has(first)) continue;
    if (NOT_GIVEN_NAME.test(first) || decided.get(surnameOf(name))?.kind !== 'person') continue;
    const namesake = [...decided].some(
      ([n, d]) => d.kind === 'person' && n !== name && n.includes(' ') && surnameOf(n) === surnameOf(name),
    );
    if (!namesake) decided.set(name, { kind: 'person', strong: false });
  }
}
