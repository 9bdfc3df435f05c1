// Who acts in a sentence: the actors and places it names (demonyms and capitals giving their
// countries), those of a whole quote box's paragraph, "we" and "I" in an interview's answer, and the
// person "he" or the body "it" points to when the clause names none.
import type { Analysis } from '../../analysis.js';
import { IRREGULAR_PAST_ACTS, SPEECH_VERBS } from '../../language/lexicon.js';
import { insideCitation } from '../cite.js';
import { demonymHits } from '../event-actors.js';
import { electionHits } from '../election-country.js';
import type { InterviewVoice } from '../interview.js';
import { withoutLeadingTime } from '../clause-subject.js';
import { pronounAntecedent } from '../speakers.js';
import { notSetApart } from '../speakers/namesakes.js';

/**
 * A surname two persons share ("Aliev", after "Timur Aliev, a nephew of President Aidar Aliev") is the
 * one of them whose full name was printed last before it, unless that one was set apart ("(no
 * relation)") more than two sentences before.
 */
function lastNamed(
  an: Analysis,
  candidates: readonly string[],
  at: number,
  sentence: number,
): string | undefined {
  const named = an.table.mentions.filter(
    (m) => m.end <= at && m.via === 'name' && m.actors.length === 1 && candidates.includes(m.actors[0] ?? ''),
  );
  return (
    notSetApart(an.table, an.text, candidates, an.sentences, named.at(-1), sentence) ??
    named.at(-1)?.actors[0]
  );
}

/** Actor and place keys mentioned in a sentence, demonyms and capitals giving their countries. */
export function actorsInSentence(
  an: Analysis,
  sentence: number,
  span?: { start: number; end: number },
): { actors: string[]; places: string[] } {
  const s = an.sentences[sentence];
  const actors: string[] = [];
  const places: string[] = [];
  if (!s) return { actors, places };
  const hits: { at: number; key: string }[] = [];
  const inSpan = (at: number) => !span || (at >= span.start && at < span.end);
  for (const m of an.table.mentions) {
    if (m.sentence !== sentence || insideCitation(an, m.start, m.end)) continue;
    const key = m.actors.length === 1 ? (m.actors[0] ?? '') : lastNamed(an, m.actors, m.start, sentence);
    // An unnamed speaker is drafted for its words (decision 012), not as an actor of what happens.
    if (!key || key.startsWith('unnamed:')) continue;
    hits.push({ at: m.start, key });
    const capitalOf = an.table.actors.get(key)?.capitalOf;
    if (capitalOf) hits.push({ at: m.start + 0.5, key: capitalOf });
  }
  hits.push(...demonymHits(an, sentence), ...electionHits(an, sentence));
  for (const h of hits.sort((a, b) => a.at - b.at)) {
    if (!inSpan(h.at)) continue;
    const actor = an.table.actors.get(h.key);
    if (!actor) continue;
    const list = actor.kind === 'place' ? places : actors;
    if (!list.includes(h.key)) list.push(h.key);
  }
  return { actors, places };
}

export function actorsInParagraph(an: Analysis, paragraph: number): { actors: string[]; places: string[] } {
  const all = an.sentences.filter((x) => x.paragraph === paragraph).map((x) => actorsInSentence(an, x.index));
  return {
    actors: [...new Set(all.flatMap((x) => x.actors))],
    places: [...new Set(all.flatMap((x) => x.places))],
  };
}

/** In an interview's answer, "we did" is the interviewee's organisation and "I did" the interviewee. */
export function firstPersonActors(
  an: Analysis,
  sentence: number,
  voice: InterviewVoice | undefined,
): string[] {
  const s = an.sentences[sentence];
  if (!voice || !s || !voice.answers.has(s.paragraph)) return [];
  const out: string[] = [];
  const printed =
    /\bI (?:printed|published|reprinted)\b/.test(s.text) &&
    an.table.actors.get(voice.organisation ?? '')?.kind === 'media';
  // "we", "our", and "the office" or "the paper" in the interviewee's mouth: his organisation; so is
  // what an editor prints ("I printed that promise again").
  if (
    voice.organisation &&
    (/\b(?:[Ww]e|[Oo]ur|us|the (?:office|paper|newspaper|editorial office|newsroom))\b/.test(s.text) ||
      printed)
  )
    out.push(voice.organisation);
  // "two hundred of us stood outside": the interviewee is one of the "we" who act.
  if (/\b(?:I|[Mm]y|me|[Ww]e|us)\b/.test(s.text)) out.push(voice.person);
  // ("I drove along the queue … on our side", "She came to me, and we filed a complaint": the one
  // who speaks of herself leads the "we" she speaks for.)
  return /\b(?:I|[Mm]y|me)\b/.test(s.text) && !printed ? out.reverse() : out;
}

// "His deputy came", "her first trip abroad, to Riga in May, was …": a possessive, a short noun phrase
// (perhaps an aside) and a verb of acting; not a body the person heads ("his government declared" is the
// country's), nor a saying ("his aides said", which has its own subject).
const POSSESSIVE_SUBJECT = new RegExp(
  String.raw`^(?:[Hh]is|[Hh]er)\s+(?!(?:government|administration|ministry|office|party|cabinet|aides|staff|team|spokes\p{Ll}+|press)\b)(?:[\p{Ll}-]+\s+){0,3}?[\p{Ll}-]+(?:,[^,;]{1,60},)?\s+(?:\p{Ll}+ly\s+)?(?!(?:${SPEECH_VERBS})\b)(?:was|were|is|are|has|had|will|would|came|went|\p{Ll}+ed|${IRREGULAR_PAST_ACTS})\b`,
  'u',
);
/** "His trial opens on May 27": a proceeding of the person's, under way or to come (not "his film opens"). */
const POSSESSIVE_PROCEEDING =
  /^(?:[Hh]is|[Hh]er)\s+(?:\p{Ll}+\s+)?(?:trial|retrial|hearing|appeal|case|term|tenure|visit|talks)\s+(?:opens|begins|starts|resumes|ends)\b/u;

/** Where a possessive opens the clause's subject, after its time words ("Last month his wife was …"). */
export function possessiveSubjectAt(clause: string): number | undefined {
  const trimmed = withoutLeadingTime(clause.trimStart());
  return POSSESSIVE_SUBJECT.test(trimmed) || POSSESSIVE_PROCEEDING.test(trimmed)
    ? clause.length - trimmed.length
    : undefined;
}

/** "he said in an address … on March 25": the person "he" or "she" points to, when the clause names none. */
export function pronounSubject(an: Analysis, sentence: number, clause: string): string | undefined {
  const s = an.sentences[sentence];
  // (Not one a subordinate clause opens with: "detained him after he photographed the house".)
  const pronoun =
    /(?<!\b(?:after|before|because|when|while|as|since|if|unless|until|though|although) )\b(?:[Hh]e|[Ss]he)\b/.exec(
      clause,
    );
  // ("His deputy came to the mine", "Her first trip abroad, in April, …": a subject a possessive
  // opens is the person's own act or errand; after a name, the name is the subject: "Lupu's …")
  const possessive = possessiveSubjectAt(clause);
  if (!s || (!pronoun && possessive === undefined)) return undefined;
  const clauseStart = s.start + s.text.indexOf(clause);
  const at = clauseStart + (pronoun?.index ?? possessive ?? 0);
  const namesPerson = an.table.mentions.some(
    (m) =>
      m.start >= clauseStart &&
      m.end <= at &&
      m.actors.some((k) => an.table.actors.get(k)?.kind === 'person'),
  );
  const who = namesPerson ? undefined : pronounAntecedent(an.table, an.sentences, at, sentence).actor;
  // (A possessive inside the sentence may be an unnamed person's, "arrested a resident; his trial
  // opens …": it counts when the sentence opens with it or named its person before it.)
  const named = (k: string) =>
    an.table.mentions.some((m) => m.start >= s.start && m.end <= at && m.actors.includes(k));
  if (!pronoun && who && at > s.start + s.text.length - withoutLeadingTime(s.text).length && !named(who))
    return undefined;
  // Nor is an unnamed speaker ("the commandant told his family …") the "he" of a happening.
  return who?.startsWith('unnamed:') ? undefined : who;
}

/** A past act done to a person named by pronoun: "Police detained him", "a court fined her" (not "her brother"). */
const DONE_TO_HIM_OR_HER = new RegExp(
  `\\b(?:\\p{Ll}+ed|beat|caught|held|sent|put|took|let|hit|shot|${IRREGULAR_PAST_ACTS}) (?<pronoun>him|her)(?=[,.;:]|\\s(?:on|in|at|for|to|with|from|after|before|and|over|until|as|by)\\b|$)`,
  'u',
);

/**
 * "Police detained him on January 22": when a clause names no one, the person a past act was done
 * to, by pronoun, is the one the pronoun points back to.
 */
export function pronounObject(an: Analysis, sentence: number, clause: string): string | undefined {
  const s = an.sentences[sentence];
  const m = DONE_TO_HIM_OR_HER.exec(clause);
  if (!s || !m?.groups) return undefined;
  const at = s.start + s.text.indexOf(clause) + m.index + m[0].length - m.groups.pronoun!.length;
  const who = pronounAntecedent(an.table, an.sentences, at, sentence).actor;
  return who?.startsWith('unnamed:') ? undefined : who;
}

// "It" acting: an "-ed" past or an irregular past of acting (not of saying: "it told" is no
// happening of its own), after at most one word ("it quickly sold").
// ("It did not inform X until June 11", "it has not paid since May": "did", "has" or "had" and "not"
// before a verb of acting in its plain form or participle; not "it did not rain", "it has not
// changed", nor a negated future, which is no act.)
const IT_ACTS = new RegExp(
  `\\b[Ii]t (?:(?!is\\b|was\\b|seems\\b|appears\\b|remains\\b)(?:\\p{Ll}+ )?(?:\\p{Ll}+ed|${IRREGULAR_PAST_ACTS}|spent|drew|chose|lent|bore|undertook|overtook|withheld)|(?:did|has|had) not (?!(?:be|been|seem|appear|remain|say|said|comment|know|suit|matter|rain|change|changed|get|got|take|taken|happen|happened|help|need|needed|work|worked|last|lasted|mean|meant)\\b)\\p{Ll}{3,})\\b`,
  'u',
);

/** "Its members walked out", "Its experts were at the site": a body's people acting, opening a clause. */
const ITS_PEOPLE_ACT = new RegExp(
  String.raw`^[Ii]ts\s+(?:[\p{Ll}-]+\s+){0,2}?(?:members|experts|workers|staff|employees|engineers|inspectors|negotiators|delegation|board|lawyers|officers|crews?|ships|boats|trucks|troops|guards|police|pilots|drivers)\s+(?:\p{Ll}+ly\s+)?(?!(?:concluded|found|estimated|reported|stated|argued|claimed|noted|warned|${SPEECH_VERBS})\b)(?:were|was|have|has|had|will|would|\p{Ll}+ed|${IRREGULAR_PAST_ACTS})\b`,
  'u',
);

/**
 * "Yet it closed the crossing": "it" acting is the body or country the sentence named first before
 * it, else the one the previous sentence named first (its subject); a capital brings its country,
 * which leads (a capital acting stands for its government, as in event-actors.ts).
 */
export function itSubject(an: Analysis, sentence: number, clause: string): string[] {
  const s = an.sentences[sentence];
  const opening = clause.trimStart();
  const rest = withoutLeadingTime(opening);
  // ("Its members walked out on February 3": the body's own people act, opening the clause.)
  const its = ITS_PEOPLE_ACT.test(rest) ? { index: clause.length - rest.length } : null;
  const itActs = IT_ACTS.exec(clause);
  const it = itActs ?? its;
  if (!s || !it) return [];
  const at = s.start + s.text.indexOf(clause) + it.index;
  // (A body's people are a body's, never a country's, a place's or a capital's: "Moscow pressured the
  // OSCE mission. Its inspectors were denied access …" is the OSCE's.)
  const kindFits = (kind: string | undefined) => (itActs ? kind !== 'person' : kind === 'organization');
  const notPerson = (m: (typeof an.table.mentions)[number]) =>
    m.actors.length === 1 &&
    m.via !== 'group' && // "officials like to recall …": people speaking, never "it"
    kindFits(an.table.actors.get(m.actors[0] ?? '')?.kind) &&
    !insideCitation(an, m.start, m.end);
  const first =
    an.table.mentions.find((m) => m.sentence === sentence && m.end <= at && notPerson(m)) ??
    an.table.mentions.find((m) => m.sentence === sentence - 1 && notPerson(m));
  const key = first?.actors[0];
  if (!key) return [];
  const country = an.table.actors.get(key)?.capitalOf;
  return country ? [country, key] : [key];
}
