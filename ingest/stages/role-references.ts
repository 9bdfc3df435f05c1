// Roles naming again a person the article introduced by them: "the same judge", "the governor", "the
// deputy minister", "the colonel".
import type { ActorTable, Mention } from './actors.js';

/** Words that make a post another one: a deputy minister is not the minister. */
const RANKS = ['deputy', 'first', 'prime', 'vice'] as const;
/** Posts one person holds at a time in an article's story, named again with "the". */
const ONE_HOLDER = 'president|governor|mayor|envoy|minister|colonel|ambassador|ombudsman|akim|hakim';

/**
 * "the governor", "the president", "the deputy minister", "the deputy prime minister" (not "the
 * president of X", "the governor’s office", "the minister’s aides", "no relation to the minister", nor
 * "the governor, Y," introducing Y): a one-holder role naming again the person last introduced by it
 * ("Governor Y", "the governor, Y,", "Deputy Infrastructure Minister Y").
 */
export const ROLE_AGAIN = new RegExp(
  `(?<=(?<!\\brelation (?:to|of) )\\b[Tt]he )((?:(?:${RANKS.join('|')}) ){0,2}(?:${ONE_HOLDER}))\\b(?! of\\b| for\\b|['’]s\\b)(?!,? \\p{Lu})`,
  'gu',
);

/** "the same judge": a role naming again the person last introduced by it. */
export const ROLE_REFERENCE =
  /\b[Tt]he same (judge|prosecutor|president|minister|ambassador|governor|mayor|general|investigator)\b/gu;

/**
 * The title printed right before a name: capitalised words, with "of", "for", "and" or "the" between
 * them ("Deputy Prime Minister for Economy and Privatization "), lower-cased.
 */
function titleBefore(text: string, at: number): string {
  const m = /(?:(?:\p{Lu}[\p{L}-]*|of|for|and|the)\s){1,8}$/u.exec(text.slice(Math.max(0, at - 100), at));
  return m ? m[0].toLowerCase() : '';
}

/**
 * Whether a title is the role: it holds the role's post (last, or before "of"/"for": "Minister for
 * Economy …") with the role's ranks and no others ("the minister" is not a deputy minister).
 */
function titleIsRole(title: string, role: string): boolean {
  const words = role.split(' ');
  const post = words.at(-1) ?? '';
  const titleWords = title.trim().split(/\s+/);
  const postAt = titleWords.lastIndexOf(post);
  if (postAt < 0) return false;
  const ranks = (ws: readonly string[]) => RANKS.filter((r) => ws.includes(r)).join(' ');
  return ranks(titleWords.slice(0, postAt)) === ranks(words);
}

/** The person last introduced by `role` before `at`: "the judge, Bobur Kholmatov," or "Judge Kholmatov". */
export function roleHolder(
  text: string,
  table: ActorTable,
  known: readonly Mention[],
  role: string,
  at: number,
): string | undefined {
  // ("the governor, Y,", "Georgia’s interior minister, Y,": a post in lower case before the name.)
  const post = role.split(' ').at(-1) ?? role;
  const introduced = new RegExp(`(?:\\b[Tt]he|['’]s) ((?:[\\p{Ll}-]+ ){0,3})${post},\\s$`, 'u');
  const lowerCaseRole = (before: string) => {
    const m = introduced.exec(before);
    return !!m && titleIsRole(`${m[1] ?? ''}${post}`, role);
  };
  return known
    .filter(
      (k) =>
        k.end <= at &&
        k.actors.length === 1 &&
        table.actors.get(k.actors[0] ?? '')?.kind === 'person' &&
        (lowerCaseRole(text.slice(Math.max(0, k.start - 60), k.start)) ||
          titleIsRole(titleBefore(text, k.start), role)),
    )
    .at(-1)?.actors[0];
}
