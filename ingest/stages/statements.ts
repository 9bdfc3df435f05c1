// Reported statements: indirect speech such as "Seitkali described the visit as a turning point",
// "Karimov has indicated his belief that …", "He added that …", "the ministry put its losses at 12",
// "accused Russia of …", "welcomed the decision". The speaker is the person named
// (or the pronoun's antecedent) right before the reporting verb.
import type { DateSpec } from '../../src/dataset/schema.js';
import type { Analysis } from '../analysis.js';
import type { Mention } from './actors.js';
import { citationsFor } from './cite.js';
import { interviewSubject, interviewVoice } from './interview.js';
import { isTurn } from './segment.js';
import type { QuoteSpan } from './quote-marks.js';
import type { Citation } from './sources.js';
import {
  BASE_SPEECH_VERBS,
  bodyByNoun,
  formerOrLatter,
  personByRole,
  pronounAntecedent,
  resolveSpeaker,
  type SpeakerResolution,
} from './speakers.js';

export interface StatementDraft {
  readonly sentence: number;
  readonly speaker: SpeakerResolution;
  /** Verbatim: from the speaker (or the sentence start) to the end of the reported words. */
  readonly evidence: string;
  readonly start: number;
  /** Offset of the reporting verb. */
  readonly verbAt: number;
  readonly date?: DateSpec;
  readonly citations: readonly Citation[];
}

/**
 * A reporting verb, with the adverbs and auxiliaries before it: group 1 the verb. A base form
 * ("officials deny that …", "they doubt that …") is no infinitive, modal or noun ("to say", "would
 * argue", "the claim that"), unless a liking goes with it ("likes to recall").
 */
const REPORTING = new RegExp(
  `\\b(?:(?:has|have|had|also|then|later|since|recently|further|publicly|privately|openly|quietly|already|repeatedly|reportedly|again|now|still|like to|liked to) )*(recalled|recalls|described|wrote|writes|made (?:it )?clear|rejected|rejects|called|calls|termed|characterized|characterised|indicated|expressed|reaffirmed|reiterated|voiced|said|says|asked|stated|told|tells|tell|added|announced|warned|warns|claimed|claims|argued|argues|insisted|insists|noted|stressed|emphasized|emphasised|declared|affirmed|suggested|suggests|informed|informs|assured|assures|maintained|maintains|confirmed|denied|denies|predicted|promised|pledged|vowed|urged|replied|replies|answered|answers|responded|responds|countered|counters|retorted|suspected|suspects|doubted|doubts|offered|offers|welcomed|welcomes|condemned|condemns|criticized|criticised|praised|accused|accuses|put|puts|estimated|estimates|conceded|concedes|admitted|admits|acknowledged|acknowledges|complained|complains|explained|explains|dismissed|dismisses|holds|held|invited|invites|hinted|hints|let it be known|(?<!(?<!\\blike[sd]?) to )(?<!\\b(?:the|a|an|no|any|his|her|its|their|our|my|your|this|that|little|some|will|would|can|could|may|might|must|should|shall|did|do|does|not|cannot) )(?:${BASE_SPEECH_VERBS}))\\b`,
  'g',
);
// "that" opening a time ("told the radio that evening") is no complement. A name and a modal is one
// ("said Kestria would not expel anyone").
// "so that", "now that" open a purpose or a time, not the words said; ", although …" opens another
// clause, whose "that" is its own verb's.
const COMPLEMENT =
  /^(?:(?:(?!\b(?:so|such|now|given) that\b|,\s(?:although|though|while|whereas|but|because)\b)[^.;“"‘]){0,120}?\b(?:that(?! (?:day|evening|morning|afternoon|night|week|month|year)\b)|as)\b|(?:\s(?:us|me|him|her|them|reporters|journalists))?\s(?:he|she|it|they|we|I)\s(?:will|would|had|has|have|was|were|is|are|could|should|must|may|might)\b|\sfor\s[^.;“"]{1,60}?\sto\s|\s(?:his|her|their) (?:belief|interest|support|concern|readiness|opposition|intention|solidarity|hope|confidence)|\s(?:solidarity|sympathy|support|concern|hope|confidence)\b|\s(?:the|a|an|it|this|them) [^.;,“"]{0,80}?(?<!\b(?:of|in|on|at|to|for|from|with|by|into|over|about|against))\s(?:a|an|the)\s|\s(?:the|its|his|her|their) [^.;,“"]{0,60}?\s(?:had|has|have|was|were|is|are|will|would|could|did|may|might|must|can|should)\s|\s[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)? (?:would|will|had|could|should|must|might)\s)/;
/** A figure someone gives: "put its losses at 12", "estimated the cost at about $2 million". */
const AT_FIGURE =
  /^\s(?:(?:the|its|his|her|their)\s)?[^.;“"]{1,60}?\sat\s(?:[$€£]?\d|(?:about|around|some|more than|less than|over|nearly|almost|roughly|up to)\s)/;
/** A stance taken on something named ("welcomed the decision", "condemned its decree"). */
const REACTION =
  /^\s(?:the|this|that|these|his|her|its|their)\s(?:[\p{L}-]+\s){0,3}?(?:decision|move|step|result|results|outcome|ruling|verdict|agreement|deal|plan|proposal|offer|announcement|statement|news|vote|referendum|election|law|decree|resolution|ceasefire|truce|initiative|measures?|arrests?|attacks?|sentence|release)\b/u;
/**
 * A name given at the end of a clause: "called the increase blackmail.", "calls the sale illegal, and
 * …" (not "called the talks off.").
 */
const CALLED_BARE =
  /^\s(?:the|this|that|these|its|his|her|their)\s(?:[\p{L}-]+\s){1,2}(?!(?:off|up|back|in|out|for|on)\b)\p{Ll}[\p{L}-]+(?:\s*\([^()]*\))?(?:[.,;]|$)/u;
/** A pronoun named at the end of a clause: "calls that slander.", "called it a provocation," (not "called it off."). */
const CALLED_PRONOUN =
  /^\s(?:it|that|this|them)\s(?:(?:a|an)\s)?(?!(?:off|up|back|in|out|for|on)\b)\p{Ll}[\p{L}-]+(?:\s\p{Ll}[\p{L}-]+)?[.,;]/u;
/**
 * ", Aliyev said, would …", ", he argued, is …", ", the finance minister went on, would …", ",
 * Ukrainian officials say, is …": an attribution between commas inside the words.
 */
const PARENTHETICAL =
  /, ((?:\p{Lu}[\p{L}'’-]+ ){0,3}\p{Lu}[\p{L}'’-]+|he|she|it|the (?:\p{Ll}+ )?\p{Ll}+|\p{Lu}\p{Ll}+ \p{Ll}+s) (?:said|says|say|added|noted|argued|argues|insisted|insists|claimed|claims|warned|believes|went on|continued), (?=\p{Ll})/u;
/** Whom words were told: "told parliament", "told the press", "told Novaya Vest". */
const HEARER =
  /^\s(?:us|me|him|her|them|reporters|journalists|parliament|deputies|lawmakers|the [\p{L}-]+|\p{Lu}[\p{L}\p{N}-]*(?: \p{Lu}[\p{L}\p{N}-]*){0,3})(?=\s)/u;
/** A demand: "called for early elections", "calls again for a referendum" (not "called for questioning"). */
const CALLED_FOR = /^\s(?:again\s|also\s|repeatedly\s|publicly\s)?for\s(?!questioning\b|help\b)\p{Ll}/u;
/** An order, after the hearer: "told us over the radio to stay", "told them to leave". */
const TOLD_TO = /^(?:\s(?:over|by|on|in|at)\s[^.;,“"]{1,30}?)?\sto\s\p{Ll}+/u;
/** An appeal: "urged both governments to settle the matter". */
const URGED_TO = /^\s[^.;“"]{1,60}?\sto\s\p{Ll}+/u;
/** "wrote that …", "wrote on Facebook that …" (not "wrote the law, and in May said that …"). */
// Not "wrote that down", "wrote that off".
const WROTE_THAT = /^(?:\s(?:on|in) [^.,;“"]{1,40})?\sthat\b(?! (?:down|up|out|off)\b)/;
/** A claim turned down: "rejected accusations that the army had fired first". */
const REJECTED =
  /^\s(?:(?:the|any|all|such)\s)?(?:accusations?|claims?|reports?|allegations?|suggestions?|charges?)\s(?:that|of)\b/;
/** A charge turned down: "denies the charges", "denied any wrongdoing". */
const DENIED =
  /^\s(?:the|any|all|these|those|such)\s(?:[\p{L}-]+\s){0,2}?(?:charges?|accusations?|allegations?|claims?|reports?|wrongdoing|involvement|responsibility|guilt)\b/u;
/**
 * A clause without "that": "says you sold the land", "said we work", "says it wants calm" (a verb in
 * -s or -ed after "it", "he", "she"; not "said it again", "said it in public").
 */
const BARE_CLAUSE =
  /^\s(?:(?:you|we|they)\s(?!(?:in|on|at|to|for|with|from|again|and|or|all|both|too|so|then|here|there|once)\b)\p{Ll}+|(?:it|he|she)\s\p{Ll}+(?:s|ed)\b)/u;
/** What a state is said to claim: a clause ("insists that …", "warned contractors that …", "says it wants …"). */
const STATE_CLAIM = anyOf(/^(?:\s[^.;“"]{0,60}?)?\sthat\b/, BARE_CLAUSE);
const MEASURES =
  'ban|boycott|embargo|moratorium|suspension|withdrawal|freeze|halt|review|inquiry|investigation|plan|decision|resignation';
/** A measure announced: "announced a ban on imports", "announced its withdrawal from the talks". */
const ANNOUNCED_MEASURE = new RegExp(
  `^\\s(?:a|an|its|their|his|her)\\s(?:[\\p{L}-]+\\s){0,3}?(?:${MEASURES})\\b`,
  'u',
);
/** The measure before its announcer: "The suspension, which the minister announced on May 4, …". */
const MEASURE_WHICH = new RegExp(`\\b(?:${MEASURES}),\\s(?:which|that)\\s[^,;.“”"]{2,60}$`, 'iu');
/** A view held: "holds that the field lies on its side", "held that the law was void". */
const HELD_THAT = /^\sthat\s(?:the|a|an|it|he|she|they|we|its|his|her|their|\p{Lu})\b/u;
/** An offer: "offered to pay for a new wing", "had offered on November 10 to host talks". */
const OFFERED_TO = /^(?:\s(?:on|in)\s[^,.;“"]{1,25}?)?\sto\s\p{Ll}/u;
/** Praise or blame with its reason: "praised the police for their professionalism". */
const FOR_REASON = /^\s[^.;“"]{1,60}?\sfor\s(?:the|its|his|her|their)\s/;
/** A complement any of the regexes accepts. */
function anyOf(...res: RegExp[]): { test(text: string): boolean } {
  return { test: (text) => res.some((r) => r.test(text)) };
}
/** A charge laid on someone: "accused Russia of stirring up separatism". */
const ACCUSED_OF = /^\s[^.;“"]{1,60}?\sof\s/;
const STANCE = anyOf(REACTION, FOR_REASON);
/** Verbs that report only with a complement of their own ("accused Russia of …"); the rest take COMPLEMENT. */
const OWN_COMPLEMENT: Readonly<Record<string, { test(text: string): boolean }>> = {
  denied: anyOf(COMPLEMENT, DENIED),
  denies: anyOf(COMPLEMENT, DENIED),
  deny: anyOf(COMPLEMENT, DENIED),
  says: anyOf(COMPLEMENT, BARE_CLAUSE),
  said: anyOf(COMPLEMENT, BARE_CLAUSE),
  say: anyOf(COMPLEMENT, BARE_CLAUSE),
  announced: anyOf(COMPLEMENT, ANNOUNCED_MEASURE),
  offered: OFFERED_TO,
  offers: OFFERED_TO,
  welcomed: REACTION,
  welcomes: REACTION,
  condemned: STANCE,
  condemns: STANCE,
  criticized: STANCE,
  criticised: STANCE,
  praised: STANCE,
  accused: ACCUSED_OF,
  accuses: ACCUSED_OF,
  wrote: WROTE_THAT,
  // "expect the law to be annulled", "expect that …".
  expect: anyOf(COMPLEMENT, /^\s[^.;“"]{1,60}?\sto be\s\p{Ll}+ed\b/u),
  // "recalled that …", not "recalled its ambassador".
  recalled: WROTE_THAT,
  recalls: WROTE_THAT,
  recall: WROTE_THAT,
  writes: WROTE_THAT,
  rejected: REJECTED,
  rejects: REJECTED,
  // "dismissed any suggestion that …" (not "dismissed the governor").
  dismissed: REJECTED,
  dismisses: REJECTED,
  // "holds that it lies on its side" (not "held talks", "held that post").
  holds: HELD_THAT,
  held: HELD_THAT,
  // "pledged to bring …", "vowed to stay": a commitment in words ("promised to send a mission" is
  // mostly told as the planned act itself, so it keeps COMPLEMENT).
  pledged: anyOf(COMPLEMENT, OFFERED_TO),
  vowed: anyOf(COMPLEMENT, OFFERED_TO),
  put: AT_FIGURE,
  puts: AT_FIGURE,
  estimated: AT_FIGURE,
  estimates: AT_FIGURE,
};
/**
 * "X, the leader of the Civic Bloc and no relation of Y, argued", "Izvestia, which spelled his name Y,
 * claimed", "X (no relation to the minister), a deputy who …, urged": the person (or body, or outlet)
 * before an appositive speaks, not the name that closes it. The name opens its clause.
 */
function appositiveSubject(
  an: Analysis,
  s: Analysis['sentences'][number],
  verbAt: number,
): string | undefined {
  const kindOf = (x: Mention) => an.table.actors.get(x.actors[0] ?? '')?.kind;
  const head = an.table.mentions.find(
    (x) =>
      x.sentence === s.index &&
      x.end < verbAt &&
      x.actors.length === 1 &&
      (kindOf(x) === 'person' || kindOf(x) === 'organization' || kindOf(x) === 'media') &&
      // A title may come first: "Ambassador Ivan Petrov, who …, insisted".
      /(?:^\s*|[,;]\s|\b(?:while|and|but)\s)(?:\p{Lu}[\p{L}-]+\s){0,3}$/u.test(
        an.text.slice(s.start, x.start),
      ) &&
      /^(?:\s\([^()]{1,60}\))?,\s(?:the|a|an|its|his|her|their|no|who|which|\p{Ll}+ of)\b[^;.“”"]{1,140},\s(?:(?:has|have|had|also|then|later|since|now|still) )*$/u.test(
        an.text.slice(x.end, verbAt),
      ),
  );
  return head?.actors[0];
}

/**
 * What parts a verb from the one before it when both report the same speaker: a list of verbs
 * ("argued that …, warned that …, and accused …"), "and", "but" ("welcomed … but said that …"), or a
 * semicolon and a pronoun ("…; he urged …"). Each verb then reports a statement of its own.
 */
const COORDINATED = /(?:,\s(?:and\s|but\s)?|\s(?:and|but)\s|(?:;|,?\sand)\s(?:he|she|they|it)\s)$/i;

/** "went on television to insist that …": an infinitive speech verb; the clause's subject speaks. */
const INFINITIVE =
  /\bto (insist|say|argue|warn|deny|announce|stress|claim|complain|declare|promise|confirm|reiterate)\b/g;

/** Text before a name that puts the name in a prepositional aside (", with his counterpart "). */
const ASIDE_BEFORE = /,\s(?:with|by|for|from|of|to|in|on|at|including|among|alongside)\s[^,]*$/;
/** Where a second speaker's clause starts: "X said …, while Y put …", "…, although Y concede …". */
const CLAUSE_BREAK = /(?:,\s+(?:while|whereas|although|though|and|but)|;)\s+/g;

/** "according to Almasov, …" or "…, according to Minister Nurbol Kaldarov": the name, up to a comma or the end. */
const ACCORDING_TO =
  /\baccording to (?!(?:a|an|the)\s+(?:report|article|statement|survey|poll|study|data|figures)\b)([^,;(]{3,90})/gi;

/**
 * "…, officials in Dushanbe said.", "…, its head, Vilen Sadykhov, told Radio Tverdograd on July 17.",
 * "…, Vostokgaz, the state gas company, said.", "…, the ministry said in a brief statement.": the
 * attribution after the words, with an optional role in apposition before or after the name, an
 * optional hearer, and an optional time or medium. Not a clause of its own after ", and" ("…, and a
 * captain asked me what Petrov had said.").
 */
const SAID_AFTER =
  /, (?!(?:and|but|or|so)\s)((?:(?:its|his|her|their|the) [\p{Ll} -]{2,40}, )?[^,;“”"]{2,60}?(?:, (?:the|a|an|its) [^,;“”"]{2,60})?),? (?:said|says|added|noted|claimed|insisted|confirmed|announced|told (?:reporters|journalists|the (?:agency|newspaper|paper)|\p{Lu}[\p{L}\p{N}-]*(?: \p{Lu}[\p{L}\p{N}-]*){0,3}))(?: on \p{Lu}\p{Ll}+ \d{1,2}| that (?:day|evening|morning|afternoon|night)| the (?:next|same|following) (?:day|evening|morning)| in (?:a|an|its|his|her|their) (?:[\p{Ll}-]+ )?(?:statement|communiqu[eé]|interview|letter|press release)| when asked about [^,;“”"]{2,60}|,(?= when asked\b)){0,2}(?:\s*\([^()]*\))?\.?$/u;
/**
 * Words given as someone's: "By Lupan's own account, …", "by the ministry's account", "in Petrov's
 * view, …", "Ostrov's position is that …" (group 1 the owner), or "in his view, …", "according to
 * her, …" (group 2 the pronoun).
 */
const OWNED_WORDS =
  /\b(?:(?:[Bb]y ((?:the )?[\p{L}'’ -]{2,60}?)['’]s (?:own )?account|[Ii]n ((?:the )?[\p{L}'’ -]{2,60}?)['’]s (?:view|words|opinion)),|((?:[Tt]he )?\p{Lu}[\p{L}'’ -]{1,60}?)['’]s (?:position|view) is that\b|(?:[Bb]y (his|her) own account|[Ii]n (his|her) (?:view|words|opinion)|[Aa]ccording to (him|her)),)/u;
/** "…, an allegation the ministry denied on July 19": a denial told in a relative clause after the claim. */
const CLAIM_DENIED =
  /,\s(?:an?|the) (?:allegation|claim|accusation|charge|report) (?:that |which )?((?:the )?[\p{L}'’ -]{2,60}?) (?:denied|rejected|disputed)\b/u;
const ACCORDING_TO_STATEMENT =
  /\baccording to (?:a|an|the) (?:statement|communiqu[eé]|press release|announcement)(?: (?:by|from|of|issued by|on|posted on))?(?: the)? /gi;

/**
 * ", saying that …", ", adding that …", "took office promising to end …", "was quoted by X as
 * saying that …": the words of the clause's subject, reported in passing.
 */
// "a notice saying that …": without a comma only before "that".
const PARTICIPLE =
  /\s(?:saying|arguing|claiming|warning|insisting)\s+that\s+|,\s+(?:saying|adding|arguing|claiming|warning|insisting|noting|stressing|explaining|declaring|asserting)\s+(?:that\s+)?|\s(?:promising|vowing|pledging)\s+(?=to\s\p{Ll}|that\s)|\sas saying\s+(?:that\s+)?/gu;
/** What opens a clause: the participle hangs on the clause after the last of these. */
const CLAUSE_OPENERS = /[;:]\s+|,?\s+(?:when|after|before|as|while|because|since|and|but)\s+/gi;
/** How far back a clause is looked for: its subject is near, and long sentences stay linear. */
const CLAUSE_WINDOW = 300;

/** The first person or organisation named in the span: a clause's subject usually comes first. */
function subjectIn(an: Analysis, start: number, end: number): string | undefined {
  const mention = an.table.mentions.find((m) => {
    if (m.start < start || m.end > end || m.actors.length !== 1) return false;
    const kind = an.table.actors.get(m.actors[0] ?? '')?.kind;
    return kind === 'person' || kind === 'organization';
  });
  return mention?.actors[0];
}

/** The person (else organisation) an attribution names: its last such mention. */
function namedIn(an: Analysis, start: number, end: number): string | undefined {
  const inside = an.table.mentions.filter((m) => m.end > start && m.start < end && m.actors.length === 1);
  const kindOf = (m: (typeof inside)[number]) => an.table.actors.get(m.actors[0] ?? '')?.kind;
  const pick =
    inside.filter((m) => kindOf(m) === 'person').at(-1) ??
    inside.filter((m) => kindOf(m) === 'organization').at(-1);
  return pick?.actors[0];
}

/** The country named in the span, by its name or its capital's: the last such mention. */
function stateIn(an: Analysis, start: number, end: number): string | undefined {
  const states = an.table.mentions.flatMap((m) => {
    const actor = m.start >= start && m.end <= end ? an.table.actors.get(m.actors[0] ?? '') : undefined;
    if (m.actors.length !== 1 || !actor) return [];
    if (actor.kind === 'country') return [actor.key];
    return actor.capitalOf ? [actor.capitalOf] : [];
  });
  return states.at(-1);
}

/** A person or organisation named (or referred to) right before `at`: an aside between commas may part them. */
function mentionBefore(an: Analysis, at: number): string | undefined {
  const kindOf = (x: Mention) => an.table.actors.get(x.actors[0] ?? '')?.kind;
  // The latest-ending speaker; of two ending together, the longer ("officials in the ministry").
  const m = an.table.mentions
    .filter((x) => x.end <= at && x.end >= at - 80 && x.actors.length === 1)
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
  // "Halangiu, who denies the charges, …": the verb of a relative clause is the name's.
  // "A Gazprom spokesman the next day denied": a time between them.
  if (
    !/^\)?(?: \([^()]{1,12}\))?(?:,[^,;.“”"]{1,60},|,? (?:that|which|who)(?: [^,;.“”"]{1,80}?)?| the (?:next|following|same) day)?\s(?:(?:has|have|had|also|then|later|now|still) )*$/.test(
      gap,
    )
  )
    return undefined;
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
 * Reported words that run into a quotation are that quotation only ("called the plan “an unfriendly
 * act”", "told reporters the aircraft would land “within days,” and the next morning the ministry
 * announced …"). They are a statement as well when the speaker's words go on unquoted after it
 * ("… “at least three months” and that the bridge would reopen …", "“…,” and freight still pays less").
 */
function endsInQuotation(
  an: Analysis,
  quoteSpans: readonly QuoteSpan[],
  from: number,
  sentenceEnd: number,
): boolean {
  const first = quoteSpans.find((q) => q.depth === 0 && q.outerStart >= from && q.outerStart < sentenceEnd);
  const before = an.text.slice(from, first?.outerStart ?? from);
  // A quotation after a semicolon or after another speech verb belongs to that other clause.
  if (!first || /[;]/.test(before) || new RegExp(REPORTING.source).test(before)) return false;
  // "the reservoir will be full by June, after which “…”": a clause of its own came first.
  if (/,\s(?:after which|which|while|whereas|and|but|so|although|because)\s/.test(before)) return false;
  // "said that the plan would stand because “…”", "… that no suspect had crossed and that the lists
  // would come “…”", "… that it would review the tariffs if Astana “…”", "… that the fee was fixed by
  // contract and was “…”": a full clause came first, then a reason, a condition, a second clause or
  // a second predicate quoted.
  if (
    /\bthat\s[^,]{12,}?\s(?:(?:because|since|although|unless|if)(?:\s[^,\s]+){0,3}\s*$|and that\s|and (?:was|were|is|are|would|will|had|has|could)\s*$)/.test(
      before,
    )
  )
    return false;
  // "said: “…”", "said that “…”", "told reporters the road would reopen “…”": up to the quotation.
  const after = an.text.slice(first.outerEnd, sentenceEnd);
  // "accused the court of hiding “two pages” of the file from the defence": the words go on unquoted
  // (not "“…,” a remark that drew applause": a comment on the quotation).
  if (
    /^[”"’]?\s+(?!and\b|but\b|while\b|as\b|an? (?:remark|comment|reference|allusion|jibe|phrase)\b)\p{Ll}+(?:\s+[\p{L}-]+){2,}/u.test(
      after,
    )
  )
    return false;
  if (/^[,”"’]*\s+and\s+that\b/.test(after)) return false;
  // "and freight still pays less", "and the ministry …": a clause with a subject of its own, not
  // "and dismissed the governor" (another deed of the same subject).
  const and = /^[,”"’]*,?\s+and\s+(?=(?:the|a|an|its|his|her|their|this|these|those)\s|\p{Lu})/u.exec(after);
  if (!and) return true;
  // "“…,” and X still pays less": words of the same speaker unless another speaker or quotation comes.
  const tail = after.slice(and[0].length);
  return /[“"‘]/.test(tail) || new RegExp(REPORTING.source).test(tail);
}

export function buildStatements(an: Analysis): StatementDraft[] {
  const out: StatementDraft[] = [];
  const quoteSpans = an.quotes.flatMap((g) => g.parts);
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
      const noun = /^the (\p{Ll}+)$/u.exec(m[1]?.trim() ?? '')?.[1];
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
      const actor = pronoun
        ? pronounAntecedent(an.table, an.sentences, at, s.index, an.text).actor
        : (group?.actors[0] ??
          (ofBody ? undefined : namedIn(an, nameStart, at + m[0].length)) ??
          (isPerson ? apposed?.actors[0] : undefined) ??
          (noun ? bodyByNoun(an.table, noun) : undefined));
      if (!actor || an.citations.some((c) => at >= c.spanStart && at < c.spanEnd)) continue;
      if (out.some((o) => o.sentence === s.index)) continue;
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
  for (const s of an.sentences) {
    const m = OWNED_WORDS.exec(s.text);
    if (!m || out.some((o) => o.sentence === s.index)) continue;
    // "X accused …, in her view, …" or "X warned that …, according to him, …": the verb before reports.
    if (new RegExp(REPORTING.source).test(s.text.slice(0, m.index))) continue;
    const at = s.start + m.index;
    const owner = m[1] ?? m[2] ?? m[3];
    const from = owner ? at + m[0].indexOf(owner) : at;
    const actor = owner
      ? namedIn(an, from, from + owner.length)
      : pronounAntecedent(an.table, an.sentences, at, s.index, an.text).actor;
    if (actor) out.push(statementIn(an, s, { actor, how: owner ? 'name' : 'pronoun' }, at, /[\s,.]+$/));
  }
  // "…, officials in Dushanbe said.": the attribution after the words it reports.
  for (const s of an.sentences) {
    const m = SAID_AFTER.exec(s.text);
    if (!m?.[1] || out.some((o) => o.sentence === s.index)) continue;
    const at = s.start + m.index + 2;
    // "the Latvian ministry said": the one body of that name (the last part: "…, and a crew was
    // turned back, the company said").
    const body = /^the (?:(\p{Lu}\p{Ll}+) )?(\p{Ll}+)$/u.exec(m[1].split(', ').at(-1) ?? '');
    const actor =
      namedIn(an, at, at + m[1].length) ??
      mentionBefore(an, at + m[1].length + 1) ??
      (body?.[2] ? bodyByNoun(an.table, body[2], body[1]) : undefined);
    if (actor) out.push(statementIn(an, s, { actor, how: 'name' }, at, /[\s,.]+$/));
  }
  // "The agreement, Aliyev said, would last ten years.": the attribution set inside the words.
  for (const s of an.sentences) {
    const m = PARENTHETICAL.exec(s.text);
    if (!m?.[1] || out.some((o) => o.sentence === s.index) || /[“”"]/.test(s.text)) continue;
    const at = s.start + m.index + 2;
    const region = { start: at, end: at + m[1].length };
    const res = resolveSpeaker(an.table, an.text, an.sentences, region, s.index);
    // "Naftogaz reported that …, enough, it claimed, to …": "it" is the body that opens the sentence.
    const body = an.table.mentions.find(
      (x) =>
        x.start >= s.start &&
        x.end <= at &&
        x.actors.length === 1 &&
        /^(?:organization|media)$/.test(an.table.actors.get(x.actors[0] ?? '')?.kind ?? ''),
    );
    const actor = m[1] === 'it' ? body?.actors[0] : (res.actor ?? namedIn(an, region.start, region.end));
    if (actor) out.push(statementIn(an, s, { ...res, actor }, at, /[\s,.]+$/));
  }
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
  for (const s of an.sentences) {
    for (const m of s.text.matchAll(PARTICIPLE)) {
      const verbAt = s.start + m.index;
      if (out.some((o) => o.sentence === s.index)) break;
      if (quoteSpans.some((q) => verbAt >= q.outerStart && verbAt < q.outerEnd)) continue;
      // "—Ilie Rusnac, Pontic Observer, November 14, explaining why …": a quote box's occasion.
      if (an.citations.some((c) => c.kind === 'dash' && c.sentence === s.index)) continue;
      const rest = s.text.slice(m.index + m[0].length);
      if (/^[^.;]{0,60}?[:,]?\s?[“"‘]/.test(rest) || rest.trim().length < 12) continue; // a quotation follows
      const windowStart = Math.max(0, m.index - CLAUSE_WINDOW);
      let clauseStart = s.start + windowStart;
      for (const opener of s.text.slice(windowStart, m.index).matchAll(CLAUSE_OPENERS))
        clauseStart = s.start + windowStart + opener.index + opener[0].length;
      const actor = subjectIn(an, clauseStart, verbAt);
      if (!actor) continue;
      out.push(statementIn(an, s, { actor, how: 'name' }, verbAt, /[\s,.]+$/));
    }
  }
  for (const s of an.sentences) {
    for (const m of s.text.matchAll(INFINITIVE)) {
      const verbAt = s.start + m.index + 3;
      if (out.some((o) => o.sentence === s.index)) break;
      if (quoteSpans.some((q) => verbAt >= q.outerStart && verbAt < q.outerEnd)) continue;
      const rest = s.text.slice(m.index + m[0].length);
      if (!COMPLEMENT.test(rest) || endsInQuotation(an, quoteSpans, verbAt + m[0].length - 3, s.end))
        continue;
      // "declined to confirm that …": words not said.
      if (
        /\b(?:refused|declined|failed|would not|did not|does not|could not)\s$/.test(s.text.slice(0, m.index))
      )
        continue;
      const actor = subjectIn(an, s.start, verbAt);
      if (actor) out.push(statementIn(an, s, { actor, how: 'name' }, verbAt, /[\s,.]+$/));
    }
  }
  const voice = interviewVoice(an);
  out.push(...answersReporting(an, voice?.answers));
  for (const s of an.sentences) {
    // "X said that … and warned that …": the second verb shares the first one's speaker.
    let previous: SpeakerResolution | undefined;
    for (const m of s.text.matchAll(REPORTING)) {
      const verbAt = s.start + m.index;
      // The subject: the words right before the verb, or a mention ending there ("his aides say",
      // "The committee, for its part, has asked").
      const lead = s.text.slice(Math.max(0, m.index - 60), m.index);
      const named = /((?:\p{Lu}[\p{L}’'-]+,?\s){1,3}(?:himself\s|herself\s)?|(?:he|she|He|She)\s)$/u.exec(
        lead,
      );
      // A name closing an aside is no subject: "X's meeting, with his counterpart Y, further indicated …".
      const subject = named && ASIDE_BEFORE.test(lead.slice(0, named.index)) ? null : named;
      const spoken = subject?.[1] ? undefined : mentionBefore(an, s.start + m.index);
      // "The Defense Ministry in Ostrov denied": the body the place name locates speaks.
      const seat = subject ? /\s(?:in|at)\s$/.exec(lead.slice(0, subject.index)) : null;
      const seatAt = s.start + m.index - lead.length + (seat?.index ?? 0) + 1;
      const seated = seat ? mentionBefore(an, seatAt) : undefined;
      const located = seated && an.table.actors.get(seated)?.kind === 'organization' ? seated : undefined;
      const apposed = appositiveSubject(an, s, verbAt);
      // "Officials at the Energy Ministry have acknowledged": the unnamed group, not the body it names.
      const group = subject?.[1] ? mentionBefore(an, s.start + m.index) : undefined;
      let speaker: SpeakerResolution | undefined;
      // "my client has told me": in a lawyer's interview, the person the introduction is about.
      const client = /\bmy client\s$/i.test(lead) ? interviewSubject(an) : undefined;
      // "the former told …": one of the two people just named.
      const which = /\b[Tt]he (former|latter)\s$/.exec(lead)?.[1] as 'former' | 'latter' | undefined;
      const pair = which ? formerOrLatter(an.table, an.sentences, verbAt, s.index, which) : undefined;
      // "the union accuses …": the one body whose name ends in that noun.
      const noun = /\b[Tt]he (\p{Ll}+)\s$/u.exec(lead)?.[1];
      const body = !subject?.[1] && !spoken && noun ? bodyByNoun(an.table, noun) : undefined;
      // "The akim says …": the person the article described by that noun.
      const holder =
        !subject?.[1] && !spoken && !body && noun ? personByRole(an.table, an.text, noun) : undefined;
      // "The deputy foreign minister denied …": the one person the article gave that qualified title
      // (a bare "the prosecutor" may be someone the article never names).
      const title =
        !subject?.[1] && !spoken && !body && !holder
          ? /\b[Tt]he (?:\p{Ll}+ ){1,2}\p{Ll}+\s$/u.exec(lead)
          : null;
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
      else if (body) speaker = { actor: body, how: 'role', doubt: `"the ${noun}" taken to be ${body}` };
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
      else if (subject?.[1]) {
        const region = { start: s.start + m.index - subject[1].length, end: verbAt };
        const person = resolveSpeaker(an.table, an.text, an.sentences, region, s.index);
        // An organisation speaks too ("The Water Resources Ministry replies that …"), and a state
        // claiming something ("Kestria insists that …", or its capital: "Ostrov says it wants …"),
        // unless a preposition makes the name a place ("diplomats in Ostrov say").
        const claims =
          STATE_CLAIM.test(s.text.slice(m.index + m[0].length)) &&
          !/\b(?:in|at|from|of|to|for|with|by|on|near)\s$/i.test(an.text.slice(s.start, region.start));
        // "the Ishkarians have offered …": a people named by its plural demonym speaks for its state.
        const people = /^(?:The )?(\p{Lu}\p{Ll}+s) $/u.exec(subject[1])?.[1];
        const nation = an.table.actors.get(an.table.demonyms.get(people ?? '') ?? '');
        const organisation = person.actor
          ? undefined
          : (namedIn(an, region.start, region.end) ??
            (claims ? stateIn(an, region.start, region.end) : undefined) ??
            (nation?.kind === 'country' ? nation.key : undefined));
        speaker = organisation ? { actor: organisation, how: 'name' } : person;
      }
      if (speaker?.actor) previous = speaker;
      const rest = s.text.slice(m.index + m[0].length);
      if (/^[^“"]{0,40}:\s*$/.test(rest)) continue; // a direct quotation follows in the next sentence
      if (/^call/.test(m[1] ?? '') && /^\s(?:off|up|in|out|back)\b/.test(rest)) continue; // "called off the talks"
      if (endsInQuotation(an, quoteSpans, verbAt + m[0].length, s.end)) continue;
      // "told parliament the plan would cost …": the hearer comes before the reported words.
      const heard = /^(?:tells?|told)$/.test(m[1] ?? '') ? rest.replace(HEARER, '') : rest;
      // "urged both sides to …", "called on the minister to resign".
      const urges =
        (/^(?:urge[sd]|invite[sd])$/.test(m[1] ?? '') && URGED_TO.test(rest)) ||
        // "told us over the radio to stay in the harbor": an order given.
        (/^(?:tells?|told)$/.test(m[1] ?? '') && heard !== rest && TOLD_TO.test(heard)) ||
        (/^call(?:s|ed)$/.test(m[1] ?? '') && /^\son\s[^.;“"]{1,60}?\sto\s\p{Ll}/u.test(rest)) ||
        // "called again for a referendum": a demand.
        (/^call(?:s|ed)$/.test(m[1] ?? '') && CALLED_FOR.test(rest));
      // "The suspension, which the minister announced on May 4, …": the measure told before.
      const announcedBefore = m[1] === 'announced' && MEASURE_WHICH.test(s.text.slice(0, m.index));
      // "… in what critics called the worst flood in memory": a naming by the clause's subject.
      const what = /\bin what\s[^,;.“”"]{2,60}$/.test(lead) && /^\s(?:the|a|an)\s/.test(rest);
      const names =
        /^(?:calls|called|termed)$/.test(m[1] ?? '') &&
        (CALLED_BARE.test(rest) || CALLED_PRONOUN.test(rest) || what);
      const complement = OWN_COMPLEMENT[m[1] ?? ''] ?? COMPLEMENT;
      // In a relative clause ("X, who asked not to be named, said that …") the words end with it.
      const relative = /,\s(?:who|which)\s[^,;]*$/.test(lead);
      const own = (text: string) => complement.test(relative ? (text.split(/[,;]/)[0] ?? '') : text);
      if (!own(rest) && !own(heard) && !urges && !names && !announcedBefore) continue;
      // Inside a quotation only words reported of someone named count ("his aides say he will …").
      const quoted = quoteSpans.some((q) => verbAt >= q.outerStart && verbAt < q.outerEnd);
      if (quoted && !(spoken && an.table.mentions.some((x) => x.via === 'group' && x.actors[0] === spoken)))
        continue;
      if (!speaker || (!speaker.actor && !/^(?:he|she)\s$/i.test(subject?.[1] ?? ''))) continue;
      const earlier = out.filter((o) => o.sentence === s.index);
      if (earlier.length === 0) {
        out.push(statementIn(an, s, speaker, verbAt, /[\s,]+$/));
        continue;
      }
      // The same speaker's next verb in a list ("argued that …, warned that …, and accused …"):
      // each verb keeps its own words.
      const last = earlier.at(-1);
      const coordinated = COORDINATED.exec(lead);
      if (last && last.speaker.actor === speaker.actor) {
        // "X denied that …, and according to him …": the words before the later attribution.
        if (last.start > verbAt) {
          out.push({
            ...statementIn(an, s, speaker, verbAt, /[\s,]+$/),
            evidence: an.text.slice(s.start, last.start).replace(/[\s,]+(?:and\s)?$/, ''),
          });
          continue;
        }
        if (!coordinated) continue;
        const breakAt = s.start + m.index - coordinated[0].length;
        // "…; he urged …", "…, and she accused …": the words start at the pronoun.
        const pronoun = /(?:he|she|they|it)\s$/i.exec(coordinated[0]);
        const from = pronoun ? verbAt - pronoun[0].length : verbAt;
        if (breakAt <= last.verbAt) continue;
        out[out.indexOf(last)] = { ...last, evidence: an.text.slice(last.start, breakAt).trimEnd() };
        out.push(statementIn(an, s, speaker, verbAt, /[\s,]+$/, from));
        continue;
      }
      // A second speaker in a clause of its own ("X said …, while Y put …"): each keeps its clause.
      const first = earlier[0];
      if (earlier.length > 1 || !first || first.speaker.actor === speaker.actor) continue;
      const cut = [...s.text.slice(0, m.index).matchAll(CLAUSE_BREAK)]
        .filter((b) => s.start + b.index > first.verbAt)
        .at(-1);
      if (!cut) continue;
      const evidence = an.text.slice(first.start, s.start + cut.index).trimEnd();
      out[out.indexOf(first)] = { ...first, evidence };
      out.push(statementIn(an, s, speaker, verbAt, /[\s,]+$/, s.start + cut.index + cut[0].length));
    }
  }
  for (const s of an.sentences) {
    const m = CLAIM_DENIED.exec(s.text);
    if (!m?.[1]) continue;
    const at = s.start + m.index + 2;
    if (out.some((o) => o.sentence === s.index && o.verbAt >= at)) continue;
    const who = at + m[0].indexOf(m[1], 2);
    const actor = namedIn(an, who, who + m[1].length);
    if (actor) out.push(statementIn(an, s, { actor, how: 'name' }, at, /[\s,.]+$/, at));
  }
  // "Zarnegorsk insists that …": a capital speaks for its country's government.
  return continuedStatements(an, out).map((o) => {
    const country = an.table.actors.get(o.speaker.actor ?? '')?.capitalOf;
    return country ? { ...o, speaker: { ...o.speaker, actor: country } } : o;
  });
}

/**
 * "X warned that the rally would be dispersed. Any officer who joined it, the minister went on, would be
 * dismissed.": words the next sentence goes on with, attributed between commas to the same speaker,
 * are one statement spread over both sentences (two such asides in a row stay two statements: "The
 * deal, X said, would last. The price, he added, was secret.").
 */
function continuedStatements(an: Analysis, out: readonly StatementDraft[]): StatementDraft[] {
  const aside = (o: StatementDraft) => {
    const s = an.sentences[o.sentence];
    const m = s ? PARENTHETICAL.exec(s.text) : null;
    return !!s && !!m && s.start + m.index + 2 === o.verbAt;
  };
  const merged = [...out];
  for (const next of out) {
    const s = an.sentences[next.sentence];
    if (!s || !aside(next)) continue;
    const first = merged.find(
      (o) =>
        o.sentence === next.sentence - 1 &&
        o.speaker.actor === next.speaker.actor &&
        an.sentences[o.sentence]?.paragraph === s.paragraph &&
        !aside(o),
    );
    if (!first) continue;
    const evidence = an.text.slice(first.start, next.start + next.evidence.length);
    merged[merged.indexOf(first)] = { ...first, evidence };
    merged.splice(merged.indexOf(next), 1);
  }
  return merged;
}

/** A question asking what someone said: "What did the embassy say?", "What did Petrov tell you?". */
const WHAT_SAID =
  /\b[Ww]hat did (.{2,60}?) (?:say|reply|answer|tell (?:you|them|him|her)|write|promise|offer)\b/;

/**
 * "What did the embassy say?" answered "That the squadron is a guarantee of stability …": an answer
 * opening with "That" reports the words of whom the question names.
 */
function answersReporting(an: Analysis, answers: ReadonlySet<number> | undefined): StatementDraft[] {
  const turns = an.turns;
  if (!turns || !answers) return [];
  const out: StatementDraft[] = [];
  for (const p of an.paragraphs) {
    const question = an.paragraphs[p.index - 1];
    const asked = question && isTurn(question.text, turns, 'question') ? WHAT_SAID.exec(question.text) : null;
    const s = an.sentences.find((x) => x.paragraph === p.index);
    if (!question || !answers.has(p.index) || !asked?.[1] || !s || !/^That\s/.test(s.text)) continue;
    const from = question.start + asked.index + asked[0].indexOf(asked[1]);
    const noun = /^the (\p{Ll}+)$/u.exec(asked[1])?.[1];
    const actor =
      namedIn(an, from, from + asked[1].length) ??
      (noun ? (bodyByNoun(an.table, noun) ?? personByRole(an.table, an.text, noun)) : undefined);
    if (actor) out.push(statementIn(an, s, { actor, how: 'name' }, s.start, /[\s,.]+$/));
  }
  return out;
}

/**
 * The statement of sentence `s`: its evidence is the sentence from its start (or `from`, a second
 * speaker's clause) up to its trailing citation (less the `trailing` punctuation), dated and cited
 * as the sentence is.
 */
function statementIn(
  an: Analysis,
  s: Analysis['sentences'][number],
  speaker: SpeakerResolution,
  verbAt: number,
  trailing: RegExp,
  from = s.start,
): StatementDraft {
  const citation = an.citations.find(
    (c) => c.sentence === s.index && c.kind === 'bracket' && c.spanEnd >= s.end - 2,
  );
  const evidence = an.text.slice(from, citation ? citation.spanStart : s.end).replace(trailing, '');
  const citations = citationsFor(an, s.index);
  const date = statementDate(an, s.index, verbAt, citations);
  return {
    sentence: s.index,
    speaker,
    evidence,
    start: from,
    verbAt,
    ...(date ? { date } : {}),
    citations,
  };
}

/** A date printed before the reporting words dates them ("Two days later, Ormanov indicated"); else the citation's. */
function statementDate(
  an: Analysis,
  sentence: number,
  verbAt: number,
  citations: readonly Citation[],
): DateSpec | undefined {
  const inSentence = an.dates.find(
    (d) =>
      d.sentence === sentence &&
      d.spec &&
      !d.planned &&
      !d.mention.modifier &&
      d.mention.start < verbAt &&
      (!d.citation || d.citation.kind === 'in-sentence'),
  );
  return inSentence?.spec ?? citations.map((c) => an.citationDates.get(c.start)).find((x) => !!x);
}
