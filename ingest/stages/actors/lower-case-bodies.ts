// Bodies printed in lower case, which the capitalised-phrase finder never sees: "a joint working
// group (JWG)" spelled out before its abbreviation, and a parliament's committees ("the budget
// committee of parliament", "the Khural’s committee on fisheries").
import { compoundBodies } from './compound-bodies.js';
import { FIELD_END_WORDS, lowerCaseCommittees } from './lower-case-committees.js';
import { speaksAfter } from '../unnamed/speaks.js';
import type { Sentence } from '../segment.js';
import { record, vote, type Tally } from './tally.js';

/** A body's lower-case head: "a joint working group (JWG)" is a body, "a production-sharing agreement (PSA)" is not. */
const BODY_HEAD =
  /(?:group|committee|commission|council|union|agency|service|company|corporation|bank|fund|party|movement|alliance|authority|board|inspectorate|directorate|department|ministry|mission|force)$/;

/**
 * "a joint working group (JWG)", "a production-sharing agreement (PSA)": lower-case words whose
 * initials the abbreviation after them spells. The abbreviation names what the words name: a body
 * (drafted under the words), or a thing that is no actor.
 */
function lowerCaseAbbreviations(
  text: string,
): { abbreviation: string; name: string; start: number; body: boolean }[] {
  const out: { abbreviation: string; name: string; start: number; body: boolean }[] = [];
  for (const m of text.matchAll(/((?:\p{Ll}[\p{Ll}-]*\s){1,6})\((\p{Lu}{2,6})\)/gu)) {
    const words = (m[1] ?? '').trim().split(/\s+/);
    const abbreviation = m[2] ?? '';
    for (let i = words.length - 1; i >= 0; i--) {
      const tail = words.slice(i);
      const initials = tail
        .flatMap((w) => w.split('-'))
        .map((w) => w[0] ?? '')
        .join('');
      if (initials.toUpperCase() !== abbreviation) continue;
      const name = tail.join(' ');
      out.push({
        abbreviation,
        name,
        start: m.index + (m[1] ?? '').lastIndexOf(name),
        body: BODY_HEAD.test(name),
      });
      break;
    }
  }
  return out;
}

/**
 * "the prosecutor's office", "the Prosecutor-General’s office", "the district council", "the presidential administration", "the tax
 * inspectorate", "federal forces": a body printed in lower case, one or two words of its field or
 * level before its head, is a body of its own (a bare "the ministry" only names one again).
 */
const LOWER_CASE_BODY =
  /\b(?:[Tt]he |(?=federal forces))((?:(?:district|city|regional|municipal|provincial|oblast|krai|presidential|president['’]s|[Pp]rosecutor['’]s|[Pp]ro(?:secu|cura)tor-[Gg]eneral['’]s|interior|emergencies|tax|customs|land|construction|environment|finance|traffic|legislative|federal)\s){1,2}(?:ministry|office|council|administration|inspectorate|agency|commission|department|court|committee|forces|directorate|assembly|police))(?![\p{L}-])/gu;

/**
 * "the presidential secretariat, for its part, issued …", "after the presidential administration
 * asked …": a head of state's lower-case office that acts is a body of its own ("a source in the
 * presidential administration said" works there). (Its press service is left out: drafting it makes
 * a statement of each quotation it gives, which the statements stage does not yet tell apart.)
 */
const ACTING_PRESIDENTIAL_BODY =
  /\b[Tt]he ((?:\p{Lu}\p{Ll}+ )?presidential (?:secretariat|administration))(?=(?:, [^,]{1,30},)? (?:(?:has|had|have|also|then|later) )?(?:said|says|told|issued|asked|called|announced|denied|confirmed|ordered|insisted|warned|stated|declared|replied|urged|refused|rejected|\p{Ll}+ed)\b)/gu;

/** A joint body's field ends at those words (lower-case-committees.ts) and at its sitting. */
const FIELD_STOP = `(?:${FIELD_END_WORDS}|meets|session)\\b`;
/**
 * "the joint working group on the seabed", "the bilateral subcommission on the fleet": a joint body
 * of two states, named by its field in lower case, is a body of its own. (A bare "intergovernmental
 * commission" is left out: the golds list it only with its states named, in capitals.)
 */
const JOINT_BODY = new RegExp(
  `\\b[Tt]he ((?:joint|bilateral|mixed) (?:working group|commission|subcommission|committee) on (?:the )?(?!(?:the|a|an|and|or)\\b)\\p{Ll}+(?: (?!${FIELD_STOP})\\p{Ll}+)?)(?![\\p{L}-])`,
  'gu',
);

/**
 * Whether the article prints `name`, in any case, after a word of a longer name ("regional", "State"),
 * or its words capitalised within a longer name ("the provincial commission" of the "Chardak
 * Provincial Election Commission").
 */
function namedInFull(text: string, name: string): boolean {
  for (const m of text.matchAll(new RegExp(`(\\S+) ${name.replace(/['’]/g, "['’]")}`, 'giu')))
    if (!/^(?:the|The|by|and|federal|[(“"])$/.test(m[1] ?? '') && !/[,;:.]$/.test(m[1] ?? '')) return true;
  const capitalised = name
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .split(' ')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' (?:\\p{Lu}[\\p{L}-]+ ){0,2}');
  return new RegExp(
    `(?<![\\p{L}-])(?!(?:The|A|An|In|At|On|By)\\b)\\p{Lu}[\\p{L}-]+ ${capitalised}\\b`,
    'u',
  ).test(text);
}

/** The index of the sentence holding offset `at` (0 when none does). */
function sentenceAt(sentences: readonly Sentence[], at: number): number {
  return sentences.find((s) => s.start <= at && at < s.end)?.index ?? 0;
}

/**
 * Tally the lower-case bodies as organisations; return the abbreviations that name no body
 * ("PSA" of "a production-sharing agreement"), which are then no actor either.
 */
export function tallyLowerCaseBodies(
  text: string,
  sentences: readonly Sentence[],
  tally: Tally,
): Set<string> {
  const lowerCase = lowerCaseAbbreviations(text);
  const organisationAt = (name: string, start: number) =>
    vote(
      record(tally, name, sentenceAt(sentences, start), start, start + name.length),
      'organization',
      'strong',
    );
  for (const l of lowerCase.filter((x) => x.body)) {
    const a = record(tally, l.name, sentenceAt(sentences, l.start), l.start, l.start + l.name.length);
    a.aliases.add(l.abbreviation);
    vote(a, 'organization', 'strong');
  }
  for (const c of lowerCaseCommittees(text)) {
    const a = record(tally, c.name, sentenceAt(sentences, c.start), c.start, c.start + c.name.length);
    if (c.alias) a.aliases.add(c.alias);
    vote(a, 'organization', 'strong');
  }
  for (const b of compoundBodies(text)) organisationAt(b.name, b.start);
  for (const m of text.matchAll(JOINT_BODY)) {
    const name = m[1] ?? '';
    const start = (m.index ?? 0) + m[0].length - name.length;
    organisationAt(name, start);
  }
  for (const m of text.matchAll(ACTING_PRESIDENTIAL_BODY)) {
    const name = m[1] ?? '';
    const start = (m.index ?? 0) + m[0].length - name.length;
    // ("a source in the presidential administration, who …, said": the speaker works there.)
    if (/\b(?:in|at|from|of)\s$/.test(text.slice(Math.max(0, (m.index ?? 0) - 8), m.index))) continue;
    // (One that speaks somewhere is drafted by the unnamed-speaker stage, under the same name.)
    if (
      [...text.matchAll(new RegExp(`\\b${name}\\b`, 'g'))].some((x) =>
        speaksAfter(text, x.index + name.length),
      )
    )
      continue;
    organisationAt(name, start);
  }
  for (const m of text.matchAll(LOWER_CASE_BODY)) {
    const name = m[1] ?? '';
    const start = (m.index ?? 0) + m[0].length - name.length;
    // ("marching to the district administration", "a rally in front of the city council", "an official in the presidential administration":
    // a building one goes to, a place one works in; "if the city administration permits it": a body
    // that only might act; "the Donetsk regional prosecutor's office", then "the prosecutor's
    // office": the short form of a body named in full.)
    if (
      /\b(?:if|unless|in|into|at|outside|inside|near|in front of|(?<!thanks )to)\s(?:the\s)?$/.test(
        text.slice(start - 20, start),
      )
    )
      continue;
    if (namedInFull(text, name)) continue;
    organisationAt(name, start);
  }
  return new Set(lowerCase.filter((x) => !x.body).map((x) => x.abbreviation));
}
