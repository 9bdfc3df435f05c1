// A post's holder after a long title "of" a body or field: "Minister of Fuel and Energy Ivan Petrov",
// "Head of the Foreign Ministry's Department for Trade Ana Lind". The capitalised run after the
// title reads as one name; its last two plain words are the holder's full name, split off so the
// person is not named "Energy Ivan Petrov".
import {
  ARTICLE_SURNAME,
  COUNTRY_WORDS,
  FIELD_NOUNS,
  FUNCTION_WORDS,
  ORG_HEADS,
  PATRONYMIC,
  ROLE_MODIFIERS,
  STATE_OF_HEADS,
  TITLE_WORDS,
} from '../../language/lexicon.js';
import { isCommonGivenName } from '../../language/gender.js';
import type { NamePhrase } from './types.js';

const SURNAME_WORD = new RegExp(`^(?:\\p{Lu}\\p{Ll}+|${ARTICLE_SURNAME})$`, 'u');

/** A word that belongs to a title or body, never to a person's name. */
function postWord(word: string): boolean {
  return (
    TITLE_WORDS.has(word) ||
    ORG_HEADS.has(word) ||
    FIELD_NOUNS.has(word) ||
    ROLE_MODIFIERS.has(word) ||
    FUNCTION_WORDS.has(word) ||
    COUNTRY_WORDS.has(word)
  );
}

/**
 * The post a holder split off after it holds: the words before the body's run (`lead`, a title "of"),
 * then the run, from the first title word ("Since Monday Minister of Fuel and Energy" is "Minister of …").
 */
export function heldPost(lead: string, text: string, runStart: number, runEnd: number): string {
  const words = (lead + text.slice(runStart, runEnd)).split(' ');
  const first = words.findIndex((w) => TITLE_WORDS.has(w) || ROLE_MODIFIERS.has(w));
  return words.slice(Math.max(0, first)).join(' ');
}

/**
 * The title before a phrase, when the text before it is a title "of" capitalised words only
 * ("Minister of Fuel and ", "Chairman of the Electoral Commission (CEC) of ", "Head of the Monitoring
 * Mission in ", "Commissioner for Education, Culture and "); a phrase right after "Minister of" is left
 * to the actors' title reading, which knows its bodies.
 */
export function titleOfBefore(lead: string): string | undefined {
  const m =
    /(?:^|[^\p{L}’'-])((?:\p{Lu}[\p{L}-]+ )*?(\p{Lu}[\p{L}-]+) (?:of|for) (?:the )?(?:\(?\p{Lu}[\p{L}’'-]*\)?(?:['’]s)?,? (?:(?:and|or|of|for|on|the|in|at|into) )*)+)$/u.exec(
      lead,
    );
  // (A comma lists a portfolio's fields, "Education, Culture and …", never a second title: "the Minister
  // of Defense, Prime Minister …".)
  const listed = m?.[1]?.split(', ').slice(1) ?? [];
  const fields =
    listed.every((part) => !TITLE_WORDS.has(part.split(' ')[0] ?? '')) && / and $/.test(m?.[1] ?? '');
  if (listed.length > 0 && !fields) return undefined;
  return m?.[1] && TITLE_WORDS.has(m[2] ?? '') ? m[1] : undefined;
}

/**
 * "Minister of Fuel and Energy Ivan Petrov": the field before "and" is the post's, no name of its own
 * (a country's or a body's name there is kept: "Minister of Kestria and …" is no field).
 */
function fieldBeforeSplit(text: string, p: NamePhrase, next: NamePhrase): boolean {
  const titleOf = /(?:^|[^\p{L}’'-])(\p{Lu}[\p{L}-]+) of $/u.exec(
    text.slice(Math.max(0, p.start - 40), p.start),
  );
  return (
    text.slice(p.end, next.start) === ' and ' &&
    !p.possessive &&
    p.tokens.every((t) => !COUNTRY_WORDS.has(t.text) && !ORG_HEADS.has(t.text)) &&
    TITLE_WORDS.has(titleOf?.[1] ?? '')
  );
}

/** Splits the holder's full name off a run after a title "of" (see the module comment). */
export function splitTitleHolders(text: string, phrases: readonly NamePhrase[]): NamePhrase[] {
  const split = splitHolders(text, phrases);
  return split.filter((p, i) => {
    const next = split[i + 1];
    const holder = split[i + 2];
    // (Only where the run after "and" was split into its field and a holder.)
    return !(
      holder &&
      next &&
      next.end === holder.start - 1 &&
      holder.tokens.length === 2 &&
      fieldBeforeSplit(text, p, next)
    );
  });
}

/** A company's kind right before its name: "the state gas company ", "the carrier ". */
const COMPANY_KIND_BEFORE =
  /\b(?:company|firm|bank|operator|monopoly|giant|producer|carrier|group|holding|concern|corporation)\s$/;
/** A surname's common ending in the region: "Jumabaev", "Polikarpov", "Tkachenko", "Beridze". */
const SURNAME_ENDING = /(?:ov|ova|ev|eva|yev|yeva|in|ina|enko|chuk|yan|dze|shvili|uly)$/u;
/** The post and the company's kind before its name: "Chief Executive of the Borovian state gas company ". */
const POST_BEFORE_COMPANY = /(?:\p{Lu}[\p{L}-]+\s)+of\s(?:the\s)?(?:[\p{L}-]+\s){1,5}$/u;

/** The split itself: a run after a title "of" ending in a plain full name gives its body and the name. */
function splitHolders(text: string, phrases: readonly NamePhrase[]): NamePhrase[] {
  return phrases.flatMap((p) => {
    const n = p.tokens.length;
    const [a, b] = [p.tokens[n - 2], p.tokens[n - 1]];
    if (n < 3 || !a || !b || p.possessive) return [p];
    // ("… for Eurasian Affairs Hamid al-Sayegh": an Arabic article joined to the surname.)
    const person =
      [a, b].every((t) => !postWord(t.text)) && /^\p{Lu}\p{Ll}+$/u.test(a.text) && SURNAME_WORD.test(b.text);
    // The name ends the run: a verb, a comma or a full stop follows ("… Ivan Petrov said").
    const ends = /^(?:[,.;:]|\s\p{Ll})/u.test(text.slice(b.end, b.end + 2));
    // ("… of the Federal Assembly Nikolai Petrovich Orekhov": a patronymic takes the given name with it.)
    const given = p.tokens[n - 3];
    const withPatronymic =
      n >= 4 &&
      !!given &&
      PATRONYMIC.test(a.text) &&
      /^\p{Lu}\p{Ll}+$/u.test(given.text) &&
      !postWord(given.text) &&
      text.slice(given.end, a.start) === ' ';
    const k = withPatronymic ? 3 : 2;
    const first = p.tokens[n - k] ?? a;
    const plain =
      text.slice(a.end, b.start) === ' ' && text.slice(p.tokens[n - k - 1]?.end ?? 0, first.start) === ' ';
    const lead = text.slice(Math.max(0, p.start - 120), p.start);
    // ("… of the Republic of Orvenia Elchin Mammadli": a state's long form opens the run itself.)
    const opening = p.tokens[0]?.text ?? '';
    const inLead = titleOfBefore(lead);
    const inRun = !inLead && STATE_OF_HEADS.has(opening) ? titleOfBefore(`${lead}${opening} `) : undefined;
    const title = inLead ?? inRun;
    // ("Chief Executive of the Borovian state gas company Borovgaz Arkady Polikarpov warned": a
    // company named by its kind, then a common given name and a surname, is the company and a person.)
    // (Or a surname by its ending: "… company Kyrmanhydro Asylbek Jumabaev".)
    const company =
      !title &&
      COMPANY_KIND_BEFORE.test(lead) &&
      (isCommonGivenName(a.text) || SURNAME_ENDING.test(b.text)) &&
      n === 3;
    if (!person || !ends || !plain || !(title || company)) return [p];
    const body = p.tokens.slice(0, n - k);
    const last = body.at(-1) ?? a;
    // (A state's long form is part of the run already; a company's kind ends the post's words.)
    const postLead =
      inLead ?? inRun?.slice(0, -(opening.length + 1)) ?? POST_BEFORE_COMPANY.exec(lead)?.[0] ?? '';
    const holderOf = heldPost(postLead, text, p.start, last.end);
    return [
      { ...p, end: last.end, tokens: body, text: text.slice(p.start, last.end), possessive: false },
      {
        ...p,
        start: first.start,
        tokens: p.tokens.slice(n - k),
        text: text.slice(first.start, b.end),
        initial: false,
        holderOf,
      },
    ];
  });
}
