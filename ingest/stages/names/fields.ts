// A body's name that runs on past its head: fields after "of", "on" or "for" joined by "and", by
// commas or by "and the" ("the Ministry of Fisheries and Forests", "the Committee on Foreign Affairs,
// Trade and Information"), and the paired fields of a title or body ("Industry and Energy Minister").
import {
  COUNTRY_WORDS,
  FIELD_NOUNS,
  FUNCTION_WORDS,
  ORG_HEADS,
  ROLE_MODIFIERS,
  TITLE_WORDS,
  TRADE_HEADS,
} from '../../language/lexicon.js';
import type { Token } from './types.js';

/**
 * "the Ministry of Fisheries and Forests announced …": after a head and "of", "and" joins one
 * last word that ends the name (a title, a second name or a possessive after it makes it a list).
 */
export function pairedField(text: string, current: readonly Token[], next: Token, gap: string): boolean {
  if (gap !== ' and ' || TITLE_WORDS.has(next.text) || next.possessive) return false;
  if (!fieldOfBody(text, current)) return false;
  // ("the Committee on Defense and National Security …": a field word may run on; "the Ministry of
  // Energy and Mineral Resources had …": so may a field's noun after one more word.)
  const ends = /^(?:[,.;:)]|\s\p{Ll})/u.test(text.slice(next.end, next.end + 2));
  const fieldNoun = /^ (\p{Lu}\p{Ll}+)(?:[,.;:)]|\s\p{Ll})/u.exec(text.slice(next.end, next.end + 20))?.[1];
  return (
    ends ||
    ROLE_MODIFIERS.has(next.text) ||
    FIELD_NOUNS.has(fieldNoun ?? '') ||
    holderAfter(text, current, next)
  );
}

/** The phrase so far is a body's head with a field after "of", "on" or "for" ("Commission for Elections"). */
export function fieldOfBody(text: string, current: readonly Token[]): boolean {
  const head = current.findIndex((t) => ORG_HEADS.has(t.text));
  const of = current.findIndex(
    (t, i) => i > head && / (?:of|on|for) (?:the )?$/.test(text.slice(current[i - 1]?.end ?? 0, t.start)),
  );
  return head >= 0 && of > head;
}

/**
 * "Chairman of the Central Commission for Elections and Referendums Anvar Sobirov said …": after a
 * title "of the" body, a field word followed by a plain full name ends the body; the name is its holder.
 */
function holderAfter(text: string, current: readonly Token[], next: Token): boolean {
  const start = current[0]?.start ?? 0;
  const titleOf = /(\p{Lu}[\p{L}-]+) of (?:the )?$/u.exec(text.slice(Math.max(0, start - 40), start))?.[1];
  // ("… on Water and Land Reclamation Olga Marin said": the last field may take one more word, a
  // field noun such as an abstract "-ment", "-tion" word; any other word may start the holder.)
  const m = /^( \p{Lu}\p{Ll}+)? (\p{Lu}\p{Ll}+) \p{Lu}\p{Ll}+(?:[,.;:)]|\s\p{Ll})/u.exec(
    text.slice(next.end, next.end + 80),
  );
  const [extra, holder] = [m?.[1]?.trim(), m?.[2]];
  if (extra !== undefined && !FIELD_NOUNS.has(extra) && !/(?:ment|tion|ance|ence|ity|ure|ics)$/.test(extra))
    return false;
  return (
    TITLE_WORDS.has(titleOf ?? '') &&
    holder !== undefined &&
    !TITLE_WORDS.has(holder) &&
    !ORG_HEADS.has(holder) &&
    !ROLE_MODIFIERS.has(holder) &&
    !FUNCTION_WORDS.has(holder)
  );
}

/**
 * "the Committee on Foreign Affairs, Trade and Information of the Assembly": a body's fields listed
 * with commas and closed by "and" are one name (no title, body or possessive among them).
 */
export function enumeratedField(text: string, current: readonly Token[], next: Token, gap: string): boolean {
  if (gap !== ', ' || !fieldOfBody(text, current)) return false;
  const list =
    /^((?:\p{Lu}\p{Ll}+ ){0,2}\p{Lu}\p{Ll}+, )*(?:\p{Lu}\p{Ll}+ ){0,2}\p{Lu}\p{Ll}+ and (?:\p{Lu}\p{Ll}+ ){0,2}\p{Lu}\p{Ll}+(?= of |[,.;:)]|\s\p{Ll}|\s\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+(?:[,.;:]|\s[\p{Ll}(]))/u.exec(
      text.slice(next.start, next.start + 120),
    )?.[0];
  if (!list) return false;
  return list
    .split(/,? (?:and )?/)
    .every(
      (w) => !TITLE_WORDS.has(w) && !ORG_HEADS.has(w) && !FUNCTION_WORDS.has(w) && !COUNTRY_WORDS.has(w),
    );
}

/**
 * "the Bureau for Human Rights and the Rule of Law, …": a body's field may close with "and the" and a
 * last field ("of" one more word), when nothing else follows the name; a title, a body or a possessive
 * after "and the" starts another party ("the Ministry of Defense and the President").
 */
export function fieldAfterAndThe(
  text: string,
  current: readonly Token[],
  next: Token,
  after: Token | undefined,
  gap: string,
): boolean {
  if (gap !== ' and the ' || next.possessive || TITLE_WORDS.has(next.text) || ORG_HEADS.has(next.text))
    return false;
  if (!fieldOfBody(text, current)) return false;
  const END = /^(?:[,.;:)]|\s\p{Ll})/u;
  if (END.test(text.slice(next.end, next.end + 2))) return true;
  return (
    after !== undefined &&
    text.slice(next.end, after.start) === ' of ' &&
    !after.possessive &&
    END.test(text.slice(after.end, after.end + 2))
  );
}

/**
 * "Deputy Industry and Energy Minister Oleg Kostylev", "the National Security and Defense Council":
 * two fields of one title or body, joined by "and".
 */
export function pairedTitleField(prev: Token, next: Token, after: Token | undefined, gap: string): boolean {
  return (
    gap === ' and ' &&
    ROLE_MODIFIERS.has(prev.text) &&
    (ROLE_MODIFIERS.has(next.text) || FIELD_NOUNS.has(next.text)) &&
    (TITLE_WORDS.has(after?.text ?? '') || ORG_HEADS.has(after?.text ?? ''))
  );
}

/**
 * "the Estonian Logistics and Freight Forwarding Association", "the Oil and Gas Workers Union": after
 * "the", "and" inside a body's name joins two fields before its head, the head within three words.
 */
export function andBeforeHead(text: string, current: readonly Token[], next: Token, gap: string): boolean {
  const prev = current.at(-1);
  // ("the Kazakh Mining and Metals Workers Union": a trade is a field here, not the head.)
  const isHead = (w: string) => ORG_HEADS.has(w) && !TRADE_HEADS.has(w);
  if (gap !== ' and ' || !prev || prev.possessive || current.some((t) => isHead(t.text))) return false;
  const start = current[0]?.start ?? 0;
  if (current[0]?.text !== 'The' && !/\bthe $/.test(text.slice(Math.max(0, start - 4), start))) return false;
  const words = /^\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*){0,2}/u
    .exec(text.slice(next.start, next.start + 60))?.[0]
    .split(' ');
  const head = words?.findIndex(isHead) ?? -1;
  const plain = (w: string) => !TITLE_WORDS.has(w) && !COUNTRY_WORDS.has(w) && !FUNCTION_WORDS.has(w);
  return head >= 1 && [prev.text, ...(words ?? []).slice(0, head)].every((w) => plain(w) && !isHead(w));
}

/**
 * "the ruling Unity and Order party", "the Peace and Progress movement": a party's name of two words
 * joined by "and", then its lower-case kind; and the same name printed so anywhere in the article
 * ("a senior member of Unity and Order").
 */
export function andBeforePartyWord(
  text: string,
  current: readonly Token[],
  next: Token,
  gap: string,
): boolean {
  const prev = current.at(-1);
  if (gap !== ' and ' || !prev || prev.possessive || current.length > 2) return false;
  const start = current[0]?.start ?? 0;
  const nextName = /^\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)?/u.exec(
    text.slice(next.start, next.start + 60),
  )?.[0];
  if (!nextName) return false;
  const afterThe = /\b[Tt]he (?:\p{Ll}+ )?$/u.test(text.slice(Math.max(0, start - 24), start));
  const kindAfter = / (?:party|movement|bloc|coalition|alliance)\b/.test(
    text.slice(next.start + nextName.length, next.start + nextName.length + 12),
  );
  if (afterThe && kindAfter) return true;
  // (The name as a party's elsewhere: its words, "and", its second part, then the party word.)
  const name = `${text.slice(start, prev.end)} and ${nextName}`;
  return text.includes(`${name} party`) || text.includes(`${name} movement`) || text.includes(`${name} bloc`);
}
