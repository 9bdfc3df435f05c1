// Who among the persons an attribution names may have said its words: not one inside an aside (a
// relative clause, an apposition), the subject of a reported clause, one named inside what someone
// else said, a name used as a modifier, an owner of a thing, the one characterised or charged, or the
// object of a preposition.
import type { ActorTable, Mention } from '../actors.js';
import type { Span } from '../segment.js';
import { SPEECH_VERBS } from '../../language/lexicon.js';
import { objectOfDeed } from './deed-object.js';
import { personMentions } from './mentions.js';

/**
 * A verb that characterises its object: "called Beisenov “…”", "described Petrov as “…”", "accused
 * Sardani of “…”".
 */
const CHARACTERISES =
  /\b(?:called|calls|described|describes|termed|terms|branded|brands|dubbed|dubs|labell?ed|accused|accuses|blamed|blames)\s(?:\p{Lu}[\p{L}-]*\s){0,4}$/u;

/** "charged the center’s director, ": the one charged, named in apposition after a noun. */
const CHARGED_APPOSED =
  /\b(?:charged|accused|indicted|sentenced|convicted|fined|arrested|detained)\s(?:the|a|an|its|their|his|her)\s[^,;.“”"]{1,40},\s$/;

/** Words after a name, less an appositive ("Kyrmanhydro, the state hydropower company, announced"). */
export const withoutAside = (after: string) =>
  after.replace(/^,\s(?:the|a|an|its)\s[^,;.“”"]{1,100},(?=\s)/, '');
export const afterAside = (text: string, end: number) =>
  withoutAside(text.slice(end, end + 160)).slice(0, 40);

/**
 * "said ", "told Interfax ", "told Radio Sahil the following day that ", "confirmed that ": a reported
 * clause opens right here.
 */
const REPORTED_CLAUSE_BEFORE = new RegExp(
  `\\S\\s+(?:(?:said|says|told \\w+|added|insisted|claimed)\\s|(?:${SPEECH_VERBS})\\b[^,;.“”"]{0,50}?\\sthat\\s)(?:the\\s)?$`,
);

/** After a speaker's name (and an aside), a verb of speech: "told Dubpress on May 2 that …". */
// (The aside may hold commas of its own: "Orlovsky, who returned on September 8, two months after his
// first visit, said that …".)
const SPEECH_AFTER_NAME = new RegExp(`^(?:,[^;“”"]{1,160}?,)?\\s(?:\\p{Ll}+\\s)?(?:${SPEECH_VERBS})\\b`, 'u');
/** The words between a speaker's name and a later name open what the speaker said, in one clause. */
// (Quoted words may come between when a second "that" goes on: "told parliament that her government
// “…,” and that Velimsky would be tried “…”".)
const opensWhatWasSaid = (between: string) =>
  between.length <= 400 &&
  SPEECH_AFTER_NAME.test(between) &&
  /\s(?:that|said)\s/.test(between) &&
  !between.includes(';') &&
  (!/[“”"]/.test(between) || /[”"],?\s+(?:and|but)\s+that\s+[^“”"]*$/.test(between));
/** Words of one's own after a name: a verb of speech or of naming ("’s lawyer" is someone else's). */
const OWN_WORDS = new RegExp(
  `^,?\\s(?:\\p{Ll}+\\s)?(?:${SPEECH_VERBS}|called|calls|described|describes|dismissed|termed|denounced)\\b`,
  'u',
);

/** ", he told journalists after the session, had": a pronoun's attribution set in after a name. */
const FRONTED_BEFORE_PRONOUN = new RegExp(
  `^,\\s(?:he|she|they|we|I)\\s(?:\\p{Ll}+\\s)?(?:${SPEECH_VERBS})\\b[^,;.“”"]{0,60},\\s(?:had|has|was|is|were|would|will|could|did|\\p{Ll}+ed)\\b`,
  'u',
);

/** What someone's words are called: "Putin’s reply was “…”" (any other "X’s fate" is a thing). */
const OWNED_WORDS =
  /^(?:\p{Ll}+\s)?(?:reply|answer|response|words|message|statement|comment|remark|retort|warning|promise|claim|verdict|view|position|argument|explanation|version|description|account|letter|note|appeal|speech|address|order|orders|instruction|instructions|demand|call|offer|proposal|decree|request|plea|pledge|vow|threat)\b/u;

/** The persons an attribution names: its asides, the persons outside them, and those who may speak. */
export interface AttributionPersons {
  readonly asides: readonly Span[];
  readonly mentions: readonly Mention[];
  readonly speaking: readonly Mention[];
}

/** The persons named in `region` (an attribution), and which of them may have said its words. */
export function personsOfAttribution(table: ActorTable, text: string, region: Span): AttributionPersons {
  // A person named inside a relative clause ("X, who met Y on August 12, told …") is not the speaker.
  // Nor one inside a participle's aside ("the mission, led by Y, declared …"), nor a body or person
  // inside the apposition that describes a person named ("X, a leader of the Y movement, told …").
  const people = personMentions(table, region.start, region.end);
  const regionText = text.slice(region.start, region.end);
  const asides = [
    ...regionText.matchAll(/, (?:who|whom|which|whose|(?:led|headed|chaired) by) [^,:;]*,/g),
    ...regionText.matchAll(
      /, (?:an?|the|one of) (?![^,]*\b(?:day|week|month|year|morning|evening|night)\b)[^,:;]*,/g,
    ),
    // ("X, a deputy (and no relation of the interior minister), accused …": a note in brackets.)
    ...regionText.matchAll(/ \([^()]{1,80}\)/g),
  ]
    .map((m) => ({ start: region.start + m.index, end: region.start + m.index + m[0].length }))
    .filter(
      (a) =>
        /^(?:, (?:who|whom|which|whose|led|headed|chaired) | \()/.test(text.slice(a.start, a.start + 9)) ||
        people.some((m) => m.end === a.start),
    );
  const mentions = people.filter((m) => !asides.some((a) => m.start >= a.start && m.end <= a.end));
  // "Petrova said Ivanov had been filming “…”", "The press office said that Ivanov had “…”": the
  // subject of the reported clause is no speaker, whether or not the one who said it is named.
  // (Unless a verb of speech of the subject's own follows: "X said that Y had told him, “…”".)
  const reported = (m: Mention) =>
    REPORTED_CLAUSE_BEFORE.test(text.slice(region.start, m.start)) &&
    !OWN_WORDS.test(afterAside(text, m.end)) &&
    // ("said that the president “does not close doors …”": the reported clause's verb may be quoted.)
    /^\s[“"]?(?:had|has|was|is|were|would|will|could|did|does|do|can|should|must|may|might|\p{Ll}{3,}(?:s|ed))\b/u.test(
      text.slice(m.end, Math.max(region.end, m.end + 12)),
    );
  // "Volchek told Dubpress that Batura’s account was “…”", "Ismailov said that Turgunbayev planned the
  // camp, and insisted that the case had “…”": a person named inside what someone named before said is
  // no speaker, unless a verb of speech of their own follows ("X said that Y told him “…”").
  // (The one who said it may be a pronoun: "He said that he had never asked …, and that he was ready
  // to face Halip “…”".)
  const pronounSubject = /^[^\p{L}]*(?:He|She|he|she)(?=\s)/u.exec(
    text.slice(region.start, region.start + 12),
  );
  const saidFrom = pronounSubject ? [region.start + pronounSubject[0].length] : [];
  const withinSaid = (m: Mention) =>
    [...people.map((p) => p.end), ...saidFrom].some(
      (end) => end <= m.start && opensWhatWasSaid(text.slice(end, m.start)),
    ) && !OWN_WORDS.test(afterAside(text, m.end));
  // "…, and that the Orlov interview had been “…”": a name used as a modifier is no speaker.
  const modifier = (m: Mention) =>
    /\b[Tt]he\s$/.test(text.slice(m.start - 4, m.start)) && /^\s\p{Ll}/u.test(text.slice(m.end, m.end + 2));
  // ("as the country marked the anniversary of Niyazov’s death, state television called it “…”": a
  // possessor inside an "of" phrase is no speaker.)
  // ("Turgunbayev’s fate, the president told Tavrenia-1, is …; Chardak “…”": nor the owner of a thing,
  // unless the thing is words: "Putin’s reply was “…”".)
  const possessor = (m: Mention) =>
    /^[’']s\s\p{Ll}/u.test(text.slice(m.end, m.end + 4)) &&
    (/\bof\s$/.test(text.slice(m.start - 3, m.start)) ||
      !OWNED_WORDS.test(text.slice(m.end + 3, m.end + 40)));
  // ("the new minister, X, called Beisenov “…”": the one characterised is no speaker.)
  // ("accused Prime Minister Kaarel Tamberg of having “…”": a title may come between.)
  // ("charged the center’s director, Timur Bersanov, with … “…”": so is one charged, in apposition.)
  // (Unless a relative clause after the name gives him words: "…, Ruslan Kutayev, who had called …".)
  const givenWords = (m: Mention) => /^,?\s(?:who|whose)\b/.test(text.slice(m.end, m.end + 8));
  const characterised = (m: Mention) => {
    const lead = text.slice(Math.max(0, m.start - 60), m.start);
    return CHARACTERISES.test(lead) || (CHARGED_APPOSED.test(lead) && !givenWords(m));
  };
  // ("Valcu has said nothing about Tsurcan since May 4, when he told reporters that “…”": the object of
  // a preposition is no speaker, unless a relative clause gives him words, "the protests of Nurmatov,
  // who had called …"; "according to X" is read below.)
  const object = (m: Mention) =>
    /\b(?:about|against|on|with|for|to|of|toward|towards|over)\s$/.test(
      text.slice(Math.max(0, m.start - 9), m.start),
    ) &&
    !/\baccording to\s$/i.test(text.slice(Math.max(0, m.start - 13), m.start)) &&
    !givenWords(m);
  // ("Ekerot, he told journalists after the session, had “…”": a name before a pronoun's attribution
  // is the subject of what the pronoun's speaker said.)
  const fronted = (m: Mention) => FRONTED_BEFORE_PRONOUN.test(text.slice(m.end, m.end + 120));
  // (Not one who speaks right after: "… received Y, who told …", "Y told".)
  const deedObject = (m: Mention) =>
    objectOfDeed(text, m.start) && !givenWords(m) && !SPEECH_AFTER_NAME.test(text.slice(m.end, m.end + 200));
  const speaking = mentions.filter(
    (m) =>
      !reported(m) &&
      !deedObject(m) &&
      !withinSaid(m) &&
      !modifier(m) &&
      !possessor(m) &&
      !characterised(m) &&
      !object(m) &&
      !fronted(m),
  );
  return { asides, mentions, speaking };
}
