// The words that tell a happening from a saying or an opinion: event nouns ("the 1996 transit
// treaty"), sayings ("said on May 3 that"), acts announced or done beside an opinion, occasions of
// speech, opinion verbs, and the past actions and sayings of sentences dated only by a citation.
// Up to two plain words may stand before the noun: "the 1996 transit treaty".
export const EVENT_NOUN =
  /^ (?:\p{Ll}+ ){0,2}(deployment|election|elections|war|attack|attacks|bombing|bombings|revolution|referendum|summit|session|visit|crisis|invasion|agreement|treaty|arrangement|conflict|uprising|coup|massacre|earthquake|flood|floods|protests?|riots?)\b/u;
// "reported that", "denied the next day that", "went on television to insist that", "went further,
// telling the radio that", "said the price would double" (a reported clause without "that"): sayings too
// ("reported that day" is not). An appeal is words too ("urged the court on May 3 to free him"), and
// so is an outlet's quoting ("Interfax quoted the minister as saying that"). "told the state channel
// KTV that" is words to an outlet of several words; "told a forum of investors that" an address, a happening.
export const SAID_ON =
  /\b(?:said|says|told (?!(?:a|an|the) (?:[\p{L}’'-]+ ){0,3}(?:[Ff]orum|[Cc]ouncil|[Pp]arliament|[Cc]onference|[Cc]ongress|[Aa]ssembly|[Ss]ession|[Mm]eeting|[Ss]ummit|[Rr]ally)\b)(?:[\p{L}\d’'-]+ ){0,4}[\p{L}\d’'-]+|telling (?:\w+ ){0,3}\w+|stated|claimed|warned|insisted|argued|noted|stressed|complained|reported|denied|promised(?: \w+)?|to (?:insist|say|argue|deny|explain))(?: (?:on|in) [^,;]{0,30}| the (?:following|next|previous|same) day| (?:a|an|one|two|three|four|five|six|seven|\d+|several|a few) (?:days?|weeks?) later)? that\b(?! (?:day|evening|morning|night|week|month)\b)|\bsaid on (?:television|the radio|radio|air)\b|\b(?:said|says) (?=(?:the|its|his|her|their|it|he|she|they) (?:\p{L}+ ){0,3}(?:would|will|had|has|was|were)\b)|\b(?:said|told(?: [\p{L}-]+){1,6}):\s*[“"]|\burged (?:[\p{L}\d’'-]+ ){1,8}?to \p{Ll}+|\bquoted (?:[\p{L}’'-]+ ){1,12}?as saying\b/u;
/**
 * "…, X announced that it had signed a deal", "… that the round, set for May 5, had been cancelled",
 * "… that they were suspending all contacts": an act done or under way, not a plan.
 */
export const ANNOUNCED_PAST_ACT =
  /\bannounced that [^;]{0,80}?\b(?:had (?:already |just )?(?:been )?\p{Ll}+(?:ed|en)|(?:was|were) \p{Ll}+ing)\b/u;
/** "called the filling an act of hostility and ordered army units …": an act beside the opinion; so is a
 * formal request made of someone ("… and asked the mission to raise the case"). */
const ACTS =
  'ordered|sent|signed|dismissed|fired|recalled|closed|suspended|announced|banned|deployed|launched|cancelled|canceled|appointed|asked|cut|halted|stopped|raised|expelled|arrested|detained|filed|blocked|seized|summoned(?! up)';
/** Words of an opinion, never part of the subject before an act ("Lavrov called sanctions imposed by …"). */
const OPINION_WORDS =
  'called|described|praised|criticized|criticised|condemned|denounced|termed|hailed|welcomed|said|told';
export const ALSO_DID = new RegExp(`\\band (?:then |also )?(?:${ACTS})\\b`);
/**
 * "on July 21, the Belarusian State Border Committee summoned the Lithuanian attaché and accused
 * Lithuanian guards of …": a named subject's act, then words beside it (not a participle on an object:
 * "described the sanctions imposed by the EU as … and called …").
 */
export const DID_THEN_OPINION = new RegExp(
  `^\\s*(?:[^,;]{0,40},\\s)?(?:the\\s)?(?:\\p{Lu}[\\p{L}’'-]*\\s){1,6}(?:(?!\\p{Ll}+ed\\b|${OPINION_WORDS})\\p{Ll}[\\p{L}’'-]*\\s){0,2}(?:${ACTS}|handed|imposed|withdrew|froze)\\b[^;]*\\band (?:then |also )?(?:accused|criticized|criticised|condemned|denounced|called)\\b`,
  'u',
);
// "In a farewell address to the staff on May 5, …", "speaking at a meeting of the council on May 6",
// "At its summit in Astana on July 5":
// words said at a named occasion, which is a happening of its own.
export const OCCASION =
  /\b(?:[Ii]n|[Aa]t|[Dd]uring) (?:a|an|the|his|her|its|their) (?:[\p{L}-]+ ){0,3}?(?:address|speech|press conference|news conference|meeting|session|briefing|congress|rally|summit|conference|forum)\b[^,;]*$/u;
/** "…, after a closed hearing of the committee, …" right after the date: the occasion it dates. */
export const OCCASION_AFTER =
  /^,?\s(?:after|at|during|following) (?:a|an|the|its|their) (?:[\p{L}-]+ ){0,3}?(?:address|speech|press conference|news conference|meeting|session|briefing|congress|rally|hearing)\b/u;
// "called off" is an act, not an opinion, and so are the envoys called in ("called in the
// ambassadors accredited in X"), a call made ("his office called again"), a call
// paid ("called on Sharadze on April 2", not "called on Sharadze to resign") and a
// meeting or vote called ("called an emergency session", "called the first gathering outside …", "called
// a convoy of trucks to the capital for June 16", not "called a convoy “an invasion”"), and
// so is a summons ("was called to the ministry"); "X accused him of …" is a charge in words
// ("a journalist accused of spying" is no one's saying); "This year I think …" is the speaker's view.
const CONVENED =
  'session|meeting|gathering|rally|protest|demonstration|march|sit-in|boycott|election|elections|referendum|strike|vote|summit|conference|ceasefire|truce';
/**
 * What one calls the first of, at a place, when one convenes it (not "called the elections in X
 * unfair"); and people one calls somewhere ("called his cabinet into emergency session", "called the
 * ambassador home").
 */
const CONVENED_THE = 'session|meeting|gathering|rally|sit-in|summit|conference';
/** "a series called “…”", "a village called Dzhar": a noun named, not an opinion ("the party called …" is one). */
// ("the so-called energy sovereignty amendment": a compound's "called" names nothing.)
const NAMING_NOUN_BEFORE = String.raw`(?<!\b(?:a|an) (?:[\p{L}-]+ )?(?:series|party|group|film|book|report|program|programme|movement|village|town|company|project|operation|article|documentary|column|initiative|campaign|organi[sz]ation|newspaper|website|channel|show|body|fund|firm) )`;
export const OPINION_VERB = new RegExp(
  String.raw`\b(?:indicated|believed|described|${NAMING_NOUN_BEFORE}(?<!-)(?<!(?:, |been |was |were |is |are |be )(?=called for (?:\p{Lu}\p{Ll}+ \d|\d)))called(?! off\b| again\b| back\b| on (?:\p{Lu}[\p{L}’'-]+ ){1,3}(?:on|in|at|and|during|before|after)\b(?![^,;.“”"]*?\bto (?!(?:the|a|an|his|her|their|its|him|them|me|us)\b)\p{Ll}+)| (?:to|into|before|up) (?:the|a|an|his|her|their|its)\b| in (?:the|his|her|their|its) (?:[\p{L}-]+ ){0,2}(?:ambassadors?|envoys?|diplomats|heads|chiefs|police|army|troops|auditors|investigators|prosecutors)\b|[.,;]| (?:a|an) (?:[\p{L}-]+ )?(?:${CONVENED})\b| (?:a|an) (?:[\p{L}-]+ )?(?:convoy|congress)\b[^“”",;.]{0,60}?\s(?:to|for)\s| (?:the|his|her|their|its) (?:[\p{L}-]+ ){0,2}(?:${CONVENED_THE}) (?:outside|in|at|on|for|of)\b| (?:the|his|her|their|its) (?:[\p{L}-]+ ){0,2}(?:cabinet|government|parliament|council|deputies|ministers|ambassadors?|envoys?|troops|reservists|supporters) (?:into|to|back|home|for)\b| (?:me|us|him|her|them) (?:in|into|to|back|before)\b| (?:the|its|his|her|their) (?:[\p{L}-]+ ){0,2}?\p{Ll}+ off\b| (?:some |about )?(?!(?:1[89]|20)\d\d\b)\d[\d,]* \p{Ll}+s\b| (?:the|his|her|their|its) (?:[\p{L}-]+ )?(?:vote|election|elections|referendum|strike) (?:for|on) (?:\p{Lu}|\d))|termed|characterized|characterised|considered|suggested|denounced|condemned|criticized|criticised|praised|hailed|welcomed|accused(?! of\b)|(?:I|we) (?:think|believe|suppose))\b`,
  'u',
);

/** A past action, not a saying: what a sentence needs to be an event with no date of its own. */
export const ACTION =
  /\b(?:(?:had|have|has) begun|had been|began|closed|opened|detained|arrested|banned|blocked|killed|attacked|seized|launched|halted|raided|shelled|expelled|recalled|suspended|sentenced|released|deported|dismissed|resigned|fired|turned back|stormed|called at|visited|arrived|docked)\b/;
export const SAYING =
  /\b(?:said|says|told|stated|added|claimed|argued|noted|warned|reported|denied|insisted|admitted|confirmed|according to)\b/;
// "denied the claim the same day", "an allegation the ministry denied on July 19", "replied the next
// day that": a denial or a reply is words, dated as a saying. A claim dismissed or rejected is one
// too ("dismissed the reports that afternoon"), but a person dismissed or a proposal rejected is an
// act, and so is a passive ruling ("his appeal was denied on May 3").
export const DENIED_ON =
  /(?<!\b(?:was|were|been|be|is|are) )(?:\b(?:denied|replied|responded|pointed out)(?: (?:this|it|them))?|\b(?:denied|dismissed|rejected|refuted)(?: (?:the|these|those|such|this|that))? (?:claims?|reports?|allegations?|charges?|accusations?|rumou?rs?|suggestions?))(?: on| in)?\s$/;
/** After a reply's date, a reply in deeds or with a document: "by expelling the consul", "with a note" (not "by saying that …"). */
export const REPLY_IN_DEEDS =
  /^ (?:by|with) (?:a\b|an\b|(?!(?:saying|insisting|stating|claiming|denying|calling|arguing|noting|repeating|warning|accusing|asking|demanding|describing|pointing|suggesting|promising)\b)\p{Ll}+ing\b)/u;
// A limit or a comparison before a date, not a happening: "beyond 2030", "frozen through 2030", "booked
// for the whole of May", a deadline ("he has until May 9 to decide"), "lower than it was on this date last year", "their lowest level since 2002".
export const LIMIT =
  /\b(?:beyond|than|through|(?:has|have|had) until)\s$|\bfor (?:the whole of|all of)\s$|\bthan (?:it|they|he|she|we|\p{Lu}[\p{L}-]*) (?:was|were|had been|did)\b[^,;]{0,20}\s$|\b(?:lowest|highest|weakest|strongest|level|levels)\b[^,;]{0,20}\bsince\s$/u;
// "the vote on April 12 will show …", "the resolution of October 10", "Whether X pays will become clear
// by July 10": a happening named again by its date, or the day the article awaits an answer on; when
// that day is drafted already, it is that happening told again ("on the night of May 3" is a time).
export const RETOLD_DAY =
  /\bthe (?!(?:night|morning|evening|afternoon|eve|weekend|end|beginning|start|middle|week|day|spring|summer|autumn|fall|winter|course|rest|half|turn)\b)\p{Ll}+ (?:on|of) $|\b(?:become|be) (?:clear|clearer|known|apparent) (?:on |by )?$/u;
