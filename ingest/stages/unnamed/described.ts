// Passes for people described but never named: "the officer who led the search said", and the same
// unnamed speaker told again ("The source added that …").
import { ROLE_NOUNS, SPEECH_VERBS } from '../../language/lexicon.js';
import { countryOf, DEED_AND, DEED_AND_PRONOUN, officeHolders } from '../speakers.js';
import { personMentions } from '../speakers/mentions.js';
import type { Sentence } from '../segment.js';
import { type UnnamedScan, draftUnnamed } from './draft.js';
import { SPEAKING_VERBS } from './speaks.js';
import { CALLED_OUT, CRIED_OUT, DESCRIBED_PEOPLE, FOR_SOMEONE, WHERE_THEY_STOOD } from './words.js';

/**
 * "A source in the ministry said … The source added that …", "the governor's press office said … The
 * press office also said …": the one unnamed speaker named before by that noun.
 */
export function findSpeakerAgain(scan: UnnamedScan, s: Sentence): void {
  const { table } = scan;
  const again = new RegExp(
    `\\b[Tt]he (source|official|${FOR_SOMEONE})(?= (?:has |have |had |also |later |since |then )*(?:${SPEECH_VERBS})\\b)`,
    'g',
  );
  for (const m of s.text.matchAll(again)) {
    const earlier = [...table.actors.values()].filter(
      (a) =>
        a.key.startsWith('unnamed:') &&
        a.evidenceSentence < s.index &&
        new RegExp(`\\b${m[1]}\\b`, 'i').test(a.name),
    );
    const start = s.start + m.index;
    if (earlier.length !== 1 || !earlier[0]) continue;
    const mention = { start, end: start + m[0].length, text: m[0], sentence: s.index };
    table.mentions.push({ ...mention, actors: [earlier[0].key], via: 'group' });
  }
}

// "In the spring my brother told me": a possessive opens a phrase of its own, so "the spring" is no
// part of the speaker's description.
export const POSSESSIVE = String.raw`(?:my|our|your|his|her|its|their)\b`;

/**
 * What follows a described speaker: perhaps an aside ("a young man, very polite,"), then a deed done
 * first or where they stood, then a speech verb ("said", "then said to me", "called out", "shouted at
 * them, “…”"; not "wrote down").
 */
export const SPEAKS_NEXT = `(?=(?:,[^,;.“”"]{1,60},|(?:,[^,;.“”"]{1,40}){2,3},)?(?: ${DEED_AND.trimEnd()}| ${DEED_AND_PRONOUN.trimEnd()}| ${WHERE_THEY_STOOD})? (?:has |have |had |also |then )?(?:${SPEAKING_VERBS}|${CALLED_OUT}|${CRIED_OUT})\\b(?! (?:down|off|up)\\b))`;

/** Where a described person is or comes from: "in Tverdograd", "of the guard", "on the highway". */
// (Its last word is no verb: "the officer on the radio was polite".)
export const WHERE_FROM = `(?:in|from|at|of|on|near|outside) (?:\\p{Lu}[\\p{L}-]+|(?:the|our|their|his|her|its|my) (?:\\p{Ll}+['’]s )?(?:\\p{Ll}+ |\\p{Lu}\\p{Ll}+ )?(?!(?:was|were|is|are|had|has|have|and|but|or|who|that|said|told|in|at|of|on|near|outside)\\b)\\p{Ll}+)`;
/** Whom the teller knows: "a police colonel I have known since school", "a minister we had met". */
const KNOWN_TO_ME = `(?:I|we) (?:have |had )?(?:known|met|seen|trusted|worked with)\\b[^,;.“”"]{0,30}?`;

/** A person named by a noun right before a comma: an indefinite phrase after it is an aside about them. */
const APPOSITION_TO = new RegExp(`\\b(?:${DESCRIBED_PEOPLE}|${ROLE_NOUNS}|them|us)s?, $`);

/**
 * "The officer who led the search said", "an investigator told him", "a general in Tverdograd
 * told me", "The guard, a man of sixty, explained", "a sergeant with a loudhailer told us", "a clerk
 * from the mayor's office came to the plant and told us", "the head of the department said", "the
 * officer in charge said", "a Russian colonel shook my hand and said", "the Dutch guard on the far bank
 * called across to us": someone described, never named (not "a man who never told me his name": words not said;
 * nor "the police wrote down our names").
 */
export function findDescribedPeople(scan: UnnamedScan, s: Sentence): void {
  const { table } = scan;
  for (const m of s.text.matchAll(
    new RegExp(
      `\\b(?:[Tt]he|[Aa]n?) ((?:(?:\\p{Ll}+ )?\\p{Ll}+['’]s )?(?:(?!${POSSESSIVE})\\p{Ll}+ |(\\p{Lu}\\p{Ll}+) )?(?:(?:${DESCRIBED_PEOPLE})s?|(?:(?!the\\b|a\\b|an\\b|${POSSESSIVE})\\p{Ll}+ )?(?:${ROLE_NOUNS})))(?: who [^,;.“”"]{3,60}?(?<!\\bnever|\\bnot)| ${WHERE_FROM}(?: ${WHERE_FROM})?| with (?:a|an|the) (?:\\p{Ll}+ ){0,2}\\p{Ll}+| in charge| ${KNOWN_TO_ME})?${SPEAKS_NEXT}`,
      'gu',
    ),
  )) {
    // "a Russian colonel": a capitalised adjective must be a country's.
    if (m[2] && !countryOf(table, m[2])) continue;
    // ("A colonel, a polite man, …, took me by the arm and said": an aside about the one before it.)
    if (/^[Aa]n? /.test(m[0]) && APPOSITION_TO.test(s.text.slice(Math.max(0, m.index - 40), m.index)))
      continue;
    // ("One of the officers … said": one of them speaks, findOneOfThem's.)
    if (/\b[Oo]ne of $/.test(s.text.slice(Math.max(0, m.index - 7), m.index))) continue;
    const noun = (m[1] ?? '').split(' ').at(-1) ?? '';
    // "the prime minister": a qualified office is named only by a person of that office (a justice
    // minister named in the article is not the prime minister).
    const office = new RegExp(`^(?:\\p{Ll}+ ){1,2}(?:${ROLE_NOUNS})$`, 'u').test(m[1] ?? '') ? m[1] : noun;
    // ("a deputy minister from Tashkent": one of several is never the named holder of that office.)
    if (/^[Tt]he /.test(m[0]) && officeHolders(table, office ?? noun).length > 0) continue;
    const start = s.start + m.index;
    // "the officer" is drafted as "officer"; "an investigator" keeps its article (one of several);
    // "the police", "the coast guard", "the investigators" are a body, not one person.
    const body =
      /(?:^|\s)(?:police|coast guard)$/.test(m[1] ?? '') ||
      new RegExp(`^(?:${DESCRIBED_PEOPLE})s$`).test(noun);
    const kind = body ? 'organization' : 'person';
    // ("the Polish guard on the far bank called across": drafted by the noun, not where he stood; the
    // whole phrase an alias.)
    const head = m[0].slice(0, m[0].indexOf(m[1] ?? '') + (m[1]?.length ?? 0));
    const stood = /^ (?:on|near) /.test(m[0].slice(head.length));
    const name = (stood ? head : m[0]).replace(/^[Tt]he /, '');
    const actor = draftUnnamed(scan, s, start, start + m[0].length, name, kind, `unnamed ${noun}`, true);
    if (head !== m[0]) actor?.aliases.add(head.replace(/^[Tt]he /, ''));
  }
}

/** Words quoted and given to "he" or "she": "“We moved a repair shop,” he said." */
const QUOTED_TO_PRONOUN =
  /^[“"][^”"]{2,}[,.?!][”"],? (?:he|she) (?:said|added|told|explained|continued|went on|says)\b/;

/** A described person opening a sentence as its subject: "A Halvanian diplomat who …", "One officer put it …". */
const DESCRIBED_SUBJECT = new RegExp(
  `^(?:An?|One) ((?:(?:\\p{Lu}\\p{Ll}+|\\p{Ll}+) ){0,2}(?:${DESCRIBED_PEOPLE}|${ROLE_NOUNS}))(?= (?:who|in|from|at|of|with)\\b|,| (?:\\p{Ll}+ly )?\\p{Ll}+(?:ed|t)\\b)`,
  'u',
);

/** A predicate that tells what befell the subject: "… was wounded overnight", "had been killed". */
const PASSIVE = /^(?:[^,.;]*?\s)?(?:was|were|had been|has been|have been) (?:\p{Ll}+ly )?\p{Ll}+(?:ed|en)\b/u;
/** A predicate that takes a stance, as one does before words: "was blunter", "put it", "went further". */
const STANCE =
  /^(?:[^.;]*?\s)?(?:(?:was|were) (?:even |still |much |rather |more |less )?(?:(?!(?:later|never|under|either|other|ever|over|after|neither)\b)\p{Ll}+er|blunt|cautious|candid|frank|skeptical|sceptical|optimistic|pessimistic|dismissive|scathing|unimpressed|categorical|explicit)\b|put (?:it|the \p{Ll}+|things)\b|went (?:even )?further\b|summed (?:it )?up\b|disagreed\b|agreed\b)/u;

/** The rest of a described subject, up to its verb: " of the EU Delegation in Ravnigrad". */
const DESCRIPTION_TO_VERB =
  /^ (?:of|in|from|at|with) [^,;.“”"]{1,80}?(?= (?:was|were|is|are|has|had|\p{Ll}+ed)\b)/u;

/**
 * "A Halvanian diplomat who took part in the talks put the achievement in proportion. “We moved a
 * repair shop,” he said.": a described person opening a sentence, whose words the next sentence
 * quotes with a pronoun, is the speaker, though no speech verb follows the description.
 */
export function findDescribedSubjectQuoted(scan: UnnamedScan, s: Sentence): void {
  const next = scan.sentences[s.index + 1];
  if (!next || next.paragraph !== s.paragraph || !QUOTED_TO_PRONOUN.test(next.text)) return;
  const m = DESCRIBED_SUBJECT.exec(s.text);
  const noun = m?.[1]?.split(' ').at(-1);
  if (!m || !noun) return;
  // ("A police officer in the town was wounded overnight. “…,” he said": one something befell is no
  // speaker; after a sentence naming a person, only one who takes a stance is: "was blunter still",
  // "put the achievement in proportion".)
  const predicate = s.text.slice(m[0].length);
  if (PASSIVE.test(predicate)) return;
  const namesPerson = (t: Sentence) => personMentions(scan.table, t.start, t.end).length > 0;
  const previous = scan.sentences[s.index - 1];
  const namedBefore = previous?.paragraph === s.paragraph && namesPerson(previous);
  if (namedBefore && !STANCE.test(predicate)) return;
  // ("A Halvanian diplomat": a capitalised adjective must be a country's.)
  const adjective = /^(\p{Lu}\p{Ll}+) /u.exec(m[1] ?? '')?.[1];
  if (adjective && !countryOf(scan.table, adjective)) return;
  // (A person the sentence names is the one "he" points to: "A spokesman, Ivan Petrov, …", or
  // "A member of the commission since June, Kholodov told …", an opening appositive to a name.)
  if (namesPerson(s)) return;
  const actor = draftUnnamed(
    scan,
    s,
    s.start,
    s.start + m[0].length,
    m[0],
    'person',
    `unnamed ${noun}`,
    true,
  );
  // ("A senior official of the EU Delegation in Ravnigrad was blunter still": the whole description,
  // up to its verb, is how the article names the speaker.)
  const described = DESCRIPTION_TO_VERB.exec(s.text.slice(m[0].length, m[0].length + 120));
  if (described) actor?.aliases.add(m[0] + described[0]);
}
