// Speakers named by a noun alone: a country's "side", "the former" or "the latter", a body by the
// head noun of its name ("the union"), a person by a role the article explained ("the akim").
import { SPEECH_VERBS } from '../../language/lexicon.js';
import type { ActorTable, ArticleActor } from '../actors.js';
import type { Sentence } from '../segment.js';
import { personMentions, type SpeakerResolution } from './mentions.js';
import { officePattern } from './words.js';

/** The country an adjective points to ("Georgian" to Georgia), from the actor table's demonyms. */
export function countryOf(table: ActorTable, adjective: string): ArticleActor | undefined {
  const actor = table.actors.get(table.demonyms.get(adjective) ?? '');
  return actor?.kind === 'country' ? actor : undefined;
}

/**
 * What speaks for a state after its adjective: "the Latvian side", "the Azarvani government" (not "the
 * Zaretian authorities", who speak as themselves: a region's, or a group the golds keep by that name).
 */
const FOR_STATE = '(?:side|government)';
const SIDE_SAYS = new RegExp(
  `\\b[Tt]he (\\p{Lu}\\p{Ll}+) ${FOR_STATE}\\s(?:also |has |have |had |then |later )*(?:${SPEECH_VERBS})\\b[^.;“”"]*$`,
  'u',
);
const SIDE_BARE = new RegExp(`\\b[Tt]he (\\p{Lu}\\p{Ll}+) ${FOR_STATE}\\s$`, 'u');

/**
 * "the Latvian side said that …", "the Azarvani government says …": the country whose adjective names
 * the side, when `span` ends in that side and its verb (or in the side alone, `bare`).
 */
export function sideSpeaker(table: ActorTable, span: string, bare = false): string | undefined {
  const side = (bare ? SIDE_BARE : SIDE_SAYS).exec(span)?.[1];
  return side ? countryOf(table, side)?.key : undefined;
}

/**
 * "Aliyev and Guliyev met on May 2, and the former told …": the first (or second) of the last two
 * people named before `at`, in this sentence or the one before.
 */
export function formerOrLatter(
  table: ActorTable,
  sentences: readonly Sentence[],
  at: number,
  sentence: number,
  which: 'former' | 'latter',
): SpeakerResolution {
  const from = sentences[Math.max(0, sentence - 1)]?.start ?? 0;
  const people: string[] = [];
  for (const m of personMentions(table, from, at))
    if (m.actors.length === 1 && m.actors[0] && people.at(-1) !== m.actors[0]) people.push(m.actors[0]);
  const pair = people.slice(-2);
  if (pair.length < 2 || pair[0] === pair[1])
    return { how: 'none', doubt: `"the ${which}" without two people` };
  const actor = which === 'former' ? pair[0] : pair[1];
  return { actor, how: 'role', doubt: `"the ${which}" taken to be ${table.actors.get(actor ?? '')?.name}` };
}

/**
 * "the union accuses …", "according to the bureau": the one organisation whose name has that head
 * noun ("Metal Workers' Union", "State Audit Bureau", "US Embassy in Bishkek"); "the Latvian ministry": of those, the one
 * whose name also holds the adjective ("Latvian Foreign Ministry").
 */
export function bodyByNoun(table: ActorTable, noun: string, adjective?: string): string | undefined {
  const head = noun.charAt(0).toUpperCase() + noun.slice(1).toLowerCase();
  // "the company" for the "Orvelian Oil and Gas Corporation" too.
  const heads = head === 'Company' ? ['Company', 'Corporation'] : [head];
  const bodies = [...table.actors.values()].filter(
    (a) =>
      a.kind === 'organization' &&
      !a.key.startsWith('unnamed:') &&
      heads.includes(headNoun(a.name)) &&
      (!adjective || a.name.split(' ').includes(adjective)),
  );
  return bodies.length === 1 ? bodies[0]?.key : undefined;
}

/**
 * "The akim says …": the one person the article introduced by that noun, in a description that opens
 * with it or in apposition ("the akim (governor) of the region, Bolat Serikov,"), so a role explained
 * once stands for its holder.
 */
export function personByRole(table: ActorTable, text: string, noun: string): string | undefined {
  const opens = new RegExp(`^(?:the\\s)?${noun}\\b`, 'i');
  // (Not "a paper in the republic, the editor told me": a place after a preposition names no one.)
  const apposed = new RegExp(
    `(?<!\\b(?:in|of|at|from|to|on|for|by|with|into) )\\b[Tt]he ${noun}\\b[^.;,“”"]{0,60}, $`,
  );
  const holders = new Set(
    table.mentions
      .filter((m) => m.actors.length === 1 && apposed.test(text.slice(Math.max(0, m.start - 80), m.start)))
      .map((m) => m.actors[0] ?? ''),
  );
  for (const a of table.actors.values()) if (opens.test(a.description ?? '')) holders.add(a.key);
  const people = [...holders].filter((k) => table.actors.get(k)?.kind === 'person');
  return people.length === 1 ? people[0] : undefined;
}

/**
 * "Savin's ministry": the article's one body of that noun, or, among several, the one the person's
 * title names ("Kestrian Water Minister" heads the "Kestrian Water Ministry", not the Foreign Ministry).
 */
export function bodyOfHolder(table: ActorTable, holder: string, noun: string): string | undefined {
  const only = bodyByNoun(table, noun);
  if (only) return only;
  const head = noun.charAt(0).toUpperCase() + noun.slice(1).toLowerCase();
  const person = [...table.actors.values()].find(
    (a) => a.kind === 'person' && (a.name === holder || a.name.endsWith(` ${holder}`)),
  );
  const title = person?.description?.split(' ') ?? [];
  const bodies = [...table.actors.values()].filter((a) => {
    const words = a.name.split(' ');
    return (
      a.kind === 'organization' &&
      words.at(-1) === head &&
      words.length > 1 &&
      words.slice(0, -1).every((w) => title.includes(w))
    );
  });
  return bodies.length === 1 ? bodies[0]?.key : undefined;
}

/**
 * The head noun of a body's name: its last word, or the word before a prepositional phrase ("US
 * Embassy in Bishkek", "Supreme Court of Dagestan": "Embassy", "Court").
 */
function headNoun(name: string): string {
  const words = name.split(' ');
  const of = words.findIndex((w, i) => i > 0 && /^(?:of|in|for|to|on|at)$/.test(w));
  return (of > 0 ? words[of - 1] : words.at(-1)) ?? '';
}

/**
 * The persons whose title printed with their name holds `office` ("prime minister", "deputy minister"):
 * "The deputy minister" is the "Deputy Interior Minister" named before (words may stand between).
 */
export function officeHolders(table: ActorTable, office: string): ArticleActor[] {
  const held = officePattern(office);
  return [...table.actors.values()].filter((a) => a.kind === 'person' && held.test(a.description ?? ''));
}
