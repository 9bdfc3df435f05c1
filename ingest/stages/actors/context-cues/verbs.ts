// The verbs around the name: one speaks to a person; a speech verb or a person's verb after the
// name makes its subject a person, unless it speaks as "it"; an "it" that acts is noted for later.
import { isCommonGivenName } from '../../../language/gender.js';
import { APPOSITIVE_KINDS, ORG_HEADS, PLAIN_FULL_NAME, SPEECH_VERBS } from '../../../language/lexicon.js';
import { GAZETTEER } from '../../gazetteer.js';
import { vote, type Accumulated } from '../tally.js';
import type { Around, CueSite } from './site.js';
import { LOCATIVE } from './words-before.js';

/** Speech verbs that are not also plural nouns ("the five Caspian states", "his notes"). */
const UNAMBIGUOUS_SPEECH = SPEECH_VERBS.split('|')
  .filter(
    (v) =>
      !/^(?:states|notes|claims|comments|remarks|charges|answers|promises|pledges|vows|counters|urges)$/.test(
        v,
      ),
  )
  .join('|');
const SPEECH_AFTER = new RegExp(
  `^(?:[’']s)?,?\\s(?:has |had |have |also |then |later |himself |herself )?(?:${UNAMBIGUOUS_SPEECH}|described|called|indicated|expressed|reaffirmed|went on)\\b`,
);
/**
 * "Solomiya Barabash of the Black Sea Security Forum, a Kyiv think tank, argued": a plain full name of
 * a body, then a speech verb after the body (and an aside), speaks as one of its people.
 */
const MEMBER_SPEAKS = new RegExp(
  `^\\s(?:of|from|at) (?:the )?(?:\\p{Lu}[\\p{L}’'-]*\\s){0,5}(?:${[...ORG_HEADS].join('|')})(?:,[^,;.“”"]{1,60},)?\\s(?:has |had |also |then |later )?(?:${UNAMBIGUOUS_SPEECH})\\b`,
  'u',
);
/**
 * "Raul Khadjimba, now Bagapsh's running mate, had told supporters": a plain full name, an aside that
 * names no kind of body or place, then a speech verb speaks as a person. Captures the aside.
 */
const APPOSED_SPEAKS = new RegExp(
  `^,\\s([^,;.“”"()]{3,60}),\\s(?:has |had |have |also |then |later )?(?:${UNAMBIGUOUS_SPEECH})\\b`,
  'u',
);
/** A speaker that calls itself "it" is no person: "Lindau says it wants calm". */
const SPEAKS_AS_IT = new RegExp(`^\\s(?:${UNAMBIGUOUS_SPEECH}) (?:that )?it\\b`);
/** Verbs whose subject is a person: "X has edited Y since 2004", "X was elected". */
const PERSON_VERB_AFTER =
  /^,?\s(?:has |had |also )?(?:edited|edits|headed|heads|chaired|chairs|founded|co-founded|was born|was elected|was appointed|was sworn in|resigned)\b/;
/**
 * What only a body that sits does: "The National Veche passed the bill", "the Veche votes on …" (a
 * deputy rejects a bill or votes for or against it too).
 */
const LEGISLATES_AFTER =
  /^,?\s(?:has |had |also |then |finally |is to |was to )?(?:passed|passes|adopted|amended|debated)\s(?:the|a|an|its)\s(?:[\p{L}-]+\s){0,2}?(?:bill|law|amendments?|resolution|budget|motion)\b|^,?\s(?:votes|voted) (?:on|to) /u;
const ACTS_AS_IT = /^,?\s(?:has |had |also )?\p{Ll}+(?:ed|t|ought|ew|ook)\s(?:\p{Ll}+\s)?its\b/u;

/** A verb before or after the name; names whose subject is an "it" that acts are added to `actsAsIt`. */
export function voteFromVerbs(
  site: CueSite,
  a: Accumulated,
  { after, before }: Around,
  actsAsIt: Set<string>,
): void {
  const { candidate: c, name } = site;
  // "spoke to Mirela Stanič": one speaks to a person, unless the name says otherwise.
  if (c.kind === undefined && /\b(?:spoke|spoken|speaking|talked|talking|replied) to\s$/.test(before))
    vote(a, 'person', 'weak', 2);
  // After a preposition the name is no subject: "a court in Comrat had declared …". Nor when it ends a
  // relative clause the comma closes: "The EU, whose members buy the gas that crosses Dorestia, has said".
  if (
    (SPEECH_AFTER.test(after) || PERSON_VERB_AFTER.test(after)) &&
    !LOCATIVE.test(before) &&
    !SPEAKS_AS_IT.test(after) &&
    !(/^,/.test(after) && /\b(?:that|which|who|whom|whose)\b[^,;]*$/.test(before))
  )
    vote(a, 'person', 'weak', 3);
  // A plain full name with no kind yet: a speech verb after a body it belongs to, or after an aside.
  const plainFullName = c.kind === undefined && PLAIN_FULL_NAME.test(name) && name.includes(' ');
  if (plainFullName && MEMBER_SPEAKS.test(after)) vote(a, 'person', 'weak', 3);
  const aside = APPOSED_SPEAKS.exec(after)?.[1];
  if (
    plainFullName &&
    aside !== undefined &&
    !APPOSITIVE_KINDS.some(([kind]) => kind.test(aside)) &&
    // (not the end of a longer name, "Minister of … and Mineral Resources, who signed, told")
    !/^(?:who|which|whose|where|when)\b/.test(aside) &&
    !/\b(?:of|and|the|for)\s$/i.test(before) &&
    !SPEAKS_AS_IT.test(after.slice(aside.length + 3))
  )
    vote(a, 'person', 'weak', 3);
  if (
    c.kind === undefined &&
    LEGISLATES_AFTER.test(after) &&
    !LOCATIVE.test(before) &&
    !isCommonGivenName(name.split(' ')[0] ?? '')
  )
    vote(a, 'organization', 'strong');
  // (A subject that is an "it" and acts: counted once every cue is in, by gather.ts.)
  if (ACTS_AS_IT.test(after) && !GAZETTEER.has(name)) actsAsIt.add(name);
}
