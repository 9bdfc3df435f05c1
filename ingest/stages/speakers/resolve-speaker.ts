// The speaker of an attribution: a person named, a source after "according to", a body or a state
// that says the words, a country's side, a role noun, a pronoun, or the last body named.
import type { ActorKind } from '../../../src/dataset/schema.js';
import type { ActorTable, Mention } from '../actors.js';
import type { Sentence, Span } from '../segment.js';
import { lastMention, unitBefore, type SpeakerResolution } from './mentions.js';
import { deedSubject } from './deed-object.js';
import { disambiguate } from './namesakes.js';
import { bodyAntecedent, pronounAntecedent } from './pronoun-antecedent.js';
import { officeHolders, sideSpeaker } from './by-noun.js';
import { nameGender, pronounGender, reflexiveGender } from '../../language/gender.js';
import { SPEECH_VERBS } from '../../language/lexicon.js';
import { IT_OPENS, ROLE_REFERENCE, SAID_NEXT, SAYS, SPOKEN } from './words.js';
import { afterAside, personsOfAttribution, withoutAside } from './attribution-persons.js';

/** "its press service maintains", "their lawyers say": a body's own people, not the body, speak. */
const ITS_PEOPLE_SAY = new RegExp(`\\b(?:its|their) (?:\\p{Ll}+ ){1,2}(?:${SPEECH_VERBS})\\b`, 'u');

/** "which Tiraspol denounced a week later as “…”": a capital that characterises, right before the words. */
const CALLS_IT =
  /^\s(?:\p{Ll}+ )?(?:denounced|called|described|dismissed|termed|branded|condemned)\b[^.;,“”"]{0,60}$/u;

/** Words introduced as a possessor's own, before a colon: "His own verdict was blunt:", "Its statement read:". */
const POSSESSED_WORDS =
  /\b(his|her|its)(?: own)? (?:[\p{Ll}-]+ )?(?:verdict|statement|answer|reply|response|message|comment|conclusion|reaction|summary|explanation|words|warning|argument|assessment|prediction|promise)\b[^.;“”"]*:\s*$/iu;

/** "It warned that …": a body's pronoun that speaks, opening its sentence. */
const IT_SAYS = new RegExp(`${IT_OPENS}(?:${SPEECH_VERBS})\\b`, 'u');

/** A clause of speech that a pronoun opens: "; she told reporters", ", and he said". */
const PRONOUN_SAYS = new RegExp(
  `(?:;\\s|,\\s(?:and|but)\\s)(he|she)\\s(?:\\p{Ll}+\\s)?(?:${SPEECH_VERBS})\\b`,
  'u',
);

/** Find the speaker named in `region` (an attribution) of sentence `sentence`. */
export function resolveSpeaker(
  table: ActorTable,
  text: string,
  sentences: readonly Sentence[],
  region: Span,
  sentence: number,
  /** Where the quoted words start: an attribution before them names its speaker first. */
  before = -1,
): SpeakerResolution {
  const { asides, mentions, speaking } = personsOfAttribution(table, text, region);
  // ("X met Y on May 2 and told …": Y is the deed's object, X speaks.)
  const latest = speaking.at(-1);
  const named = latest ? (deedSubject(text, speaking.at(-2), latest) ?? latest) : undefined;
  // "agreed, according to the foreign ministry, to “…”": the source named speaks (its person, in
  // "according to Railways chairman X"), unless someone after it says the words.
  const according = [...text.slice(region.start, region.end).matchAll(/\baccording to ([^,;]+)/gi)].at(-1);
  if (
    according &&
    !SPOKEN.test(text.slice(region.start + according.index + according[0].length, region.end))
  ) {
    const from = region.start + according.index;
    const inPhrase = (kind: ActorKind) =>
      lastMention(table, from, from + according[0].length, (_, k) => k === kind);
    // "according to the bank's representative, Lars Ekdahl, …": the name in apposition, found below.
    const personAfter = mentions.some((m) => m.start >= from + according[0].length);
    const source = inPhrase('person') ?? (personAfter ? undefined : inPhrase('organization'));
    if (source) return { actor: source.actors[0], how: 'name' };
  }
  // "…, after the ministry let it be known that the prime minister would be received only “…”": a
  // body that says the words after the last person named speaks.
  const letsKnow = (m: Mention) => /^\slet it be known\b/.test(text.slice(m.end, m.end + 20));
  const body = lastMention(
    table,
    region.start,
    region.end,
    (m, kind) => kind === 'organization' && (SAYS.test(afterAside(text, m.end)) || letsKnow(m)),
  );
  // "Tansykov’s office announced": the unnamed speaker around the name speaks, not the person; not
  // when a body speaks after it ("officials claim that …; the ministry insists that …").
  const group = lastMention(table, region.start, region.end, (m) => m.via === 'group');
  // (Not a body inside what the group said: "a spokesman for the Commission said that the Commission
  // had asked …".)
  const between = body ? text.slice(group?.end ?? body.start, body.start) : '';
  const speaksAfter =
    !!body && !!group && body.start >= group.end && (/;/.test(between) || !SPOKEN.test(between));
  if (group && (!named || group.end >= named.end) && !speaksAfter)
    return { actor: group.actors[0], how: 'name' };
  // ("The ministry said that Ivanov had “…”": the body, when the only person named was reported on.)
  const reportedOn = mentions.length > speaking.length;
  // ("deputy X of the Green Steppe Party warned …": the body is the person's, who speaks.)
  const ofNamed = !!named && !!body && /^ of (?:the )?$/.test(text.slice(named.end, body.start));
  if (body && !ofNamed && (named ? body.start > named.end : reportedOn))
    return { actor: (unitBefore(table, text, body) ?? body).actors[0], how: 'name' };
  // "when Ostrov let it be known that its minister had a “…”": a state, or a city standing for its
  // government, speaks when no person is named (not "in Ostrov").
  const state = lastMention(
    table,
    region.start,
    region.end,
    (m, kind) =>
      (kind === 'country' || kind === 'place') &&
      (letsKnow(m) || CALLS_IT.test(text.slice(m.end, region.end))) &&
      !/\b(?:in|at|from|to|of|near|by)\s$/.test(text.slice(Math.max(0, m.start - 6), m.start)),
  );
  if (state && !named) return { actor: state.actors[0], how: 'name' };
  // "after the Latvian side said its team would come “…”": a country speaks by its side.
  const side = named ? undefined : sideSpeaker(table, text.slice(region.start, region.end));
  if (side) return { actor: side, how: 'role', doubt: 'a side taken to be its country' };
  // "… visited Sarnavin in the detention center; she told reporters afterwards that …": a pronoun
  // opening a clause of speech after the last name is its own antecedent's.
  const pronounSays = named ? PRONOUN_SAYS.exec(text.slice(named.end, region.end)) : null;
  const namedGender =
    named?.actors.length === 1 ? nameGender(table.actors.get(named.actors[0] ?? '')?.name ?? '') : undefined;
  // (Only when the last name is of the other gender: "asked Sevda …, and she told him" is hers.)
  if (named && pronounSays && namedGender && namedGender !== pronounGender(pronounSays[1] ?? '')) {
    const at = named.end + pronounSays.index + pronounSays[0].indexOf(pronounSays[1] ?? '');
    const r = pronounAntecedent(table, sentences, at, sentence, text);
    if (r.actor && !named.actors.includes(r.actor)) return r;
  }
  if (named) {
    if (named.actors.length === 1)
      return { actor: named.actors[0], how: named.via === 'surname' ? 'surname' : 'name' };
    // "Petrov himself said": of namesakes, the one the reflexive's gender leaves.
    // (One whose name says the reflexive's gender first, then one whose name says none.)
    const self = reflexiveGender(text.slice(named.end, named.end + 12));
    const gender = (k: string) => nameGender(table.actors.get(k)?.name ?? '');
    const sure = self ? named.actors.filter((k) => gender(k) === self) : [];
    const fit = self ? named.actors.filter((k) => (gender(k) ?? self) === self) : [];
    if (sure.length === 1) return { actor: sure[0], how: 'surname' };
    if (fit.length === 1) return { actor: fit[0], how: 'surname' };
    return disambiguate(table, text, sentences, named.actors, named.start, sentence);
  }
  const regionText = text.slice(region.start, region.end);
  // "His verdict was brief: “…”", "Its statement put the matter plainly: “…”": the possessor's words;
  // "It warned that … “…”": a body's, by its pronoun.
  const possessed = POSSESSED_WORDS.exec(regionText) ?? IT_SAYS.exec(regionText);
  if (possessed?.[1]) {
    const at = region.start + possessed.index;
    const r = /^its?$/i.test(possessed[1])
      ? bodyAntecedent(table, sentences, at, sentence)
      : pronounAntecedent(table, sentences, at, sentence, text);
    if (r.actor)
      return {
        ...r,
        doubt: `"${possessed[0].split(' ').slice(0, 2).join(' ')}" taken to be ${table.actors.get(r.actor)?.name}`,
      };
  }
  // "Tajikistan, in his words, is “…”", "the deal was, in her view, “…”": the clause is the pronoun's.
  const pronoun = /\b(?:he|she)\b|(?<=\bin )(?:his|her)(?= (?:own )?(?:words|view|opinion)\b)/i.exec(
    regionText,
  );
  const role = [...regionText.matchAll(ROLE_REFERENCE)].at(-1);
  if (role && (!pronoun || role.index > pronoun.index)) {
    const noun = (role[2] ?? '').toLowerCase();
    const holds = (phrase: string) =>
      [...table.actors.values()].filter(
        (a) => a.kind === 'person' && a.description?.toLowerCase().includes(phrase),
      );
    // "the interior minister": among the ministers, the one whose title says so, when one does ("the
    // deputy minister" holds "Deputy Interior Minister").
    const qualified = role[1] ? officeHolders(table, `${role[1]} ${noun}`) : [];
    // ("the prime minister" is not the "Deputy Minister of Justice": another qualifier, another office.)
    const anotherQualifier = role[1]
      ? new RegExp(`\\b(?!(?:the|a|an|as|and|of|former)\\b)\\p{L}+ ${noun}\\b`, 'iu')
      : undefined;
    const otherOffice = (a: { description?: string }) => !!anotherQualifier?.test(a.description ?? '');
    const candidates = qualified.length > 0 ? qualified : holds(noun).filter((a) => !otherOffice(a));
    const at = region.start + role.index;
    const latest = candidates
      .map((c) => ({
        c,
        last: table.mentions.filter((m) => m.end <= at && m.actors.includes(c.key)).at(-1)?.end ?? -1,
      }))
      .sort((a, b) => b.last - a.last)[0];
    if (latest && latest.last >= 0)
      return { actor: latest.c.key, how: 'role', doubt: `"${role[0]}" taken to be ${latest.c.name}` };
  }
  if (pronoun) {
    const at = region.start + pronoun.index;
    // ("Ekerot, he told journalists, had “…”": a name set before the pronoun is not its antecedent.)
    const fronted = mentions.some((m) => !speaking.includes(m) && /^,\s$/.test(text.slice(m.end, at)));
    const r = pronounAntecedent(table, sentences, at, sentence, text, fronted);
    const name = r.actor ? table.actors.get(r.actor)?.name : undefined;
    return r.actor ? { ...r, doubt: `"${pronoun[0]}" taken to be ${name}` } : r;
  }
  // "the parliament … voted to suspend it “until …”", "…,” the ministry said": a body's words, when
  // no person speaks: the body must be the last actor named before the words, or say them.
  // (A facility named again, "the mine", "the dam", says nothing: the body named before it speaks.)
  const facility = (m: Mention) =>
    m.via === 'reference' && table.actors.get(m.actors[0] ?? '')?.kind === 'place';
  const last = table.mentions
    .filter((m) => m.start >= region.start && m.end <= region.end && m.actors.length === 1 && !facility(m))
    .filter((m) => !asides.some((a) => m.start >= a.start && m.end <= a.end))
    .at(-1);
  const lastKind = last && table.actors.get(last.actors[0] ?? '')?.kind;
  // An outlet speaks in its own voice too ("Sarvinform called it, the next day, “…”").
  const outletSays =
    !!last &&
    lastKind === 'media' &&
    /^\s(?:called|termed|said|says|wrote|writes|hinted|claimed|insisted|warned|argued|suggested)\b/.test(
      withoutAside(text.slice(last.end, region.end)),
    );
  const isBody = lastKind === 'organization' || outletSays;
  const says = last && SAYS.test(text.slice(last.end, Math.min(region.end, last.end + 40)));
  // (Not when its own people speak after it: "the fleet stopped work, although its press service says …".)
  const saidNext = !!last && ITS_PEOPLE_SAY.test(text.slice(last.end, region.end));
  if (last && isBody && ((region.end <= before && !saidNext) || says))
    return { actor: (unitBefore(table, text, last) ?? last).actors[0], how: 'name' };
  // "Gazprom answered that the fee was fixed in Sochi and was “…”": with no person named, the body
  // that says the words speaks, whatever place the reported clause names after it (not when someone
  // unnamed speaks after it: "the ministry warned …, and an official said …").
  if (body && !SAID_NEXT.test(withoutAside(text.slice(body.end, region.end))))
    return { actor: (unitBefore(table, text, body) ?? body).actors[0], how: 'name' };
  return { how: 'none', doubt: 'no speaker named in the attribution' };
}
