// People placed by where they belong, as the speaker of a reporting verb: a member named right
// before their body ("Ivan Petrov of the Institute for Energy argues"), a body's unit named before it,
// and a person before a post the article does not name ("Mirbek Tokoev at the geology agency called").
import type { Analysis } from '../../analysis.js';
import type { SpeakerResolution } from '../speakers.js';
import { unitBefore } from '../speakers/mentions.js';
import { memberBefore } from './speaker-mentions.js';

/** A person's post without a name, between the person and the verb: " at the geology agency ". */
const UNNAMED_POST = /\s(?:at|of|from)\s(?:the|his|her)\s(?:\p{Ll}[\p{Ll}-]*\s){1,3}$/u;

/** What may come before a subject's first word: the sentence's start, a clause's, or an opening phrase's. */
const SUBJECT_OPENS = /(?:^|[,;:]\s|\b(?:and|but|then)\s)$/;

/**
 * The person named right before `lead`'s closing post ("Mirbek Tokoev at the geology agency "), as
 * the speaker of the verb at `verbAt`, when the name opens the clause's subject (not "A lawyer for X
 * at the court said", "Officials who met X at the ministry said"): a post in lower case names no
 * body that could speak instead. `sentenceStart`: where the verb's sentence starts.
 */
export function personBeforePost(
  an: Analysis,
  sentenceStart: number,
  verbAt: number,
  lead: string,
): SpeakerResolution | undefined {
  const post = UNNAMED_POST.exec(lead);
  if (!post) return undefined;
  const at = verbAt - lead.length + post.index;
  const person = an.table.mentions.find(
    (x) => x.end === at && x.actors.length === 1 && an.table.actors.get(x.actors[0] ?? '')?.kind === 'person',
  );
  if (!person || !SUBJECT_OPENS.test(an.text.slice(sentenceStart, person.start))) return undefined;
  return { actor: person.actors[0] ?? '', how: 'name' };
}

/**
 * "Ivan Petrov of the Institute for Energy in Moscow argues": the person named right before the body
 * whose mention ends last before `at`, if any; the body only says where they belong.
 */
export function memberOf(an: Analysis, body: string, at: number): string | undefined {
  const mention = lastMentionOf(an, body, at);
  return mention ? memberBefore(an, mention.start) : undefined;
}

/** "The Office for Free Elections (OFE) of the Concord … (CED) said": the body's unit named before it. */
export function unitOf(an: Analysis, body: string, at: number): string | undefined {
  const mention = lastMentionOf(an, body, at);
  return mention ? unitBefore(an.table, an.text, mention)?.actors[0] : undefined;
}

/** The body's mention ending last before `at`. */
function lastMentionOf(an: Analysis, body: string, at: number) {
  return an.table.mentions.filter((x) => x.actors[0] === body && x.start < at && x.end <= at + 1).at(-1);
}
