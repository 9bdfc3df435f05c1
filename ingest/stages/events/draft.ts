// Drafting one dated clause: its actors (a quote box's, "we", "he", "it"), places, status, title and
// summary, and the same-day and "also" sub-events that share its date.
import type { EventStatus } from '../../../src/dataset/schema.js';
import type { Analysis, ResolvedMention } from '../../analysis.js';
import { citationsFor } from '../cite.js';
import { withoutLeadingTime } from '../clause-subject.js';
import type { InterviewVoice } from '../interview.js';
import { headline, shorten, withoutCitations } from './headline.js';
import { interviewPlace, namesNoPlace } from './interview-place.js';
import {
  actorsInParagraph,
  actorsInSentence,
  firstPersonActors,
  itSubject,
  possessiveSubjectAt,
  pronounObject,
  pronounSubject,
} from './sentence-actors.js';
import { alsoClause, sameDayClause } from './sub-events.js';
import type { EventDraft } from './types.js';

/**
 * The events the date `d` (on `day`) dates in its `clause`: none when it names no actor or place,
 * else the event and its sub-events. `previous` is the event drafted last.
 */
export function draftEvents(
  an: Analysis,
  d: ResolvedMention,
  day: string,
  clause: string,
  voice: InterviewVoice | undefined,
  previous: EventDraft | undefined,
): EventDraft[] {
  const s = an.sentences[d.sentence];
  if (!s) return [];
  const offset = d.mention.start - s.start;
  // "—X, Outlet, May 3, describing the opening of the dam three days earlier": the happening the
  // whole quote box tells, so the actors of all its sentences, in order.
  const boxed = an.citations.some((c) => c.kind === 'dash' && c.describing?.date?.start === d.mention.start);
  const { actors, places } = boxed ? actorsInParagraph(an, s.paragraph) : actorsInSentence(an, d.sentence);
  // (in the order given: "we" puts the organisation before the interviewee)
  for (const key of firstPersonActors(an, d.sentence, voice).reverse())
    if (!actors.includes(key)) actors.unshift(key);
  // ("… flew to X, and the following day he and his counterpart signed …": "he" opening the clause
  // leads even when the sentence named him before it.)
  const he = pronounSubject(an, d.sentence, clause);
  const opensWith =
    /^(?:[Hh]e|[Ss]he)\b/.test(withoutLeadingTime(clause.trimStart())) ||
    possessiveSubjectAt(clause) !== undefined;
  if (he && (!actors.includes(he) || opensWith))
    actors.splice(0, actors.length, he, ...actors.filter((k) => k !== he));
  // ", and again from late November …" shares the subject of the clause before it.
  const subjectClause = /^(?:and |but )?(?:again|then|later|also)\b/.test(clause.trimStart())
    ? s.text.slice(0, s.text.indexOf(clause))
    : clause;
  for (const key of itSubject(an, d.sentence, subjectClause).reverse())
    if (!actors.includes(key)) actors.unshift(key);
  // "Police detained him on January 22": no one named, the person the act was done to.
  const doneTo = actors.length === 0 ? pronounObject(an, d.sentence, clause) : undefined;
  if (doneTo) actors.push(doneTo);
  // "Police detained dozens the same night": where the day's happening was told, if no place is named.
  if (d.mention.relative?.unit === 'same' && places.length === 0 && previous?.mention.spec?.start === day)
    places.push(...previous.places);
  // ("A spokesman for X, Dmitri Ushakov, told Tranzit Review that the line opened on March 16": the
  // person who tells is no actor of what he tells, unless the told clause points back to him.)
  const cite = an.citations.find(
    (c) =>
      c.kind === 'in-sentence' &&
      c.sentence === d.sentence &&
      c.spanStart > c.start &&
      d.mention.start >= c.spanEnd,
  );
  if (cite && !/\b(?:he|she|his|her|him)\b/i.test(an.text.slice(cite.spanEnd, s.end))) {
    const onlyTelling = (k: string) =>
      an.table.actors.get(k)?.kind === 'person' &&
      an.table.mentions
        .filter((m) => m.sentence === d.sentence && m.actors.includes(k))
        .every((m) => m.start >= cite.start && m.end <= cite.spanStart);
    for (const k of actors.filter(onlyTelling)) actors.splice(actors.indexOf(k), 1);
  }
  if (actors.length === 0 && places.length === 0) return [];
  // An interview's answer tells of the place the interviewee speaks from ("Last Tuesday the last
  // grain ship left the inner basin, because her owners in X …", said in the port): the credit
  // line's place, when the dated clause names none of its own.
  const here = voice?.answers.has(s.paragraph) ? interviewPlace(an) : undefined;
  if (here && !places.includes(here) && namesNoPlace(an, d.sentence, clause)) places.push(here);
  const status: EventStatus = d.planned
    ? 'planned'
    : /\b(?:reportedly|allegedly)\b/.test(clause)
      ? 'reported'
      : 'happened';
  const summary = withoutCitations(an, d.sentence);
  const main: EventDraft = {
    mention: d,
    status,
    actors,
    places,
    citations: citationsFor(an, d.sentence),
    evidence: s.text,
    title: headline(clause, offset - s.text.indexOf(clause)) || shorten(summary, 120),
    summary: summary || s.text,
    flags: [],
  };
  const events = [main];
  const sameDay = sameDayClause(s.text, offset);
  // "…; that evening, the ministry summoned …": a clause whose own time words are a date is drafted
  // from that date, not again as the first date's same-day clause.
  const sameDayDated =
    sameDay !== undefined &&
    an.dates.some(
      (o) =>
        o.sentence === d.sentence &&
        o.mention.start >= s.start + s.text.indexOf(sameDay) &&
        o.mention.start < s.start + s.text.indexOf(sameDay) + sameDay.length,
    );
  if (sameDay && !sameDayDated && !d.planned && day.length === 10)
    events.push({
      ...main,
      evidence: sameDay.trim(),
      title: headline(sameDay),
      status: 'happened',
    });
  const also = !d.planned && !sameDay ? alsoClause(an, d.sentence, offset) : undefined;
  if (also) {
    const at = s.start + s.text.indexOf(also);
    events.push({
      ...main,
      ...actorsInSentence(an, d.sentence, { start: at, end: at + also.length }),
      evidence: also,
      title: headline(also),
      status: 'happened',
    });
  }
  return events;
}
