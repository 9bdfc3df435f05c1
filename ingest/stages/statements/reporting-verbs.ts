// The reporting verbs and what each needs after it to report words: REPORTING (the verbs, with the
// adverbs and auxiliaries before them), COMPLEMENT (a "that" clause and its kin, which most verbs
// take), and the complements of verbs that report only with one of their own (OWN_COMPLEMENT:
// "accused X of", "put its losses at 12", "welcomed the decision"). Also the shapes around a verb
// the statement finder reads: the hearer of "told", orders, demands and namings, and what parts two
// verbs of one speaker or the clauses of two speakers.
import { IRREGULAR_PAST_ACTS } from '../../language/lexicon.js';
import { FULL_MONTH_PATTERN } from '../../language/months.js';
import { BASE_SPEECH_VERBS, KEPT_UP_AUX, KEPT_UP_VERBS } from '../speakers.js';

/**
 * A reporting verb, with the adverbs and auxiliaries before it: group 1 the verb. A base form
 * ("officials deny that …", "they doubt that …") is no infinitive, modal or noun ("to say", "would
 * argue", "the claim that"), unless a liking goes with it ("likes to recall"). "has long argued
 * that …" is a claim kept up, so "long" is one of the adverbs. A compound's part ("so-called",
 * "self-described") reports nothing, nor does a noun after a possessive ("the ADU’s claim").
 */
export const REPORTING = new RegExp(
  `\\b(?<!-)(?<![’']s )(?:(?:has|have|had|also|then|later|since|recently|further|publicly|privately|openly|quietly|already|repeatedly|reportedly|again|now|still|long|nevertheless|nonetheless|immediately|promptly|subsequently|separately|flatly|swiftly|quickly|firmly|bluntly|sharply|like to|liked to|(?:${KEPT_UP_AUX})(?= (?:${KEPT_UP_VERBS})\\b)) )*(recalled|recalls|(?<=\\b(?:${KEPT_UP_AUX}) )(?:${KEPT_UP_VERBS})|described|wrote|writes|made (?:it )?clear|rejected|rejects|called|calls|termed|characterized|characterised|indicated|expressed|reaffirmed|reiterated|voiced|said|says|asked|stated|told|tells|tell|added|announced|warned|warns|claimed|claims|argued|argues|insisted|insists|noted|stressed|emphasized|emphasised|declared|affirmed|suggested|suggests|informed|informs|assured|assures|maintained|maintains|confirmed(?! as\\b(?! much\\b))|denied|denies|predicted|promised|pledged|vowed|urged|advised|advises|recommended|recommends|blamed|blames|demanded|demands|replied|replies|answered|answers|responded|responds|countered|counters|retorted|suspected|suspects|doubted|doubts|offered|offers|welcomed|welcomes|condemned|condemns|criticized|criticised|praised|accused|accuses|put|puts|estimated|estimates|conceded|concedes|admitted|admits|acknowledged|acknowledges|complained|complains|explained|explains|reminded|reminds|dismissed|dismisses|holds|held|invited|invites|hinted|hints|pointed out|points out|let it be known|repeated|repeats|(?<!(?<!\\blike[sd]?|phoned(?: (?:me|us|him|her|them))?(?: [^,;.“”"]{1,24}?)?) to )(?<!\\b(?:the|a|an|no|any|his|her|its|their|our|my|your|this|that|little|some|will|would|can|could|may|might|must|should|shall|did|do|does|not|cannot) )(?:${BASE_SPEECH_VERBS}))\\b`,
  'g',
);
/** The same, without the global flag: for `.test`, which a global pattern would make stateful. */
export const REPORTING_ANYWHERE = new RegExp(REPORTING.source);
// "that" opening a time ("told the radio that evening") is no complement. A name and a modal or a past
// verb is one ("said Kestria would not expel anyone", "said Iran shared that view"), or by a bare plural
// ("says farmers are leaving"); "told us there was"; a pronoun and a past verb ("says it found banned
// literature"). (A name and "is" only after "say": verb-complement.ts.)
// "so that", "now that" open a purpose or a time, not the words said; ", although …" opens another
// clause, whose "that" is its own verb's.
export const COMPLEMENT =
  /^(?:(?:(?!\b(?:so|such|now|given) that\b|,\s(?:although|though|while|whereas|but|because)\b)[^.;“"‘]){0,120}?\b(?:that(?! (?:day|evening|morning|afternoon|night|week|month|year)\b)|as)\b|\s(?:us|me|him|her|them|reporters|journalists)\sthere\s(?:was|were|is|are|would|will|had|could)\b|(?:\s(?:us|me|him|her|them|reporters|journalists))?\s(?:he|she|it|they|we|I)\s(?:will|would|had|has|have|was|were|is|are|could|should|must|may|might|(?:never\s)?[a-z]{3,}ed|found|knew|saw|took|gave|made|sent|paid|kept|lost|held|left|met|told|won|did)\b|\sfor\s[^.;“"]{1,60}?\sto\s|\s(?:his|her|their) (?:belief|interest|support|concern|readiness|opposition|intention|solidarity|hope|confidence)|\s(?:solidarity|sympathy|support|concern|hope|confidence)\b|\s(?:the|a|an|it|this|them) [^.;,“"]{0,80}?(?<!\b(?:of|in|on|at|to|for|from|with|by|into|over|about|against))\s(?:a|an|the)\s|\s(?:the|its|his|her|their) [^.;,“"]{0,60}?\s(?:had|has|have|was|were|is|are|will|would|could|did|may|might|must|can|should)\s|\s[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)? (?:would|will|had|could|should|must|might|[a-z]{3,}ed)\s|\s(?:[a-z]+\s)?[a-z]+s\s(?:are|were|have|had|will|would|could|should|must)\s)/;
/**
 * Words that run into a quotation and go on in a second "that" clause of the same speaker: "said the
 * mission “…” and that it hoped …", "told X that the city “…,” but that no permit …".
 */
export const THAT_AFTER_QUOTE = /^[^.;“"]{0,120}?[“"][^”"]{1,200}[”"],?\s+(?:and|but)\s+that\b/;
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
export const CALLED_BARE =
  /^\s(?:the|this|that|these|its|his|her|their)\s(?:[\p{L}-]+\s){1,2}(?!(?:off|up|back|in|out|for|on)\b)\p{Ll}[\p{L}-]+(?:\s*\([^()]*\))?(?:[.,;]|$)/u;
/** A pronoun named at the end of a clause: "calls that slander.", "called it a provocation," (not "called it off."). */
export const CALLED_PRONOUN =
  /^\s(?:it|that|this|them)\s(?:(?:a|an)\s)?(?!(?:off|up|back|in|out|for|on)\b)\p{Ll}[\p{L}-]+(?:\s\p{Ll}[\p{L}-]+)?[.,;]/u;
/** Whom words were told: "told parliament", "told the press", "told Novaya Vest", "told Lenta.ru". */
export const HEARER =
  /^\s(?:us|me|him|her|them|reporters|journalists|parliament|deputies|lawmakers|the [\p{L}-]+|\p{Lu}[\p{L}\p{N}-]*(?: \p{Lu}[\p{L}\p{N}-]*){0,3}(?:\.[a-z]{2,4})?)(?=\s)/u;
/** A demand: "called for early elections", "calls again for a referendum" (not "called for questioning"). */
export const CALLED_FOR =
  /^\s(?:again\s|also\s|repeatedly\s|publicly\s)?for\s(?!questioning\b|help\b)\p{Ll}/u;
/** An order, after the hearer: "told us over the radio to stay", "told them to leave". */
export const TOLD_TO = /^(?:\s(?:over|by|on|in|at)\s[^.;,“"]{1,30}?)?\sto\s\p{Ll}+/u;
/** An appeal: "urged both governments to settle the matter". */
// (The appeal may be quoted: "urged Kyiv to “return to the table”".)
export const URGED_TO = /^\s[^.;“"]{1,60}?\sto\s[“"]?\p{Ll}+/u;
/**
 * "wrote that …", "wrote on Facebook that …", "wrote to us that …" (not "wrote the law, and in May
 * said that …").
 */
// Not "wrote that down", "wrote that off".
const WROTE_THAT =
  /^(?:\s(?:on|in) [^.,;“"]{1,40}|\sto (?:us|me|him|her|them|(?:the|his|her|their|our|my) [\p{L}-]+(?: [\p{L}-]+)?|\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+){0,3}))?\sthat\b(?! (?:down|up|out|off)\b)/u;
/**
 * A reminder given: "reminded reporters that the law forbids it", "reminds the council that …", or a
 * named party "of" what it owes ("reminded Kestrogas of its debt"; not "reminded him of his father").
 */
const REMINDED =
  /^\s(?:us|me|him|her|them|reporters|journalists|(?:the|its|his|her|their) [\p{L}-]+(?: [\p{L}-]+)?|\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+){0,3})\sthat\b|^\s\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+){0,3}\sof\s/u;
/** A claim turned down: "rejected accusations that the army had fired first". */
const REJECTED =
  /^\s(?:(?:the|any|all|such)\s)?(?:accusations?|claims?|reports?|allegations?|suggestions?|charges?)\s(?:that|of)\b/;
/**
 * A claim turned down, named by its noun and no more: "rejected the charge", "rejected the Tarkhanian
 * claims.", "rejected the report the next day" (not "rejected the bill", "rejected the appeal", "rejected
 * all of our complaints", "rejected the claim against the newspaper", "rejected the report by 61 votes
 * to 22": a vote or a ruling, no saying).
 */
const REJECTED_CLAIM =
  /^\s(?:the|any|all|these|those|such|this|that)\s(?:[\p{L}’'-]+\s){0,2}?(?:charges?|accusations?|allegations?|claims|reports?|criticism|suggestions?|idea|version|account|linkage|links?)\b(?![’'-])(?!\s(?:against|of)\b)(?![^.;“"]{0,40}\bby\s[\d,]+\svotes?\b)/u;
/**
 * A claim waved away as something: "dismissed the supposed plan as a register of volunteers",
 * "dismissed the report as fantasy", "an offer X dismissed as premature" (not "dismissed the governor",
 * nor "whom he dismissed as prime minister": a removal from a post).
 */
const DISMISSED_AS =
  /^\s(?:(?:it|them|this|that)|(?:the|any|all|such|his|her|its|their|this|that|these|those)\s(?:[\p{L}-]+\s){0,2}?(?:reports?|claims?|allegations?|accusations?|charges?|ideas?|proposals?|plans?|offers?|suggestions?|story|stories|criticism|warnings?|threats?|remarks?|statements?|account|version|figures?|complaints?|rumou?rs?|talk|fears?|concerns?))\sas\s|^\sas\s(?!(?:(?:the|its|their)\s)?(?:[\p{Ll}-]+\s){0,2}(?:minister|premier|governor|head|chief|chairman|director|commander|ambassador|mayor|prosecutor|secretary|president|leader)\b(?![’']))(?:a|an|the|\p{Ll}+)\b/u;
/**
 * A charge turned down: "denies the charges", "denied any wrongdoing", "denied any link between …",
 * or one just told, named by a pronoun: "denied this the same day", "denied it." (not "denied it
 * access").
 */
const DENIED =
  /^\s(?:(?:the|any|all|these|those|such)\s(?:[\p{L}-]+\s){0,2}?(?:charges?|accusations?|allegations?|claims?|reports?|wrongdoing|involvement|responsibility|guilt|links?|linkage|connection|role|knowledge|rift|contacts?)\b|(?:every|each)\s(?:one\sof\sthe\s)?(?:charges?|accusations?|allegations?)\b(?!\s(?:for|of)\b)|(?:this|that|it|them)(?:\s(?:the (?:same|next|following) day|on \p{Lu}\p{Ll}+(?: \d{1,2})?|at once|immediately|flatly))?\s*(?:[.,;(]|$))/u;
/**
 * A clause without "that": "says you sold the land", "said we work", "says it wants calm" (a verb in
 * -s or -ed after "it", "he", "she"; not "said it again", "said it in public").
 */
// ("says it lost …", "said he sold …": an irregular past too; "say I probably will be …".)
const BARE_CLAUSE = new RegExp(
  `^\\s(?:(?:I|you|we|they)\\s(?!(?:in|on|at|to|for|with|from|again|and|or|all|both|too|so|then|here|there|once)\\b)\\p{Ll}+|(?:it|he|she)\\s(?:\\p{Ll}+(?:s|ed)|${IRREGULAR_PAST_ACTS})\\b)`,
  'u',
);
/** A clause opened by a noun phrase: "says the new checks are …", "said its troops had …". */
const NOUN_CLAUSE =
  /^\s(?:the|its|his|her|their) [^.;,“"]{0,60}?\s(?:had|has|have|was|were|is|are|will|would|could|did|may|might|must|can|should)\s/;
/**
 * A clause opened by a counted noun phrase: "says a thousand families have been left …", "said
 * several villages were cut off", "say 300 trucks are waiting".
 */
const COUNTED_CLAUSE =
  /^\s(?:a|an|some|many|most|several|hundreds|thousands|dozens|\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|more than [\p{L}\d,]+)\s[^.;,“"]{0,60}?\s(?:had|has|have|was|were|is|are|will|would)\s/u;
/** What a state is said to claim: a clause ("insists that …", "warned contractors that …", "says it wants …"). */
// ("Astana says the new checks are …": a clause whose subject is a noun phrase.)
export const STATE_CLAIM = anyOf(/^(?:\s[^.;“"]{0,60}?)?\sthat\b/, BARE_CLAUSE, NOUN_CLAUSE);
const MEASURES =
  'ban|boycott|embargo|moratorium|suspension|withdrawal|freeze|halt|review|inquiry|investigation|plan|decision|resignation|retirement|audit|rally|march|sit-in|strike(?! (?:on|against) \\p{Ll})|exercises|drills|rules|tender|referendum';
/** A measure announced: "announced a ban on imports", "announced its withdrawal from the talks". */
const ANNOUNCED_MEASURE = new RegExp(
  `^\\s(?:a|an|its|their|his|her)\\s(?:[\\p{L}\\p{N}-]+\\s){0,3}?(?:${MEASURES})\\b`,
  'u',
);
/** The measure before its announcer: "The suspension, which the minister announced on May 4, …". */
export const MEASURE_WHICH = new RegExp(`\\b(?:${MEASURES}),\\s(?:which|that)\\s[^,;.“”"]{2,60}$`, 'iu');
/** A view held: "holds that the field lies on its side", "held that the law was void". */
const HELD_THAT = /^\sthat\s(?:the|a|an|it|he|she|they|we|its|his|her|their|\p{Lu})\b/u;
/** An offer: "offered to pay for a new wing", "had offered on November 10 to host talks". */
const OFFERED_TO = /^(?:\s(?:on|in)\s[^,.;“"]{1,25}?)?\sto\s\p{Ll}/u;
/**
 * A promise to act (" to pay them …"), unless it names the day of the act: "has promised to hear it
 * on July 8" is told as the planned act itself.
 */
const PROMISED_TO = new RegExp(
  `^(?:\\s(?:on|in)\\s[^,.;“"]{1,25}?)?\\sto\\s\\p{Ll}(?![^.;,]*?\\bon (?:${FULL_MONTH_PATTERN}) \\d)`,
  'u',
);
/**
 * A thing promised: "a reform plan by the end of April", "us an answer", "every family compensation"
 * (not "promised in the protocol": an adjective, its promiser elsewhere).
 */
const PROMISED_THING =
  /^\s(?:(?:us|me|him|her|them|(?:the|every|each|its|his|her|their) [\p{L}-]+|\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?)\s)?(?:a|an|another|the|new|more|its|his|her|their|\d[\d,.]*|\$\d)\s?[\p{L}\d]/u;
/**
 * "pointed out that …", "points out to reporters that …": it reports only with its "that" (not
 * "pointed out the road"); a hearer or a time may come first.
 */
const THAT_ONLY =
  /^(?:\s(?:to\s)?(?:us|me|him|her|them|reporters|journalists)|\s(?:on|in|at)\s[^.,;“"]{1,30}?|\s(?:the (?:next|following|same) day|again|also))?\sthat\b/u;
/** Praise or blame with its reason: "praised the police for their professionalism". */
const FOR_REASON = /^\s[^.;“"]{1,60}?\sfor\s(?:the|its|his|her|their)\s/;
/** A complement any of the regexes accepts. */
function anyOf(...res: RegExp[]): { test(text: string): boolean } {
  return { test: (text) => res.some((r) => r.test(text)) };
}
/**
 * A view or a hint told again: "repeated Moscow's long-standing view that …", "repeated the hint" (not
 * "repeated warnings", an adjective).
 */
const REPEATED =
  /^\s(?:the|his|her|its|their|this|that|\p{Lu}[\p{L}-]+['’]s)\s(?:[\p{L}-]+\s){0,2}?(?:hint|view|claim|demand|call|warning|position|offer|accusation|charge|threat|argument|promise|assurance|allegation)s?\b/u;
/** What is demanded: "the immediate release of the crew", "a parliamentary inquiry", "her resignation". */
const DEMANDED = /^\s(?:the|a|an|his|her|its|their)\s[^.;“"]{2,}/;
/** Whom or what one blames: a noun phrase or a name ("blamed the trawlers", "blames Kyrmania"). */
const BLAMED = /^\s(?:the|a|an|his|her|its|their|him|them|\p{Lu}[\p{L}-]+\b|\p{Ll}+\s\p{Ll}+)/u;
/** A charge laid on someone: "accused Russia of stirring up separatism". */
const ACCUSED_OF = /^\s[^.;“"]{1,60}?\sof\s/;
const STANCE = anyOf(REACTION, FOR_REASON);
/** Verbs that report only with a complement of their own ("accused Russia of …"); the rest take COMPLEMENT. */
export const OWN_COMPLEMENT: Readonly<Record<string, { test(text: string): boolean }>> = {
  denied: anyOf(COMPLEMENT, DENIED),
  denies: anyOf(COMPLEMENT, DENIED),
  deny: anyOf(COMPLEMENT, DENIED),
  says: anyOf(COMPLEMENT, BARE_CLAUSE, COUNTED_CLAUSE),
  said: anyOf(COMPLEMENT, BARE_CLAUSE, COUNTED_CLAUSE),
  say: anyOf(COMPLEMENT, BARE_CLAUSE, COUNTED_CLAUSE),
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
  repeated: REPEATED,
  repeats: REPEATED,
  accused: ACCUSED_OF,
  accuses: ACCUSED_OF,
  wrote: WROTE_THAT,
  reminded: REMINDED,
  reminds: REMINDED,
  // "expect the law to be annulled", "expect that …".
  expect: anyOf(COMPLEMENT, /^\s[^.;“"]{1,60}?\sto be\s\p{Ll}+ed\b/u),
  // "recalled that …", not "recalled its ambassador".
  recalled: WROTE_THAT,
  recalls: WROTE_THAT,
  recall: WROTE_THAT,
  writes: WROTE_THAT,
  rejected: anyOf(REJECTED, REJECTED_CLAIM),
  rejects: anyOf(REJECTED, REJECTED_CLAIM),
  // "dismissed any suggestion that …", "dismissed the report as fantasy" (not "dismissed the governor").
  dismissed: anyOf(REJECTED, DISMISSED_AS),
  dismisses: anyOf(REJECTED, DISMISSED_AS),
  // "holds that it lies on its side" (not "held talks", "held that post").
  holds: HELD_THAT,
  held: HELD_THAT,
  // "pledged to bring …", "vowed to stay", "has promised to pay by June 1": a commitment in words
  // (one that names the act's day is the planned act: PROMISED_TO).
  pledged: anyOf(COMPLEMENT, OFFERED_TO),
  vowed: anyOf(COMPLEMENT, OFFERED_TO),
  // ("promised a reform plan by the end of April", "promised us an answer within ten days".)
  promised: anyOf(COMPLEMENT, PROMISED_TO, PROMISED_THING),
  // "demanded that the prosecutor audit …", "demanded the immediate release of the crew".
  demanded: anyOf(COMPLEMENT, DEMANDED),
  demands: anyOf(COMPLEMENT, DEMANDED),
  'pointed out': THAT_ONLY,
  'points out': THAT_ONLY,
  'point out': THAT_ONLY,
  // "recommended that the code be revised", "recommends a zone free of troops".
  recommended: anyOf(COMPLEMENT, DEMANDED),
  recommends: anyOf(COMPLEMENT, DEMANDED),
  // "blamed the former management for …", "blamed heart failure" (not "was blamed").
  blamed: BLAMED,
  blames: BLAMED,
  put: AT_FIGURE,
  puts: AT_FIGURE,
  // "estimates that thirty firms have closed": a judgement given, like "argues that" (or a figure).
  estimated: anyOf(AT_FIGURE, THAT_ONLY),
  estimates: anyOf(AT_FIGURE, THAT_ONLY),
};

/**
 * What parts a verb from the one before it when both report the same speaker: a list of verbs
 * ("argued that …, warned that …, and accused …"), "and", "but" ("welcomed … but said that …"), or a
 * semicolon and a pronoun ("…; he urged …"). Each verb then reports a statement of its own.
 */
export const COORDINATED = /(?:,\s(?:and\s|but\s)?|\s(?:and|but)\s|(?:;|,?\sand)\s(?:he|she|they|it)\s)$/i;

/** Text before a name that puts the name in a prepositional aside (", with his counterpart "). */
// (Or an appositive noun: "X (no relation), a Communist, insisted": a party or a people names no speaker.)
export const ASIDE_BEFORE = /,\s(?:with|by|for|from|of|to|in|on|at|including|among|alongside|a|an)\s[^,;]*$/;
/** Where a second speaker's clause starts: "X said …, while Y put …", "…, although Y concede …". */
export const CLAUSE_BREAK = /(?:,\s+(?:while|whereas|although|though|and|but)|;)\s+/g;
