// "“You are late again, Pavel Sergeyevich.”": a speaker quoted addressing someone by given name and
// patronymic (the Russian polite form) names a person the article already calls by full name.
import { PATRONYMIC } from '../../language/lexicon.js';
import type { NamePhrase } from '../names.js';

/**
 * The phrase is set off by commas inside a quotation, or opens it before a comma (a quotation: curly
 * marks, or an odd count of straight marks before it).
 */
function addressedInQuote(text: string, p: NamePhrase): boolean {
  const before = text.slice(Math.max(0, p.start - 400), p.start);
  const curly = before.lastIndexOf('“') > before.lastIndexOf('”');
  const straight = (before.match(/"/g) ?? []).length % 2 === 1;
  // (Set off by commas, or opening the words before one: "“Nadezhda Petrovna, your money is safe.”")
  const after = text.slice(p.end, p.end + 1);
  const opens = /[“"]$/.test(before) && after === ',';
  return (curly || straight) && (/, $/.test(before) || opens) && /^[,.!?]/.test(after);
}

/**
 * Drops "Given Patronymic" addresses in quotations when another name in the article starts with
 * the same given name ("Pavel Orlov"): that person is the one addressed, and drafted already.
 */
export function withoutPatronymicAddresses(text: string, phrases: readonly NamePhrase[]): NamePhrase[] {
  return phrases.filter((p) => {
    const [given, second, ...rest] = p.tokens.map((t) => t.text);
    if (!given || !second || rest.length > 0 || !PATRONYMIC.test(second)) return true;
    const fullName = phrases.some(
      (o) => o.tokens[0]?.text === given && o.tokens[1] && o.tokens[1].text !== second,
    );
    return !(fullName && addressedInQuote(text, p));
  });
}
