// The main actor first: an event's actors are the names its sentence prints, in text order, and the
// one that acts (the subject of the event's clause) leads them, so the record's first actor is who
// did it ("Tashkent answered with a note to Velikomir": Tashkent, not the first name of the sentence).
import type { Analysis } from '../analysis.js';
import { insideCitation } from './cite.js';

/** A name after one of these is no subject: "in Tashkent", "to the Kremlin", "with Karimov". */
const AFTER_PREPOSITION =
  /\b(?:in|into|to|from|with|at|on|for|against|of|over|near|between|among|across|towards?|through|via|under|about|after|before|since|during|within|without|beyond|despite|than|like|as|onto|upon|amid|alongside|outside|inside|around|off|including|and|or)\s(?:(?:the|a|an|its|his|her|their|our|both|other)\s)?$/i;

/** A clause whose subject is a pronoun ("He expressed …", "His government declared …"): left to the
 * pronoun rules that put its antecedent first. */
const PRONOUN_SUBJECT =
  /^(?:(?:and|but|then|yet|so|later|also|meanwhile|again)\s+)*(?:(?:on|in|by) [^,]{1,40},\s+)?(?:he|she|it|they|we|i|his|her|its|their|our|my)\b/i;

/**
 * "Georgian Prime Minister Nika Gilauri", "the Bazhirian Transport Ministry", "Shirvaz's late President
 * Murad Hasanly": a name that only qualifies the next one (nothing but capitalised words, a
 * possessive or a title's "late" or "former" between them) is not who acts.
 */
function modifiesNext(
  text: string,
  hit: { at: number; end: number },
  next: { at: number } | undefined,
): boolean {
  if (!next || next.at < hit.end) return false;
  return /^(?:['’]s)?(?:\s+(?:\p{Lu}[\p{L}’'-]*|late|former|then|acting|deputy))*\s+$/u.test(
    text.slice(hit.end, next.at),
  );
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
 * The words before a name that make it the head of the subject, not a complement: "officers of the
 * State Security Service detained …", "the de facto authorities in Sukhumi closed …", "residents of
 * Zugdidi blocked …" (a few plain words and "of", "in", "from" or "near", and no verb).
 */
const GROUP_OF =
  /^(?:(?:the|a|an|some|several|about|dozens|hundreds|thousands|[\d,]+)\s+)*(?:(?!(?:\p{Ll}+ed|is|are|was|were|has|have|had|will|would|did)\b)[\p{Ll}-]+\s+){1,3}(?:of|in|from|near)\s+(?:the\s+)?$/u;
const LEADING_TIME =
  /^\s*(?:(?:on|in|by|at|over|during|from|early|late|last|that|the (?:following|next|same))\b[^,]{0,40},\s+)?/i;

/** Words before a passive's agent: "was arrested by (the)", "approved by", "been run since 2004 by". */
const PASSIVE_BY =
  /(?:\b(?:was|were|been|be|being|is|are)\b[^,;]{0,40}|\b\p{Ll}{3,}ed) by (?:the |a |an )?$/u;

const SUBORDINATOR = /, (because|although|though|while|since|after|before|when|until|unless|if) /g;

/**
 * The part of `clause` that is the date's own clause. "Auravik’s reprisals were numerous: on April 17,
 * the Landsrat voted …": a list after a colon begins a clause of its own; and so does a reason, a
 * condition or a time after a comma ("the last ship left the quay, because her owners in X ordered her
 * home"). "The crisis began on April 20, when customs officers detained …": a time clause right after
 * the date tells what happened on it, when the words before the date name no one.
 */
function ownClause(
  text: string,
  clause: { from: number; to: number },
  dateAt: number,
  nameStarts: readonly number[],
): { from: number; to: number } {
  const to = clause.to;
  let from = clause.from;
  const colon = text.lastIndexOf(': ', dateAt);
  if (colon >= from) from = colon + 2;
  const base = from;
  for (const m of text.slice(base, to).matchAll(SUBORDINATOR)) {
    const at = base + m.index;
    const named = nameStarts.some((n) => n >= from && n < dateAt);
    const tellsDate = m[1] === 'when' && !named && /^[^,]{0,20}$/.test(text.slice(dateAt, at));
    if (at >= dateAt && !tellsDate) return { from, to: at };
    from = at + m[0].length;
  }
  return { from, to };
}

/** Each place a sentence names a country by its adjective ("the Kestrian navy"), with the country. */
export function demonymHits(an: Analysis, sentence: number): { at: number; end: number; key: string }[] {
  const s = an.sentences[sentence];
  if (!s) return [];
  const hits: { at: number; end: number; key: string }[] = [];
  for (const [adjective, key] of an.table.demonyms)
    for (const m of s.text.matchAll(new RegExp(`(?<![\\p{L}])${adjective}(?![\\p{L}])`, 'gu')))
      hits.push({ at: s.start + m.index, end: s.start + m.index + adjective.length, key });
  return hits;
}

/**
 * The event's actors reordered so that the clause's subject comes first. The clause is the absolute
 * span [from, to) of the event's sentence. An actor put first by another rule (a pronoun's antecedent,
 * an interviewee's "we") is not printed as a name in the sentence, and keeps its place. A place leads
 * when it is what acts ("the Ilyak bridge reopened") or when no named actor does ("a truce was agreed
 * in Moscow", "residents of Zugdidi blocked the road"): it then leads the actors and stays a place.
 * `answer`: the sentence is an interviewee's answer.
 */
export function mainActorFirst(
  an: Analysis,
  sentence: number,
  clause: { from: number; to: number },
  dateAt: number,
  event: { readonly actors: readonly string[]; readonly places: readonly string[] },
  answer = false,
): { actors: string[]; places: string[] } {
  const s = an.sentences[sentence];
  const { actors, places } = event;
  const unchanged = { actors: [...actors], places: [...places] };
  const head = actors[0];
  if (!s || actors.length + places.length < 2) return unchanged;
  const hits: { at: number; end: number; key: string; group?: boolean }[] = [];
  for (const m of an.table.mentions) {
    if (m.sentence !== sentence || insideCitation(an, m.start, m.end)) continue;
    // (A surname two persons share counts for the one the event drafted.)
    const key = m.actors.length === 1 ? (m.actors[0] ?? '') : m.actors.find((k) => actors.includes(k));
    if (!key) continue;
    // "Veloran’s refusal", "Tashkent responded by …": a capital acting stands for its country (put
    // before the capital, which leads only where it is the scene: "a truce was agreed in Moscow").
    const country = an.table.actors.get(key)?.capitalOf;
    if (country) hits.push({ at: m.start, end: m.end, key: country });
    hits.push({ at: m.start, end: m.end, key, group: m.via === 'group' });
  }
  hits.push(...demonymHits(an, sentence));
  clause = ownClause(
    an.text,
    clause,
    dateAt,
    hits.map((h) => h.at),
  );
  // An actor another rule put first without its name (a pronoun's antecedent, an interviewee's "we")
  // keeps its place while a pronoun in the clause stands for it; but in an interview's answer, "the
  // court will hear us on May 3" has a subject of its own (never an unnamed group: "the printing
  // house in X").
  const own = an.text.slice(clause.from, clause.to);
  const pronoun = /\b(?:[Ww]e|I|[Hh]e|[Ss]he)\b|^\s*(?:and |but )?(?:again|then|later|also)\b/.test(own);
  const byRule = head !== undefined && !hits.some((h) => h.key === head);
  if (byRule && (pronoun || !answer)) return unchanged;
  // In text order; of two names starting together ("Russian Duma" and its "Russian"), the longer.
  hits.sort((a, b) => a.at - b.at || b.end - a.end);
  const inClause = hits.filter(
    (h, i) =>
      h.at >= clause.from &&
      h.end <= clause.to &&
      (actors.includes(h.key) || places.includes(h.key)) &&
      !(byRule && h.group) &&
      !modifiesNext(an.text, h, hits[i + 1]) &&
      !hits.some((o) => o.at <= h.at && h.end <= o.end && o.end - o.at > h.end - h.at),
  );
  // (An abbreviation in brackets, "the Joint Control Commission (JCC)", is as governed as its name.)
  const free = (h: { at: number }, from: number) =>
    (!AFTER_PREPOSITION.test(an.text.slice(Math.max(from, h.at - 30), h.at)) && an.text[h.at - 1] !== '(') ||
    GROUP_OF.test(an.text.slice(from, h.at).replace(LEADING_TIME, ''));
  const before = an.text.slice(clause.from, dateAt);
  // "…, who took office in 2011" or "the terminal at Ust-Vorna, whose first berth opened in 2006": a
  // date in a relative clause is its antecedent's act, or that of a name the clause opens with
  // ("…, which President Dzhurabekov opened last August").
  // ("…, which a patrol boat detained on June 12 and whose crew was released three days later": the
  // second relative clause has the first one's antecedent.)
  const relative = /, (which|whose|who|where) [^,]*$/.exec(before);
  const last = relative && /.* and (which|whose|who|where) /.exec(relative[0]);
  // "said that the hearing would resume on March 24": the reported clause has its own subject.
  const reported =
    /\b(?:said|says|told|tells|announced|reported|warned|insisted|stated|added|claimed|confirmed|agreed)\b[^,]{0,40}? that [^,]*$/.exec(
      before,
    );
  // A pronoun subject is left to the pronoun rules, unless the date is in a relative or reported clause.
  const clauseText = an.text.slice(clause.from, clause.to).trimStart();
  if (!relative && !reported && PRONOUN_SUBJECT.test(clauseText)) return unchanged;
  let subject: { key: string } | undefined;
  let opens = clause.from;
  if (relative) {
    opens = clause.from + relative.index + (last ? last[0].length : relative[0].indexOf(' ', 2) + 1);
    const own = inClause.some((h) => h.at === opens)
      ? 0
      : relativeSubject((last ?? relative)[1] ?? '', an.text.slice(opens, dateAt));
    subject =
      (own === undefined ? undefined : inClause.find((h) => h.at >= opens + own && h.at < dateAt)) ??
      inClause.filter((h) => h.end <= clause.from + relative.index).at(-1);
  } else if (reported) {
    opens = clause.from + reported.index + reported[0].indexOf(' that ') + 6;
    // ("announced that it would reopen …": a pronoun there is the one who announced.)
    const told = inClause.filter((h) => h.at >= opens);
    if (!/^(?:it|he|she|they|we|I)\b/.test(an.text.slice(opens)))
      subject = told.find((h) => free(h, opens)) ?? told[0];
  }
  // "Lupu was arrested by the State Security Committee on May 3", "the sum approved by the Water
  // Commission in 2008": a passive's agent acts, in the stretch of words that holds the date.
  const agent = inClause.find(
    (h) =>
      h.at >= opens &&
      PASSIVE_BY.test(an.text.slice(Math.max(opens, h.at - 60), h.at)) &&
      !/[,;]|\band\b/.test(an.text.slice(Math.min(h.at, dateAt), Math.max(h.at, dateAt))),
  );
  // "a contract that Ulgarenergo signed on February 22", "the protocol that Rusnac had negotiated
  // since April": a name right after "that" or "which" is the subject of the clause that holds the date
  // (after "at which" the antecedent is the scene: "the summit, at which X and Y were to meet").
  const relativeOpener = inClause.find(
    (h) =>
      h.at < dateAt &&
      /(?<!\b(?:at|in|on|of|for|by|with|from|under|during) )\b(?:that|which) (?:the )?$/.test(
        an.text.slice(h.at - 24, h.at),
      ) &&
      !/[,;]/.test(an.text.slice(h.at, dateAt)),
  );
  subject = agent ?? relativeOpener ?? subject;
  // The first name not governed by a preposition; failing one, the clause's first name at all.
  subject ??= inClause.find((h) => free(h, clause.from)) ?? inClause[0];
  if (!subject || subject.key === head) return unchanged;
  const lead = subject.key;
  return { actors: [lead, ...actors.filter((k) => k !== lead)], places: [...places] };
}
