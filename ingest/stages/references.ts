// Definite references: "the committee", "the reservoir", "officials in the ministry", or a bare
// "parliament", naming again an organisation or facility the article has already named in full
// ("the Kestrian State Security Committee", "the Ulgar reservoir"). Each becomes a mention of
// that actor, so events and statements in the sentence find it. Only an unambiguous antecedent
// counts: the one named most recently, unless the sentence's own words pick another.
import { COMPANY_WORD } from '../language/lexicon.js';
import type { ActorTable, Mention } from './actors.js';
import { referenceMention } from './actors/types.js';
import {
  legislatorMentions,
  legislatureBefore,
  looseHeadIdle,
  namedHeads,
  namedWithHead,
  ownedBodyMentions,
} from './body-references.js';
import { BUSINESS_HEAD, companyMentions } from './company-references.js';
import { homeGovernmentMentions } from './home-government.js';
import { personBodyMentions } from './person-bodies.js';
import { ROLE_AGAIN, ROLE_REFERENCE, roleHolder } from './role-references.js';
import { serviceMentions } from './service-references.js';
import type { Sentence } from './segment.js';
import { pronounAntecedent } from './speakers.js';
import type { Citation } from './sources.js';

/** Head nouns that, lower-cased after "the", name again an earlier organisation or facility. */
const HEADS =
  "prosecutor['’]s office|coast guard|navy|committee|commission|ministry|mission|forum|alliance|movement|bloc|union|group|court|parliament|legislature|chamber|council|company|corporation|consortium|party|bank|service|inspectorate|akimat|administration|agency|bureau|department|dam|reservoir|crossing|pipeline|bridge|plant|canal|river|railway|airport|refinery";
/**
 * "the committee", "its foreign ministry", and with up to two lower-case words before the head: "the
 * city council", "the presidential press service", "the tax inspectorate". ("his ministry" stays a
 * person's: the speakers' rules read it.)
 */
function referencePattern(heads: string): RegExp {
  return new RegExp(
    `\\b([Tt]he|[Ii]ts|[Tt]his|[Tt]he (?:republic|country|region|city|state|district)['’]s) ((?:(?!(?:the|a|an|its|this|that)\\b)\\p{Ll}+ ){0,2}?(?:${heads}))\\b(?![ -]\\p{Lu})`,
    'gu',
  );
}
const REFERENCE = referencePattern(HEADS);
/** A bloc of states or of trade, not a party's: "the Soviet bloc", "the Eastern bloc". */
const OTHER_BLOC =
  /\b(?:Soviet|Eastern|Western|[Cc]ommunist|[Ss]ocialist|NATO|[Mm]ilitary|[Tt]rade|[Ee]conomic) bloc\b/;
/** Words before a head that do not narrow it: "the new parliament" is the parliament. */
const LOOSE = /^(?:(?:new|old|same|former|whole|entire|current|present|own) )+/;
/** A bare body acting ("parliament, which is due to debate …", "parliament voted"), not "told parliament". */
const BODY_ACTS =
  /^(?:,? which)? (?:is|was|will|has|had|voted|passed|approved|adopted|rejected|debated|endorsed|ratified|backed|amended)\b/;
/** Bodies named without an article ("which parliament adopted", "Parliament is due to vote …"). */
const BARE = /(?<!\b(?:[Tt]he|its|[Tt]his|a) )(?:\b(parliament)\b|^(Parliament)\b)/gu;
/** "his government", "her cabinet", "its government": a country's government, named by a pronoun. */
const GOVERNMENT = /\b([Hh]is|[Hh]er|[Ii]ts) (?:government|cabinet)\b/gu;

/**
 * The country whose government "his", "her" or "its" at `at` names: for "its", the country (or a
 * capital's country) named last in this sentence or the one before; for "his" or "her", the country of
 * the person the pronoun points to, by the title printed with the name ("Uzbek President Islam
 * Karimov … his government": Uzbekistan) or the description.
 */
function governmentOf(
  text: string,
  sentences: readonly Sentence[],
  table: ActorTable,
  pronoun: string,
  at: number,
  sentence: number,
): string | undefined {
  const before = table.mentions.filter(
    (m) => m.end <= at && m.sentence >= sentence - 1 && m.actors.length === 1,
  );
  if (/^its$/i.test(pronoun)) {
    const named = before.map((m) => table.actors.get(m.actors[0] ?? ''));
    const country = named.filter((a) => a?.kind === 'country' || a?.capitalOf).at(-1);
    return country?.capitalOf ?? country?.key;
  }
  const person = pronounAntecedent(table, sentences, at, sentence).actor;
  return person ? countryOfPerson(text, table, person) : undefined;
}

/** A person's country, by a country adjective in a title printed before the name or in the description. */
function countryOfPerson(text: string, table: ActorTable, person: string): string | undefined {
  const description = table.actors.get(person)?.description ?? '';
  for (const m of table.mentions) {
    if (m.actors.length !== 1 || m.actors[0] !== person) continue;
    const title = /(\p{Lu}[\p{L}-]+)(?: \p{Lu}[\p{L}-]*){1,3} $/u.exec(
      text.slice(Math.max(0, m.start - 60), m.start),
    );
    const country = table.demonyms.get(title?.[1] ?? '');
    if (country) return country;
  }
  const adjective = description.split(/\s+/).find((w) => table.demonyms.has(w));
  return adjective ? table.demonyms.get(adjective) : undefined;
}

/** Stage "references": adds to the table a mention for each definite reference it resolves. */
export function addReferences(
  text: string,
  sentences: readonly Sentence[],
  table: ActorTable,
  citations: readonly Citation[],
): void {
  // ("the council's land commission": a body of its own, named before the references to it.)
  table.mentions.push(...ownedBodyMentions(text, sentences, table, table.mentions));
  const added: Mention[] = [];
  const known = [...table.mentions].sort((a, b) => a.start - b.start);
  // (Besides the fixed heads, the last word of any body or facility this article has named.)
  const named = namedHeads(table);
  const reference = named.length ? referencePattern(`${HEADS}|${named.join('|')}`) : REFERENCE;
  for (const s of sentences) {
    for (const pattern of [reference, BARE]) {
      for (const m of s.text.matchAll(pattern)) {
        const head = (pattern === BARE ? (m[1] ?? m[2])?.toLowerCase() : m[2]) ?? '';
        const start = s.start + m.index + m[0].length - head.length;
        const end = start + head.length;
        if (citations.some((c) => start < c.spanEnd && c.spanStart < end)) continue;
        if (known.some((k) => k.start <= start && end <= k.end)) continue; // inside a name
        if (looseHeadIdle(text, head, end)) continue;
        // ("part of the former Soviet bloc, and … the bloc’s old members": another kind of bloc.)
        if (head === 'bloc' && OTHER_BLOC.test(s.text)) continue;
        const acting = pattern === BARE && BODY_ACTS.test(text.slice(end, end + 40));
        const actor =
          antecedent(text, s, table, known, head, start) ??
          (/^(?:(?:own|new|same) )?parliament$/.test(head)
            ? legislatureBefore(table, known, start)
            : undefined) ??
          (acting ? bareBody(table, head, s.index) : undefined);
        if (!actor) continue;
        const phraseStart = pattern === BARE ? start : s.start + m.index;
        added.push(referenceMention(text, phraseStart, end, s.index, actor));
      }
    }
  }
  const resolvers: [RegExp, (word: string, at: number, s: Sentence) => string | undefined][] = [
    [ROLE_REFERENCE, (role, at) => roleHolder(text, table, known, role, at)],
    [ROLE_AGAIN, (role, at) => roleHolder(text, table, known, role, at)],
    [GOVERNMENT, (pronoun, at, s) => governmentOf(text, sentences, table, pronoun, at, s.index)],
  ];
  for (const s of sentences) {
    for (const [pattern, resolve] of resolvers)
      for (const m of s.text.matchAll(pattern)) {
        const start = s.start + m.index;
        const end = start + m[0].length;
        if (citations.some((c) => start < c.spanEnd && c.spanStart < end)) continue;
        const actor = resolve(m[1] ?? '', start, s);
        if (actor)
          added.push({ start, end, text: m[0], sentence: s.index, actors: [actor], via: 'reference' });
      }
  }
  added.push(...legislatorMentions(text, sentences, table, known));
  // ("Petrova's committee": the committee she chairs.)
  added.push(...personBodyMentions(text, sentences, table));
  added.push(...homeGovernmentMentions(sentences, table));
  // ("the Russian company": a company named again by its country.)
  added.push(...companyMentions(text, sentences, table, known));
  // ("customs released twelve cars": a service named again by its bare name.)
  added.push(...serviceMentions(text, sentences, table, known, citations));
  table.mentions.push(...added);
  table.mentions.sort((a, b) => a.start - b.start);
}

/**
 * "the provincial commission" of the "Chardak Provincial Election Commission": the name ends in the
 * head's noun and holds its other words, in order.
 */
function wordsOfIn(head: string, name: string): boolean {
  const words = name.toLowerCase().split(/\s+/);
  const wanted = head.split(' ');
  if (words.at(-1) !== wanted.at(-1)) return false;
  let at = 0;
  for (const w of wanted.slice(0, -1)) {
    at = words.indexOf(w, at) + 1;
    if (at === 0 || at >= words.length) return false;
  }
  return true;
}

/** The actor a definite head noun at `at` points back to, when there is exactly one best. */
function antecedent(
  text: string,
  sentence: Sentence,
  table: ActorTable,
  known: readonly Mention[],
  head: string,
  at: number,
): string | undefined {
  // "the new parliament" is the parliament; "the city council" is a council whose name ends so.
  head = head.replace(LOOSE, '');
  // "The chamber approved the agreement": a parliament's chamber is the parliament.
  if (head === 'chamber') head = 'parliament';
  const narrowed = head.includes(' ') && !/^prosecutor|^coast guard$/.test(head);
  // (Only a body named before the reference: "a decree that parliament endorsed" in paragraph two is
  // not "Dorva’s de facto parliament" of paragraph four.)
  const namedBefore = new Set(known.filter((k) => k.end <= at).flatMap((k) => k.actors));
  const candidates = [...table.actors.values()].filter((a) => {
    // "the Board of the Copper Corporation" is a board: only the words before "of" name its kind.
    const name = a.name.replace(/ of .*$/u, '');
    return (
      namedBefore.has(a.key) &&
      (a.kind === 'organization' || a.kind === 'place') &&
      ((a.name.includes(' ') &&
        ` ${name.toLowerCase().replace(/’/g, "'")}`.endsWith(` ${head.replace(/’/g, "'")}`)) ||
        (!narrowed && a.name.includes(' ') && name.toLowerCase().split(/\s+/).includes(head)) ||
        (narrowed && ` ${name.toLowerCase()} `.includes(` ${head} `)) ||
        (narrowed && wordsOfIn(head, name)) ||
        // ("Velgrid, the transmission system operator, … the company": a business by its description.)
        (head === 'company' && (COMPANY_WORD.test(a.name) || BUSINESS_HEAD.test(a.description ?? ''))) ||
        new RegExp(`^(?:the|a|an) (?:[\\p{L}’'-]+ ){0,4}${head}\\b`, 'u').test(a.description ?? '') ||
        (!narrowed && namedWithHead(text, known, a.key, head)))
    );
  });
  if (candidates.length === 0) return undefined;
  // The sentence's own words before the head choose ("the Kestrian budget, which parliament
  // adopted"); words after it name something else ("the ministry revoked the licenses of four
  // Temirian companies": the ministry named last, not the Temirian one).
  const words = new Set(sentence.text.slice(0, at - sentence.start).split(/[^\p{L}-]+/u));
  const chosen = candidates.filter((a) =>
    a.name.split(/\s+/).some((w) => w.toLowerCase() !== head && /^\p{Lu}/u.test(w) && words.has(w)),
  );
  if (chosen.length === 1) return chosen[0]?.key;
  const pool = new Set((chosen.length > 1 ? chosen : candidates).map((a) => a.key));
  const recent = known
    .filter((k) => k.end <= at && k.actors.length === 1 && pool.has(k.actors[0] ?? ''))
    .at(-1);
  return recent?.actors[0];
}

/**
 * "a vote in parliament, which is due to debate the agreement on April 12", in an article that never
 * names the parliament in full: the body, under its bare name, is the actor.
 */
function bareBody(table: ActorTable, head: string, sentence: number): string {
  const key = head.toLowerCase();
  if (!table.actors.has(key))
    table.actors.set(key, {
      key,
      kind: 'organization',
      name: head,
      forms: new Map([[head, 1]]),
      evidenceSentence: sentence,
      aliases: new Set(),
      kindCue: 'weak',
    });
  return key;
}
