// Who acts in a dated clause: of the names a clause prints, the one English grammar makes its subject.
// The clause's first name not governed by a preposition, unless a relative clause, a reported clause,
// a passive or "the deal that X signed" puts another one in that place. Read by event-actors.ts.
import { ROLE_NOUNS } from '../language/lexicon.js';
import { MONTH_PATTERN } from '../language/months.js';
import { governedSubject } from './governed-subject.js';
import { modifiesNext, type NameHit } from './name-modifiers.js';

export { governedSubject } from './governed-subject.js';
export { modifiesNext, type NameHit } from './name-modifiers.js';

/** A name after one of these is no subject: "in Tashkent", "to the Kremlin", "with Karimov". */
const AFTER_PREPOSITION =
  /\b(?:in|into|to|from|with|at|on|for|against|of|over|near|between|among|across|towards?|through|via|under|about|after|before|since|during|within|without|beyond|despite|than|like|as|onto|upon|amid|alongside|outside|inside|around|off|including|and|or)\s(?:(?:the|a|an|its|his|her|their|our|both|other)\s)?$/i;

/** A clause whose subject is a pronoun ("He expressed …", "His government declared …"): left to the
 * pronoun rules that put its antecedent first. */
const PRONOUN_SUBJECT =
  /^(?:(?:and|but|then|yet|so|later|also|meanwhile|again)\s+)*(?:(?:on|in|by) [^,]{1,40},\s+)?(?:he|she|it|they|we|i|his|her|its|their|our|my)\b/i;

/**
 * The words before a name that make it the head of the subject, not a complement: "officers of the
 * State Security Service detained …", "the de facto authorities in Sukhumi closed …", "residents of
 * Zugdidi blocked …" (a few plain words and "of", "in", "from" or "near", and no verb).
 */
const GROUP_OF =
  /^(?:(?:[Tt]he|[Aa]n?|[Ss]ome|[Ss]everal|[Aa]bout|[Dd]ozens|[Hh]undreds|[Tt]housands|[\d,]+)\s+)*(?:(?!(?:\p{Ll}+ed|is|are|was|were|has|have|had|will|would|did)\b)[\p{Ll}-]+\s+){1,3}(?:of|in|from|near)\s+(?:the\s+)?$/u;
/**
 * A title that opens the clause and ends in "of (the)": "Head of the Kestrian Customs Service Pavel
 * Dorn ordered …", "First Deputy Chairman of Ostrovgaz Ivan Lupu said …". The person it names is the
 * subject, though the title's "of" stands before the body that qualifies him.
 */
const TITLE_OF = new RegExp(
  String.raw`^(?:(?:the|a)\s+)?(?:(?:\p{Lu}\p{L}*|deputy|first|acting|former|vice)\s+){0,3}(?:${ROLE_NOUNS.split(
    '|',
  )
    .map((w) => `[${w.charAt(0).toUpperCase()}${w.charAt(0)}]${w.slice(1)}`)
    .join('|')})\s+of\s+(?:the\s+)?$`,
  'u',
);
/** What may stand before a subject's first word: a conjunction, articles, numbers, "of" ("both of the"). */
const SUBJECT_OPENING =
  /^\s*(?:(?:and|but|then|yet|so|while|the|a|an|some|several|two|three|four|five|six|both|all|most|many|about|around|nearly|dozens|hundreds|thousands|of|[\d,]+)\s+)*$/i;
/** Words of being sure or knowing that frame a reported clause: "it is clear that", "I think that". */
export const FRAME_VERBS = 'is|was|sure|clear|think|thought|know|knew|heard|learned|believe|believed';
/** A reporting verb or a frame, then "that" and the reported clause up to the date. */
const REPORTED_THAT = new RegExp(
  `\\b(?:said|says|told|tells|announced|reported|warned|insisted|stated|added|claimed|confirmed|agreed|${FRAME_VERBS})\\b[^,]{0,40}? that [^,]*$`,
);
/** A time or reason clause a clause may open with: "Even before the crossing closed, ". */
const LEADING_CLAUSE =
  /^\s*(?:even |just |shortly |long )?(?:before|after|when|while|as|since|once|until|although|though|because|if)\b[^,;]{0,80},\s+/i;
const WEEKDAYS = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday';
/** Time phrases a clause may open with: "On May 3, ", "In the early hours of Sunday, July 16, ", and
 * the short ones an answer opens with and no comma: "Ten days ago ", "Last Thursday ", "Yesterday "
 * (not "On August " of "On August 27, ", which the comma's alternative takes whole). */
const LEADING_TIME = new RegExp(
  String.raw`^\s*(?:(?:[a-z-]+ (?:days?|weeks?|months?|years?) ago|yesterday|last (?:week|month|night|${WEEKDAYS})|the (?:following|next|same) (?:day|week|month|morning|evening)|(?:on|in) (?:(?:${MONTH_PATTERN})(?: \d{1,2})?|${WEEKDAYS}))\s+(?![\W\d])|(?:on|in|by|at|over|during|from|early|late|last|that|the (?:following|next|same)|(?:${MONTH_PATTERN})\s+\d+)\b[^,]{0,40},\s+)*`,
  'i',
);

/** A clause without the time phrases it opens with ("the following day he signed" → "he signed"). */
export function withoutLeadingTime(clause: string): string {
  return clause.replace(LEADING_TIME, '');
}

/**
 * Where a relative clause's own subject starts in `rest` (the words after the pronoun), if it has one:
 * "which President Dzhurabekov opened", "where the heads of state of the SSC meet", "whose first
 * stone President Ormanov laid". "who took office", "which had approved", "whose first berth
 * opened": the pronoun is the subject, and the antecedent acts.
 */
function relativeSubject(pronoun: string, rest: string): number | undefined {
  if (pronoun === 'which' || pronoun === 'where')
    return /^(?:the|a|an|its|his|her|their|\p{Lu})/u.test(rest) ? 0 : undefined;
  if (pronoun === 'whose')
    return /^(?:(?!(?:in|at|of|on|to|from|by|with|for)\b)\p{Ll}+ ){1,3}(?=\p{Lu})/u.exec(rest)?.[0].length;
  return undefined;
}

/**
 * The name that acts in the clause [from, to) that holds the date at `dateAt`, of `inClause` (the
 * clause's names, in text order, modifiers dropped); `hits` are all the sentence's names. 'pronoun'
 * when a pronoun is the clause's subject, for the pronoun rules to answer.
 */
export function clauseSubject(
  text: string,
  clause: { from: number; to: number },
  dateAt: number,
  inClause: readonly NameHit[],
  hits: readonly NameHit[],
): NameHit | 'pronoun' | undefined {
  // (A name a possessive or a title qualifies, "in Azerbaijan's Şəmkir district", is governed as its
  // qualifier is; an abbreviation in brackets, "the Joint Control Commission (JCC)", as its name.)
  const phraseStart = (h: NameHit) => {
    let at = h.at;
    for (const m of [...hits].reverse())
      if (modifiesNext(text, m, { at, person: at === h.at && h.person })) at = m.at;
    return at;
  };
  // "mediators from Russia, Ukraine and the OSCE": a name listed after another is governed as the
  // list's first name is.
  const link = (a: NameHit, b: NameHit) =>
    /^(?:,\s+|,?\s+and\s+)(?:the\s+)?$/.exec(text.slice(a.end, b.at))?.[0];
  // (a list closes with "and": "with Gazprom, Kestria is to supply …" is no list)
  const listed = (h: NameHit) => {
    let first = h;
    let and = hits.some((m) => m.at >= h.end && (link(h, m) ?? '').includes('and'));
    for (const m of [...hits].reverse()) {
      const gap = m.end <= first.at ? link(m, first) : undefined;
      if (gap === undefined) continue;
      and ||= gap.includes('and');
      first = m;
    }
    return and ? first : h;
  };
  const free = (h: NameHit, from: number): boolean => {
    const head = listed(h);
    if (head !== h && head.at >= from) return free(head, from);
    const at = phraseStart(h);
    // "drivers drove through X flying the Russian flag": a country's adjective is a subject only where
    // it opens the clause's subject ("Russian troops crossed …", "Even before the talks, Kestrian
    // customs officers …"), never in the object past a verb.
    if (
      h.adjective &&
      !SUBJECT_OPENING.test(text.slice(from, at).replace(LEADING_TIME, '').replace(LEADING_CLAUSE, ''))
    )
      return false;
    return (
      (!AFTER_PREPOSITION.test(text.slice(Math.max(from, at - 30), at)) && text[at - 1] !== '(') ||
      // (A capital there is the scene, not its government: "the water pressure in Tbilisi fell".)
      (!h.stands && GROUP_OF.test(text.slice(from, at).replace(LEADING_TIME, ''))) ||
      (h.person === true && TITLE_OF.test(text.slice(from, at).replace(LEADING_TIME, '')))
    );
  };
  const before = text.slice(clause.from, dateAt);
  // "…, who took office in 2011" or "the terminal at Ust-Vorna, whose first berth opened in 2006": a
  // date in a relative clause is its antecedent's act, or that of a name the clause opens with
  // ("…, which President Dzhurabekov opened last August").
  // ("…, which a patrol boat detained on June 12 and whose crew was released three days later": the
  // second relative clause has the first one's antecedent.)
  const relative = /, (which|whose|who|where) [^,]*$/.exec(before);
  const last = relative && /.* and (which|whose|who|where) /.exec(relative[0]);
  // "said that the hearing would resume on March 24": the reported clause has its own subject.
  const reported = REPORTED_THAT.exec(before);
  const opens = relative
    ? clause.from + relative.index + (last ? last[0].length : relative[0].indexOf(' ', 2) + 1)
    : reported
      ? clause.from + reported.index + reported[0].indexOf(' that ') + 6
      : clause.from;
  const governed = governedSubject(text, opens, dateAt, inClause);
  if (governed) return governed;
  if (!relative && !reported && PRONOUN_SUBJECT.test(withoutLeadingTime(text.slice(clause.from, clause.to))))
    return 'pronoun';
  if (relative) {
    const pronoun = (last ?? relative)[1] ?? '';
    const own = inClause.some((h) => h.at === opens)
      ? 0
      : relativeSubject(pronoun, text.slice(opens, dateAt));
    const antecedents = inClause.filter((h) => h.end <= clause.from + relative.index);
    // ("Maryam Dolgiyeva of the Memorial Human Rights Center, who visited …": "who" is a person.)
    // (A capital that acts before the clause, "Minsk says that a commission, which toured …", is its
    // country; one after a preposition is the scene: "the talks in Minsk, which opened …".)
    // ("the mediators from Russia, Ukraine and the OSCE, who met …": a list's first name leads it.)
    const closest = antecedents.at(-1);
    const nearest = closest && antecedents.find((h) => h === listed(closest));
    const twin = antecedents.find((h) => h.stands && h.at === nearest?.at);
    const subject =
      (own === undefined ? undefined : inClause.find((h) => h.at >= opens + own && h.at < dateAt)) ??
      (pronoun === 'who' ? antecedents.filter((h) => h.person).at(-1) : undefined) ??
      (twin && free(twin, clause.from) ? twin : nearest);
    if (subject) return subject;
  }
  if (reported) {
    // ("announced that it would reopen …": a pronoun there is the one who announced.)
    const told = inClause.filter((h) => h.at >= opens);
    const subject = /^(?:it|he|she|they|we|I)\b/.test(text.slice(opens))
      ? undefined
      : (told.find((h) => free(h, opens)) ?? told[0]);
    if (subject) return subject;
  }
  // The first name not governed by a preposition; failing one, the clause's first name at all (a
  // capital there is the scene, not its country: "the commission met in Bishkek on June 10").
  return inClause.find((h) => free(h, clause.from)) ?? inClause.find((h) => !h.stands) ?? inClause[0];
}
