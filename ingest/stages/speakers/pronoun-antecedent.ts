// Pronouns: the person "he" or "she" refers to, the subject of the nearest sentence naming one, or
// the one holder of a role named there ("I asked the defense minister … He told me"); "she" passes
// over a man and "he" over a woman, when a cue says so (gender.ts), never over a person with none.
import { pronounGender } from '../../language/gender.js';
import type { ActorTable, Mention } from '../actors.js';
import { quotedRanges } from '../quote-marks.js';
import type { Sentence } from '../segment.js';
import { personMentions, type SpeakerResolution } from './mentions.js';
import { disambiguate } from './namesakes.js';
import { genderAt, personGender } from './pronoun-gender.js';
import { SPEECH_VERBS } from '../../language/lexicon.js';
import { QUALIFIED_ROLE } from './words.js';

/** A conjunction opening a time or reason clause. */
const SUBORDINATOR =
  '(?:[Aa]fter|[Bb]efore|[Ww]hen|[Ww]hile|[Ss]ince|[Aa]lthough|[Tt]hough|[Oo]nce|[Uu]ntil|[Bb]ecause)';
/** A leading time or reason clause, up to its comma: "After X resigned on May 2, ", "When the court ruled, ". */
const LEADING_CLAUSE = new RegExp(`^(?:[^,;“”"]{0,40}\\s)?${SUBORDINATOR}\\s[^,;“”"]+,\\s`);
const SUBORDINATOR_AT = new RegExp(`\\b${SUBORDINATOR}\\s`);

/** A pronoun that speaks: "he said", "she told reporters". */
const SAYS_FIRST = new RegExp(`\\b([Hh]e|[Ss]he)\\s(?:\\p{Ll}+\\s)?(?:${SPEECH_VERBS})\\b`, 'u');

/**
 * The one person whose description holds the last role named in `span` ("the defense minister"); of
 * several, when the role opens the sentence as its subject ("The president's account was cautious. His
 * aides said …"), the one named before `end` (a president the article introduces later is not meant yet).
 */
function roleHolder(table: ActorTable, span: string, end: number): string | undefined {
  // A role inside quoted words ("“I did not write about the president,” he said") is no antecedent.
  const unquoted = span.replace(/[“"‘][^”"’]*[”"’]/g, ' ');
  const last = [...unquoted.matchAll(QUALIFIED_ROLE)].at(-1);
  const role = last?.[1]?.toLowerCase();
  if (!last || !role) return undefined;
  const holders = [...table.actors.values()].filter(
    (a) => a.kind === 'person' && (a.description ?? '').toLowerCase().includes(role),
  );
  if (holders.length === 1) return holders[0]?.key;
  const known = holders.filter((a) => table.mentions.some((m) => m.end <= end && m.actors.includes(a.key)));
  return last.index === 0 && known.length === 1 ? known[0]?.key : undefined;
}

/**
 * The person a pronoun at `at` refers to: the subject of the nearest sentence naming one (before its
 * own sentence when `pastOwnSentence`: "Ekerot, he told journalists, had …" is not Ekerot's).
 */
export function pronounAntecedent(
  table: ActorTable,
  sentences: readonly Sentence[],
  at: number,
  sentence: number,
  text = '',
  pastOwnSentence = false,
): SpeakerResolution {
  const want = genderAt(sentences, at, sentence);
  // A person the pronoun may name: not one of the other gender (no cue is no bar).
  const fitsKey = (k: string) => !want || (personGender(table, sentences, k) ?? want) === want;
  const fits = (m: Mention) => m.actors.some(fitsKey);
  // A mention's one person, or among people sharing a surname the one the pronoun's gender leaves.
  const resolve = (m: Mention, strict: boolean): SpeakerResolution => {
    const left = strict ? m.actors.filter(fitsKey) : m.actors;
    if (left.length === 1) return { actor: left[0], how: 'pronoun' };
    // "“…,” Tebuev told X. … He added …" of two Tebuevs: the one a role or the latest full name picks.
    const namesake =
      text && left.length > 1 ? disambiguate(table, text, sentences, left, m.start, m.sentence) : undefined;
    if (namesake?.actor) return { ...namesake, how: 'pronoun' };
    return { how: 'none', doubt: 'the pronoun points to a surname several people share' };
  };
  // Today's answer, kept when no person of the pronoun's gender (or without a cue) is named.
  let today: SpeakerResolution | undefined;
  // Up to three sentences back, not counting those the pronoun opens ("He met … He then … He later …").
  let from = Math.max(0, sentence - 3);
  for (let i = sentence; i >= from; i--) {
    const s = sentences[i];
    if (!s) continue;
    // ("He met Zaurbekov … “…,” he told journalists": a sentence opened by the pronoun is about its
    // antecedent, so the persons it names after it are not.)
    // (Not "He is also called Bekturov, Marat Bekturov": a sentence that names the antecedent itself.)
    // ("In a speech to the Assembly on July 13, she pointed out …": the pronoun may follow an opening
    // phrase that names no one.)
    const opener = /^(?:[^,;“"]{0,80},\s)?([Hh]e|[Ss]he)\s\p{Ll}/u.exec(s.text);
    const openedBy =
      !!want &&
      !!opener &&
      pronounGender(opener[1] ?? '') === want &&
      personMentions(table, s.start, s.start + opener[0].length).length === 0 &&
      !/^(?:He|She) (?:is|was) (?:also )?(?:called|named)\b/.test(s.text);
    if (openedBy && i < sentence) {
      from = Math.max(0, from - 1);
      continue;
    }
    const until = i === sentence ? (pastOwnSentence || openedBy ? s.start : at) : s.end;
    // (The sentence's own text, so callers without the article's text skip quoted names too.)
    const slice = (from: number, to: number) => s.text.slice(from - s.start, to - s.start);
    // "“If Ivanov stays,” she warned": a name inside quoted words is no antecedent.
    const quoted = quotedRanges(slice(s.start, until), s.start);
    const people = personMentions(table, s.start, until).filter(
      (m) => !quoted.some(([a, b]) => m.start >= a && m.end <= b),
    );
    // "He is called Petrov too, Ivan Petrov": a bare surname the full name then restates is that name.
    const surname = people[0] ? slice(people[0].start, people[0].end) : '';
    const restated =
      surname && !surname.includes(' ')
        ? people.find((m, k) => k > 0 && slice(m.start, m.end).endsWith(` ${surname}`))
        : undefined;
    // ("For seven weeks after President X removed him on May 18, Y said nothing": a person inside a
    // leading time or reason clause is not the sentence's subject; the main clause's is.)
    const leading = LEADING_CLAUSE.exec(s.text);
    // (Only when no person precedes the conjunction: "Tokonov returned after the talks, where
    // Asanaliev …" keeps Tokonov, the subject before the clause.)
    const conjunctionAt = leading ? s.start + leading[0].search(SUBORDINATOR_AT) : 0;
    const main =
      leading && !people.some((m) => m.start < conjunctionAt)
        ? people.find((m) => m.start >= s.start + leading[0].length)
        : undefined;
    const subject = restated ?? main ?? people[0];
    // ("Speaking at a rally, he said that Tokhtarov’s portrait would stay … “…,” he told the crowd": a
    // sentence whose pronoun says the words before any name is about the same antecedent.)
    const saidFirst = SAYS_FIRST.exec(slice(s.start, subject?.start ?? until));
    if (i < sentence && saidFirst && pronounGender(saidFirst[1] ?? '') === want) {
      from = Math.max(0, from - 1);
      continue;
    }
    // "I asked the defense minister … He told me": a role only one person holds stands for them.
    // (Only for a speaker or a spokesman, whose caller passes `text`: a role in an event's or a
    // reference's sentence is too often another office's.)
    const role = subject || !text ? undefined : roleHolder(table, slice(s.start, until), until);
    if (role && fitsKey(role)) return { actor: role, how: 'role' };
    if (role) today ??= { actor: role, how: 'role' };
    if (!subject) continue;
    // "Petrov's lawyer, Anna Ivanova, … She appealed": past a man, to the next who may be her.
    const first = fits(subject) ? subject : people.find(fits);
    if (first) return resolve(first, true);
    today ??= resolve(subject, false);
  }
  return today ?? { how: 'none', doubt: 'no person named before the pronoun' };
}

/**
 * The body "its" or "It" at `at` stands for: the first organisation, country or outlet named in the
 * nearest sentence naming one, outside quoted words, up to two sentences back ("The Fishermen’s Union …
 * welcomed the treaty on July 1. Its statement put the matter plainly: “…”").
 */
export function bodyAntecedent(
  table: ActorTable,
  sentences: readonly Sentence[],
  at: number,
  sentence: number,
): SpeakerResolution {
  for (let i = sentence; i >= Math.max(0, sentence - 2); i--) {
    const s = sentences[i];
    if (!s) continue;
    const until = i === sentence ? at : s.end;
    const quoted = quotedRanges(s.text.slice(0, until - s.start), s.start);
    const body = table.mentions.find((m) => {
      const kind = table.actors.get(m.actors[0] ?? '')?.kind;
      return (
        m.start >= s.start &&
        m.end <= until &&
        m.actors.length === 1 &&
        (kind === 'organization' || kind === 'country' || kind === 'media') &&
        !quoted.some(([a, b]) => m.start >= a && m.end <= b) &&
        // (Not an owner, "Russia’s Foreign Ministry", nor one a preposition governs, "a letter to the OSCE".)
        !/^[’']s\s/.test(s.text.slice(m.end - s.start, m.end - s.start + 3)) &&
        !/\b(?:to|in|of|at|from|with|for|by|against|on|into|about)\s(?:the\s)?$/i.test(
          s.text.slice(Math.max(0, m.start - s.start - 12), m.start - s.start),
        )
      );
    });
    if (body) return { actor: body.actors[0], how: 'pronoun' };
  }
  return { how: 'none', doubt: 'no body named before "its"' };
}
