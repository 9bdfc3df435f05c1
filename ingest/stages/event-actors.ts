// The main actor first: an event's actors are the names its sentence prints, in text order, and the
// one that acts (the subject of the event's clause) leads them, so the record's first actor is who
// did it ("Tashkent answered with a note to Velikomir": Tashkent, not the first name of the sentence).
import type { Analysis } from '../analysis.js';
import { insideCitation } from './cite.js';
import { FRAME_VERBS, clauseSubject, governedSubject, modifiesNext, type NameHit } from './clause-subject.js';
import { electionHits } from './election-country.js';
import { meetingHost, meetingPlace } from './meeting-host.js';

const ATTRIBUTION = /^\s*(?:[Aa]ccording to|[Cc]iting|[Ii]n the words of)\s[^,;:]{1,80},\s+/;
/** The frame a reported clause follows in speech: "…is that", "we were told that", "I think that". */
const FRAME_THAT = new RegExp(
  `^.*\\b(?:are|were|told|tell|say|said|says|${FRAME_VERBS})\\s+(?:(?:us|me|you|them)\\s+)?that\\s`,
  's',
);
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
  const colon = text.slice(from, Math.max(from, dateAt)).lastIndexOf(': ');
  if (colon >= 0) from += colon + 2;
  // "According to the ministry, police in X detained …": the source the clause opens with is no actor.
  const source = ATTRIBUTION.exec(text.slice(from, Math.max(from, dateAt)));
  if (source) from += source[0].length;
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
  const hits: NameHit[] = [];
  for (const m of an.table.mentions) {
    if (m.sentence !== sentence || insideCitation(an, m.start, m.end)) continue;
    // (A surname two persons share counts for the one the event drafted.)
    const key = m.actors.length === 1 ? (m.actors[0] ?? '') : m.actors.find((k) => actors.includes(k));
    if (!key) continue;
    // "Veloran’s refusal", "Tashkent responded by …": a capital acting stands for its country (put
    // before the capital, which leads only where it is the scene: "a truce was agreed in Moscow").
    const actor = an.table.actors.get(key);
    if (actor?.capitalOf) hits.push({ at: m.start, end: m.end, key: actor.capitalOf, stands: true });
    hits.push({ at: m.start, end: m.end, key, person: actor?.kind === 'person', group: m.via === 'group' });
  }
  hits.push(
    ...demonymHits(an, sentence).map((h) => ({ ...h, adjective: true })),
    ...electionHits(an, sentence),
  );
  const whole = clause;
  clause = ownClause(
    an.text,
    clause,
    dateAt,
    hits.map((h) => h.at),
  );
  // In text order; of two names starting together ("Russian Duma" and its "Russian"), the longer. An
  // unnamed group hides the names that qualify it ("Bazhirian diplomats", "the printing house in X
  // told us" in an answer), not the place it is of ("the de facto authorities in Sukhumi closed …").
  hits.sort((a, b) => a.at - b.at || b.end - a.end);
  const byRule = head !== undefined && !hits.some((h) => h.key === head);
  const drafted = hits.filter((h) => actors.includes(h.key) || places.includes(h.key));
  // ("officials at the State Grid told me …": the body they speak for acts, even in an answer.)
  const body = (h: NameHit) => an.table.actors.get(h.key)?.kind === 'organization';
  const inside = (h: NameHit, o: NameHit) => o.at <= h.at && h.end <= o.end && o.end - o.at > h.end - h.at;
  const inClause = hits.filter(
    (h, i) =>
      h.at >= clause.from &&
      h.end <= clause.to &&
      (actors.includes(h.key) || places.includes(h.key)) &&
      !(byRule && h.group) &&
      !modifiesNext(an.text, h, hits[i + 1]) &&
      !drafted.some((o) => inside(h, o)) &&
      !hits.some(
        (o) =>
          o.group &&
          inside(h, o) &&
          ((byRule && !body(h)) || !/\b(?:in|of|from|at)\s(?:the\s)?$/.test(an.text.slice(o.at, h.at))),
      ),
  );
  const isPlace = (h: NameHit) => an.table.actors.get(h.key)?.kind === 'place';
  const host =
    meetingHost(an.text, clause.from, dateAt, drafted) ??
    meetingPlace(an.text, clause.from, dateAt, drafted, isPlace);
  // "has chaired the X Union since it was founded in 2010", "… since its founding congress in 2009":
  // "it" after a time word is the body the clause named last before it, and the act is the body's.
  const it = /\b(?:since|after|before|when|until|once)\s+its?\b[^,;]{0,40}$/.exec(
    an.text.slice(whole.from, dateAt),
  );
  const its = it
    ? drafted.filter((h) => h.at >= whole.from && h.end <= whole.from + it.index && body(h)).at(-1)
    : undefined;
  const lead = host ?? its;
  if (lead) return { actors: [lead.key, ...actors.filter((k) => k !== lead.key)], places: [...places] };
  // An actor another rule put first without its name (a pronoun's antecedent, an interviewee's "we")
  // keeps its place while a pronoun before the clause's first name stands for it, unless the grammar
  // names another ("I have asked the district council to meet on Friday"); in an interview's answer,
  // "the court will hear us on May 3" has a subject of its own (never an unnamed group: "the printing
  // house in X").
  if (byRule && !governedSubject(an.text, clause.from, dateAt, inClause)) {
    // ("What I can tell you is that in April the trucks crossed the bridge", "we were told that the
    // EU would …": a pronoun in the frame before "that" is not the reported clause's subject.)
    const lead = an.text.slice(clause.from, inClause[0]?.at ?? clause.to).replace(FRAME_THAT, '');
    const pronoun = /\b(?:[Ww]e|I|[Hh]e|[Ss]he)\b|^\s*(?:and |but )?(?:again|then|later|also)\b/.test(lead);
    if (pronoun || !answer) return unchanged;
  }
  const subject = clauseSubject(an.text, clause, dateAt, inClause, hits);
  if (subject === 'pronoun') return unchanged;
  if (!subject || subject.key === head) return unchanged;
  return { actors: [subject.key, ...actors.filter((k) => k !== subject.key)], places: [...places] };
}
