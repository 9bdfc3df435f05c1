// Words given as someone's by a phrase rather than a verb: "according to Almasov, …", "by the
// ministry's account", "in Petrov's view", "according to a statement by the mission".
import type { Analysis } from '../../analysis.js';
import type { QuoteSpan } from '../quote-marks.js';
import { bodyByNoun, pronounAntecedent, resolveSpeaker } from '../speakers.js';
import { endsInQuotation } from './ends-in-quotation.js';
import { REPORTING_ANYWHERE } from './reporting-verbs.js';
import { personMentions } from '../speakers/mentions.js';
import { namedIn } from './speaker-mentions.js';
import { statementIn } from './statement-in.js';
import type { StatementDraft } from './types.js';

/**
 * "according to Almasov, …" or "…, according to Minister Nurbol Kaldarov": the name, up to a comma or
 * the end (through a body's abbreviation: "according to Central Commission (CCER) Chairwoman X, …").
 */
const ACCORDING_TO =
  /\baccording to (?!(?:a|an|the)\s+(?:report|article|statement|survey|poll|study|data|figures)\b)((?:[^,;(]|\(\p{Lu}{2,8}\) (?=(?:Chairman|Chairwoman|Chairperson|Chair|Head|Director|Director-General|Secretary|Secretary-General|Spokesman|Spokeswoman|Spokesperson|Commissioner|Coordinator|Rapporteur|Deputy|Vice-Chairman)\b)){3,120})/giu;
/**
 * Words given as someone's: "By Lupan's own account, …", "by the ministry's account", "in Petrov's
 * view, …", "Ostrov's position is that …" (group 1 the owner), or "in his view, …", "according to
 * her, …" (group 2 the pronoun).
 */
const OWNED_WORDS =
  /\b(?:(?:[Bb]y ((?:the )?[\p{L}'’ -]{2,60}?)['’]s (?:own )?account|[Ii]n ((?:the )?[\p{L}'’ -]{2,60}?)['’]s (?:view|words|opinion)),|((?:[Tt]he )?\p{Lu}[\p{L}'’ -]{1,60}?)['’]s (?:position|view) is that\b|(?:[Bb]y (his|her) own account|[Ii]n (his|her) (?:view|words|opinion)|[Aa]ccording to (him|her|them)),)/u;
/** A verb of saying and its "that" (not a relative one: "called the sanctions a step that …"). */
const SAID_THAT =
  /\b(?:said|says|told|tells|stated|announced|claimed|argued|insisted|noted|warned|added|reported|confirmed|denied|acknowledged|admitted|explained|stressed|emphasi[sz]ed|assured|informed|maintained|conceded|predicted|promised)\s(?:[^\s;“”"]+\s){0,14}?that\b/;
/** A clause opened by its own speaker and verb of saying: ", he told the council that", ", Petrov said that". */
const SPEAKER_SAID_THAT = new RegExp(
  `^,\\s(?:he|she|they|(?:the\\s)?\\p{Lu}[\\p{L}’'-]+(?:\\s\\p{Lu}[\\p{L}’'-]+){0,3})\\s(?:also\\s|had\\s|has\\s)?${SAID_THAT.source}`,
  'u',
);
const ACCORDING_TO_STATEMENT =
  /\baccording to (?:a|an|the) (?:statement|communiqu[eé]|press release|announcement)(?: (?:by|from|of|issued by|on|posted on))?(?: the)? /gi;

/** "according to X" statements, added to `out` (one a sentence; none where a quotation is the words). */
export function addAccordingTo(an: Analysis, quoteSpans: readonly QuoteSpan[], out: StatementDraft[]): void {
  for (const s of an.sentences) {
    for (const m of s.text.matchAll(ACCORDING_TO)) {
      const at = s.start + m.index;
      const nameStart = at + m[0].length - (m[1]?.length ?? 0);
      // "according to the Zugdidi governor, Zaza Gorozia, …": the name in apposition.
      // "according to the bureau, Zaurov took …" is no apposition: the name must close with a comma.
      const apposed = /^, (?=\p{Lu})/u.test(an.text.slice(at + m[0].length, at + m[0].length + 3))
        ? an.table.mentions.find((x) => x.start === at + m[0].length + 2 && an.text[x.end] === ',')
        : undefined;
      const isPerson = apposed && an.table.actors.get(apposed.actors[0] ?? '')?.kind === 'person';
      const noun = /^the (\p{Ll}+)[.!?]?$/u.exec(m[1]?.trim() ?? '')?.[1]; // ("…, according to the embassy.")
      // "X denied that …, and according to him the idea came from …": the person the pronoun means,
      // for the words after it.
      // (A sentence that opens so is left to OWNED_WORDS.)
      const pronoun =
        /^(?:him|her)\b/.test(m[1] ?? '') && /(?:,\s(?:and|but)|;)\s$/.test(an.text.slice(s.start, at));
      // "according to the bank's representative": a person of the bank, not the bank.
      const ofBody = /['’]s\s+\p{Ll}/u.test(m[1] ?? '');
      // "according to sources in the ministry": the unnamed group speaks, not the body it sits in.
      const group = an.table.mentions.find(
        (x) => x.via === 'group' && x.start === nameStart && x.end <= at + m[0].length,
      );
      // ("according to the committee chairman, Ramiz Aghayev, …": a role in lower case, then its holder.)
      const roleThenName = isPerson && /\s\p{Ll}+$/u.test(m[1]?.trim() ?? '');
      const actor = pronoun
        ? pronounAntecedent(an.table, an.sentences, at, s.index, an.text).actor
        : roleThenName
          ? apposed?.actors[0]
          : (group?.actors[0] ??
            (ofBody ? undefined : namedIn(an, nameStart, at + m[0].length)) ??
            (isPerson ? apposed?.actors[0] : undefined) ??
            (noun ? bodyByNoun(an.table, noun) : undefined) ??
            // "According to Tebuev, …" of two Tebuevs: the namesake a role or the latest mention picks.
            (/^\p{Lu}[\p{L}’'-]+\s*$/u.test(m[1] ?? '')
              ? resolveSpeaker(
                  an.table,
                  an.text,
                  an.sentences,
                  { start: nameStart, end: at + m[0].length },
                  s.index,
                ).actor
              : undefined));
      if (!actor || an.citations.some((c) => at >= c.spanStart && at < c.spanEnd)) continue;
      if (out.some((o) => o.sentence === s.index)) continue;
      // "According to his press secretary, Nodira Kasymova, he told the council that …": a clause with
      // its own speaker follows; the source only vouches that he did, and the verb's reading names him.
      const clauseAfter = an.text.slice(apposed ? apposed.end : at + m[0].length, s.end);
      if (SPEAKER_SAID_THAT.test(clauseAfter)) continue;
      // "X told the committee that …, according to two deputies who were present": the clause's own
      // speaker said the words; witnesses cited at the sentence's end only vouch that X did (not one
      // who speaks for a body: "the Commission has said that …, according to a spokeswoman for it").
      const clause = an.text.slice(s.start, at).split(/;\s/).at(-1) ?? '';
      const said = SAID_THAT.exec(clause);
      // (A person who "told … that" keeps the words even when a press service is cited.)
      const clauseAt = at - clause.length;
      const personSaid = !!said && personMentions(an.table, clauseAt, clauseAt + said.index).length > 0;
      if (
        /,\s$/.test(clause) &&
        said &&
        /^[^,;]*?[\s.]*(?:\([^()]*\))?[\s.]*$/.test(an.text.slice(at + m[0].length, s.end)) &&
        (personSaid ||
          !/\b(?:spokes\p{Ll}+|press|aides?|office|representatives?|officials?)\b/u.test(m[1] ?? ''))
      )
        continue;
      // "X, a spokeswoman for the bloc, which won 2 percent according to the CEC, claimed that …": set in
      // a relative clause before the main verb, the source vouches for that clause only.
      const relative = /,\s((?:which|who|whose)\s[^,;]*)$/.exec(an.text.slice(s.start, at));
      if (relative && REPORTING_ANYWHERE.test(an.text.slice(at + m[0].length, s.end))) {
        const from = s.start + relative.index + relative[0].length - (relative[1]?.length ?? 0);
        const statement = statementIn(an, s, { actor, how: 'name' }, at, /[\s,.]+$/, from);
        out.push({ ...statement, evidence: an.text.slice(from, at + m[0].length).trimEnd() });
        continue;
      }
      // "According to X, “…”" and "“…,” according to X": a quotation only.
      const quotedBefore = quoteSpans.some(
        (q) => q.outerStart >= s.start && q.outerEnd <= at && at - q.outerEnd <= 3,
      );
      // "According to X, the road “is closed” and cannot reopen": the words go on after the quotation.
      const goesOn = (q: QuoteSpan) =>
        q.outerStart > at &&
        q.outerEnd < s.end &&
        /^[”"’]?,?\s+and\s+\p{Ll}/u.test(an.text.slice(q.outerEnd, s.end));
      const quotedInside = quoteSpans.some(goesOn);
      // "agreed, according to the ministry, to “freeze all work” until May": set inside a quotation's
      // attribution, the source vouches for the quoted words only.
      const quotedNext = /^,\s(?:to\s)?[“"]/.test(an.text.slice(at + m[0].length, at + m[0].length + 8));
      if (
        quotedBefore ||
        ((quotedNext || endsInQuotation(an, quoteSpans, at + m[0].length, s.end)) && !quotedInside)
      )
        continue;
      const how = pronoun ? 'pronoun' : 'name';
      out.push(statementIn(an, s, { actor, how }, at, /[\s,.]+$/, pronoun ? at : s.start));
    }
  }
}

/** "By X's own account", "in his view": words owned by someone, added to `out` where a sentence has none. */
export function addOwnedWords(an: Analysis, out: StatementDraft[]): void {
  for (const s of an.sentences) {
    const m = OWNED_WORDS.exec(s.text);
    if (!m || out.some((o) => o.sentence === s.index)) continue;
    // "X accused …, in her view, …" or "X warned that …, according to him, …": the verb before reports.
    if (REPORTING_ANYWHERE.test(s.text.slice(0, m.index))) continue;
    const at = s.start + m.index;
    const owner = m[1] ?? m[2] ?? m[3];
    const from = owner ? at + m[0].indexOf(owner) : at;
    const actor = owner
      ? namedIn(an, from, from + owner.length)
      : /them,$/.test(m[0])
        ? pluralBefore(an, s.index)
        : pronounAntecedent(an.table, an.sentences, at, s.index, an.text).actor;
    if (actor) out.push(statementIn(an, s, { actor, how: owner ? 'name' : 'pronoun' }, at, /[\s,.]+$/));
  }
}

/**
 * "Neighbors told the agency that …. According to them, …": the group or body that opens the sentence
 * before (a person is no "them").
 */
function pluralBefore(an: Analysis, sentence: number): string | undefined {
  const before = an.sentences[sentence - 1];
  const first = an.table.mentions.find((x) => x.sentence === sentence - 1 && x.actors.length === 1);
  const kind = an.table.actors.get(first?.actors[0] ?? '')?.kind;
  const opens = !!before && !!first && /^\s*(?:[Tt]he\s)?$/.test(an.text.slice(before.start, first.start));
  return opens && kind === 'organization' ? first?.actors[0] : undefined;
}

/** "according to a statement on the mission's website": the body that issued it, added to `out`. */
export function addAccordingToStatement(an: Analysis, out: StatementDraft[]): void {
  // "according to a statement on the mission's website": the body that issued it.
  for (const s of an.sentences) {
    for (const m of s.text.matchAll(ACCORDING_TO_STATEMENT)) {
      const at = s.start + m.index;
      const body = an.table.mentions.find(
        (x) =>
          x.start >= at + m[0].length - 4 &&
          x.start <= at + m[0].length + 40 &&
          x.actors.length === 1 &&
          an.table.actors.get(x.actors[0] ?? '')?.kind === 'organization',
      );
      if (!body || out.some((o) => o.sentence === s.index)) continue;
      out.push(statementIn(an, s, { actor: body.actors[0], how: 'name' }, at, /[\s,.]+$/));
    }
  }
}
