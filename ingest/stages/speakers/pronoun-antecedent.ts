// Pronouns: the person "he" or "she" refers to, the subject of the nearest sentence naming one, or
// the one holder of a role named there ("I asked the defense minister … He told me").
import type { ActorTable } from '../actors.js';
import type { Sentence } from '../segment.js';
import { personMentions, type SpeakerResolution } from './mentions.js';
import { QUALIFIED_ROLE } from './words.js';

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

/** The person a pronoun at `at` refers to: the subject of the nearest sentence naming one. */
export function pronounAntecedent(
  table: ActorTable,
  sentences: readonly Sentence[],
  at: number,
  sentence: number,
  text = '',
): SpeakerResolution {
  for (let i = sentence; i >= Math.max(0, sentence - 3); i--) {
    const s = sentences[i];
    if (!s) continue;
    const until = i === sentence ? at : s.end;
    // "“If Ivanov stays,” she warned": a name inside quoted words is no antecedent.
    const quoted = text
      ? [...text.slice(s.start, until).matchAll(/[“"][^”"]*[”"]/g)].map((q) => [
          s.start + q.index,
          s.start + q.index + q[0].length,
        ])
      : [];
    const people = personMentions(table, s.start, until).filter(
      (m) => !quoted.some(([a = 0, b = 0]) => m.start >= a && m.end <= b),
    );
    // "He is called Petrov too, Ivan Petrov": a bare surname the full name then restates is that name.
    const surname = people[0] && text ? text.slice(people[0].start, people[0].end) : '';
    const restated =
      surname && !surname.includes(' ')
        ? people.find((m, k) => k > 0 && text.slice(m.start, m.end).endsWith(` ${surname}`))
        : undefined;
    const first = restated ?? people[0];
    // "I asked the defense minister … He told me": a role only one person holds stands for them.
    const role = first ? undefined : roleHolder(table, text.slice(s.start, until), until);
    if (role) return { actor: role, how: 'role' };
    if (!first) continue;
    if (first.actors.length === 1) return { actor: first.actors[0], how: 'pronoun' };
    return { how: 'none', doubt: 'the pronoun points to a surname several people share' };
  }
  return { how: 'none', doubt: 'no person named before the pronoun' };
}
