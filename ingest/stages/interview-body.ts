// The body an interviewee speaks for. An interview's introduction names it by its kind and then its
// name ("the farmers' movement Dalbyr", "her agency, Selvan-Tour") and ties the interviewee to it
// ("has chaired the Ostrov Depositors Union since 2004"): the answers' "we" and "our" stand for that body.
import type { Analysis } from '../analysis.js';
import { ROLE_NOUNS } from '../language/lexicon.js';
import type { ActorTable, Mention } from './actors.js';
import { BODY_NOUN } from './named-bodies.js';
import { isTurn, type Paragraph, type Sentence, type TurnLabels } from './segment.js';

/** An interview's introduction: the sentences before its first question (none for other articles). */
export function introductionOf(
  paragraphs: readonly Paragraph[],
  sentences: readonly Sentence[],
  turns: TurnLabels | undefined,
): Sentence[] {
  const first = turns ? paragraphs.find((p) => isTurn(p.text, turns, 'question')) : undefined;
  return first ? sentences.filter((s) => s.paragraph < first.index) : [];
}

// "has chaired X", "chairs X", "runs X", "was elected to lead X": the body the interviewee heads now;
// "ran X", "coordinated the campaign of X": one headed before; "his firm, X": one that is the
// interviewee's.
const HEADS_NOW =
  /\b(?:(?:has|have) (?:since |long |also )?(?:chaired|headed|run|led|edited|directed|managed|coordinated)|chairs|heads|runs|leads|edits|directs|manages|to (?:lead|head|chair|run|edit|direct|manage))\b(?: [^.;,()]{0,40})?$/;
const HEADED =
  /\b(?:chaired|headed|ran|led|edited|directed|managed|coordinated|founded)\b(?: [^.;,()]{0,40})?$/;
const OWN = new RegExp(String.raw`\b(?:[Hh]is|[Hh]er) (?:[\p{Ll}-]+ ){0,2}(?:${BODY_NOUN}), $`, 'u');

/**
 * The body the introduction ties the interviewee to: the one a sentence about the interviewee says
 * the interviewee heads now, else the interviewee's own ("his firm, X"), else one headed before.
 */
export function bodySpokenFor(
  text: string,
  introduction: readonly Sentence[],
  table: ActorTable,
  person: string,
): string | undefined {
  const about = (s: Sentence) =>
    table.mentions.some((m) => m.sentence === s.index && m.actors.includes(person)) ||
    /\b(?:[Hh]e|[Ss]he)\b/.test(s.text);
  const bodies: Mention[] = table.mentions.filter((m) => {
    const kind = table.actors.get(m.actors[0] ?? '')?.kind;
    return (
      m.actors.length === 1 &&
      (kind === 'organization' || kind === 'media') &&
      introduction.some((s) => s.index === m.sentence)
    );
  });
  const before = (m: Mention) => {
    const s = introduction.find((x) => x.index === m.sentence);
    return text.slice(Math.max(s?.start ?? 0, m.start - 80), m.start);
  };
  // ("his firm, X" says whose it is; a verb of heading needs the interviewee for its subject.)
  const tied = (m: Mention) => introduction.some((s) => s.index === m.sentence && about(s));
  for (const cue of [HEADS_NOW, OWN, HEADED]) {
    const found = bodies.find((m) => cue.test(before(m)) && (cue === OWN || tied(m)));
    if (found) return found.actors[0];
  }
  return undefined;
}

/**
 * The organisation an interviewee's "we" and "our" stand for: the place a local head runs ("akim of
 * the Ostrov district", "mayor of Varsk"), else the body the introduction ties the interviewee
 * to, else the first body named where the interviewee is introduced.
 */
export function organisationOf(an: Analysis, person: string): string | undefined {
  const introduced = an.table.mentions.find((m) => m.actors.length === 1 && m.actors[0] === person);
  const inIntroduction = an.table.mentions.filter(
    (m) => m.sentence === introduced?.sentence && m.actors.length === 1,
  );
  const headOf = inIntroduction.find((m) =>
    new RegExp(`\\b(?:${ROLE_NOUNS}|akim|hakim|administrator) of (?:the )?$`).test(
      an.text.slice(Math.max(0, m.start - 30), m.start),
    ),
  );
  const introduction = introductionOf(an.paragraphs, an.sentences, an.turns);
  return (
    headOf?.actors[0] ??
    bodySpokenFor(an.text, introduction, an.table, person) ??
    inIntroduction.find((m) => {
      const kind = an.table.actors.get(m.actors[0] ?? '')?.kind;
      return kind === 'organization' || kind === 'media';
    })?.actors[0]
  );
}
