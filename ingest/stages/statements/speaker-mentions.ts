// Who is named where: the actor mentions an attribution, a clause's subject or the words before a
// reporting verb point to (a person before an appositive, the last person named in a span, the
// subject that opens a clause, a state by its name or capital, the speaker right before a verb).
import type { Analysis } from '../../analysis.js';
import type { Mention } from '../actors.js';
import { DEED_AND, PHONED_TO } from '../speakers.js';
import { deedSubject } from '../speakers/deed-object.js';
import { unitBefore } from '../speakers/mentions.js';
import { ROLE_NOUNS } from '../../language/lexicon.js';

const DEED_GAP = new RegExp(`^ (?:${DEED_AND}|${PHONED_TO})$`);
/**
 * An aside between dashes: "X—no relation to the speaker—called …", "X – a former envoy – said …"; one
 * between spaced dashes may run to a clause of its own ("X – no relation to the defendant, as he is at
 * pains to tell every visitor – claimed …").
 */
const DASH_ASIDE =
  /^(?:—[^—;.“”"]{1,60}—|\s–\s[^–;.“”"]{1,120}\s–\s)(?:(?:has|have|had|also|then|later|now|still) )*$/;

// A title may come first: "Ambassador Ivan Petrov, who …, insisted", "Latvian First Deputy Prime
// Minister X, who …, says", "Deputy Minister of Transport X, who …, insists".
const TITLE_RUN = String.raw`(?:\p{Lu}[\p{L}-]+\s(?:(?:of|for|and)\s(?:the\s)?)?){0,10}$`;
const CLAUSE_OPENER = String.raw`[,;:]\s|\b(?:while|and|but|when|after|before|as|because|since|although|though|until|once|where|whereas)\s`;
const OPENS_AT_START = new RegExp(String.raw`(?:^\s*|${CLAUSE_OPENER})${TITLE_RUN}`, 'u');
const OPENS_AFTER = new RegExp(String.raw`(?:${CLAUSE_OPENER})${TITLE_RUN}`, 'u');
// (Openers: an article or pronoun, a relative, a participle ("presenting the report on March 8"), a
// role "of" or a bare role ("Central Asia researcher at …"), an owner's possessive, a title "of".)
const APPOSITIVE_THEN_VERB = new RegExp(
  String.raw`^(?:\s\([^()]{1,60}\))?,\s(?:the|a|an|its|his|her|their|no|who|whom|whose|which|(?!citing|quoting)\p{Ll}{3,}ing|(?:\p{Ll}+ ){1,2}of|(?:\p{Lu}[\p{L}-]+ ){0,2}(?:[\p{Ll}-]+ ){0,2}(?:${ROLE_NOUNS})|(?:\p{Lu}[\p{L}-]+ ){0,2}\p{Lu}[\p{L}-]+['’]s|(?:\p{Lu}\p{Ll}+ ){1,3}of)\b(?:[^;.“”"]|(?<=\d)\.(?=\d)|“[^“”]{1,80}”){1,140}(?:,|(?<=,”))\s(?:(?:has|have|had|also|then|later|since|now|still) )*$`,
  'u',
);

/** A set aside between the speaker and the verb: "X, for its part, said", "X, back in Yerevan, had told". */
const ASIDE_THEN_VERB =
  /^,\s(?:for (?:his|her|its|their) part|in turn|however|meanwhile|though|too|(?:back|now|still|once again) (?:in|at|from) [^,;.“”"]{2,40}),\s(?:(?:has|have|had|also|then|later|now) )*$/u;

/** The words between a name and its verb are an appositive or a set aside. */
const apposedBeforeVerb = (gap: string) => APPOSITIVE_THEN_VERB.test(gap) || ASIDE_THEN_VERB.test(gap);

/**
 * What may part a body from the person holding a post in it: a possessive post between commas, the
 * post's lower-case noun ("leader", "deputy chairman"; not a verb before it: "dismissed governor X"),
 * or the body's seat ("… Delegation in Davrin ").
 */
const HOLDER_AFTER_BODY = new RegExp(
  String.raw`^(?:['’]s (?:[\p{Ll}-]+ ){0,3}[\p{Ll}-]+, |(?: (?:deputy|chief|first|vice|acting|former|press|executive|party))?(?: (?:${ROLE_NOUNS})) | (?:in|for) (?:\p{Lu}[\p{L}’'-]+ ){1,3})$`,
  'u',
);

/**
 * "X, the leader of the Civic Bloc and no relation of Y, argued", "Izvestia, which spelled his name Y,
 * claimed", "X (no relation to the minister), a deputy who …, urged": the person (or body, or outlet)
 * before an appositive speaks, not the name that closes it. The name opens its clause. A post of one
 * or two words opens the appositive too ("X, deputy head of the Port Authority (PA), told"), and so does
 * "whom" or "whose" ("X, whose party lost the vote, argues"), and so does a capitalised post ("X,
 * Deputy Chairman of the Y Agency, said") or a possessive ("X, Norway's Minister of Trade, told"). A
 * decimal point ("won 4.2 percent") ends no appositive.
 */
export function appositiveSubject(
  an: Analysis,
  s: Analysis['sentences'][number],
  verbAt: number,
): string | undefined {
  const kindOf = (x: Mention) => an.table.actors.get(x.actors[0] ?? '')?.kind;
  // (The words before a mention are read from at most 120 characters back, and only for a mention an
  // appositive follows: a sentence of a thousand names and verbs took seconds.)
  const opensClause = (x: Mention) => {
    const from = Math.max(s.start, x.start - 120);
    return (from === s.start ? OPENS_AT_START : OPENS_AFTER).test(an.text.slice(from, x.start));
  };
  const head = an.table.mentions.find(
    (x) =>
      x.sentence === s.index &&
      x.end < verbAt &&
      // (An appositive is at most some 200 characters: a long sentence is not read to its end for each name.)
      x.end >= verbAt - 260 &&
      x.actors.length === 1 &&
      (kindOf(x) === 'person' || kindOf(x) === 'organization' || kindOf(x) === 'media') &&
      apposedBeforeVerb(an.text.slice(x.end, verbAt)) &&
      opensClause(x),
  );
  // ("X of the Memorial Human Rights Center, who visited …, accused": the body's member speaks.)
  const member = head && kindOf(head) === 'organization' ? memberBefore(an, head.start) : undefined;
  return member ?? head?.actors[0] ?? describedBefore(an, an.text.slice(s.start, verbAt), verbAt);
}

/**
 * The first person or organisation named in the span: a clause's subject usually comes first. A body
 * in a person's title is not the subject: "Deputy Chairman of the Budget Committee Ivan Petrov".
 */
export function subjectIn(an: Analysis, start: number, end: number): string | undefined {
  const inSpan = mentionsWithin(an, start, end, ['person', 'organization']);
  const mention = inSpan[0];
  const kindOf = (m: Mention) => an.table.actors.get(m.actors[0] ?? '')?.kind;
  // ("Gazprom chief X", "Dravkali’s chief executive, Boris Yantsen, …", "Sovereign Choice leader X",
  // "Head of the IHC Delegation in Davrin X": the body's person.)
  const holder = inSpan.find(
    (m) =>
      kindOf(m) === 'person' &&
      mention &&
      kindOf(mention) !== 'person' &&
      (m.start === mention.end + 1 || HOLDER_AFTER_BODY.test(an.text.slice(mention.end, m.start))),
  );
  // "Petrov's office distanced itself, saying …": the unnamed group whose phrase holds the name speaks.
  const group = mention
    ? an.table.mentions.find(
        (m) => m.via === 'group' && m.start <= mention.start && m.end > mention.end && m.end <= end,
      )
    : undefined;
  return (group ?? holder ?? mention)?.actors[0];
}

/** The first person named in the span. */
export function personIn(an: Analysis, start: number, end: number): string | undefined {
  return mentionsWithin(an, start, end, ['person'])[0]?.actors[0];
}

/** The mentions of one actor of the given kinds that lie wholly within the span, in order. */
function mentionsWithin(an: Analysis, start: number, end: number, kinds: readonly string[]): Mention[] {
  return an.table.mentions.filter(
    (m) =>
      m.start >= start &&
      m.end <= end &&
      m.actors.length === 1 &&
      kinds.includes(an.table.actors.get(m.actors[0] ?? '')?.kind ?? ''),
  );
}

/** The person (else organisation) an attribution names: its last such mention. */
export function namedIn(an: Analysis, start: number, end: number): string | undefined {
  const inside = an.table.mentions.filter((m) => m.end > start && m.start < end && m.actors.length === 1);
  const kindOf = (m: (typeof inside)[number]) => an.table.actors.get(m.actors[0] ?? '')?.kind;
  const pick =
    inside.filter((m) => kindOf(m) === 'person').at(-1) ??
    inside.filter((m) => kindOf(m) === 'organization').at(-1);
  return pick?.actors[0];
}

/** The country named in the span, by its name or its capital's: the last such mention. */
export function stateIn(an: Analysis, start: number, end: number): string | undefined {
  const states = an.table.mentions.flatMap((m) => {
    const actor = m.start >= start && m.end <= end ? an.table.actors.get(m.actors[0] ?? '') : undefined;
    if (m.actors.length !== 1 || !actor) return [];
    if (actor.kind === 'country') return [actor.key];
    return actor.capitalOf ? [actor.capitalOf] : [];
  });
  return states.at(-1);
}

/** A person or organisation named (or referred to) right before `at`: an aside between commas may part them. */
export function mentionBefore(an: Analysis, at: number): string | undefined {
  const kindOf = (x: Mention) => an.table.actors.get(x.actors[0] ?? '')?.kind;
  // ("Baluta, whom the assembly confirmed on April 7, told …": no one inside a relative clause, nor
  // inside an appositive: "Doneva, one of the few deputies of President Kovrin’s party to break ranks,
  // accused …".)
  const aside = /,\s(?:who|whom|which|whose|one of|(?:a|an) (?!\p{Lu})\p{Ll}+)\b[^,;.“”"]*,\s$/u.exec(
    an.text.slice(Math.max(0, at - 120), at),
  );
  const asideAt = aside ? Math.max(0, at - 120) + aside.index : at;
  // The latest-ending speaker; of two ending together, the longer ("officials in the ministry").
  const m = an.table.mentions
    .filter((x) => x.end <= asideAt && x.end >= at - 140 && !!titledOne(an, x))
    .map((x) => (x.actors.length === 1 ? x : { ...x, actors: [titledOne(an, x) ?? ''] }))
    .filter((x) => kindOf(x) === 'person' || kindOf(x) === 'organization' || kindOf(x) === 'country')
    .sort((x, y) => x.end - y.end || y.start - x.start)
    .at(-1);
  if (!m) return undefined;
  // "Kazakhstan, for its part, has made clear that …": a state speaks only before an aside.
  if (kindOf(m) === 'country' && !/^,[^,;.“”"]{1,40},\s$/.test(an.text.slice(m.end, at))) return undefined;
  const gap = an.text.slice(m.end, at);
  // "Pontmar's management says …": a company's governing organ speaks for the company.
  // So does its group in parliament: "The Party of Regions faction claimed …".
  if (
    kindOf(m) === 'organization' &&
    /^(?:['’]s (?:management|leadership|board(?: of directors)?)| faction) $/.test(gap)
  )
    return m.actors[0];
  // "The International Labour Organization (ILO), which has monitored …, welcomed": after its abbreviation
  // (whether or not the abbreviation is a mention of its own: "Gordian Railways (GR) announced").
  // An aside in parentheses too: "X (no relation to the senator) said …".
  // "Halangiu, who denies the charges, …": the verb of a relative clause is the name's.
  // "A Gazprom spokesman the next day denied": a time between them. "A clerk came to the plant and
  // told us": a deed the speaker did first. "the prosecutor's office of the republic told": the body
  // placed by the territory it serves.
  if (
    !/^\)?(?: \([^()]{1,40}\))?(?: of the (?:republic|region|province|district|city|country|oblast))?(?:,[^,;.“”"]{1,60},|,? (?:that|which|who)(?: [^,;.“”"]{1,80}?)?| the (?:next|following|same) day)?\s(?:(?:has|have|had|also|then|later|now|still|nevertheless|nonetheless|immediately|promptly|flatly) )*$/.test(
      gap,
    ) &&
    !DASH_ASIDE.test(gap) &&
    !DEED_GAP.test(gap)
  )
    return undefined;
  // "The Office for Free Elections (OFE) of the Concord …, which …, said": the unit of the body speaks.
  const unit = unitBefore(an.table, an.text, m);
  if (unit) return unit.actors[0];
  // "Maryam Dolgiyeva of the Memorial Center, who …, accused": the person of the body speaks.
  const member = an.table.mentions.find(
    (x) =>
      x.actors.length === 1 &&
      kindOf(x) === 'person' &&
      /^ of (?:the )?$/.test(an.text.slice(x.end, m.start)),
  );
  return (member ?? m).actors[0];
}

/**
 * "Ivan Petrov of the opposition Liberal Party accused …", "X of the Belarusian group Nioman Watch
 * says …": the person named right before "of the <body>" (which starts at `bodyAt`) is the subject;
 * the body only says where they belong.
 */
export function memberBefore(an: Analysis, bodyAt: number): string | undefined {
  const from = Math.max(0, bodyAt - 30);
  const member = / of (?:the )?(?:\p{Ll}+ |\p{Lu}\p{Ll}+ (?=\p{Ll}+ $)){0,2}$/u.exec(
    an.text.slice(from, bodyAt),
  );
  if (!member) return undefined;
  const at = from + member.index;
  return an.table.mentions.find(
    (x) => x.end === at && an.table.actors.get(x.actors[0] ?? '')?.kind === 'person',
  )?.actors[0];
}

/**
 * "X (no relation), a Communist, insisted …": the person an appositive noun describes, named right
 * before it (`lead` is the text before the verb at `verbAt`).
 */
function describedBefore(an: Analysis, lead: string, verbAt: number): string | undefined {
  const noun = /(?:\s\([^()]{1,40}\))?,\s(?:a|an)\s\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?,\s$/u.exec(lead);
  if (!noun) return undefined;
  const at = verbAt - lead.length + noun.index;
  return an.table.mentions.find(
    (x) => x.end === at && x.actors.length === 1 && an.table.actors.get(x.actors[0] ?? '')?.kind === 'person',
  )?.actors[0];
}

/**
 * A mention's one actor; of namesakes, the one whose description holds the title printed right
 * before the surname ("Minister Tsechoev" of two brothers, one a minister).
 */
function titledOne(an: Analysis, x: Mention): string | undefined {
  if (x.actors.length === 1) return x.actors[0];
  const title = /(\p{Lu}\p{Ll}+) $/u.exec(an.text.slice(Math.max(0, x.start - 30), x.start))?.[1];
  const fit = x.actors.filter((k) =>
    an.table.actors
      .get(k)
      ?.description?.toLowerCase()
      .includes(title?.toLowerCase() ?? '\0'),
  );
  return title && fit.length === 1 ? fit[0] : undefined;
}

/** "X met Y on May 2 and told reporters that …": the subject X of the deed whose object Y is named last. */
export function deedSpeaker(
  an: Analysis,
  s: Analysis['sentences'][number],
  verbAt: number,
): string | undefined {
  const named = mentionsWithin(an, s.start, verbAt, ['person', 'organization']);
  const object = named.at(-1);
  return object ? deedSubject(an.text, named.at(-2), object)?.actors[0] : undefined;
}
