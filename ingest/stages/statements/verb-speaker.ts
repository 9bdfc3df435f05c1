// The speaker of a reporting verb: a name or pronoun before it, a body by its noun, "the former", an
// interviewee's "I", a country's side or government, an unnamed group, the speaker of a verb
// coordinated with it, or the subject of the deed before it.
import type { Analysis } from '../../analysis.js';
import { interviewSubject, type InterviewVoice } from '../interview.js';
import { bodyAntecedent } from '../speakers/pronoun-antecedent.js';
import { IT_OPENS } from '../speakers/words.js';
import {
  bodyByNoun,
  formerOrLatter,
  personByRole,
  resolveSpeaker,
  sideSpeaker,
  type SpeakerResolution,
} from '../speakers.js';
import { BARE_GOVERNMENT, governmentCountry } from './government.js';
import { ASIDE_BEFORE, COORDINATED, STATE_CLAIM } from './reporting-verbs.js';
import { memberOf, personBeforePost, unitOf } from './placed-speaker.js';
import {
  appositiveSubject,
  deedSpeaker,
  memberBefore,
  mentionBefore,
  namedIn,
  personIn,
  stateIn,
} from './speaker-mentions.js';

/** "It " as the whole lead before a reporting verb. */
const IT_LEAD = new RegExp(`${IT_OPENS}$`, 'u');

/** Whom the words before a reporting verb name as its speaker, and how they name them. */
export interface VerbSpeaker {
  readonly speaker: SpeakerResolution | undefined;
  /** The name or pronoun right before the verb ("Karimov ", "he "), if any. */
  readonly subject: string | undefined;
  /** The speaker a mention ending right before the verb names, when no name or pronoun does. */
  readonly spoken: string | undefined;
}

/**
 * The speaker of the reporting verb `m` in sentence `s`, told by `lead`, the words before it; `voice`
 * is the interview's, `previous` the speaker of the sentence's verb before.
 */
export function verbSpeaker(
  an: Analysis,
  s: Analysis['sentences'][number],
  m: RegExpExecArray,
  lead: string,
  voice: InterviewVoice | undefined,
  previous: SpeakerResolution | undefined,
): VerbSpeaker {
  const verbAt = s.start + m.index;
  // The subject: the words right before the verb, or a mention ending there ("his aides say",
  // "The committee, for its part, has asked").
  // ("Farid Ismailov (no relation), dismissed …": a note in brackets after the name is read past, and
  // kept in the subject as printed.)
  const found =
    /((?:\p{Lu}[\p{L}’'-]+,?\s){1,3}(?:himself\s|herself\s|itself\s|themselves\s)?|(?:he|she|He|She)\s)$/u.exec(
      lead.replace(/\s\([^()]{1,40}\)(,?\s)$/u, '$1'),
    );
  const named = found ? { index: found.index, 1: lead.slice(found.index) } : null;
  // A name closing an aside is no subject: "X's meeting, with his counterpart Y, further indicated …".
  const subject = named && ASIDE_BEFORE.test(lead.slice(0, named.index)) ? null : named;
  const spoken = subject?.[1] ? undefined : mentionBefore(an, s.start + m.index);
  // "The Defense Ministry in Ostrov denied": the body the place name locates speaks (not where the
  // words after "in" end in a person: "Head of the IHC Delegation in Davrin Marta Kessel said").
  const subjectAt = verbAt - lead.length + (subject?.index ?? 0);
  const seat =
    subject && !personIn(an, subjectAt, verbAt) ? /\s(?:in|at)\s$/.exec(lead.slice(0, subject.index)) : null;
  const seatAt = s.start + m.index - lead.length + (seat?.index ?? 0) + 1;
  const seated = seat ? mentionBefore(an, seatAt) : undefined;
  // "Ivan Petrov of the Institute for Energy in Moscow argues": the body's member, whom the body places.
  const seatedKind = seated ? an.table.actors.get(seated)?.kind : undefined;
  const member =
    seatedKind === 'person' &&
    / of (?:the )?[^,;.]{2,60}\s(?:in|at)\s$/u.test(lead.slice(0, subject?.index ?? 0));
  const located = seatedKind === 'organization' || member ? seated : undefined;
  const apposed = appositiveSubject(an, s, verbAt);
  // "Officials at the Energy Ministry have acknowledged": the unnamed group, not the body it names.
  // "Delfi, citing sources in the ministry, reported": the unnamed sources the outlet cites.
  const cited = /,\sciting\s[^,;.“”"]{1,60},\s$/.exec(lead);
  const source = cited
    ? an.table.mentions.find(
        (x) => x.via === 'group' && x.start >= verbAt - lead.length + cited.index && x.end <= verbAt,
      )?.actors[0]
    : undefined;
  const group = source ?? (subject?.[1] ? mentionBefore(an, s.start + m.index) : undefined);
  let speaker: SpeakerResolution | undefined;
  // "my client has told me": in a lawyer's interview, the person the introduction is about.
  const client = /\bmy client\s$/i.test(lead) ? interviewSubject(an) : undefined;
  // "the former told …": one of the two people just named.
  const which = /\b[Tt]he (former|latter)\s$/.exec(lead)?.[1] as 'former' | 'latter' | undefined;
  const pair = which ? formerOrLatter(an.table, an.sentences, verbAt, s.index, which) : undefined;
  // "The Latvian side says …": the country.
  const side = sideSpeaker(an.table, lead, true);
  // "the union accuses …": the one body whose name ends in that noun.
  // "Brandt's ministry said …": the one body of that noun, the ministry the person heads.
  const noun = /\b(?:[Tt]he|\p{Lu}[\p{L}-]+['’]s) (\p{Ll}+)\s$/u.exec(lead)?.[1];
  const body = !subject?.[1] && !spoken && noun ? bodyByNoun(an.table, noun) : undefined;
  // "The akim says …": the person the article described by that noun.
  const holder =
    !subject?.[1] && !spoken && !body && noun ? personByRole(an.table, an.text, noun) : undefined;
  // "The government insists …": the country the article is about (government.ts).
  const government =
    !subject?.[1] && !spoken && !body && BARE_GOVERNMENT.test(lead)
      ? governmentCountry(an, verbAt, s.index, !!voice)
      : undefined;
  // "It warned that …", opening its sentence: the body the sentence before opened with.
  const itSays = !subject?.[1] && IT_LEAD.test(lead);
  const itBody = itSays ? bodyAntecedent(an.table, an.sentences, verbAt - lead.length, s.index) : undefined;
  // "The deputy foreign minister denied …": the one person the article gave that qualified title
  // (a bare "the prosecutor" may be someone the article never names).
  const title =
    !subject?.[1] && !spoken && !body && !holder ? /\b[Tt]he (?:\p{Ll}+ ){1,2}\p{Ll}+\s$/u.exec(lead) : null;
  const titled = title
    ? resolveSpeaker(
        an.table,
        an.text,
        an.sentences,
        { start: verbAt - title[0].length, end: verbAt },
        s.index,
      )
    : undefined;
  // "I told him the canteen is ours": in an answer, the interviewee.
  // ("I asked them whether …" is a question, no claim.)
  const me =
    voice && voice.answers.has(s.paragraph) && /(?:^|\s)I\s$/.test(lead) && !/^ask/.test(m[1] ?? '')
      ? voice.person
      : undefined;
  if (client)
    speaker = { actor: client, how: 'role', doubt: '"my client" taken to be the interview\'s subject' };
  else if (me) speaker = { actor: me, how: 'pronoun' };
  else if (pair?.actor) speaker = pair;
  else if (side) speaker = { actor: side, how: 'role', doubt: 'a side taken to be its country' };
  else if (body) speaker = { actor: body, how: 'role', doubt: `"the ${noun}" taken to be ${body}` };
  else if (government)
    speaker = { actor: government, how: 'role', doubt: '"the government" taken to be its country' };
  else if (itSays && itBody?.actor) speaker = itBody;
  else if (holder)
    speaker = {
      actor: holder,
      how: 'role',
      doubt: `"the ${noun}" taken to be ${an.table.actors.get(holder)?.name}`,
    };
  else if (titled?.how === 'role') speaker = titled;
  else if (apposed) speaker = { actor: apposed, how: 'name' };
  else if (group?.startsWith('unnamed:')) speaker = { actor: group, how: 'name' };
  else if (!subject?.[1] && !spoken && previous && COORDINATED.test(lead)) speaker = previous;
  else if (spoken) speaker = { actor: spoken, how: 'name' };
  else if (located) speaker = { actor: located, how: 'name' };
  else if (subject?.[1]) speaker = namedSpeaker(an, s, m, subject[1]);
  // "Mirbek Tokoev at the geology agency called …": a person, then where they work, unnamed.
  if (!speaker?.actor) speaker = personBeforePost(an, s.start, verbAt, lead) ?? speaker;
  // "X met Y on May 2 and told …": the deed's subject, not its object.
  const doer = speaker?.actor ? undefined : deedSpeaker(an, s, verbAt);
  if (doer) speaker = { actor: doer, how: 'name' };
  return { speaker, subject: subject?.[1], spoken };
}

/**
 * "Karimov said": the person the name before the verb resolves to, else the organisation, claiming
 * state or people it names, or a person named before that organisation.
 */
function namedSpeaker(
  an: Analysis,
  s: Analysis['sentences'][number],
  m: RegExpExecArray,
  subject: string,
): SpeakerResolution {
  const verbAt = s.start + m.index;
  // ("Borkgidro itself claimed": the name, without the reflexive after it.)
  const reflexive = /(?:himself|herself|itself|themselves)\s$/.exec(subject)?.[0].length ?? 0;
  const region = { start: s.start + m.index - subject.length, end: verbAt - reflexive };
  const person = resolveSpeaker(an.table, an.text, an.sentences, region, s.index);
  // An organisation speaks too ("The Water Resources Ministry replies that …"), and a state
  // claiming something ("Kestria insists that …", or its capital: "Ostrov says it wants …"),
  // unless a preposition makes the name a place ("diplomats in Ostrov say").
  const claims =
    STATE_CLAIM.test(s.text.slice(m.index + m[0].length)) &&
    !/\b(?:in|at|from|of|to|for|with|by|on|near)\s$/i.test(an.text.slice(s.start, region.start));
  // "the Ishkarians have offered …": a people named by its plural demonym speaks for its state.
  const people = /^(?:The )?(\p{Lu}\p{Ll}+s) $/u.exec(subject)?.[1];
  const nation = an.table.actors.get(an.table.demonyms.get(people ?? '') ?? '');
  const organisation = person.actor
    ? undefined
    : (namedIn(an, region.start, region.end) ??
      (claims ? stateIn(an, region.start, region.end) : undefined) ??
      (nation?.kind === 'country' ? nation.key : undefined));
  // "Ivan Petrov of the Liberal Party accused …": the person before the body speaks (also before a
  // body of several words: "Ivan Petrov of the Institute for Energy said").
  // (The subject may hold only the body's last words: "Solomiya Barabash of the Black Sea Security
  // Forum argued" reads "Sea Security Forum", so the member is sought before the body's whole name.)
  const body =
    organisation ??
    (an.table.actors.get(person.actor ?? '')?.kind === 'organization' ? person.actor : undefined);
  const named =
    memberBefore(an, region.start) ??
    (body && memberOf(an, body, region.end)) ??
    (organisation && unitOf(an, organisation, region.end)) ??
    organisation;
  return named ? { actor: named, how: 'name' } : person;
}
