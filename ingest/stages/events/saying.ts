// Dates of sayings, not happenings: "aides said on May 3 that …", "…, the ministry said that evening".
// The rules keep what a saying's sentence also dates of its own: a date in a relative clause, a
// notice of the sayer's own act, an act reported in the past perfect.
import type { Analysis, ResolvedMention } from '../../analysis.js';
import { REPLY_IN_DEEDS, SAID_ON } from './act-patterns.js';
import { REPORTING_ANYWHERE } from '../statements/reporting-verbs.js';
import { clauseAround } from './clauses.js';
import { ownNotice, reportedAct } from './reported-act.js';

/**
 * "Temirov said on television that …", "aides said on May 3 that …": the date `d` (at `offset` in its
 * sentence) stands before the saying of its clause, so it dates a statement, not a happening (but a
 * date inside the reported words, "that the license would be reviewed next month", is one).
 */
export function inSaying(an: Analysis, d: ResolvedMention, offset: number): boolean {
  const s = an.sentences[d.sentence];
  if (!s) return false;
  // A saying in a clause with a subject of its own ("X summoned the ambassador on May 3, while the
  // ministry insisted that …", "…, even though the minister told TV-1 that …") is not the date's.
  const sayClause = clauseAround(
    s.text,
    offset,
    /; |, and |, but | — | – |, (?:while|whereas|even though|although|though) /g,
  );
  const saying = SAID_ON.exec(sayClause);
  if (!saying) return false;
  const clauseAt = s.text.indexOf(sayClause);
  // A date in a relative clause before the saying ("X, who met Y on August 12, told …", "X, whom
  // parliament confirmed on June 23, told …") is its own,
  // and so is one after a noun ("the operator that had planned to launch a train in February, said …").
  const inRelative =
    /, (?:who|which|whose) [^,]*$|, whom (?![^,]*\b(?:interviewed|asked|quoted|questioned|reached|contacted)\b)[^,]*$|\p{Ll} (?:that|which) (?:had|has|have) [^,]*$/u.test(
      s.text.slice(clauseAt, offset),
    );
  // (A notice of the sayer's own act, "told us that its presses were full", is dated by the notice.)
  const ownAct = ownNotice(an, d, s.text, clauseAt, saying);
  const sayAt = clauseAt + saying.index;
  // ("Lohmus resigned two days later, telling KPB Radio that …", "On April 20, X resigned, telling
  // reporters that …": the words come with an act, which the date dates.)
  if (actThenTelling(s.text.slice(clauseAt, sayAt + saying[0].length), offset - clauseAt)) return false;
  // The words from the date, and from its end, up to the saying.
  const toSaying = s.text.slice(offset, sayAt);
  const afterDate = s.text.slice(offset + d.mention.text.length, sayAt);
  return (
    offset < sayAt + saying[0].length &&
    !inRelative &&
    !inLeadingClause(s.text.slice(clauseAt, offset)) &&
    !SUBORDINATE_BETWEEN.test(toSaying) &&
    !COUNTED_AFTER.test(toSaying) &&
    // ("On April 14, the court dissolved the branch at the request of the prosecutor's office, whose
    // representative told the court that …": the saying is a relative clause's, after the act.)
    !/, (?:who|whom|whose|which) [^,]*$/.test(toSaying) &&
    !(
      // (A date leading the clause, "Last Friday he waved me through and said …", dates both.)
      LATER_PREDICATE.test(afterDate) && !/^[\s“"‘]*(?:\p{L}+\s)?$/u.test(s.text.slice(clauseAt, offset))
    ) &&
    !deedThenSaying(afterDate) &&
    !ownAct &&
    !reportedAct(an, d)
  );
}

/** A past verb, not a participle's ("the man detained on May 3"). */
const PAST_VERB = /(?<!\b(?:the|a|an|was|were|been|be|being|is|are) (?:\p{Ll}+ )?)\b\p{Ll}{3,}ed\b/u;
/**
 * Verbs of a reaction in words that REPORTING does not hold: no act of their own ("defended the
 * decision, telling …"; REPORTING_ANYWHERE reads "reiterated", "dismissed").
 */
const WORDS_VERB =
  /^(?:commented|responded|reacted|echoed|defended|downplayed|slammed|blasted|questioned|disputed|ridiculed|mocked|lamented|blamed|refuted)$/;

/**
 * A past act, then its words in a participle after a comma: "X resigned two days later, telling …".
 * The date at `dateAt` in the clause dates the act when it opens the clause before the act's verb, or
 * stands between the verb and the participle with no comma between ("… from April 1, by 71 votes to
 * 9, and signed it …, telling" is not one).
 */
function actThenTelling(clause: string, dateAt: number): boolean {
  const tell = /, (?:telling|saying)\b[^,;]*$/.exec(clause);
  if (!tell || clause.includes(';')) return false;
  const act = PAST_VERB.exec(clause.slice(0, tell.index));
  if (!act || WORDS_VERB.test(act[0]) || REPORTING_ANYWHERE.test(act[0])) return false;
  return dateAt < act.index || !clause.slice(dateAt, tell.index).includes(',');
}

/**
 * "When the minister visited Ostrov in May, he told the crowd that …": a date in a sentence's leading
 * time clause dates that clause's own happening, not the main clause's words.
 */
export function inLeadingClause(beforeDate: string): boolean {
  return /^(?:When|After|Before|Once|Until)\b[^,]*$/.test(beforeDate);
}

/**
 * A saying in a relative clause after the date ("The account was set out on July 17 by the colonel,
 * who told reporters that …", "… was called off on the 11th, when the other side said that …"): the
 * subordinate clause's own words, not the date's.
 */
// (and "…, the day the ministry said that …", an appositive time with a clause of its own).
const SUBORDINATE_BETWEEN =
  /, (?:who|which|when|after|because|since|as)\b|, the (?:day|evening|morning|night|week) (?:that |when )?(?:the |its |his |her |their )?\p{L}/u;
/**
 * "On April 14, the commission suspended his license, a week after he told journalists that …": the
 * saying is inside a time clause counted back from the act (not when the clause closes before it:
 * "On April 14, a day after X reported the leak, the minister told …").
 */
const COUNTED_AFTER =
  /, (?:a|one|two|three|four|five|six|several|some|\d+) (?:days?|weeks?|months?|years?) (?:after|before) [^,]*$/;

/**
 * "X met the envoy on May 3 and, a week later, told reporters that …": the saying is a second
 * predicate of the same subject, joined by "and" after the date, which dates the first (a happening).
 */
const LATER_PREDICATE = /^[^,;]{0,40}? and(?:,? [^,;]{1,30},| (?:later|then|again|also|afterwards))? $/;

/**
 * "On March 5, Prime Minister X received the union's leaders and promised that …": the leading date's
 * clause names its subject and a deed in the past before "and" joins the words to it.
 */
function deedThenSaying(between: string): boolean {
  const m = DEED_BEFORE_AND.exec(between);
  const verb = m?.[1];
  if (!verb || NO_DEED.test(verb)) return false;
  return IRREGULAR_DEEDS.test(verb) || (!WORDS_VERB.test(verb) && !REPORTING_ANYWHERE.test(verb));
}
/** Past tenses of a state or a wish, no deed: "seemed irritated and said", "wanted to reassure … and said". */
const NO_DEED =
  /^(?:seemed|appeared|looked|sounded|wanted|wished|hoped|needed|tried|preferred|intended|planned|decided|refused|declined|agreed|expected|feared|believed|remained|stayed|pretended)$/;
/** Irregular deeds, whatever the reporting verbs hold ("held" talks, not "held that"). */
const IRREGULAR = 'sold|sent|took|made|held|met|gave|left|flew|went|came';
const IRREGULAR_DEEDS = new RegExp(`^(?:${IRREGULAR})$`);
/** The clause's subject (a name or a pronoun), its past verb, then "and" (or "and then"). */
const DEED_BEFORE_AND = new RegExp(
  `^,? (?:(?:[A-Z][\\p{L}’'-]*\\s){1,6}|(?:he|she|they|we|it)\\s)(\\p{Ll}{3,}ed|${IRREGULAR})\\b[^,;]{0,60}? and(?: then| later| afterwards)? $`,
  'u',
);

/**
 * "…, the ministry said that evening", "I asked the minister in committee yesterday", "…, the ministry
 * said in a statement on May 3": the date right after a saying verb. But "asked me to come back next Tuesday" dates what is asked for, a plan,
 * "answered on March 3 with a note of protest" a reply made by a document or an act, not in words,
 * and "had been asked in mid-May to prepare …" a request made of the subject, an act.
 */
export function saidRightBefore(before: string, after: string): boolean {
  return (
    /\b(?:said(?: in (?:a|an|its|his|her|their) (?:[\p{L}-]+ )?(?:statement|interview|letter|communiqu[eé]))?(?: on| in)?|(?:told|asked|answered)(?: (?!that\b)(?:\p{Ll}+|\p{Lu}[\p{L}’'-]*)){0,5}|stated|added|claimed|insisted|noted)\s$/u.test(
      before,
    ) &&
    !/\b(?:asked|told) (?:\p{Ll}+ ){1,2}to \p{Ll}+(?: \p{Ll}+){0,2}\s$/u.test(before) &&
    // ("Ostrel answered on April 11 by expelling the consul": a reply in deeds is a happening.)
    !(/\b(?:answered|replied|responded)\b/.test(before) && REPLY_IN_DEEDS.test(after)) &&
    !(/\b(?:was|were|been) asked (?:on |in )?$/.test(before) && /^ to \p{Ll}+/u.test(after))
  );
}

/** Parliaments known by their own names: "told the Seimas", "Speaking in the Majlis". */
const PARLIAMENTS =
  'Duma|Rada|Majlis|Mejlis|Seimas|Saeima|Sejm|Riigikogu|Kenesh|Kengash|Khural|Mazhilis|Sabor|Skupstina|Skupština|Storting|Bundestag|Knesset';

/** A body at its sitting, or a gathering, that words are addressed to. */
const BODY = `(?:the |a |an )?(?:(?:\\p{Lu}[\\p{L}’'-]* )*?(?:[Pp]arliament|[Cc]abinet(?: of [Mm]inisters)?|[Ss]enate|[Aa]ssembly|[Cc]ongress|[Cc]ouncil|House of \\p{Lu}\\p{Ll}+|${PARLIAMENTS})|deputies|lawmakers|legislators|(?:\\p{Ll}+ )?(?:rally|congress|press conference|news conference))\\b`;

/**
 * "Addressing the Cabinet of Ministers on May 4", "told a rally in Osh on May 4", "told supporters in
 * Batumi on May 7", "told parliament on
 * May 2", "told a press conference on May 12", "told a meeting of district governors in Navobod on
 * November 13": an address by its verb, or words told to a body at its sitting or to a gathering (as
 * the fixtures annotate them; our writers mostly do too). Not "told a briefing": those writers did
 * not (an opinion given "at a briefing on May 3" is dated by its occasion, act-patterns.ts).
 */
const ADDRESSED_BEFORE = new RegExp(
  `\\b(?:[Aa]ddress(?:ing|ed) ${BODY}|(?:told|telling) (?:${BODY}|(?:(?:his|her|their|its|cheering|thousands of) )?(?:supporters|voters|students|workers|veterans|troops|soldiers|miners|farmers|protesters|demonstrators)|(?:a|an|the|his|her|its|their) (?:\\p{Ll}+ ){0,2}(?:rally|crowd|audience|gathering|congress|conference|press conference|news conference|meeting|session|forum|summit)(?: of (?:\\p{L}+ ){0,3}\\p{L}+)?))(?: (?:in|at) \\p{Lu}[\\p{L}-]*)?(?: on| in)?\\s$`,
  'u',
);

/**
 * "…, struck a resigned note two days earlier, telling the House of Representatives that", "On June 5,
 * the governor, X, told a gathering of regional elders …": the sitting or the gathering is dated (not
 * "Two days later, the minister told parliament that …", which the golds keep as words only).
 */
export const ADDRESSED_AFTER = new RegExp(
  `^,\\s(?:(?:[Aa]ddressing|telling|speaking to) ${BODY}|[^;“”"]{0,120}?\\s(?:told|addressed) (?:a|an) (?:\\p{Ll}+ ){0,2}(?:rally|crowd|audience|gathering|congress|conference|meeting|forum|summit)\\b)`,
  'u',
);

/** The name of a sitting body: "the Majlis", "the National Assembly", "the Verkhovna Rada". */
const SITTING_NAME = new RegExp(
  `(?:Parliament|Assembly|Council|Congress|Senate|Chamber|House|${PARLIAMENTS}|Conference|Forum|Summit)$`,
  'u',
);

/**
 * "Speaking to parliament on March 2", "Speaking to the cabinet", "to the Assembly", "Speaking to students
 * at Kalvesk University", "to a conference in Baku", "Speaking in the Majlis, the national parliament,
 * on October 3": words addressed to a body at its sitting or to a
 * gathering, a happening ("speaking to journalists", "to Interfax" are not). So is an
 * address told by its verb or words told to a gathering (ADDRESSED_BEFORE).
 */
export function addressesBody(an: Analysis, before: string): boolean {
  // (The last 200 characters: a long run of capitalised words costs no more than a short one.)
  if (ADDRESSED_BEFORE.test(before.slice(-200))) return true;
  const m =
    /\b[Ss]peaking (?:to|before|in|at) (?:(?:the )?(?:\p{Ll}+ )?(?:parliament|cabinet|senate|assembly|congress|council|deputies|lawmakers|legislators|students|supporters|voters|workers|veterans|sailors|soldiers|troops|miners|farmers|(?:a|an) (?:\p{Ll}+ )?(?:rally|congress|conference|forum|meeting|gathering|audience))\b|the ((?:\p{Lu}[\p{L}’'-]*(?:[ ,]|$))+))/u.exec(
      before,
    );
  if (!m) return false;
  const name = m[1]?.replace(/,$/, '').trim();
  if (!name) return true;
  // ("Speaking in the Majlis": in or at a sitting only, not in a place or a building: "Speaking at the
  // Kremlin", "in the Crimean city of Yalta".)
  if (/\b(?:in|at) the $/.test(m[0].slice(0, m[0].length - (m[1]?.length ?? 0))) && !SITTING_NAME.test(name))
    return false;
  return ![...an.table.actors.values()].some((a) => a.kind === 'media' && a.forms.has(name));
}
