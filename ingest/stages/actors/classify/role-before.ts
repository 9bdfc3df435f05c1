// The role printed just before a name, lower-case or capitalised: "TDA leader", "its editor,",
// "the minister of energy, his cousin", "the chairwoman of the herders’ union,".
import { ROLE_NOUNS } from '../../../language/lexicon.js';
import type { Sentence } from '../../segment.js';

const ROLE_TAIL = new RegExp(`(?:^|\\s)(?:${ROLE_NOUNS})(?:,)?\\s$`, 'i');

/**
 * "the chairwoman of the herders’ union, ": a role of a body, in apposition before the name (not in a
 * leading phrase: "In the words of the former chairman of the party, Free Georgia was finished").
 */
const ROLE_OF_TAIL = new RegExp(
  `(?:^|\\s)(?<!\\b(?:of|[Aa]s|[Uu]nder|[Ww]ith|[Ii]n|to|[Ff]or|[Bb]y|[Ff]rom) )((?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir) (?:[\\p{Ll}-]+ ){0,2}(?:${ROLE_NOUNS}) (?:of|for|at) (?:the |its |his |her |their )?(?:[\\p{L}’'-]+ ){0,4}?[\\p{L}’'-]+)(?:\\s\\([^()]{1,12}\\))?,\\s$`,
  'u',
);

/** The lower-case or capitalised role printed just before a name ("TDA leader", "its editor,"). */
export function roleBefore(text: string, sentence: Sentence, at: number): string | undefined {
  const window = text.slice(Math.max(sentence.start, at - 120), at);
  const roleOf = ROLE_OF_TAIL.exec(window)?.[1];
  if (roleOf) return roleOf;
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
