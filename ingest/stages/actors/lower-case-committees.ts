// A parliament's committee printed in lower case: "the Khural’s committee on fisheries", "the Senate
// committee on farm policy", "whose committee on trade and industry"; and a commission governments
// share: "the intergovernmental commission on water and energy". The capitalised-phrase finder
// never sees it, so it is found here with its owner and its field.
import { IRREGULAR_PAST_ACTS, ORG_HEADS } from '../../language/lexicon.js';
import { FULL_MONTH_PATTERN, WEEKDAY_PATTERN } from '../../language/months.js';

/** Words that end a lower-case field: auxiliaries, conjunctions, prepositions, past tenses (a regex part). */
export const FIELD_END_WORDS = `could|would|will|can|may|might|must|should|has|had|have|is|was|were|are|did|does|and|or|to|in|at|for|that|which|met|said|says|told|tells|heard|found|${IRREGULAR_PAST_ACTS}|\\p{Ll}+ed`;

/** A committee's field ends at those words and at an article. */
const STOP = `(?:${FIELD_END_WORDS}|the|a|an)\\b`;

/**
 * A field opens with an optional article and a place's name ("on the Verkhny Brod crossing"), then a
 * lower-case word that is no article ("the" alone is no field).
 */
const FIELD_START = `(?:the )?(?:(?!(?:${WEEKDAY_PATTERN}|${FULL_MONTH_PATTERN})\\b)\\p{Lu}[\\p{L}-]+ ){0,3}(?!${STOP})`;

/** "committee on the budget", "commission on farm policy", "committee on trade and industry". */
const COMMITTEE = `(?:\\p{Ll}+ ){0,2}(?:committee|commission) on ${FIELD_START}\\p{Ll}+(?: (?!${STOP})\\p{Ll}+)?(?: and (?!${STOP})\\p{Ll}+)?`;

/**
 * The owner before the committee: a body's possessive ("the Khural’s"), a body's name used as an
 * adjective ("the Senate"), or "whose" after a body ("the Assembly, whose committee on …").
 */
const OWNED_COMMITTEE = new RegExp(
  `(?:(?!The\\b)(\\p{Lu}[\\p{L}-]*(?: \\p{Lu}[\\p{L}-]*)?)['’]s |\\b[Tt]he (\\p{Lu}[\\p{L}-]*(?: \\p{Lu}[\\p{L}-]*)?) |\\bwhose )(${COMMITTEE})(?![\\p{L}-])`,
  'gu',
);

/** "the economic committee of parliament": a committee named for its parliament after "of". */
const COMMITTEE_OF_PARLIAMENT =
  /\b[Tt]he ((?:\p{Ll}+ ){0,2}(?:committee|commission) of parliament)(?![\p{L}-])/gu;

/**
 * "the intergovernmental commission on water and energy", "a joint committee on border issues": a
 * commission two governments (or ministries) sit on, named by its kind and field with no owner.
 */
const SHARED_COMMISSION = new RegExp(
  `\\b(?:[Tt]he|[Aa]n?) ((?:intergovernmental|inter-governmental|interstate|joint|bilateral|trilateral|tripartite|interagency|interdepartmental) (?:\\p{Ll}+ )?(?:committee|commission) on ${FIELD_START}\\p{Ll}+(?: (?!${STOP})\\p{Ll}+)?(?: and (?!${STOP})\\p{Ll}+(?: (?!${STOP})\\p{Ll}+)?)?)(?![\\p{L}-])`,
  'gu',
);

export interface LowerCaseCommittee {
  name: string;
  /** The committee with its owner's name before it ("Senate committee on …"), when the text gives one. */
  alias?: string;
  start: number;
}

/** A capitalised owner that is a body: its last word is a body's head ("the Jogorku Kenesh"). */
const bodyOwner = (owner: string) => ORG_HEADS.has(owner.split(' ').at(-1) ?? '');

/** The lower-case committees of a text (see the module comment). */
export function lowerCaseCommittees(text: string): LowerCaseCommittee[] {
  const out: LowerCaseCommittee[] = [];
  for (const m of text.matchAll(COMMITTEE_OF_PARLIAMENT)) {
    const name = m[1] ?? '';
    out.push({ name, start: m.index + m[0].length - name.length });
  }
  for (const m of text.matchAll(SHARED_COMMISSION)) {
    const name = m[1] ?? '';
    out.push({ name, start: m.index + m[0].length - name.length });
  }
  for (const m of text.matchAll(OWNED_COMMITTEE)) {
    const [possessor, adjective, committee = ''] = [m[1], m[2], m[3]];
    const start = m.index + m[0].length - committee.length;
    const owner = possessor ?? adjective;
    if (owner !== undefined && !bodyOwner(owner)) continue;
    // ("the Senate committee on farm policy": the body's name is part of the committee's; "the
    // Khural’s committee on fisheries" is the committee, also written with its owner's name before it.)
    if (adjective !== undefined) out.push({ name: `${adjective} ${committee}`, start: m.index + 4 });
    else out.push({ name: committee, start, ...(possessor ? { alias: `${possessor} ${committee}` } : {}) });
  }
  return out;
}
