// Who answers an interview's questions, and whom the introduction is about when someone else answers.
import { nameKey } from '../../../src/search/fold.js';
import type { Analysis } from '../../analysis.js';
import { WOMANS_SURNAME_ENDING, nameGender, pronounGender } from '../../language/gender.js';
import type { Mention } from '../actors.js';
import { isTurn, type Paragraph, type Sentence } from '../segment.js';
import { LOOSE_CREDIT, SPOKE_TO_CREDIT } from './credit-patterns.js';

/**
 * An introduction that hands over to the interviewee: "Below, X answers our questions", "X … spoke
 * to EDM about the offer", "answered EDM's questions", "agreed to answer our questions", "X gave an
 * interview to EDM" (not "told the newspaper Dorestan Times", another outlet, nor "refused to answer
 * the questions of deputies").
 */
const HANDS_OVER =
  /\b(?:answers|answered|agreed to answer|spoke to us|talked to us|spoke to|talked to|spoke with|talked with) (?:(?:our|my|the|this) |EDM['’]s )?(?:questions|newspaper|weekly|magazine|journal|us|EDM|Eurasia Daily Monitor|(?:the )?Jamestown(?: Foundation)?)\b(?! \p{Lu})|\b(?:told|(?:gave|granted) (?:an )?interview to|in an interview with) (?:EDM|Eurasia Daily Monitor|(?:the )?Jamestown(?: Foundation)?)\b/u;

// How an introduction's last sentence hands over ("Below, …", "In the interview below, …") and the
// verb it hands over with ("talks", "answers", "explains").
const HAND_OVER_LEAD = String.raw`^(?:Below|Here|In the (?:following )?interview(?: below)?|In this interview),? `;
const HAND_OVER_VERB = String.raw` (?:talks|speaks|answers|discusses|describes|explains|recalls|reflects|looks back|tells)\b`;

/**
 * An introduction's last words that hand over to the interviewee by name: "Below, Valiukėnas talks
 * about the fire …", "In the interview below, X explains why".
 */
const HANDS_OVER_BY_NAME = new RegExp(
  `${HAND_OVER_LEAD}(?<name>\\p{Lu}[\\p{L}’'-]+(?: \\p{Lu}[\\p{L}’'-]+){0,2})${HAND_OVER_VERB}`,
  'u',
);

/** A hand-over by pronoun: "Below, he answers questions about …", "In the interview below, she talks about". */
const HANDS_OVER_BY_PRONOUN = new RegExp(`${HAND_OVER_LEAD}(he|she)${HAND_OVER_VERB}`);

/** The persons named, in reading order, by the mentions `where` keeps that each name one actor. */
function personsNamed(an: Analysis, where: (m: Mention) => boolean): string[] {
  return an.table.mentions.flatMap((m) => {
    const key = m.actors.length === 1 ? m.actors[0] : undefined;
    return key !== undefined && where(m) && an.table.actors.get(key)?.kind === 'person' ? [key] : [];
  });
}

/**
 * The first person a sentence names, if any, outside a relative clause, whose name does not contradict
 * the pronoun's gender ("… for Prosecutor Vesna Koritarova questioned Petrakiev …. Below, he answers").
 */
function firstPersonIn(an: Analysis, sentence: number, pronoun: string): string | undefined {
  const s = an.sentences[sentence];
  const outsideRelative = (m: Mention) =>
    !/\b(?:that|which|who|whom|whose)\b/.test(an.text.slice(s?.start ?? 0, m.start));
  // (Only a given name or a woman's surname ending says so: "-ski" and "-in" are a woman's too in
  // "Barbara Mikulski".)
  const gender = pronounGender(pronoun);
  const fits = (key: string) => {
    const words = (an.table.actors.get(key)?.name ?? '').split(' ');
    const given = words.length > 1 ? nameGender(words[0] ?? '') : undefined;
    const womans = words.length > 1 && WOMANS_SURNAME_ENDING.test(words.at(-1) ?? '');
    const named = given ?? (womans ? 'female' : undefined);
    return !gender || !named || named === gender;
  };
  return personsNamed(an, (m) => m.sentence === sentence && outsideRelative(m)).find(fits);
}

/** The name an introduction hands over to ("Below, Valiukėnas talks about …"), if it does. */
export function handOverName(introduction: readonly Sentence[]): string | undefined {
  for (const s of introduction) {
    const name = HANDS_OVER_BY_NAME.exec(s.text)?.groups?.name;
    if (name) return name;
  }
  return undefined;
}

/** The first question's paragraph, when the article is an interview. */
export function firstQuestionOf(an: Analysis): Paragraph | undefined {
  const turns = an.turns;
  return turns ? an.paragraphs.find((p) => isTurn(p.text, turns, 'question')) : undefined;
}

/**
 * Who answers: the person whose name labels the answers ("Halangiu: …"), else the person the
 * credit line says spoke to the interviewer, or the one person both it and the introduction name,
 * else the one the introduction hands over to ("His lawyer, X, answered our questions"), else the first it names.
 * The introduction is often about someone else (the defendant, not the lawyer who answers).
 */
export function intervieweeOf(an: Analysis, firstQuestion: number): string | undefined {
  // (A person the article names: "Below, the former chairman answers questions" hands over to the
  // introduction's man, not to an unnamed "former chairman".)
  const personIn = (sentence: number, before: number) =>
    personsNamed(an, (m) => m.sentence === sentence && m.start < before)
      .filter((key) => !key.startsWith('unnamed:'))
      .at(-1);
  const labelled = labelledPerson(an);
  if (labelled) return labelled;
  const credit = an.citations.find((c) => c.credit);
  const creditSentence = credit ? an.sentences[credit.sentence] : undefined;
  const spoke = creditSentence
    ? (SPOKE_TO_CREDIT.exec(creditSentence.text) ?? LOOSE_CREDIT.exec(creditSentence.text))
    : null;
  const subject = spoke?.groups?.subject;
  // "Y interviewed X …" says who answered; "X spoke to Y" may be told either way round.
  const subjectAt = (s: Sentence) => {
    if (!spoke || !subject) return undefined;
    const end = s.start + spoke.index + spoke[0].indexOf(subject) + subject.length;
    return personIn(s.index, end + 1);
  };
  const interviewed = !!spoke && /\binterviewed\b/.test(spoke[0]);
  if (creditSentence && interviewed) {
    const named = subjectAt(creditSentence);
    if (named) return named;
  }
  // "Tamar Gvazava talked to Dr. Ushveli at the camp …", "Lala Sultanli spoke to Teymur Huseynzade …":
  // either may be the subject, so of the persons the credit line names, the one the introduction
  // names too (the interviewer is named only there); else the one who "spoke to" the interviewer.
  if (creditSentence) {
    const introduced = new Set(personsBefore(an, firstQuestion));
    // (Not a word after "in": "conducted by Y in Tessarin" names where, whatever the table took it for.)
    const credited = new Set(
      personsNamed(
        an,
        (m) =>
          m.sentence === creditSentence.index &&
          !/\b(?:in|at|from)\s$/.test(an.text.slice(m.start - 5, m.start)),
      ),
    );
    const both = [...credited].filter((key) => introduced.has(key));
    if (both.length === 1) return both[0];
  }
  if (creditSentence) {
    const named = subjectAt(creditSentence);
    if (named) return named;
  }
  for (const s of an.sentences) {
    if ((an.sentences[s.index]?.paragraph ?? Infinity) >= firstQuestion) break;
    // "We put one question to Marta Sellin, who leads …", "EDM spoke to X": the person the questions
    // were put to.
    const put =
      /\b(?:put|addressed) (?:one|a|our|this|these|two|three) questions? to |\b(?:EDM|Eurasia Daily Monitor|[Ww]e) (?:(?:spoke|talked) (?:to|with)|asked|interviewed) /.exec(
        s.text,
      );
    if (put) {
      const at = s.start + put.index + put[0].length;
      // (The person the words name next, after a title at most: not "We asked the ministry whether
      // Deputy Minister X had approved …".)
      const next = an.table.mentions.find(
        (m) => m.sentence === s.index && m.start >= at && m.actors.length === 1,
      );
      const to =
        next && an.table.actors.get(next.actors[0] ?? '')?.kind === 'person' ? next.actors[0] : undefined;
      if (to && /^(?:(?:\p{Lu}[\p{L}’'-]*|of|the) )*$/u.test(an.text.slice(at, next?.start))) return to;
    }
    const hand = HANDS_OVER.exec(s.text);
    const handedAt = hand?.index ?? HANDS_OVER_BY_NAME.exec(s.text)?.[0].length;
    const who = handedAt !== undefined ? personIn(s.index, s.start + handedAt) : undefined;
    if (who) return who;
    // "Aptsiauri … says that his client … . Below, he answers questions": the pronoun is the
    // previous sentence's subject, the first person it names (not one inside a relative clause:
    // "Her school … must teach … under the amendments that President X signed. Below, she talks …").
    // ("X, a retired general, … . He is now a researcher at … . Below, he discusses …": back over the
    // sentences the same pronoun or quoted words open, to the one that names him.)
    const pronoun = HANDS_OVER_BY_PRONOUN.exec(s.text)?.[1];
    for (let i = s.index - 1; pronoun && an.sentences[i]?.paragraph === s.paragraph; i--) {
      const subject = firstPersonIn(an, i, pronoun);
      if (subject) return subject;
      // (Or over quoted words: "“I am running so that …” (24 Saati, December 10).")
      if (!new RegExp(`^(?:${pronoun}\\b|[“"])`, 'i').test(an.sentences[i]?.text ?? '')) break;
    }
  }
  return firstPersonBefore(an, firstQuestion);
}

/** Whether an actor's name or one of its printed forms holds every word of `label` ("Halangiu"). */
export function bearsName(
  actor: { name: string; forms: ReadonlyMap<string, number> },
  label: string,
): boolean {
  const words = [actor.name, ...actor.forms.keys()].flatMap((form) => nameKey(form).split(' '));
  return nameKey(label)
    .split(' ')
    .every((w) => words.includes(w));
}

/** The person an answer label names ("Halangiu:"), when the answers carry a name, not "A:". */
function labelledPerson(an: Analysis): string | undefined {
  const label = an.turns?.answer;
  if (!label || label === 'A') return undefined;
  for (const actor of an.table.actors.values())
    if (actor.kind === 'person' && bearsName(actor, label)) return actor.key;
  return undefined;
}

/**
 * Whom an interviewee's "my client" means: the person the introduction is about, when someone else
 * (the lawyer) answers. Undefined when the article is no interview or the two are one.
 */
export function interviewSubject(an: Analysis): string | undefined {
  const firstQuestion = firstQuestionOf(an);
  if (!firstQuestion) return undefined;
  const subject = mostMentionedPerson(an, firstQuestion.index);
  return subject !== intervieweeOf(an, firstQuestion.index) ? subject : undefined;
}

/**
 * The first person the introduction names: with no cue, its interviewee ("X has represented Y since
 * …"), more often than the person it names most, who is often the one the interview is about (on our
 * 33 interviews with every cue ignored, quotations .95 / .92 against .93 / .89).
 */
function firstPersonBefore(an: Analysis, beforeParagraph: number): string | undefined {
  return personsBefore(an, beforeParagraph)[0];
}

/** The persons the paragraphs before `beforeParagraph` (the introduction) name, a mention each. */
function personsBefore(an: Analysis, beforeParagraph: number): string[] {
  return personsNamed(an, (m) => (an.sentences[m.sentence]?.paragraph ?? Infinity) < beforeParagraph);
}

/** The person named most often before the first question (the introduction is about them). */
function mostMentionedPerson(an: Analysis, beforeParagraph: number): string | undefined {
  const counts = new Map<string, number>();
  for (const key of personsBefore(an, beforeParagraph)) counts.set(key, (counts.get(key) ?? 0) + 1);
  let best: string | undefined;
  for (const [key, n] of counts) if (best === undefined || n > (counts.get(best) ?? 0)) best = key;
  return best;
}
