// A post's holder right after a body's field: "Chairman of the Committee on Defense and National
// Security Ilie Rusnac said …" ends the body before the person's name.
import { FIELD_NOUNS, ORG_HEADS, ROLE_MODIFIERS, TITLE_WORDS } from '../../language/lexicon.js';
import { pairedField } from './fields.js';
import type { Token } from './types.js';

/**
 * "Chairman of the Committee on Defense and National Security Ilie Rusnac said …": after a body's
 * paired field of title words, the first other word starts the person who holds the post.
 */
export function nameAfterField(text: string, current: readonly Token[], next: Token): boolean {
  if (nameAfterSingleField(text, current, next)) return true;
  const and = current.findLastIndex(
    (t, i) => i > 0 && text.slice(current[i - 1]?.end ?? 0, t.start) === ' and ',
  );
  if (and < 0 || ROLE_MODIFIERS.has(next.text) || ORG_HEADS.has(next.text) || FIELD_NOUNS.has(next.text))
    return false;
  return (
    current.slice(and).every((t) => ROLE_MODIFIERS.has(t.text)) &&
    pairedField(text, current.slice(0, and), current[and] as Token, ' and ')
  );
}

/**
 * "Chairman of the Duma Committee on CIS Affairs Sergei Lukyanchikov said …": a title "of" a body,
 * "on" the body's field (field words or an abbreviation), then a full name: the name starts the post's
 * holder.
 */
function nameAfterSingleField(text: string, current: readonly Token[], next: Token): boolean {
  const fieldWord = (t: Token) =>
    ROLE_MODIFIERS.has(t.text) || FIELD_NOUNS.has(t.text) || /^\p{Lu}{2,5}$/u.test(t.text);
  const start = current[0]?.start ?? 0;
  const titleOf = /(\p{Lu}[\p{L}-]+) of (?:the )?$/u.exec(text.slice(Math.max(0, start - 40), start))?.[1];
  if (!TITLE_WORDS.has(titleOf ?? '') || fieldWord(next) || TITLE_WORDS.has(next.text)) return false;
  if (ORG_HEADS.has(next.text) || !/^ \p{Lu}\p{Ll}+/u.test(text.slice(next.end, next.end + 3))) return false;
  const head = current.findLastIndex(
    (t, i) =>
      ORG_HEADS.has(t.text) && / on (?:the )?$/.test(text.slice(t.end, current[i + 1]?.start ?? t.end)),
  );
  return head >= 0 && head < current.length - 1 && current.slice(head + 1).every(fieldWord);
}
