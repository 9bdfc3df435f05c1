// A pass for speakers the article describes by a plain noun phrase and never names: "a cousin of
// mine in the north wrote to me that …", "Their mayor told me …", "the owner of one bakery told us
// …", and, opening a sentence, "The farmers in the valley say that …", "The union's lawyers say …".
import { insideQuotes, quotedRanges } from '../quote-marks.js';
import type { Sentence } from '../segment.js';
import { ROLE_NOUNS } from '../../language/lexicon.js';
import { bodyByNoun, officeHolders, personByRole } from '../speakers.js';
import { type UnnamedScan, draftUnnamed } from './draft.js';
import { DESCRIBED_PEOPLE } from './words.js';

/**
 * Bare heads other rules read: an office or a described person (findDescribedPeople, the speakers'
 * role look-up), "the X side" (its country), a lawyer's "my client" (the interviewee).
 */
const LEFT_TO_OTHERS = new RegExp(`^(?:${ROLE_NOUNS}|${DESCRIBED_PEOPLE}|side|client|government)$`);

const ROLE_NOUN = new RegExp(`^(?:${ROLE_NOUNS})$`);
/** Heads that name a body, not a person. */
const BODY_HEAD =
  /^(?:ministry|government|office|committee|commission|court|agency|administration|company|firm|bank|council|department|service|embassy|consulate|mission|union|party|police|parliament|presidency|secretariat|inspectorate|prosecution|municipality|akimat|hospital|school|university|colony|prison|authority)$/;

/** Words that end a noun phrase: a verb, a conjunction or a relative pronoun is no part of it. */
const NOT_NOUN =
  '(?:\\p{Ll}+ly|only|even|the|an?|my|our|your|his|her|its|their|this|these|those|was|were|is|are|be|been|being|and|or|but|who|whom|that|which|not|has|have|had|to|when|if|then|said|says|say|told|tells|tell|wrote|writes|also|would|will|can|could|did|does|do)\\b';
const WORD = `(?!${NOT_NOUN})(?:\\p{Ll}[\\p{Ll}-]*|\\p{Lu}[\\p{L}-]+(?:['’]s)?)`;
/** Before the head, a capitalised word only opens a possessive: "the Estonian government's". */
const PRE = `(?!${NOT_NOUN})(?:(?:\\p{Lu}[\\p{L}-]+ )?[\\p{L}-]+['’]s|\\p{Ll}[\\p{Ll}-]*)`;
/** "in Lebap province", "of one freight company", "of mine", "from the port": where they belong. */
const TAIL = `(?: (?:of|in|from|at) (?:(?:the|one|a|an|our|their|my|mine)(?= |$)\\s?)?(?:${WORD} ?){0,3})?`;
const PHRASE = `((?:[Tt]he|[Aa]n?|[Oo]ur|[Tt]heir|[Mm]y|[Oo]ne) (?:${PRE} ){0,2}(?!${NOT_NOUN})(\\p{Ll}+)${TAIL})`;

/** Anywhere in a sentence: the phrase tells the writer or the interviewee ("told me", "wrote to us"). */
const TOLD_ME = new RegExp(
  `(?<![\\p{L}-] (?:of|in|to|from|at|with|for|by|on|about|that) )${PHRASE} ?(?:also |then |later |had |has |have )*(?:told|tells?|wrote to|writes? to) (?:me|us)\\b`,
  'gu',
);
/** Opening a sentence: the phrase says something ("The farmers in the valley say that …"). */
const SAYS = new RegExp(
  `(?<=^(?:\\p{Lu}{1,3}: )?)${PHRASE} ?(?:also |now |still )*(?:says?|answered|replied|insists?|claims?)\\b`,
  'u',
);

/**
 * "As one Riga trader put it, …", "A Latvian banker close to the government, who …, put it bluntly:":
 * "put it" as a speech verb (before a comma, a colon or an adverb, not "put it on the list"), after a
 * phrase whose place, country or trade may be capitalised.
 */
const PUT_IT = new RegExp(
  `(?<=(?:^|\\b[Aa]s |[,;:] ))((?:[Tt]he|[Aa]n?|[Oo]ne) (?:(?:\\p{Lu}[\\p{L}-]+|${PRE}) ){0,2}(?!${NOT_NOUN})(\\p{Ll}+)(?: close to (?:the |a )?(?:${WORD} ?){1,3}|${TAIL}))(?:,[^,;.“”"]{1,60},)? put it(?=[,:]| (?:\\p{Ll}+ )?\\p{Ll}+ly\\b| to )`,
  'gu',
);

/** Draft the phrase that speaks, unless it is one body the article names ("the ministry"). */
export function findToldBy(scan: UnnamedScan, s: Sentence): void {
  const found = [...s.text.matchAll(TOLD_ME), ...s.text.matchAll(PUT_IT)];
  // "The opposition says": a bare "the X" opening a sentence may be anyone; a described one speaks,
  // and so does one the teller owns or speaks of as another's ("My lawyer says …", "Their lawyer says …").
  const opening = SAYS.exec(s.text);
  const phrase = (opening?.[1] ?? '').trimEnd();
  if (opening && (phrase.split(' ').length > 2 || /^(?:[Mm]y|[Oo]ur|[Tt]heir) /.test(phrase)))
    found.push(opening);
  // An earlier pass drafted this sentence's speaker ("the printing house in X that printed our paper").
  if (scan.table.mentions.some((x) => x.sentence === s.index && x.via === 'group')) return;
  // ("“We drilled where our contract told us to drill,” Fenwick said": no one speaks inside quoted words.)
  const quoted = quotedRanges(s.text);
  for (const m of found) {
    if (insideQuotes(quoted, m.index)) continue;
    const printed = (m[1] ?? '').trimEnd();
    const start = s.start + m.index;
    const end = start + printed.length;
    // A bare "the government" or "the ministry" the article names is that body (speakers.ts).
    // (A possessive makes the phrase the teller's own: "Their mayor", "my client" aside.)
    const bare =
      printed.split(' ').length === 2 && (/^(?:[Tt]he|[Aa]n?) /.test(printed) || m[2] === 'client');
    if (/^(?:side|sides|government)$/.test(m[2] ?? '') && m[2] === printed.split(' ').at(-1)) continue;
    const noun = m[2] ?? '';
    const known = bodyByNoun(scan.table, noun) ?? personByRole(scan.table, scan.text, noun);
    if (bare && (LEFT_TO_OTHERS.test(noun) || known)) continue;
    // ("Q: The prime minister says you …": an office a person named holds is that person's.)
    const office = /^[Tt]he ((?:\p{Ll}+ ){1,2}\p{Ll}+)$/u.exec(printed)?.[1];
    if (office && ROLE_NOUN.test(noun) && officeHolders(scan.table, office).length > 0) continue;
    // "At the station a guard told me": the fronted place is part of the description.
    if (/^(?:At|In) the [^,]*$/.test(s.text.slice(0, m.index))) continue;
    // A name in the phrase is kept ("the mayor of Riga"), but not one the head noun is part of.
    const head = start + printed.indexOf(m[2] ?? '', printed.indexOf(' '));
    const taken = (x: { start: number; end: number; via?: string }) =>
      x.start < end && start < x.end && (x.via === 'group' || (x.start <= head && head < x.end));
    if (scan.table.mentions.some(taken)) continue;
    // "The people at the Customs Service say": the body the tail names speaks (but "My former
    // colleagues at the bank tell me": the teller's own people).
    const owner = scan.table.mentions.find((x) => x.start > head && x.end <= end);
    if (
      owner &&
      scan.table.actors.get(owner.actors[0] ?? '')?.kind === 'organization' &&
      !/^(?:[Mm]y|[Oo]ur) /.test(printed)
    )
      continue;
    // ("The ministry told me, “Be patient.”": a body the article never names is no person.)
    const single = !/s$/.test(noun) && !BODY_HEAD.test(noun);
    const name = printed.replace(/^[Tt]he /, '');
    draftUnnamed(scan, s, start, end, name, single ? 'person' : 'organization', `unnamed ${noun}`);
  }
}
