// Who says quoted words when the attribution names no one or names the wrong one: the subject of the
// clause the words belong to ("X halted the traffic, citing “…”"), the reporting verb's subject when the
// name is inside its "that" clause, the interviewee who says "I told him, “…”".
import type { Analysis } from '../../analysis.js';
import type { Mention } from '../actors.js';
import { ROLE_NOUNS } from '../../language/lexicon.js';
import type { SpeakerResolution } from '../speakers.js';
import { bodyAntecedent } from '../speakers/pronoun-antecedent.js';
import type { Answerer, PlacedQuotation } from './types.js';

/** A body's role between the body and a name: " spokeswoman ", " press secretary " (not " urged "). */
const ROLE_GAP = new RegExp(`^\\s(?:\\p{Ll}[\\p{L}-]*\\s){0,2}(?:${ROLE_NOUNS})\\s$`, 'u');

/** "I told him, “…”", "and I said: “…”": the one who says "I" right before the words. */
// (Not "I was told: “…”", "I am asked", "I was told by the investigator: “…”": another's words.)
const I_SAID =
  /(?:^|[,;:]\s|\s(?:and|then|so)\s)I\s(?:(?!(?:am|was|were|been|being|have been|had been)\b)\p{Ll}+\s)?(?:told|said|asked|replied|answered|wrote|shouted)\b(?![^.;“”"]{0,40}?\bby\b)[^.;“”"]{0,40}?[,:]?\s*$/u;

/** In an interview's answer, words the interviewee tells of having said ("I told him, “…”") are theirs. */
export function answererSaying(
  an: Analysis,
  q: PlacedQuotation,
  answerer: Answerer | undefined,
): SpeakerResolution | undefined {
  if (!answerer?.answers.has(q.first.paragraph)) return undefined;
  return I_SAID.test(an.text.slice(q.firstSentence.start, q.first.outerStart))
    ? { actor: answerer.person, how: 'name' }
    : undefined;
}

/**
 * "The ministry called the trial “…” and warned that Kyiv would “…”", "the Directorate … asked the
 * government in Kyiv to raise it “at every level”": where the attribution names no speaker, words
 * after a saying verb of the sentence's own subject are that subject's.
 */
export function subjectSaying(
  an: Analysis,
  q: PlacedQuotation,
  region: { start: number; end: number },
  lead: string,
): SpeakerResolution | undefined {
  // (The last such verb before the words: "X warned that …, and Y said that Tehran would “…”".)
  const tail = lead.slice(-300);
  const verb = [...tail.matchAll(SUBJECTS_SAYING)].at(-1);
  // (Nor one whose clause another opens before the words: "…, while Georgian media dubbed …".)
  if (
    !verb ||
    /[.;“”"]|,\s(?:while|whereas|whose|which|who|where|when|but|although)\b/.test(tail.slice(verb.index)) ||
    q.firstSentence.start > region.start
  )
    return undefined;
  const verbAt = region.end - tail.length + verb.index + verb[0].indexOf(verb[1] ?? verb[2] ?? '');
  // (The subject of the verb's own clause: "X did not respond, but a commentary … accused …".)
  const sentence = an.text.slice(q.firstSentence.start, Math.max(q.firstSentence.start, verbAt));
  const boundary = [...sentence.matchAll(/; |, (?:and|but|while|whereas) /g)].at(-1);
  const from = q.firstSentence.start + (boundary ? boundary.index + boundary[0].length : 0);
  // ("In a statement on July 21, it accused …": "it" is the body named before.)
  if (/(?:^|,\s)it\s$/i.test(an.text.slice(from, verbAt))) {
    const body = bodyAntecedent(an.table, an.sentences, verbAt, q.firstSentence.index);
    return body.actor ? body : undefined;
  }
  const subject = clauseSubjectMention(an, from, verbAt);
  // (A participle's subject opens the clause, after its title at most: not "Even before the customs
  // checks began, several hundred dockers had picketed …, demanding that …".)
  if (!subject || (verb[2] && !OPENS_CLAUSE.test(an.text.slice(from, subject.start)))) return undefined;
  return { actor: subject.actors[0], how: 'name' };
}

/** A saying verb opening its clause's predicate or joined to it by "and". */
// (Or its participle after a comma: "The Ingush parliament went further on October 9, appealing to
// Putin to protect the Ingush “from collective punishment …”".)
const SUBJECTS_SAYING =
  /(?:\band |[\p{Ll})],? )(warned|asked|urged|appealed|promised|accused|demanded|insisted|argued|claimed|vowed|pledged|threatened|added|said)\b|(?<=[\p{Ll}\p{N})], )(warning|asking|urging|appealing|promising|accusing|demanding|insisting|arguing|claiming|vowing|pledging|threatening|adding|saying)\b/gu;

/** What may stand before a clause's subject: an article, a title and its body ("Chairman of the Board of"). */
const OPENS_CLAUSE = /^(?:(?:\p{Lu}[\p{L}’'-]*|of|the|for|and)\s)*$/u;

/**
 * The first person or organisation named in a span, not as an owner: the subject of the clause it
 * opens ("Chairman of the Board of Gorvenian Railways Rezo Taramuri went further, warning …": the holder
 * after his title's body).
 */
export function clauseSubject(an: Analysis, start: number, end: number): SpeakerResolution {
  const subject = clauseSubjectMention(an, start, end);
  return subject ? { actor: subject.actors[0], how: 'name' } : { how: 'none' };
}

/** The mention `clauseSubject` reads its subject from. */
function clauseSubjectMention(an: Analysis, start: number, end: number): Mention | undefined {
  // ("The European Union’s Special Representative, Hans-Dieter Krämer, was more bullish, arguing …": an
  // owner in the possessive is no subject.)
  const named = an.table.mentions.filter((m) => {
    const kind = an.table.actors.get(m.actors[0] ?? '')?.kind;
    return (
      m.start >= start &&
      m.end <= end &&
      m.actors.length === 1 &&
      (kind === 'person' || kind === 'organization') &&
      !/^[’']s\s/.test(an.text.slice(m.end, m.end + 3))
    );
  });
  // (A body inside another's name is no second name: "the Committee … of the National Assembly of X".)
  const inside = (m: Mention, i: number) =>
    named.some(
      (o, k) =>
        k !== i && o.start <= m.start && o.end >= m.end && (k < i || o.end - o.start > m.end - m.start),
    );
  const [first, next] = named.filter((m, i) => !inside(m, i));
  const holder =
    first &&
    next &&
    an.table.actors.get(next.actors[0] ?? '')?.kind === 'person' &&
    (/^\s$/.test(an.text.slice(first.end, next.start)) ||
      // ("Prosecutor-General’s Office spokeswoman Olena Bondar denied …, saying": a body's role between.)
      (an.table.actors.get(first.actors[0] ?? '')?.kind === 'organization' &&
        ROLE_GAP.test(an.text.slice(first.end, next.start))) ||
      // ("the Secretary of the Security Council of X, Magomed Elmurzayev, told …": the body is in the
      // title; the name in apposition holds it.)
      (/\b(?:of|at) (?:the )?$/.test(an.text.slice(Math.max(0, first.start - 8), first.start)) &&
        /^,\s$/.test(an.text.slice(first.end, next.start))))
      ? next
      : first;
  return holder;
}

/** A verb that reports words in a "that" clause, with what may stand between (a hearer, "by six votes"). */
const SAID_THAT_BEFORE =
  /\b(?:said|ruled|found|declared|stated|announced|claimed|argued|insisted|warned|concluded|decided|alleged|told)\s(?:[^,;.“”"]{0,50}?\s)?that\s/gu;

/**
 * The subject of the reporting verb whose "that" clause holds the quotation, when the speaker the
 * attribution named was named only inside that clause.
 */
export function reportedClauseSpeaker(
  an: Analysis,
  q: PlacedQuotation,
  res: SpeakerResolution,
): SpeakerResolution | undefined {
  const from = q.firstSentence.start;
  const before = an.text.slice(from, q.first.outerStart);
  const said = [...before.matchAll(SAID_THAT_BEFORE)].at(-1);
  if (!said) return undefined;
  // (No other clause opens between the verb and the words: no semicolon, no second verb of saying.)
  const thatEnd = from + said.index + said[0].length;
  const between = an.text.slice(thatEnd, q.first.outerStart);
  if (
    /[;“”"]/.test(between) ||
    /\b(?:said|says|told|tells|added|asked|replied|wrote|declared|called|calls|described|termed|dubbed|branded|accused)\b/.test(
      between,
    )
  )
    return undefined;
  const named = an.table.mentions.filter(
    (m) => m.start >= from && m.end <= q.first.outerStart && m.actors.includes(res.actor ?? ''),
  );
  if (named.length === 0 || named.some((m) => m.start < thatEnd)) return undefined;
  const clauseFrom = from + Math.max(0, before.lastIndexOf('; ', said.index) + 1);
  const subject = clauseSubject(an, clauseFrom, from + said.index);
  return subject.actor && subject.actor !== res.actor ? subject : undefined;
}
