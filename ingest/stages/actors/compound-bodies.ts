// A joint body of two states or regions, named in lower case after their compound: "the Latvian-Estonian
// fisheries commission", "a joint Polish–Lithuanian working group on energy", "the Amur-Ussuri
// water commission". The capitalised words alone
// name no body, and the lower-case head alone is no name: together they are the body's name.
import { FIELD_END_WORDS } from './lower-case-committees.js';

// (Not a sentence's opening article: "The Latvian-Estonian commission".)
const COMPOUND = String.raw`(?!(?:The|A|An|This|That|Its|Their|In|On|At|By)\s)\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?(?:[-–]\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)+`;
const JOINT_HEAD = '(?:working group|commission|subcommission|committee|council)';
/** Its field, one or two words after "on" ("on energy", "on fishing quotas"), up to a verb or link. */
const STOP = `(?:${FIELD_END_WORDS}|the|a|an|meets|session)\\b`;
const FIELD = String.raw`(?: on (?!${STOP})\p{Ll}+(?: (?!${STOP})\p{Ll}+)?)?`;
const COMPOUND_BODY = new RegExp(
  String.raw`(?<![\p{L}-])(${COMPOUND} (?:\p{Ll}+ )?${JOINT_HEAD}${FIELD})(?![\p{L}-])`,
  'gu',
);

/** Each such body printed in `text`: its name and where it starts. */
export function compoundBodies(text: string): { name: string; start: number }[] {
  return [...text.matchAll(COMPOUND_BODY)].map((m) => ({ name: m[1] ?? '', start: m.index }));
}
