// The interviewee drafted as an actor under the full name the introduction prints, when only the answer
// label ("Kharebava:"), the introduction's hand-over ("Below, Kharebava talks about …") or its
// surname told again alone ("Tatsiana Lyskavets ran … Lyskavets was detained …") names them.
import type { Analysis } from '../../analysis.js';
import { TITLE_WORDS } from '../../language/lexicon.js';
import { actorKey } from '../../language/words.js';
import type { Sentence, TurnLabels } from '../segment.js';
import { bearsName, handOverName } from './interviewee.js';

const SURNAME = /^\p{Lu}\p{Ll}[\p{L}’'-]+$/u;
/** A sentence that opens with a full name and its verb: "Tatsiana Lyskavets ran the campaign …". */
const OPENING_NAME = /^(?:\p{Lu}\p{Ll}[\p{L}’'-]* ){1,2}(?<surname>\p{Lu}\p{Ll}[\p{L}’'-]+) \p{Ll}/u;

/**
 * The surname of the full name an introduction opens with, when a later sentence of it names the
 * person by that surname alone: an introduction is about its interviewee, and a body is told again
 * by its whole name or its initials, not by its last word.
 */
function openingSurname(introduction: readonly Sentence[]): string | undefined {
  const [first, ...rest] = introduction;
  const surname = first && OPENING_NAME.exec(first.text)?.groups?.surname;
  if (!surname) return undefined;
  // Alone: not after a capitalised word ("Tatsiana Lyskavets" again is the full name).
  const alone = new RegExp(`(?<!\\p{Lu}[\\p{L}’'-]* |[\\p{L}’'-])${surname}(?![\\p{L}’'-])`, 'u');
  return rest.some((s) => alone.test(s.text)) ? surname : undefined;
}

/**
 * "Kharebava: …" answers, "Below, Kharebava talks about …" or "Kharebava was …" told again, and an
 * introduction that opens "Nodar Kharebava served as …": a full name at the start of a sentence is
 * no sure name to the actor rules (its first word may be any word), but an answer label, a hand-over
 * or a later mention that is a surname says whose it is. Drafts the interviewee under that full name,
 * with every mention, when no actor of the article bears the surname.
 */
export function addNamedInterviewee(
  sentences: readonly Sentence[],
  introduction: readonly Sentence[],
  table: Analysis['table'],
  turns: TurnLabels | undefined,
): void {
  // ("A" or initials name no one; a surname holds only letters, so it needs no escaping below.)
  const surname = (word: string | undefined) => (word && SURNAME.test(word) ? word : undefined);
  const label =
    surname(turns?.answer) ??
    surname(handOverName(introduction)?.split(' ').at(-1)) ??
    openingSurname(introduction);
  if (!label) return;
  if ([...table.actors.values()].some((actor) => bearsName(actor, label))) return;
  const fullName = new RegExp(`(?<![\\p{L}])(?:\\p{Lu}[\\p{Ll}’'-]+ ){1,2}${label}(?![\\p{L}])`, 'gu');
  let name: string | undefined;
  let first = 0;
  for (const s of sentences) {
    for (const m of s.text.matchAll(fullName)) {
      // "President Kharebava": a title, not a first name.
      const words = m[0].split(' ').filter((w) => !TITLE_WORDS.has(w));
      if (words.length >= 2) {
        name = words.join(' ');
        first = s.index;
        break;
      }
    }
    if (name) break;
  }
  if (!name) return;
  const key = actorKey(name);
  if (table.actors.has(key)) return;
  const forms = new Map<string, number>();
  const person = {
    key,
    kind: 'person' as const,
    name,
    forms,
    evidenceSentence: first,
    aliases: new Set([label]),
  };
  table.actors.set(key, { ...person, kindCue: 'strong' });
  // Every full name, and the surname alone elsewhere (not the turn labels, which open no sentence text).
  const printed = new RegExp(`(?<![\\p{L}])(?:${name}|${label})(?![\\p{L}])`, 'gu');
  for (const s of sentences)
    for (const m of s.text.matchAll(printed)) {
      forms.set(m[0], (forms.get(m[0]) ?? 0) + 1);
      const start = s.start + m.index;
      table.mentions.push({
        start,
        end: start + m[0].length,
        text: m[0],
        sentence: s.index,
        actors: [key],
        via: m[0] === name ? 'name' : 'surname',
      });
    }
  table.mentions.sort((a, b) => a.start - b.start);
}
