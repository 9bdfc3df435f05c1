// Interviews printed as questions and answers ("Q: …" / "A: …", or the voices' own labels, "PO: …" /
// "Halangiu: …"): each answer is one quotation of the interviewee, though no quotation mark is
// printed. The interviewee is the person the introduction is about; the closing credit line ("The
// interview was conducted by X in Y on May 10, 2011, and published in the May 21 issue of Z", "… and
// first published in Z on May 21") is the source of every answer, names the interviewer, and dates
// the answers.
import type { DateSpec } from '../../src/dataset/schema.js';
import type { Analysis } from '../analysis.js';
import type { QuotationDraft } from './quotations.js';
import { isAnyTurn, isTurn, turnText, type Paragraph, type Sentence, type TurnLabels } from './segment.js';
import { nameKey } from '../../src/search/fold.js';
import { TITLE_WORDS } from '../language/lexicon.js';
import { actorKey } from '../language/words.js';
import { findDates } from './dates.js';
import { demonymHits } from './event-actors.js';
import { organisationOf } from './interview-body.js';
import type { Citation } from './sources.js';

// An outlet's name, up to four capitalised words; a dot or a slash may stand inside a word
// ("Ferghana.ru", "RFE/RL", "Civil.ge"); a number may open it ("24 Saati", "5 Kanal").
const OUTLET = String.raw`(?:\p{N}{1,3} )?\p{Lu}[\p{L}\p{N}'’-]*(?:[./][\p{L}\p{N}]+)*(?: \p{Lu}[\p{L}\p{N}'’-]*){0,3}`;
// What the credit line may call the outlet first: "the weekly W", "the Lithuanian weekly W".
const KIND_OF_OUTLET = String.raw`(?:(?:\p{Lu}\p{L}+ )?(?:weekly|daily|monthly|magazine|newspaper|journal|paper|channel|station|agency|website) )?`;
const CREDIT = new RegExp(
  String.raw`^(?:The|This) interview was (?:conducted|recorded|held|given)\b(?: by (?<author>\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2}))?(?: in (?<place>\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?))?.*?\b(?:published|broadcast|printed|aired|appeared) (?:in|on|by) (?:the )?(?:(?<when>[\p{Lu}][\p{L}]+ \d{1,2}(?:, \d{4})?) (?:issue|edition|broadcast) of )?(?:the )?${KIND_OF_OUTLET}(?<outlet>${OUTLET})(?: on (?<when2>\p{Lu}\p{L}+ \d{1,2}(?:, \d{4})?))?`,
  'u',
);
/**
 * The credit line told the other way round: "X spoke to Y in Z on May 10, 2011; the interview first
 * appeared in the W on May 14". X is the interviewee, Y the interviewer (the author).
 */
const SPOKE_TO_CREDIT = new RegExp(
  String.raw`^(?<subject>\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2}) (?:spoke|talked) (?:to|with) (?<author>\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2})(?: in (?<place>\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?))?[^;]*[;,] (?:and )?the interview (?:first )?(?:appeared|was (?:first )?(?:published|printed|broadcast)|ran) (?:in|on|by) (?:the )?(?<outlet>${OUTLET})(?: on (?<when>\p{Lu}\p{L}+ \d{1,2}(?:, \d{4})?))?`,
  'u',
);
/**
 * Other credit lines: "This interview first appeared in the W on May 14", "The interview was first
 * published in the W …", "Y interviewed X in Z on May 10 for the W, which published it on May 14".
 */
const LOOSE_CREDIT = new RegExp(
  String.raw`^(?:(?<author>\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2}) interviewed (?<subject>\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2})(?: in (?<place>\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?))?[^;]*? for (?:the )?(?<outlet2>${OUTLET}), which (?:published|printed|broadcast|aired|ran) (?:it|the interview)(?: on (?<when2>\p{Lu}\p{L}+ \d{1,2}(?:, \d{4})?))?|(?:The|This) interview (?:was )?(?:first )?(?:appeared|published|printed|broadcast|aired|ran) (?:first )?(?:in|on|by) (?:the )?(?<outlet>${OUTLET})(?: on (?<when>\p{Lu}\p{L}+ \d{1,2}(?:, \d{4})?))?)`,
  'u',
);

/**
 * Any credit line that names the outlet in a closing "for W, which published it": "This interview,
 * translated from Ruthenian, was conducted by Y in Z on May 10 for the Courier, which published it
 * on May 14", "X spoke to Y in Z on May 10, 2011, for the weekly W, which published the interview in
 * its issue no. 19 on May 17". The interviewer is taken only from "by Y".
 */
const FOR_OUTLET_CREDIT = new RegExp(
  String.raw`^(?:.*?\bby (?<author>\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2}))?(?:.*?\bin (?<place>\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?) on )?.*?\b(?:for|of) (?:the )?${KIND_OF_OUTLET}(?<outlet>${OUTLET}), which (?:published|printed|broadcast|aired|ran) (?:it|the (?:interview|talk|conversation)|an? (?:\p{Ll}+ )?version)\b(?:(?:[^.;]|\bno\. (?<number>\d+))*? (?:on|in its) (?<when>\p{Lu}\p{L}+ \d{1,2}(?:, \d{4})?))?`,
  'u',
);

/**
 * A credit line that opens with the outlet's own reporter: "Steppe Herald correspondent Marat Omarov
 * spoke to X in Taraz on Monday, March 20, 2009", "Lisk Courier reporter Y interviewed X on May 6".
 */
const CORRESPONDENT_CREDIT = new RegExp(
  String.raw`^(?:The )?(?<outlet>${OUTLET}) (?:correspondent|reporter|journalist) (?<author>\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2}) (?:spoke (?:to|with)|talked (?:to|with)|interviewed) \p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2}(?: in (?<place>\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?))?(?: on (?<when>(?:\p{Lu}\p{L}+, )?\p{Lu}\p{L}+ \d{1,2}(?:, \d{4})?))?`,
  'u',
);

/** An introduction that hands over to the interviewee: "Below, X answers our questions." */
const HANDS_OVER =
  /\b(?:answers|answered|spoke to us|talked to us|spoke to|talked to) (?:our|my|the|this)?\s?(?:questions|newspaper|weekly|magazine|journal|us)\b/;

/** The paragraphs that are an interview's answers (none when the article is not an interview). */
export function answerParagraphs(paragraphs: readonly Paragraph[], turns?: TurnLabels): Set<number> {
  if (!turns) return new Set();
  return new Set(paragraphs.filter((p) => isTurn(p.text, turns, 'answer')).map((p) => p.index));
}

/** The first question's paragraph, when the article is an interview. */
function firstQuestionOf(an: Analysis): Paragraph | undefined {
  const turns = an.turns;
  return turns ? an.paragraphs.find((p) => isTurn(p.text, turns, 'question')) : undefined;
}

/** The credit line as a source citation (an in-sentence one), when the article has one. */
export function findCreditLine(
  paragraphs: readonly Paragraph[],
  sentences: readonly Sentence[],
  turns: TurnLabels | undefined,
): Citation | undefined {
  if (!turns) return undefined;
  for (const s of [...sentences].reverse()) {
    if (isAnyTurn(paragraphs[s.paragraph]?.text ?? '', turns)) continue;
    const m =
      CREDIT.exec(s.text) ??
      SPOKE_TO_CREDIT.exec(s.text) ??
      LOOSE_CREDIT.exec(s.text) ??
      FOR_OUTLET_CREDIT.exec(s.text) ??
      CORRESPONDENT_CREDIT.exec(s.text);
    const outlet = m?.groups?.outlet ?? m?.groups?.outlet2;
    if (!m?.groups || !outlet) continue;
    const raw = s.text.replace(/[.\s]+$/, '');
    const when = m.groups.when ?? m.groups.when2;
    const date = when
      ? findDates(s.text, s.start).find(
          (d) =>
            d.text.startsWith(when.replace(/,.*/, '')) &&
            d.start - s.start > (m.index ?? 0) + m[0].indexOf(when) - 1,
        )
      : undefined;
    return {
      kind: 'in-sentence',
      raw,
      start: s.start,
      end: s.start + raw.length,
      spanStart: s.start,
      spanEnd: s.end,
      sentence: s.index,
      outlet,
      ...(m.groups.place ? { place: m.groups.place } : {}),
      ...(date ? { date } : {}),
      ...(m.groups.author ? { author: m.groups.author } : {}),
      ...(m.groups.number ? { number: m.groups.number } : {}),
      note: 'closing credit line of an interview: the source of every answer',
      credit: true,
    };
  }
  return undefined;
}

/** Each answer as a quotation of the interviewee, dated by the interview and cited to the credit line. */
export function buildAnswers(an: Analysis): QuotationDraft[] {
  const firstQuestion = firstQuestionOf(an);
  if (!firstQuestion) return [];
  const interviewee = intervieweeOf(an, firstQuestion.index);
  if (!interviewee) return [];
  const credit = an.citations.find((c) => c.credit);
  const date = credit ? interviewDate(an, credit) : undefined;
  const out: QuotationDraft[] = [];
  const answers = answerParagraphs(an.paragraphs, an.turns);
  for (const p of an.paragraphs) {
    if (!answers.has(p.index)) continue;
    const answer = turnText(p.text).trim();
    if (answer === '') continue;
    out.push({
      speaker: interviewee,
      text: answer,
      parts: [answer],
      ...(date ? { date } : {}),
      citations: credit ? [credit] : [],
      evidence: answer,
    });
  }
  return out;
}

export interface InterviewVoice {
  /** Paragraphs that are answers. */
  readonly answers: ReadonlySet<number>;
  /** The interviewee: "I", "me", "my" in an answer. */
  readonly person: string;
  /** The organisation the introduction ties the interviewee to ("has edited Ulgar Tany"): "we", "our". */
  readonly organisation?: string;
}

/** Who "I" and "we" are in an interview's answers, or undefined for an article that is not one. */
export function interviewVoice(an: Analysis): InterviewVoice | undefined {
  const firstQuestion = firstQuestionOf(an);
  if (!firstQuestion) return undefined;
  const person = intervieweeOf(an, firstQuestion.index);
  if (!person) return undefined;
  const answers = answerParagraphs(an.paragraphs, an.turns);
  const organisation = organisationOf(an, person);
  return { answers, person, ...(organisation ? { organisation } : {}) };
}

/**
 * Who answers: the person whose name labels the answers ("Halangiu: …"), else the person the
 * credit line says spoke to the interviewer, else the one the
 * introduction hands over to ("His lawyer, X, answered our questions"), else the one it names most.
 * The introduction is often about someone else (the defendant, not the lawyer who answers).
 */
function intervieweeOf(an: Analysis, firstQuestion: number): string | undefined {
  const personIn = (sentence: number, before: number) =>
    an.table.mentions
      .filter(
        (m) =>
          m.sentence === sentence &&
          m.start < before &&
          m.actors.length === 1 &&
          an.table.actors.get(m.actors[0] ?? '')?.kind === 'person',
      )
      .at(-1)?.actors[0];
  const labelled = labelledPerson(an);
  if (labelled) return labelled;
  const credit = an.citations.find((c) => c.credit);
  const creditSentence = credit ? an.sentences[credit.sentence] : undefined;
  const spoke = creditSentence
    ? (SPOKE_TO_CREDIT.exec(creditSentence.text) ?? LOOSE_CREDIT.exec(creditSentence.text))
    : null;
  const subject = spoke?.groups?.subject;
  if (creditSentence && spoke && subject) {
    const end = creditSentence.start + spoke.index + spoke[0].indexOf(subject) + subject.length;
    const named = personIn(creditSentence.index, end + 1);
    if (named) return named;
  }
  for (const s of an.sentences) {
    if ((an.sentences[s.index]?.paragraph ?? Infinity) >= firstQuestion) break;
    const hand = HANDS_OVER.exec(s.text);
    const who = hand ? personIn(s.index, s.start + hand.index) : undefined;
    if (who) return who;
  }
  return mostMentionedPerson(an, firstQuestion);
}

/**
 * "Kharebava: …" answers, and an introduction that opens "Nodar Kharebava served as …": a full name
 * at the start of a sentence is no sure name to the actor rules (its first word may be any word), but
 * an answer label that is a surname says whose it is. Drafts the interviewee under that full name,
 * with every mention, when no actor of the article bears the surname.
 */
export function addLabelledInterviewee(
  sentences: readonly Sentence[],
  table: Analysis['table'],
  turns: TurnLabels | undefined,
): void {
  const label = turns?.answer;
  // ("A" or initials name no one; a surname label holds only letters, so it needs no escaping below.)
  if (!label || !/^\p{Lu}\p{Ll}[\p{L}’'-]+$/u.test(label)) return;
  if ([...table.actors.values()].some((actor) => bearsName(actor, label))) return;
  const fullName = new RegExp(`(?<![\\p{L}])(?:\\p{Lu}[\\p{Ll}’'-]+ ){1,2}${label}(?![\\p{L}])`, 'gu');
  let name: string | undefined;
  let first = 0;
  for (const s of sentences) {
    for (const m of s.text.matchAll(fullName)) {
      // "President Kharebava": a title, not a first name.
      const words = m[0].split(' ').filter((w) => !TITLE_WORDS.has(w));
      if (words.length >= 2) {
        name = words.join(' ');
        first = s.index;
        break;
      }
    }
    if (name) break;
  }
  if (!name) return;
  const key = actorKey(name);
  if (table.actors.has(key)) return;
  const forms = new Map<string, number>();
  const person = {
    key,
    kind: 'person' as const,
    name,
    forms,
    evidenceSentence: first,
    aliases: new Set([label]),
  };
  table.actors.set(key, { ...person, kindCue: 'strong' });
  // Every full name, and the surname alone elsewhere (not the turn labels, which open no sentence text).
  const printed = new RegExp(`(?<![\\p{L}])(?:${name}|${label})(?![\\p{L}])`, 'gu');
  for (const s of sentences)
    for (const m of s.text.matchAll(printed)) {
      forms.set(m[0], (forms.get(m[0]) ?? 0) + 1);
      const start = s.start + m.index;
      table.mentions.push({
        start,
        end: start + m[0].length,
        text: m[0],
        sentence: s.index,
        actors: [key],
        via: m[0] === name ? 'name' : 'surname',
      });
    }
  table.mentions.sort((a, b) => a.start - b.start);
}

/** Whether an actor's name or one of its printed forms holds every word of `label` ("Halangiu"). */
function bearsName(actor: { name: string; forms: ReadonlyMap<string, number> }, label: string): boolean {
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

/** The person named most often before the first question (the introduction is about them). */
function mostMentionedPerson(an: Analysis, beforeParagraph: number): string | undefined {
  const counts = new Map<string, number>();
  for (const m of an.table.mentions) {
    if ((an.sentences[m.sentence]?.paragraph ?? Infinity) >= beforeParagraph || m.actors.length !== 1)
      continue;
    const key = m.actors[0] ?? '';
    if (an.table.actors.get(key)?.kind === 'person') counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  let best: string | undefined;
  for (const [key, n] of counts) if (best === undefined || n > (counts.get(best) ?? 0)) best = key;
  return best;
}

/** The first date printed in the credit line that is not the publication's: the day of the interview. */
function interviewDate(an: Analysis, credit: Citation): DateSpec | undefined {
  return an.dates.find(
    (d) => d.sentence === credit.sentence && d.spec && d.mention.start !== credit.date?.start,
  )?.spec;
}

/** Words of four letters or more that say nothing of what happened, nor when. */
const PLAIN_WORDS = new Set(
  `that this these those with from have has been were they them their there what when where which
   while would could should about after before into over than then also only some more most said says
   told tell will last next year years month months week weeks days later ago since until morning
   evening night again even still just very much many every each other another being does did done`.split(
    /\s+/,
  ),
);

/**
 * A sentence's lower-case words that may tell its happening, cut to four letters ("fined", "fine");
 * names are compared as actors, and months and days are the date itself.
 */
function contentStems(text: string): Set<string> {
  const words = text.match(/(?<![\p{L}’'-])\p{Ll}{4,}(?![\p{L}’'-])/gu) ?? [];
  return new Set(words.filter((w) => !PLAIN_WORDS.has(w)).map((w) => w.slice(0, 4)));
}

/** The actors a sentence names, by name or by its country's adjective. */
function actorsNamed(an: Analysis, sentence: number): Set<string> {
  const keys = an.table.mentions.filter((m) => m.sentence === sentence).flatMap((m) => m.actors);
  return new Set([...keys, ...demonymHits(an, sentence).map((h) => h.key)]);
}

/**
 * Whether an answer's sentence tells again the happening of a sentence of the introduction: an actor
 * named in both, or a word in common ("the court fined her", "the judge read out a fine").
 */
export function retells(an: Analysis, answer: number, told: number): boolean {
  const a = an.sentences[answer];
  const t = an.sentences[told];
  if (!a || !t) return false;
  const actors = actorsNamed(an, told);
  if ([...actorsNamed(an, answer)].some((k) => actors.has(k))) return true;
  const words = contentStems(t.text);
  return [...contentStems(a.text)].some((w) => words.has(w));
}
