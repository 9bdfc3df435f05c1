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
 * "Georgian Prime Minister Nika Gilauri", "the Bazhirian Transport Ministry": a name that only
 * qualifies the next one (nothing but capitalised words between them) is not who acts.
 */
function modifiesNext(
  text: string,
  hit: { at: number; end: number },
  next: { at: number } | undefined,
): boolean {
  if (!next || next.at < hit.end) return false;
  return /^(?:\s+\p{Lu}[\p{L}’'-]*)*\s+$/u.test(text.slice(hit.end, next.at));
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
 * `actors` reordered so that the clause's subject comes first. The clause is the absolute span
 * [from, to) of the event's sentence. An actor put first by another rule (a pronoun's antecedent, an
 * interviewee's "we") is not printed as a name in the sentence, and keeps its place.
 */
export function mainActorFirst(
  an: Analysis,
  sentence: number,
  clause: { from: number; to: number },
  dateAt: number,
  actors: readonly string[],
): string[] {
  const s = an.sentences[sentence];
  const head = actors[0];
  if (!s || head === undefined || actors.length < 2) return [...actors];
  const hits: { at: number; end: number; key: string }[] = [];
  for (const m of an.table.mentions) {
    if (m.sentence !== sentence || m.actors.length !== 1 || insideCitation(an, m.start, m.end)) continue;
    hits.push({ at: m.start, end: m.end, key: m.actors[0] ?? '' });
  }
  hits.push(...demonymHits(an, sentence));
  if (!hits.some((h) => h.key === head)) return [...actors];
  const clauseText = an.text.slice(clause.from, clause.to).trimStart();
  if (PRONOUN_SUBJECT.test(clauseText)) return [...actors];
  // In text order; of two names starting together ("Russian Duma" and its "Russian"), the longer.
  hits.sort((a, b) => a.at - b.at || b.end - a.end);
  const inClause = hits.filter(
    (h, i) =>
      h.at >= clause.from &&
      h.end <= clause.to &&
      actors.includes(h.key) &&
      !modifiesNext(an.text, h, hits[i + 1]),
  );
  const free = (h: { at: number }, from: number) =>
    !AFTER_PREPOSITION.test(an.text.slice(Math.max(from, h.at - 30), h.at));
  const before = an.text.slice(clause.from, dateAt);
  // "…, who took office in 2011" or "the terminal at Ust-Vorna, whose first berth opened in 2006": a
  // date in a relative clause is its antecedent's act, or that of a name the clause opens with
  // ("…, which President Dzhurabekov opened last August").
  const relative = /, (?:which|whose|who|where) [^,]*$/.exec(before);
  // "said that the hearing would resume on March 24": the reported clause has its own subject.
  const reported =
    /\b(?:said|says|told|announced|reported|warned|insisted|stated|added|claimed|confirmed|agreed)\b[^,]{0,40}? that [^,]*$/.exec(
      before,
    );
  let subject: { key: string } | undefined;
  if (relative) {
    const opens = clause.from + relative.index + relative[0].indexOf(' ', 2) + 1;
    subject =
      inClause.find((h) => h.at >= opens && h.at < dateAt && free(h, opens)) ??
      inClause.filter((h) => h.end <= clause.from + relative.index).at(-1);
  } else if (reported) {
    const opens = clause.from + reported.index + reported[0].indexOf(' that ') + 6;
    subject = inClause.find((h) => h.at >= opens && free(h, opens));
  }
  // The first name not governed by a preposition; failing one, the clause's first name at all.
  subject ??= inClause.find((h) => free(h, clause.from)) ?? inClause[0];
  if (!subject || subject.key === head) return [...actors];
  return [subject.key, ...actors.filter((k) => k !== subject.key)];
}
