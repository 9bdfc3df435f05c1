// A quotation's speaker: the author line's person, else whom the attribution names, handed on to a
// clause's subject, a body or "my client" where the attribution gives the words to them.
import type { Analysis } from '../../analysis.js';
import { IRREGULAR_PAST_ACTS } from '../../language/lexicon.js';
import { namerOf } from '../quote-namer.js';
import type { Citation } from '../sources.js';
import { bodyOfHolder, resolveSpeaker, type SpeakerResolution } from '../speakers.js';
import { SPOKEN } from '../speakers/words.js';
import { attributionRegion, authorSpeaker } from './attribution.js';
import { answererSaying, clauseSubject, reportedClauseSpeaker, subjectSaying } from './clause-speakers.js';
import type { Answerer, PlacedQuotation } from './types.js';

/**
 * Words a clause's subject gives in passing, or a document it issues: ", saying …", "a note describing
 * … as", "a note calling it “…” and warning that …".
 */
const PARTICIPLE_LEAD =
  /(?:,\s|\s(?:a|an|the) (?:note|statement|letter|communiqu[eé]|resolution|notice) (?:[^.;]*\sand\s)?)(?:saying|describing|calling|warning|promising|pledging|vowing|insisting|adding|arguing|claiming|noting|stressing|urging|announcing)\b[^.;“”"]*$/;

/**
 * A conjunction opening a clause with a subject and a verb of its own: ", but the Foreign Ministry called
 * off …" (not the last of a list: "met Merkel, Hollande, and Poroshenko in Minsk, saying …").
 */
const CLAUSE_WITH_SUBJECT = new RegExp(
  `, (?:and|but|while|whereas) (?=(?:the|a|an|its|his|her|their|this|these)\\s|\\p{Lu})(?=[^,;“”"]{0,60}?\\s(?:\\p{Ll}+ed|has|had|was|were|is|are|${IRREGULAR_PAST_ACTS})\\b)`,
  'gu',
);

/** A charge laid on someone named before the words: "to accuse Prosecutor X of “…”". */
// (Not "X was accused by Y of “…”": Y's words, which the attribution names.)
const ACCUSED_OF =
  /(?<!\b(?:was|were|been|being|is|are)\s)\baccus(?:e|es|ed|ing)\s(?![^.;“”"]{0,80}?\sby\s)[^.;“”"]{1,80}?\sof\s*$/;

/**
 * A charge or a penalty laid on someone, with its grounds in quotation marks: "had charged Sirbu, two
 * days after her arrest, with “…”", "suspended the CITU for six months for “…”" (not "was charged by").
 */
const CHARGED_WITH =
  /(?<!\b(?:was|were|been|being|is|are)\s)\b(?:charg(?:e|es|ed|ing)\s(?![^.;“”"]{0,80}?\sby\s)[^.;“”"]{1,80}?\swith|(?:suspend|ban|fin|dissolv|expell|sentenc|jail|convict|dismiss|fir|clos)(?:e|es|ed|ing)\s(?![^.;“”"]{0,80}?\sby\s)[^.;“”"]{1,80}?\sfor)\s*$/;

/** A quotation's speaker, the attribution span it was found in, and the quote box's dash line. */
export interface QuotationSpeaker {
  readonly speaker: SpeakerResolution;
  readonly region?: { start: number; end: number };
  readonly dash?: Citation;
}

/**
 * `client`: whom an interviewee's "my client" means (the interview's subject), if anyone; `answerer`:
 * an interview's answers and who says "I" in them.
 */
export function quotationSpeaker(
  an: Analysis,
  q: PlacedQuotation,
  client?: string,
  answerer?: Answerer,
): QuotationSpeaker {
  const dash = an.citations.find(
    (c) => c.kind === 'dash' && c.start >= q.last.outerEnd && c.start - q.last.outerEnd <= 4,
  );
  if (dash?.author) return { speaker: authorSpeaker(an, dash.author), dash };
  const region = attributionRegion(an, q);
  const said = resolveSpeaker(
    an.table,
    an.text,
    an.sentences,
    region,
    q.firstSentence.index,
    q.first.outerStart,
  );
  return { speaker: wordsOwner(an, q, region, said, client, answerer), region, dash };
}

/** The speaker the attribution names, or the one it gives the words to. */
function wordsOwner(
  an: Analysis,
  q: PlacedQuotation,
  region: { start: number; end: number },
  said: SpeakerResolution,
  client: string | undefined,
  answerer: Answerer | undefined,
): SpeakerResolution {
  // "X halted the traffic …, citing “urgent repairs”", "…, saying the channel had broadcast “…”",
  // "handed him a note describing the incident as “…”": the words are the clause subject's.
  const lead = an.text.slice(region.start, region.end);
  const namer = namerOf(an, lead, region.start, q.firstSentence.index); // "what X called “…”"
  let res = namer ?? said;
  // "barred the ships from calling at Khobeti “until the safety of navigation is restored”": the
  // quoted terms of a decision are the words of the body that made it, even when another body was
  // named last ("postponed the session of the Mejlis … “until …”"), unless someone said them.
  const terms = /^(?:until|unless|pending)\s/.test(q.parts[0] ?? '') && (!res.actor || !SPOKEN.test(lead));
  // (The lead's last 300 characters: a participle's clause is short, and a long lead would be read
  // over and over.)
  const tail = lead.slice(-300);
  const tailAt = region.end - tail.length;
  // "X went on the air to accuse Prosecutor Y of “…”", "charged Y with “…”", "suspended Y for “…”": the
  // words are the accuser's, never the accused's.
  const charge = ACCUSED_OF.exec(tail) ?? CHARGED_WITH.exec(tail);
  // (Or a pronoun the resolver read as the accused: "Turvangaz accused it of “…”".)
  const accused =
    !!charge &&
    (an.table.mentions.some((m) => m.start >= tailAt + charge.index && m.actors.includes(res.actor ?? '')) ||
      /^accus\p{Ll}*\s(?:it|him|her|them)\s/u.test(charge[0]));
  const given = PARTICIPLE_LEAD.exec(tail) ?? (accused ? charge : null);
  // (A namer right before the words wins: "…, claiming that …, a charge the ministry dismissed as “…”".)
  if (!namer && (given || /,\sciting\s$/.test(lead) || terms)) {
    // (The clause the verb is in: "X was due in Kalvesh …, but the Foreign Ministry called off the
    // visit, saying …" is the ministry's; "X summoned Y, and handed him a note …" is still X's.)
    const verbAt = given ? tailAt + given.index : region.end;
    // (A conjunction opens a clause only with a subject of its own: ", and postponed the session …"
    // goes on with the first one's.)
    const span = an.text.slice(region.start, verbAt);
    const semicolon = span.lastIndexOf('; ');
    const wide = region.start + (semicolon < 0 ? 0 : semicolon + 2);
    // (Read with the verb itself, which a clause's subject needs after it: ", and Turvangaz accused".)
    const withVerb = an.text.slice(region.start, Math.min(region.end, verbAt + 30));
    const conjunction = [...withVerb.matchAll(CLAUSE_WITH_SUBJECT)]
      .map((b) => b.index + b[0].length)
      .filter((at) => at > semicolon && at <= span.length)
      .at(-1);
    const narrow = conjunction === undefined ? wide : region.start + conjunction;
    const subject = [clauseSubject(an, narrow, region.end), clauseSubject(an, wide, region.end)].find(
      (x) => x.actor,
    );
    if (subject) res = subject;
  }
  // "The court ruled that the Front had worked for “…”": a name inside the reported clause is what the
  // words are about; the verb's subject said them.
  if (!namer && res.how === 'name') res = reportedClauseSpeaker(an, q, res) ?? res;
  // "the day Brandt's ministry announced that it saw “…”": the body speaks, not the person who heads it.
  const owned = /(\p{Lu}[\p{L}-]+)['’]s (ministry|committee|department|agency) [^.,;“”"]*$/u.exec(lead);
  const ownedBody = owned?.[1] && owned[2] ? bodyOfHolder(an.table, owned[1], owned[2]) : undefined;
  if (ownedBody)
    res = { actor: ownedBody, how: 'role', doubt: `"${owned?.[0]}" taken to be the body it names` };
  if (res.how === 'pronoun' && res.actor)
    res = clientInstead(an, res, client, q.firstSentence.index, q.first.outerStart);
  return res.actor ? res : (subjectSaying(an, q, region, lead) ?? answererSaying(an, q, answerer) ?? res);
}

/**
 * "Nazarov will ask for seven years, and my client has told me …. “…,” he said": in a lawyer's
 * interview "my client" (the person the introduction is about) is the latest person a pronoun can
 * mean when it comes after the name the pronoun was given to.
 */
function clientInstead(
  an: Analysis,
  res: SpeakerResolution,
  subject: string | undefined,
  sentence: number,
  at: number,
): SpeakerResolution {
  const from = an.sentences[Math.max(0, sentence - 1)]?.start ?? 0;
  const client = an.text.slice(from, at).lastIndexOf('my client');
  const named = an.table.mentions
    .filter((m) => m.start >= from && m.end <= at && m.actors.includes(res.actor ?? ''))
    .at(-1);
  if (client < 0 || (named && named.start > from + client)) return res;
  return subject
    ? { actor: subject, how: 'role', doubt: '"my client" taken to be the interview\'s subject' }
    : res;
}
