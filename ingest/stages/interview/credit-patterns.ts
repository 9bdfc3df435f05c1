// The patterns of an interview's closing credit line, which name the outlet, the interviewer, the place
// and the day ("The interview was conducted by X in Y on May 10, 2011, and published in Z").
import { MEDIA_TAIL_WORDS } from '../../language/lexicon.js';
import { FULL_MONTH_PATTERN } from '../../language/months.js';
// An outlet's name, up to four capitalised words; a dot or a slash may stand inside a word
// ("Ferghana.ru", "RFE/RL", "Civil.ge"); a number may open it ("24 Saati", "5 Kanal").
// Its own lower-case last word may close it ("Lietuvos rytas").
// (Never a day: "and published on July 9" names no outlet.)
const OUTLET = String.raw`(?!(?:${FULL_MONTH_PATTERN}) \d)(?:\p{N}{1,3} )?\p{Lu}[\p{L}\p{N}'’-]*(?:[./][\p{L}\p{N}]+)*(?: \p{Lu}[\p{L}\p{N}'’-]*){0,3}(?: (?:${MEDIA_TAIL_WORDS})(?![\p{L}]))?`;
// What the credit line may call the outlet first: "the weekly W", "the Lithuanian weekly W", "the
// opposition weekly W", "the state-run daily W".
const KIND_OF_OUTLET = String.raw`(?:(?:[\p{L}-]+ ){0,2}?(?:weekly|daily|monthly|magazine|newspaper|journal|paper|channel|station|agency|website) )?`;
// The language it appeared in, or a place, before where: "published in Slovak in the February 12
// issue of …", "first appeared, in Belarusian, in …".
const IN_LANGUAGE = String.raw`(?:,? in \p{Lu}\p{Ll}+,?(?= in\b))?`;
export const CREDIT = new RegExp(
  String.raw`^(?:The|This) interview was (?:conducted|recorded|held|given)\b(?: by (?<author>\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2}))?(?: in (?<place>\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?))?.*?\b(?:published|broadcast|printed|aired|appeared)${IN_LANGUAGE} (?:in|on|by) (?:the )?(?:(?<when>[\p{Lu}][\p{L}]+ \d{1,2}(?:, \d{4})?) (?:\p{Ll}+ )?(?:issue|edition|broadcast) of )?(?:the )?${KIND_OF_OUTLET}(?<outlet>${OUTLET})(?: on (?<when2>\p{Lu}\p{L}+ \d{1,2}(?:, \d{4})?))?`,
  'u',
);
/**
 * The credit line told the other way round: "X spoke to Y in Z on May 10, 2011; the interview first
 * appeared in the W on May 14". X is the interviewee, Y the interviewer (the author).
 */
export const SPOKE_TO_CREDIT = new RegExp(
  String.raw`^(?<subject>\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2}) (?:spoke|talked) (?:to|with) (?<author>\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2})(?: in (?<place>\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?))?[^;]*[;,] (?:and )?the interview (?:first )?(?:appeared|was (?:first )?(?:published|printed|broadcast)|ran) (?:in|on|by) (?:the )?(?<outlet>${OUTLET})(?: on (?<when>\p{Lu}\p{L}+ \d{1,2}(?:, \d{4})?))?`,
  'u',
);
/**
 * Other credit lines: "This interview first appeared in the W on May 14", "The interview was first
 * published in the W …", "Y interviewed X in Z on May 10 for the W, which published it on May 14".
 */
export const LOOSE_CREDIT = new RegExp(
  String.raw`^(?:(?<author>\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2}) interviewed (?<subject>\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2})(?: in (?<place>\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?))?[^;]*? for (?:the )?(?<outlet2>${OUTLET}), which (?:published|printed|broadcast|aired|ran) (?:it|the interview)(?: on (?<when2>\p{Lu}\p{L}+ \d{1,2}(?:, \d{4})?))?|(?:The|This) interview (?:was )?(?:first )?(?:appeared|published|printed|broadcast|aired|ran)(?: first)?${IN_LANGUAGE} (?:in|on|by) (?:the )?(?<outlet>${OUTLET})(?: on (?<when>\p{Lu}\p{L}+ \d{1,2}(?:, \d{4})?))?)`,
  'u',
);

/**
 * Any credit line that names the outlet in a closing "for W, which published it": "This interview,
 * translated from Ruthenian, was conducted by Y in Z on May 10 for the Courier, which published it
 * on May 14", "X spoke to Y in Z on May 10, 2011, for the weekly W, which published the interview in
 * its issue no. 19 on May 17". The interviewer is taken only from "by Y".
 */
export const FOR_OUTLET_CREDIT = new RegExp(
  String.raw`^(?:.*?\bby (?<author>\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2}))?(?:.*?\bin (?<place>\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?) on )?.*?\b(?:for|of) (?:the )?${KIND_OF_OUTLET}(?<outlet>${OUTLET}), which (?:published|printed|broadcast|aired|ran) (?:it|the (?:interview|talk|conversation)|an? (?:\p{Ll}+ )?version)\b(?:(?:[^.;]|\bno\. (?<number>\d+))*? (?:on|in its) (?<when>\p{Lu}\p{L}+ \d{1,2}(?:, \d{4})?))?`,
  'u',
);

/**
 * A credit line that opens with the outlet's own reporter: "Steppe Herald correspondent Marat Omarov
 * spoke to X in Taraz on Monday, March 20, 2009", "Lisk Courier reporter Y interviewed X on May 6".
 */
export const CORRESPONDENT_CREDIT = new RegExp(
  String.raw`^(?:The )?(?<outlet>${OUTLET}) (?:correspondent|reporter|journalist) (?<author>\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2}) (?:spoke (?:to|with)|talked (?:to|with)|interviewed) \p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2}(?: in (?<place>\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?))?(?: on (?<when>(?:\p{Lu}\p{L}+, )?\p{Lu}\p{L}+ \d{1,2}(?:, \d{4})?))?`,
  'u',
);

/**
 * A credit line that tells where a version of the conversation ran: "Y talked to X at the camp on
 * August 2, 2011; a longer version of their conversation ran in the August 4 issue of the Tsilvar
 * weekly W". Who talked to whom is left to the introduction (the one it names is the interviewee).
 */
export const VERSION_CREDIT = new RegExp(
  String.raw`^.*?[;,.] (?:and )?(?:a|an|the) (?:\p{Ll}+ )?version of (?:their|the|this|our|that) (?:conversation|interview|talk|exchange) (?:first )?(?:ran|appeared|was (?:first )?(?:published|printed|broadcast|aired)) (?:in|on) (?:the )?(?:(?<when>[\p{Lu}][\p{L}]+ \d{1,2}(?:, \d{4})?) (?:issue|edition|broadcast) of )?(?:the )?${KIND_OF_OUTLET}(?<outlet>${OUTLET})(?: on (?<when2>\p{Lu}\p{L}+ \d{1,2}(?:, \d{4})?))?`,
  'u',
);
