// A long name split by small words joined back when the abbreviation after it spells its initials:
// "Organization for Security and Cooperation in Europe (OSCE)".
import type { NamePhrase, Token } from './types.js';

/** Initials of the capitalised words: "Organization for Security and Cooperation in Europe" -> "OSCE". */
function initialsOf(tokens: readonly Token[]): string {
  return tokens.map((t) => t.text[0] ?? '').join('');
}

/**
 * "Organization for Security and Cooperation in Europe (OSCE)": phrases joined by small words
 * become one name when the abbreviation that follows spells their initials.
 */
export function joinAbbreviated(text: string, phrases: NamePhrase[]): NamePhrase[] {
  const SMALL_GAP = /^ (?:and|in|of|for|on|the|de) $/;
  const abbreviationAfter = (p: NamePhrase) =>
    /^ \((\p{Lu}{2,8})\)/u.exec(text.slice(p.end, p.end + 12))?.[1];
  const out: NamePhrase[] = [];
  for (let i = 0; i < phrases.length; i++) {
    const first = phrases[i] as NamePhrase;
    let end = i;
    for (let k = i + 1; k < phrases.length; k++) {
      const prev = phrases[k - 1] as NamePhrase;
      const next = phrases[k] as NamePhrase;
      if (prev.possessive || !SMALL_GAP.test(text.slice(prev.end, next.start))) break;
      const abbr = abbreviationAfter(next);
      if (abbr && initialsOf(phrases.slice(i, k + 1).flatMap((p) => p.tokens)) === abbr) {
        end = k;
        break;
      }
    }
    const last = phrases[end] as NamePhrase;
    out.push(
      end === i
        ? first
        : {
            ...first,
            end: last.end,
            tokens: phrases.slice(i, end + 1).flatMap((p) => p.tokens),
            text: text.slice(first.start, last.end),
            possessive: last.possessive,
          },
    );
    i = end;
  }
  return out;
}
