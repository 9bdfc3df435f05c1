// Finds the capitalised name phrases of a sentence ("Valdoria’s Energy Minister Pavel Zabelin",
// "Steppe Security Compact", "Kestria-24 TV") with their offsets, split at possessives and
// cleaned of words that only happen to be capitalised (sentence starts, months, "The").
import {
  COUNTRY_WORDS,
  FIELD_NOUNS,
  FUNCTION_WORDS,
  ORGANIZATIONS,
  ORG_HEADS,
  isPlaceOf,
  ROLE_MODIFIERS,
  TITLE_WORDS,
} from '../language/lexicon.js';
import { MONTHS, WEEKDAYS } from '../language/months.js';
import type { NamePhrase, Token } from './name-phrase.js';
import type { Sentence, Span } from './segment.js';
import { splitTitleHolders } from './title-holder.js';

export type { NamePhrase, Token } from './name-phrase.js';

// An en dash joins two countries' adjectives as a hyphen does ("the Kestrian–Temirian
// commission"), not two places ("the Jardem–Stravograd line"); an apostrophe inside a word is a
// letter of it ("Ch’ania", "O’Neill", "D’yachenko"), unless it makes a possessive. An ordinal before
// a capital opens a unit's name ("the 201st Motorized Rifle Division", "the 58th Army").
const TOKEN =
  /\p{Lu}[\p{L}\p{M}\p{N}]*(?:[-.][\p{L}\p{N}]+|['’](?!s\b)\p{L}+|(?<=an|i|ese|ish)–\p{Lu}\p{L}*(?:an|i|ese|ish)\b|\/\p{Lu}[\p{L}\p{N}]*)*(?:['’]s\b|['’](?=\s))?|\b\p{N}+[-]\p{Lu}[\p{L}\p{N}]*|\b\p{N}+(?:st|nd|rd|th)(?= \p{Lu})/gu;
const CONNECTORS = /^ (of|for|on|to|of the) $/;
/** The known organisations' names, some of which open with a word that opens sentences too. */
const KNOWN_NAMES = new Set(ORGANIZATIONS.flat());

// Full names only: "Jan" and "Dec" are also given names and surnames.
const FULL_MONTHS = new Set(
  Object.keys(MONTHS).filter((m) => m.length > 4 || m === 'June' || m === 'July' || m === 'May'),
);

function isCalendarWord(word: string): boolean {
  return FULL_MONTHS.has(word) || WEEKDAYS[word] !== undefined;
}

/** The name phrases of a sentence, skipping the character ranges in `skip` (citations). */
export function findNamePhrases(text: string, sentence: Sentence, skip: readonly Span[] = []): NamePhrase[] {
  const tokens: Token[] = [];
  for (const m of sentence.text.matchAll(TOKEN)) {
    const start = sentence.start + m.index;
    const end = start + m[0].length;
    if (skip.some((s) => start < s.end && s.start < end)) continue;
    const possessive = /['’]s?$/.test(m[0]);
    // ("the Solvetsk-based Center": the place a body is based in is a name of its own.)
    const word = m[0].replace(/['’]s?$/, '').replace(/-based$/, '');
    tokens.push({ start, end: start + word.length, text: word, possessive });
  }
  const phrases: NamePhrase[] = [];
  let current: Token[] = [];
  const flush = () => {
    let list = current;
    current = [];
    // Calendar words break a phrase ("On March 6, Valdorian …" never joins).
    const pieces: Token[][] = [[]];
    for (const t of list) {
      if (isCalendarWord(t.text)) pieces.push([]);
      else pieces.at(-1)?.push(t);
    }
    for (list of pieces) {
      // ("Our Ukraine", "Just Russia": a known name may open with such a word.)
      while (
        list.length > 0 &&
        FUNCTION_WORDS.has(list[0]?.text ?? '') &&
        !KNOWN_NAMES.has(`${list[0]?.text} ${list[1]?.text}`)
      )
        list = list.slice(1);
      while (list.length > 0 && ['of', 'for', 'on'].includes(list.at(-1)?.text ?? ''))
        list = list.slice(0, -1);
      const first = list[0];
      const last = list.at(-1);
      if (!first || !last) continue;
      const lead = text.slice(Math.max(sentence.start, first.start - 2), first.start);
      const initial = first.start === sentence.start || /[“"‘(]\s?$/.test(lead);
      phrases.push({
        start: first.start,
        end: last.end,
        tokens: list,
        text: text.slice(first.start, last.end),
        sentence: sentence.index,
        initial,
        possessive: last.possessive,
      });
    }
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token) continue;
    const prev = current.at(-1);
    if (prev) {
      const gap = text.slice(prev.end, token.start);
      const joined =
        (!prev.possessive &&
          ((gap === ' ' && !nameAfterField(text, current, token)) ||
            (CONNECTORS.test(gap) && current.some((t) => ORG_HEADS.has(t.text))) ||
            (gap === ' of ' && current.length === 1 && isPlaceOf(prev.text, token.text)) ||
            pairedField(text, current, token, gap) ||
            fieldAfterAndThe(text, current, token, tokens[i + 1], gap) ||
            enumeratedField(text, current, token, gap) ||
            // ("the Institute for Strategic Studies under the President of Uzbekistan", "the Council
            // under the Cabinet of Ministers": a body attached to an office names it as its own.)
            (gap === ' under the ' &&
              /^(?:President|Government|Cabinet|Prime)$/.test(token.text) &&
              current.some((t) => ORG_HEADS.has(t.text))) ||
            pairedTitleField(prev, token, tokens[i + 1], gap))) ||
        officeOf(prev, token, gap) ||
        pluralOwner(prev, token, gap);
      if (!joined) flush();
    }
    current.push(token);
    const next = tokens[i + 1];
    const gapAfter = next ? text.slice(token.end, next.start) : '';
    if (
      token.possessive &&
      !(next && (officeOf(token, next, gapAfter) || pluralOwner(token, next, gapAfter)))
    )
      flush();
  }
  flush();
  return splitTitleHolders(text, joinAbbreviated(text, phrases));
}

/**
 * "the Ministry of Fisheries and Forests announced …": after a head and "of", "and" joins one
 * last word that ends the name (a title, a second name or a possessive after it makes it a list).
 */
function pairedField(text: string, current: readonly Token[], next: Token, gap: string): boolean {
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
function fieldOfBody(text: string, current: readonly Token[]): boolean {
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
  const holder = /^ (\p{Lu}\p{Ll}+) \p{Lu}\p{Ll}+(?:[,.;:)]|\s\p{Ll})/u.exec(
    text.slice(next.end, next.end + 60),
  )?.[1];
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
function enumeratedField(text: string, current: readonly Token[], next: Token, gap: string): boolean {
  if (gap !== ', ' || !fieldOfBody(text, current)) return false;
  const list =
    /^((?:\p{Lu}\p{Ll}+ ){0,2}\p{Lu}\p{Ll}+, )*(?:\p{Lu}\p{Ll}+ ){0,2}\p{Lu}\p{Ll}+ and (?:\p{Lu}\p{Ll}+ ){0,2}\p{Lu}\p{Ll}+(?= of |[,.;:)]|\s\p{Ll})/u.exec(
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
function fieldAfterAndThe(
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
function pairedTitleField(prev: Token, next: Token, after: Token | undefined, gap: string): boolean {
  return (
    gap === ' and ' &&
    ROLE_MODIFIERS.has(prev.text) &&
    (ROLE_MODIFIERS.has(next.text) || FIELD_NOUNS.has(next.text)) &&
    (TITLE_WORDS.has(after?.text ?? '') || ORG_HEADS.has(after?.text ?? ''))
  );
}

/**
 * "Chairman of the Committee on Defense and National Security Ilie Rusnac said …": after a body's
 * paired field of title words, the first other word starts the person who holds the post.
 */
function nameAfterField(text: string, current: readonly Token[], next: Token): boolean {
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

/** Plurals that take "'s": "the People's Assembly", "the Women's Union". */
const PLURALS_WITHOUT_S = new Set(['People', 'Women', 'Men', 'Children']);

/** "the Miners' Union", "the Veterans’ Association", "the People's Assembly": a plural owner before an organisation's head. */
function pluralOwner(owner: Token, head: Token, gap: string): boolean {
  if (!owner.possessive || !ORG_HEADS.has(head.text)) return false;
  return (
    (/s$/.test(owner.text) && /^['’] $/.test(gap)) ||
    (PLURALS_WITHOUT_S.has(owner.text) && /^['’]s $/.test(gap))
  );
}

/** "the Prosecutor-General's Office", "the President's Office": a title's office is one name. */
function officeOf(title: Token, head: Token, gap: string): boolean {
  return title.possessive && TITLE_WORDS.has(title.text) && ORG_HEADS.has(head.text) && /^['’]s $/.test(gap);
}

/** Initials of the capitalised words: "Organization for Security and Cooperation in Europe" -> "OSCE". */
function initialsOf(tokens: readonly Token[]): string {
  return tokens.map((t) => t.text[0] ?? '').join('');
}

/**
 * "Organization for Security and Cooperation in Europe (OSCE)": phrases joined by small words
 * become one name when the abbreviation that follows spells their initials.
 */
function joinAbbreviated(text: string, phrases: NamePhrase[]): NamePhrase[] {
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
