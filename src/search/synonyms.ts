// Words a reader uses for the same happening ("duma ratifies" for "Duma backs", "blast" for
// "bombing"). Kept small and about the subject matter: each group is interchangeable in a lookup.
import { stemWord } from './stem.js';

const GROUPS: readonly (readonly string[])[] = [
  ['ratify', 'ratified', 'ratification', 'approve', 'approved', 'backs', 'backed', 'endorse', 'endorsed'],
  ['attack', 'bombing', 'bomb', 'blast', 'explosion', 'terrorist', 'terror'],
  ['visit', 'trip', 'travel', 'tour'],
  ['meeting', 'meet', 'meets', 'talks', 'met'],
  ['agreement', 'deal', 'accord', 'pact', 'treaty'],
  ['exercise', 'exercises', 'drill', 'drills', 'maneuvers', 'manoeuvres'],
  ['kill', 'kills', 'killed', 'assassination', 'assassinated', 'murder'],
  ['withdraw', 'withdraws', 'withdrawal', 'leave', 'quit', 'exit'],
  ['deploy', 'deployment', 'deployed', 'troops'],
  ['summit', 'conference'],
  ['sign', 'signed', 'signs', 'signing'],
  ['minister', 'ministry'],
  ['president', 'presidential', 'leader'],
  // Countries and the adjectives readers use for them.
  ['russia', 'russian'],
  ['uzbekistan', 'uzbek'],
  ['kazakhstan', 'kazakh'],
  ['kyrgyzstan', 'kyrgyz'],
  ['tajikistan', 'tajik'],
  ['turkmenistan', 'turkmen'],
  ['afghanistan', 'afghan'],
  ['pakistan', 'pakistani'],
  ['chechnya', 'chechen'],
  ['ukraine', 'ukrainian'],
  ['georgia', 'georgian'],
  ['armenia', 'armenian'],
  ['azerbaijan', 'azerbaijani', 'azeri'],
  ['belarus', 'belarusian'],
  ['china', 'chinese'],
  ['iran', 'iranian'],
  ['america', 'american', 'us', 'usa'],
];

/** Stem -> the stems it may stand for (not including itself). */
export const SYNONYMS: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, Set<string>>();
  for (const group of GROUPS) {
    const stems = [...new Set(group.map(stemWord))];
    for (const stem of stems) {
      const others = map.get(stem) ?? new Set<string>();
      for (const other of stems) if (other !== stem) others.add(other);
      map.set(stem, others);
    }
  }
  return new Map([...map].map(([stem, others]) => [stem, [...others]]));
})();
