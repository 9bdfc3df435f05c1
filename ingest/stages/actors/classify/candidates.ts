// A phrase being classified and the candidates found in it: a name added by its words, and the
// bodies a body's name points to (the country it belongs to, the body a unit is part of).
import type { ActorKind } from '../../../../src/dataset/schema.js';
import { ORG_HEADS } from '../../../language/lexicon.js';
import { GAZETTEER } from '../../gazetteer.js';
import type { NamePhrase } from '../../names.js';
import type { Sentence } from '../../segment.js';

/** The heads of a body's units: "Department of …", "Press Service of …", "Committee on X of …". */
const SUBUNIT_HEADS = new Set(
  'Department Service Directorate Division Section Committee Commission Delegation Mission Secretariat'.split(
    ' ',
  ),
);

/** A name found in a phrase, with the kind and role the phrase's own words give it. */
export interface Candidate {
  phrase: NamePhrase;
  name: string;
  kind?: ActorKind;
  strength: 'strong' | 'weak' | 'none';
  role?: string;
  /** Offsets of the actor's name part inside the phrase. */
  start: number;
  end: number;
}

/** The phrase being classified, its words, and the candidates found in it so far. */
export interface PhraseAtHand {
  readonly text: string;
  readonly sentence: Sentence;
  readonly phrase: NamePhrase;
  readonly tokens: NamePhrase['tokens'];
  readonly words: readonly string[];
  readonly found: Candidate[];
}

/** Add the words from `from` up to (not including) `to` as a candidate. */
export function addCandidate(
  p: PhraseAtHand,
  from: number,
  to: number,
  kind?: ActorKind,
  strength: Candidate['strength'] = 'none',
  role?: string,
): void {
  const { text, phrase, tokens } = p;
  const first = tokens[from];
  const last = tokens[to - 1];
  if (!first || !last) return;
  p.found.push({
    phrase,
    name: text.slice(first.start, last.end),
    ...(kind ? { kind } : {}),
    strength,
    ...(role ? { role } : {}),
    start: first.start,
    end: last.end,
  });
}

/**
 * "Security Service of Ukraine", "National Assembly of Armenia": the country a body (its first
 * `to` words) belongs to is an actor of the article too.
 */
export function addCountryOfBody(p: PhraseAtHand, to: number): void {
  const { text, tokens } = p;
  const last = tokens[to - 1];
  const before = tokens[to - 2];
  if (!last || !before) return;
  const known = GAZETTEER.get(last.text);
  if (
    known?.kind === 'country' &&
    !known.demonym &&
    /^ of (?:the )?$/.test(text.slice(before.end, last.start))
  )
    addCandidate(p, to - 1, to, 'country', 'strong');
}

/**
 * "the Press Service of the Ministry of Foreign Affairs", "the Investigative Department of the
 * Prosecutor-General's Office": the body a unit (the first `to` words) belongs to is an actor of the
 * article too.
 */
export function addParentOfUnit(p: PhraseAtHand, to: number): void {
  const { text, tokens, words } = p;
  const of = tokens.findIndex(
    (t, i) => i > 0 && i < to && text.slice(tokens[i - 1]?.end ?? 0, t.start) === ' of the ',
  );
  const unit = words.slice(0, Math.max(0, of)).some((w) => SUBUNIT_HEADS.has(w));
  if (unit && words.slice(of, to).some((w) => ORG_HEADS.has(w)))
    addCandidate(p, of, to, 'organization', 'strong');
}

/** A unit that only speaks or works for its body: its press service, a department, a delegation. */
const SERVANT_UNIT = /^(?:\p{Lu}\p{Ll}+ )*(?:Department|Press Service|Delegation)$/u;

/**
 * "the Press Service of Russian Railways said", "the Investigative Department of the Prosecutor's
 * Office": a body's servant unit is drafted as the body it belongs to (the first `to` words being
 * the unit and its body). True when that added the body.
 */
export function addBodyOfServantUnit(p: PhraseAtHand, to: number): boolean {
  const { text, tokens, words } = p;
  const of = tokens.findIndex(
    (t, i) => i > 0 && i < to && /^ of (?:the )?$/.test(text.slice(tokens[i - 1]?.end ?? 0, t.start)),
  );
  if (of < 1 || !SERVANT_UNIT.test(words.slice(0, of).join(' '))) return false;
  if (!words.slice(of, to).some((w) => ORG_HEADS.has(w))) return false;
  addCandidate(p, of, to, 'organization', 'strong');
  return true;
}
