// Resolves who is speaking: a person named in the attribution, a pronoun ("he said") pointing to
// the subject of the nearest sentence that names a person, a role noun ("the prosecutor") matching
// a person's description, and a surname shared by two people settled by role or recency.
import type { ActorKind } from '../../src/dataset/schema.js';
import { SPEECH_VERBS } from '../language/lexicon.js';
import type { ActorTable, Mention } from './actors.js';
import type { Sentence, Span } from './segment.js';

export interface SpeakerResolution {
  readonly actor?: string;
  /** How the speaker was found, for the review report when it was not by name. */
  readonly how: 'name' | 'surname' | 'pronoun' | 'role' | 'author' | 'none';
  readonly doubt?: string;
}

/**
 * Speech verbs in the base form, which report after a plural subject or a pronoun: "officials deny
 * that …", "diplomats suspect that …", "they doubt that …", "residents complain that …" ("suspect" and
 * "doubt" only before "that": they are nouns too; "sources expect the law to be annulled", not "I expect to
 * be summoned"); "diplomats believe (that) …" too, an opinion told of them (not "we believe": the
 * interviewee's own view, and a named person's "believes" is no statement either).
 */
export const BASE_SPEECH_VERBS =
  'say|deny|suggest|insist|argue|claim|(?<!\\b(?:I|we|you) )expect(?= that\\b| [^.;,“"]{1,60}? to be [a-z]+ed\\b)|warn|complain|concede|admit|acknowledge|recall|note|stress|maintain|predict|explain|(?:suspect|doubt)(?= that\\b)|(?<!\\b(?:I|we|you|[Ww]e|You) )believe(?= that\\b| (?:the|a|an|it|they) [^.;,“"]{0,40}?\\b(?:will|would|is|are|was|were|has|have|had|can|could)\\b)';

const SAYS = new RegExp(`^\\s(?:has |had |also )?(?:${SPEECH_VERBS})\\b`);
const SPOKEN = new RegExp(`\\b(?:${SPEECH_VERBS})\\b`);
/** A clause of its own whose subject speaks: "…, and an official said …". */
const SAID_NEXT = new RegExp(`(?:,|\\b(?:and|but|while))\\s[^,;]{0,60}?\\b(?:${SPEECH_VERBS})\\b`);
/**
 * "the minister", or with its qualifier ("the interior minister", "the deputy foreign minister"):
 * group 1 the qualifier, 2 the role.
 */
const ROLE_REFERENCE =
  /\bthe (?:(\p{Ll}+(?: \p{Ll}+)?) )?(prosecutor|governor|minister|president|premier|secretary|spokesman|spokeswoman|leader|chairman|mayor|general|ambassador|editor|envoy|official|commander|speaker|chief)\b/giu;

function personMentions(table: ActorTable, from: number, to: number): Mention[] {
  return table.mentions.filter(
    (m) => m.start >= from && m.end <= to && m.actors.every((a) => table.actors.get(a)?.kind === 'person'),
  );
}

/** Among namesakes, the one a recent role noun points to, else the one named most recently. */
function disambiguate(
  table: ActorTable,
  text: string,
  sentences: readonly Sentence[],
  candidates: readonly string[],
  at: number,
  sentence: number,
): SpeakerResolution {
  const windowStart = sentences[Math.max(0, sentence - 2)]?.start ?? 0;
  const window = text.slice(windowStart, at);
  for (const m of [...window.matchAll(ROLE_REFERENCE)].reverse()) {
    const noun = (m[2] ?? '').toLowerCase();
    const hit = candidates.filter((c) => table.actors.get(c)?.description?.toLowerCase().includes(noun));
    if (hit.length === 1 && hit[0]) return { actor: hit[0], how: 'role' };
  }
  const recent = table.mentions
    .filter((m) => m.end <= at && m.actors.length === 1 && candidates.includes(m.actors[0] ?? ''))
    .at(-1);
  if (recent?.actors[0]) {
    const name = table.actors.get(recent.actors[0])?.name;
    return {
      actor: recent.actors[0],
      how: 'surname',
      doubt: `shared surname resolved to the one named last (${name})`,
    };
  }
  return { how: 'none', doubt: 'a surname several people share' };
}

/** A role noun with its qualifier ("the defense minister"), for roleHolder. */
const QUALIFIED_ROLE =
  /\bthe ((?:\p{Ll}+ )?(?:minister|president|premier|prosecutor|governor|mayor|ambassador|general|chairman|spokesman|spokeswoman|judge|leader|envoy|commander))\b/gu;

/** The one person whose description holds the last role named in `span` ("the defense minister"). */
function roleHolder(table: ActorTable, span: string): string | undefined {
  // A role inside quoted words ("“I did not write about the president,” he said") is no antecedent.
  const unquoted = span.replace(/[“"‘][^”"’]*[”"’]/g, ' ');
  const role = [...unquoted.matchAll(QUALIFIED_ROLE)].at(-1)?.[1];
  if (!role) return undefined;
  const holders = [...table.actors.values()].filter(
    (a) => a.kind === 'person' && (a.description ?? '').toLowerCase().includes(role),
  );
  return holders.length === 1 ? holders[0]?.key : undefined;
}

/** The person a pronoun at `at` refers to: the subject of the nearest sentence naming one. */
export function pronounAntecedent(
  table: ActorTable,
  sentences: readonly Sentence[],
  at: number,
  sentence: number,
  text = '',
): SpeakerResolution {
  for (let i = sentence; i >= Math.max(0, sentence - 3); i--) {
    const s = sentences[i];
    if (!s) continue;
    const until = i === sentence ? at : s.end;
    // "“If Ivanov stays,” she warned": a name inside quoted words is no antecedent.
    const quoted = text
      ? [...text.slice(s.start, until).matchAll(/[“"][^”"]*[”"]/g)].map((q) => [
          s.start + q.index,
          s.start + q.index + q[0].length,
        ])
      : [];
    const people = personMentions(table, s.start, until).filter(
      (m) => !quoted.some(([a = 0, b = 0]) => m.start >= a && m.end <= b),
    );
    // "He is called Petrov too, Ivan Petrov": a bare surname the full name then restates is that name.
    const surname = people[0] && text ? text.slice(people[0].start, people[0].end) : '';
    const restated =
      surname && !surname.includes(' ')
        ? people.find((m, k) => k > 0 && text.slice(m.start, m.end).endsWith(` ${surname}`))
        : undefined;
    const first = restated ?? people[0];
    // "I asked the defense minister … He told me": a role only one person holds stands for them.
    const role = first ? undefined : roleHolder(table, text.slice(s.start, until));
    if (role) return { actor: role, how: 'role' };
    if (!first) continue;
    if (first.actors.length === 1) return { actor: first.actors[0], how: 'pronoun' };
    return { how: 'none', doubt: 'the pronoun points to a surname several people share' };
  }
  return { how: 'none', doubt: 'no person named before the pronoun' };
}

/** Find the speaker named in `region` (an attribution), relative to position `at`. */
/**
 * The last mention within [from, to] that `accept` takes; `kind` is its actor's kind when the mention
 * names one actor (undefined when a shared surname leaves it open).
 */
function lastMention(
  table: ActorTable,
  from: number,
  to: number,
  accept: (m: Mention, kind: ActorKind | undefined) => boolean,
): Mention | undefined {
  return table.mentions
    .filter((m) => {
      const kind = m.actors.length === 1 ? table.actors.get(m.actors[0] ?? '')?.kind : undefined;
      return m.start >= from && m.end <= to && accept(m, kind);
    })
    .at(-1);
}

export function resolveSpeaker(
  table: ActorTable,
  text: string,
  sentences: readonly Sentence[],
  region: Span,
  sentence: number,
  /** Where the quoted words start: an attribution before them names its speaker first. */
  before = -1,
): SpeakerResolution {
  // A person named inside a relative clause ("X, who met Y on August 12, told …") is not the speaker.
  const asides = [...text.slice(region.start, region.end).matchAll(/, (?:who|which|whose) [^,]*,/g)].map(
    (m) => ({ start: region.start + m.index, end: region.start + m.index + m[0].length }),
  );
  const mentions = personMentions(table, region.start, region.end).filter(
    (m) => !asides.some((a) => m.start >= a.start && m.end <= a.end),
  );
  // "Petrova said Ivanov had been filming “…”", "The press office said that Ivanov had “…”": the
  // subject of the reported clause is no speaker, whether or not the one who said it is named.
  const reported = (m: Mention) =>
    /\S\s+(?:said|says|told \w+|added|insisted|claimed)\s(?:that\s)?$/.test(
      text.slice(region.start, m.start),
    ) && /^\s(?:had|has|was|is|were|would|will|could|did)\b/.test(text.slice(m.end, region.end));
  // "…, and that the Orlov interview had been “…”": a name used as a modifier is no speaker.
  const modifier = (m: Mention) =>
    /\b[Tt]he\s$/.test(text.slice(m.start - 4, m.start)) && /^\s\p{Ll}/u.test(text.slice(m.end, m.end + 2));
  const speaking = mentions.filter((m) => !reported(m) && !modifier(m));
  const named = speaking.at(-1);
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
  // "Tansykov’s office announced": the unnamed speaker around the name speaks, not the person.
  const group = lastMention(table, region.start, region.end, (m) => m.via === 'group');
  if (group && (!named || group.end >= named.end)) return { actor: group.actors[0], how: 'name' };
  // "…, after the ministry let it be known that the prime minister would be received only “…”": a
  // body that says the words after the last person named speaks.
  const letsKnow = (m: Mention) => /^\slet it be known\b/.test(text.slice(m.end, m.end + 20));
  const body = lastMention(
    table,
    region.start,
    region.end,
    (m, kind) => kind === 'organization' && (SAYS.test(text.slice(m.end, m.end + 40)) || letsKnow(m)),
  );
  // ("The ministry said that Ivanov had “…”": the body, when the only person named was reported on.)
  const reportedOn = mentions.length > speaking.length;
  if (body && (named ? body.start > named.end : reportedOn)) return { actor: body.actors[0], how: 'name' };
  // "when Ostrov let it be known that its minister had a “…”": a state, or a city standing for its
  // government, speaks when no person is named (not "in Ostrov").
  const state = lastMention(
    table,
    region.start,
    region.end,
    (m, kind) =>
      (kind === 'country' || kind === 'place') &&
      letsKnow(m) &&
      !/\b(?:in|at|from|to|of|near|by)\s$/.test(text.slice(Math.max(0, m.start - 6), m.start)),
  );
  if (state && !named) return { actor: state.actors[0], how: 'name' };
  // "after the Latvian side said its team would come “…”": a country speaks by its side.
  const side = named ? undefined : sideSpeaker(table, text.slice(region.start, region.end));
  if (side) return { actor: side, how: 'role', doubt: 'a side taken to be its country' };
  if (named) {
    if (named.actors.length === 1)
      return { actor: named.actors[0], how: named.via === 'surname' ? 'surname' : 'name' };
    return disambiguate(table, text, sentences, named.actors, named.start, sentence);
  }
  const regionText = text.slice(region.start, region.end);
  const pronoun = /\b(?:he|she)\b/i.exec(regionText);
  const role = [...regionText.matchAll(ROLE_REFERENCE)].at(-1);
  if (role && (!pronoun || role.index > pronoun.index)) {
    const noun = (role[2] ?? '').toLowerCase();
    const holds = (phrase: string) =>
      [...table.actors.values()].filter(
        (a) => a.kind === 'person' && a.description?.toLowerCase().includes(phrase),
      );
    // "the interior minister": among the ministers, the one whose title says so, when one does.
    const qualified = role[1] ? holds(`${role[1].toLowerCase()} ${noun}`) : [];
    // ("the prime minister" is not the "Deputy Minister of Justice": another qualifier, another office.)
    const otherOffice = (a: { description?: string }) =>
      !!role[1] &&
      new RegExp(`\\b(?!(?:the|a|an|as|and|of|former)\\b)\\p{L}+ ${noun}\\b`, 'iu').test(a.description ?? '');
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
    const r = pronounAntecedent(table, sentences, region.start + pronoun.index, sentence, text);
    const name = r.actor ? table.actors.get(r.actor)?.name : undefined;
    return r.actor ? { ...r, doubt: `"${pronoun[0]}" taken to be ${name}` } : r;
  }
  // "the parliament … voted to suspend it “until …”", "…,” the ministry said": a body's words, when
  // no person speaks: the body must be the last actor named before the words, or say them.
  const last = table.mentions
    .filter((m) => m.start >= region.start && m.end <= region.end && m.actors.length === 1)
    .at(-1);
  const lastKind = last && table.actors.get(last.actors[0] ?? '')?.kind;
  // An outlet speaks in its own voice too ("Sarvinform called it, the next day, “…”").
  const outletSays =
    !!last &&
    lastKind === 'media' &&
    /^\s(?:called|termed|said|says|wrote|writes)\b/.test(text.slice(last.end, region.end));
  const isBody = lastKind === 'organization' || outletSays;
  const says = last && SAYS.test(text.slice(last.end, Math.min(region.end, last.end + 40)));
  if (last && isBody && (region.end <= before || says)) return { actor: last.actors[0], how: 'name' };
  // "Gazprom answered that the fee was fixed in Sochi and was “…”": with no person named, the body
  // that says the words speaks, whatever place the reported clause names after it (not when someone
  // unnamed speaks after it: "the ministry warned …, and an official said …").
  if (body && !SAID_NEXT.test(text.slice(body.end, region.end)))
    return { actor: body.actors[0], how: 'name' };
  return { how: 'none', doubt: 'no speaker named in the attribution' };
}

/**
 * "the Latvian side said that …": the country whose adjective names the side, when `span` ends in
 * that side and its verb (or in the side alone, `bare`).
 */
export function sideSpeaker(table: ActorTable, span: string, bare = false): string | undefined {
  const verb = bare ? '' : `(?:also |has |have |had |then |later )*(?:${SPEECH_VERBS})\\b[^.;“”"]*`;
  const side = new RegExp(`\\b[Tt]he (\\p{Lu}\\p{Ll}+) side\\s${verb}$`, 'u').exec(span)?.[1];
  const actor = side ? table.actors.get(table.demonyms.get(side) ?? '') : undefined;
  return actor?.kind === 'country' ? actor.key : undefined;
}

/**
 * "Aliyev and Guliyev met on May 2, and the former told …": the first (or second) of the last two
 * people named before `at`, in this sentence or the one before.
 */
export function formerOrLatter(
  table: ActorTable,
  sentences: readonly Sentence[],
  at: number,
  sentence: number,
  which: 'former' | 'latter',
): SpeakerResolution {
  const from = sentences[Math.max(0, sentence - 1)]?.start ?? 0;
  const people: string[] = [];
  for (const m of personMentions(table, from, at))
    if (m.actors.length === 1 && m.actors[0] && people.at(-1) !== m.actors[0]) people.push(m.actors[0]);
  const pair = people.slice(-2);
  if (pair.length < 2 || pair[0] === pair[1])
    return { how: 'none', doubt: `"the ${which}" without two people` };
  const actor = which === 'former' ? pair[0] : pair[1];
  return { actor, how: 'role', doubt: `"the ${which}" taken to be ${table.actors.get(actor ?? '')?.name}` };
}

/**
 * "the union accuses …", "according to the bureau": the one organisation whose name ends in that
 * noun ("Metal Workers' Union", "State Audit Bureau"); "the Latvian ministry": of those, the one
 * whose name also holds the adjective ("Latvian Foreign Ministry").
 */
export function bodyByNoun(table: ActorTable, noun: string, adjective?: string): string | undefined {
  const head = noun.charAt(0).toUpperCase() + noun.slice(1).toLowerCase();
  // "the company" for the "Orvelian Oil and Gas Corporation" too.
  const heads = head === 'Company' ? ['Company', 'Corporation'] : [head];
  const bodies = [...table.actors.values()].filter(
    (a) =>
      a.kind === 'organization' &&
      !a.key.startsWith('unnamed:') &&
      heads.includes(a.name.split(' ').at(-1) ?? '') &&
      (!adjective || a.name.split(' ').includes(adjective)),
  );
  return bodies.length === 1 ? bodies[0]?.key : undefined;
}

/**
 * "The akim says …": the one person the article introduced by that noun, in a description that opens
 * with it or in apposition ("the akim (governor) of the region, Bolat Serikov,"), so a role explained
 * once stands for its holder.
 */
export function personByRole(table: ActorTable, text: string, noun: string): string | undefined {
  const opens = new RegExp(`^(?:the\\s)?${noun}\\b`, 'i');
  // (Not "a paper in the republic, the editor told me": a place after a preposition names no one.)
  const apposed = new RegExp(
    `(?<!\\b(?:in|of|at|from|to|on|for|by|with|into) )\\b[Tt]he ${noun}\\b[^.;,“”"]{0,60}, $`,
  );
  const holders = new Set(
    table.mentions
      .filter((m) => m.actors.length === 1 && apposed.test(text.slice(Math.max(0, m.start - 80), m.start)))
      .map((m) => m.actors[0] ?? ''),
  );
  for (const a of table.actors.values()) if (opens.test(a.description ?? '')) holders.add(a.key);
  const people = [...holders].filter((k) => table.actors.get(k)?.kind === 'person');
  return people.length === 1 ? people[0] : undefined;
}
