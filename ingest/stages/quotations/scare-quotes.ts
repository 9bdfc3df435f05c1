// Scare quotes: a few words in quotation marks that no one is said to have used, so no quotation.
import type { PlacedQuotation } from './types.js';

// The words before a quotation that make it someone's words, however few (each branch as it was
// one alternative of a single pattern; a quotation is someone's when any of them ends right before it).
const REPORTING_THAT_VERBS =
  'said|says|told|tells|warned|declared|insisted|stated|promised|vowed|claimed|argued|announced|pledged|hinted|let it be known|answered|replied|responded|added|conceded|admitted|acknowledged|complained|explained|stressed|maintained|predicted|assured';
const STANCE_AS_VERBS =
  'dismissed|dismisses|denounced|denounces|rejected|rejects|defended|defends|justified|justifies|hailed|hails|welcomed|welcomes|praised|praises|condemned|condemns|criticized|criticised|greeted';
const CHARACTERIZED: readonly RegExp[] = [
  // "described the closure as ", "called the vote ", "describing it as ": a speaker's own word follows.
  /\b(?:describing|calling)\s(?:[^.;“”"]{0,60}?\s)?(?:as\s)?$/,
  /\b(?:described|called|termed|branded|dubbed|labell?ed|characteri[sz]ed)\s(?:[^.;“”"]{0,60}?\s)?(?:as\s)?$/,
  // The accuser's: "accused the court of hiding “two pages”".
  /\b(?:accused|accuses)\s[^.;“”"]{1,60}?\sof\s[^.;“”"]{0,40}$/,
  // Reported words: "said the vote had “buried” the treaty", "tells the world that we have ‘buried’ it";
  // other verbs need "that" ("warned of “consequences”" is a scare quote; "let it be known that its
  // minister had a “scheduling conflict”", "answered that the budget did not have “one spare ruble”"
  // are not).
  /\b(?:said|says|told|tells)\b[^.;“”"‘]{0,80}$/,
  new RegExp(`\\b(?:${REPORTING_THAT_VERBS})\\b[^.;“”"]{0,80}?\\bthat\\b[^.;“”"]{0,100}$`),
  // A second "that" clause, however long the first ("told X that …, and that the deal was “done”"), and
  // a reported clause's second quotation ("said that X would “…” and had “other options”").
  /\b(?:said|says|told|tells)\b[^.;“”"]{0,80}?\bthat\b[^.;“”"]{0,200}?,?\s(?:and|but)\sthat\b[^.;“”"]{0,100}$/,
  /\b(?:said|says|told|tells)\b[^.;]{0,80}?\bthat\b[^.;]{0,200}[”"]\s(?:and|but)\s[^.;“”"]{0,60}$/,
  // The dismisser's, the welcomer's: "dismissed the claim as “baseless”", "welcomed the withdrawal as
  // “a courageous step”".
  new RegExp(`\\b(?:${STANCE_AS_VERBS})(?:\\s[^.;“”"]{1,120}?)?\\sas\\s$`),
  // The reason someone gave: "citing “urgent repairs”", "announced “urgent repairs”"; the caller's:
  // "called for “restraint on all sides”".
  /\b(?:announced|announces|cited|cites|blamed|blames|invoked|invokes|pleaded|pleads)\s$/,
  /\b(?:called|calls|calling|appealed|appeals|appealing) for\s$/,
  /\bciting\s$/,
  // The one whose view it is: "The plan was, in her view, “a wish list”".
  /\bin (?:his|her) (?:own )?(?:words|view|opinion)\b[^.;“”"]{0,80}$/,
];

/** A thing named before its title: "a series called ", "the report entitled ". */
const NAMED_THING =
  /\b(?:a|an|the|his|her|its|their) (?:[\p{L}-]+ )?(?:series|report|book|film|documentary|program|programme|article|column|campaign|operation|project|plan|initiative|show|song|novel|play)(?: called| entitled| titled)?\s$/u;
/**
 * A title in quotation marks, no words said: "a series called “The Sarnovo Pipeline”", "the report “Water
 * For Whom”" (up to eight words, every long one capitalised, no closing punctuation).
 */
function isTitle(words: string): boolean {
  const all = words.split(/\s+/);
  const long = all.filter((w) => w.replace(/[^\p{L}]/gu, '').length >= 4);
  return (
    all.length >= 2 &&
    all.length <= 8 &&
    !/[.!?,;:]$/.test(words) &&
    /^\p{Lu}/u.test(words) &&
    long.length >= 2 &&
    long.every((w) => /^\p{Lu}/u.test(w))
  );
}

/**
 * Words of one or two words are scare quotes, not quotations, unless someone is said to have used
 * them ("described the closure as "blackmail""); a title in quotation marks is no quotation either.
 */
export function isScareQuote(text: string, q: PlacedQuotation): boolean {
  const words = q.parts[0];
  if (q.group.parts.length !== 1 || !words) return false;
  // ("described the deal as “Moscow’s Trojan Horse”": someone's words, whatever their capitals; but
  // "a series called “The Sarnovo Pipeline”" names a thing.)
  const lead = text.slice(q.firstSentence.start, q.first.outerStart);
  // ("said that the newspaper “Zerkalo” had been closed", "that the “Rose Revolution” had failed": a
  // name in capitals after "the" is named, not said.)
  const wordList = words.split(/\s+/);
  const named =
    wordList.length <= 3 &&
    wordList.every((w) => /^\p{Lu}/u.test(w)) &&
    /\bthe (?:[\p{Ll}-]+ )?$/u.test(lead);
  if (CHARACTERIZED.some((re) => re.test(lead)) && !NAMED_THING.test(lead) && !named) return false;
  return isTitle(words) || (wordList.length < 4 && !/[.!?,]$/.test(words));
}
