// Roles naming again a person the article introduced by them: "the same judge", "the governor".
import type { ActorTable, Mention } from './actors.js';

/**
 * "the governor", "the president" (not "the president of X", "the governor’s office", nor "the governor,
 * Y," introducing Y):
 * a one-holder role naming again the person last introduced by it ("Governor Y", "the governor, Y,").
 */
export const ROLE_AGAIN =
  /(?<=\b[Tt]he )(president|governor|mayor|envoy)\b(?! of\b| for\b|['’]s\b)(?!,? \p{Lu})/gu;

/** "the same judge": a role naming again the person last introduced by it. */
export const ROLE_REFERENCE =
  /\b[Tt]he same (judge|prosecutor|president|minister|ambassador|governor|mayor|general|investigator)\b/gu;

/** The person last introduced by `role` before `at`: "the judge, Bobur Kholmatov," or "Judge Kholmatov". */
export function roleHolder(
  text: string,
  table: ActorTable,
  known: readonly Mention[],
  role: string,
  at: number,
): string | undefined {
  const introduced = new RegExp(`(?:\\b[Tt]he ${role},\\s|\\b${role}\\s)$`, 'i');
  return known
    .filter(
      (k) =>
        k.end <= at &&
        k.actors.length === 1 &&
        table.actors.get(k.actors[0] ?? '')?.kind === 'person' &&
        introduced.test(text.slice(Math.max(0, k.start - 30), k.start)),
    )
    .at(-1)?.actors[0];
}
