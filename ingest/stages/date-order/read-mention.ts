// Reading one date mention: resolved against the day it counts from, reported when it cannot be,
// marked planned when it lies after everything cited and is not told in the past, and the
// narrative moved to it when it tells the next day of the story.
import type { DateSpec } from '../../../src/dataset/schema.js';
import { IRREGULAR_PAST_ACTS } from '../../language/lexicon.js';
import { isAfter, isPlannedAt, resolveDate, type DateMention } from '../dates.js';
import type { Sentence } from '../segment.js';
import { anchorOf } from './anchor.js';
import { dayInApposition } from './offset-days.js';
import { nightTold, sameDay } from './night.js';
import { background, reachedBy, takesEffectAhead } from './story-moves.js';
import { describedFirst, spokenWeekday } from './spoken-days.js';
import type { ArticleDates, NarrativeContext, Reading } from './types.js';

/** How a sentence's dates are read. */
export interface SentenceReading {
  /** What they resolve against: the day its words were spoken on, if any (an answer's, a quote box's). */
  readonly ctx: NarrativeContext;
  /** In a quote box (not an answer): its days are the speaker's and do not move the narrative. */
  readonly inBox: boolean;
}

/** Reads one mention of sentence `s`: adds it to the reading's dates and moves the narrative. */
export function readMention(
  d: DateMention,
  s: Sentence,
  here: SentenceReading,
  article: ArticleDates,
  reading: Reading,
): void {
  const { citations, dash, report } = article;
  const { ctx, dates } = reading;
  const citation = citations.find(
    (c) => d.start >= c.spanStart && d.end <= c.spanEnd + 30 && c.date?.start === d.start,
  );
  const inBracket = citations.find(
    (c) => c.kind !== 'in-sentence' && d.start >= c.spanStart && d.end <= c.spanEnd,
  );
  if (inBracket) return;
  const planned = isPlannedAt(s.text, d.start - s.start, d.text);
  const anchor = anchorOf(d, s, article, reading);
  if (!anchor) return;
  const { narrative: narrativeFor, onNight } = anchor;
  const inAnswer = here.ctx !== ctx;
  // "arrested on January 14, three weeks after he published …": what follows "after" came first.
  const earlier =
    (countedClause(s, d) &&
      (article.sentenceDates[s.index] ?? []).some((o) => o.end <= d.start && !o.relative)) ||
    dayInApposition(d, s, dates) !== undefined;
  const described = (dash?.describing?.date && d.start === dash.describing.date.start) || earlier;
  const r =
    d.relative?.ofSpan && !reading.spanStart
      ? undefined
      : resolveDate(
          // ("On Sunday" in an answer is the Sunday before the interview, even after a night told; "on
          // the Friday" is the story's.)
          inAnswer && d.relative?.unit === 'weekday' && !/\bthe\s$/i.test(s.text.slice(0, d.start - s.start))
            ? spokenWeekday(d, planned)
            : onNight
              ? sameDay(d)
              : described
                ? describedFirst(d)
                : d,
          {
            ...here.ctx,
            ...(narrativeFor ? { narrative: narrativeFor } : {}),
            ...(toldInPast(s, d) ? { toldPast: true } : {}),
          },
          planned,
        );
  if (!r) {
    report.add(
      'warning',
      'date',
      `"${d.text}" could not be resolved (no year or no anchor); no record uses it`,
      s.text,
    );
    dates.push({ mention: d, sentence: s.index, planned, ...(citation ? { citation } : {}) });
    return;
  }
  if (r.doubt) report.add('check', 'date', r.doubt, s.text);
  // Later than everything cited reads as a plan, unless the clause tells it in the past
  // ("In an interview on June 4, Filat said …").
  const told = toldInPast(s, d);
  const isPlanned = planned || (!told && isAfter(r.spec, here.ctx.reference ?? article.reference));
  dates.push({
    mention: d,
    sentence: s.index,
    spec: r.spec,
    planned: isPlanned,
    ...(citation ? { citation } : {}),
  });
  if (citation) reading.citationDates.set(citation.start, r.spec);
  if (r.spec.end && r.spec.start.length === 10) {
    reading.spanStart = r.spec.start;
    reading.spanEnd = r.spec.end;
  }
  // A quote box's "yesterday" is the speaker's, not the article's narrative.
  // The small hours after a night are told from the night: "The next day" still counts from it.
  const moves =
    !isPlanned &&
    !d.modifier &&
    !earlier &&
    !here.inBox &&
    !background(d, s, r.spec, reading.lastDay) &&
    !d.relative?.smallHours &&
    !reachedBy(d, s) &&
    !takesEffectAhead(d, s, r.spec, reading.lastDay);
  if (moves) moveNarrative(d, s, r.spec, reading);
  if (!isPlanned && !d.modifier && dash?.describing?.date && d.start === dash.describing.date.start)
    ctx.narrative = r.spec.start;
}

/**
 * The subject and past verb of a clause after "after": a pronoun, a name (with its title: "President
 * Marat Zhaksylykov dismissed"), "the"/a possessive and a noun ("Kremnev's service extended", "I
 * spoke"), a bare plural ("anti-corruption prosecutors charged him"), perhaps "of" a body ("officers of
 * the National Integrity Prosecution Service (NIPS) searched"), then a past verb, regular or irregular.
 */
const SUBJECT_PAST = new RegExp(
  `^ (?:he|she|it|they|we|I|police|(?:[\\p{Ll}-]+ )?\\p{Ll}{3,}s|(?:the|his|her|its|their|our|my|[\\p{Lu}][\\p{L}-]*[’']s) (?:[\\p{Ll}-]+ ){0,2}[\\p{L}-]+|(?:the )?(?:[\\p{Lu}][\\p{L}’'-]+ ){0,3}[\\p{Lu}][\\p{L}-]+(?: \\(\\p{Lu}{2,6}\\))?)(?: of (?:the )?(?:\\p{Lu}[\\p{L}’'-]+ ){0,5}\\p{Lu}[\\p{L}’'-]+(?: \\(\\p{Lu}{2,6}\\))?)? (?:[\\p{Ll}]+ )?(?:\\p{Ll}+(?:ed|en|t)|${IRREGULAR_PAST_ACTS}|spoke|came|went|(?:was|were) (?:due|scheduled|set|expected|planned) to)\\b`,
  'u',
);

/**
 * "…, when he resigned four days after officers searched …": a subject's past act the offset follows
 * (not a participle on an object: "visited the plant, built five years after the Union collapsed").
 */
const PAST_VERB_BEFORE = new RegExp(
  `(?:\\b(?:he|she|they|we|I)|\\p{Lu}[\\p{L}’'-]+)\\s(?:\\p{Ll}{3,}ed|${IRREGULAR_PAST_ACTS})\\s$`,
  'u',
);

/**
 * ", three weeks after he published …", ", a week before the presidents met …", "when he resigned four
 * days after officers searched …": a relative date ending in "after" or "before" that opens a clause of
 * its own, whose day it counts from the date before.
 */
function countedClause(s: Sentence, d: DateMention): boolean {
  if (!d.relative || !/ (?:after|before)$/.test(d.text)) return false;
  const before = s.text.slice(0, d.start - s.start);
  const after = s.text.slice(d.end - s.start);
  return (/,\s$/.test(before) || PAST_VERB_BEFORE.test(before)) && SUBJECT_PAST.test(after);
}

/** A past act told right after a date: "on June 4, Filat said", "on May 4 the two ministers signed". */
const PAST_AFTER =
  /^,?\s(?:[\p{Lu}][\p{L}'’-]*\s){1,4}(?:said|told|announced|declared|met|signed|visited|arrived|was|were|had|\p{Ll}+ed)\b/u;

/**
 * "Smirnov, re-elected on December 10 with 82 percent": a past participle right before the date, in
 * an aside (not a plan's "scheduled on", "postponed to", nor after "will be" or "is to be").
 */
const PAST_PARTICIPLE_BEFORE =
  /(?<!\b(?:will|would|shall|to|be|being|is|are)\s(?:\p{Ll}+\s)?)(?:^|,\s|\bwho\s(?:was|were)\s)(?!(?:scheduled|planned|expected|rescheduled|postponed|moved|delayed|deferred|slated|set)\b)(?:re-)?\p{Ll}{3,}ed\s(?:on|in)\s$/u;

/** A past act in the words after a date, with no future or modal before it (irregular pasts too: "froze"). */
const PAST_ACT = new RegExp(
  `^(?:(?!\\b(?:will|would|shall|is to|are to|was to|were to|due|planned|expected|scheduled)\\b)[^;])*?\\b(?:\\p{Ll}{3,}ed|${IRREGULAR_PAST_ACTS}|closed|fought|flew|drove|went|came|spoke|overthrew|swore|tore|beat|caught|taught|split|spread|quit|became)\\b`,
  'u',
);

/**
 * Whether the clause after a date tells it in the past. Not a bound's ("extended the protocol until
 * June 30, and the next day …"): the past after it is the next clause's, so a bound ahead of the
 * article still lies ahead.
 */
function toldInPast(s: Sentence, d: DateMention): boolean {
  const before = s.text.slice(0, d.start - s.start);
  if (/\b(?:until|till)\s$/.test(before)) return false;
  return (
    PAST_PARTICIPLE_BEFORE.test(before.slice(-60)) ||
    PAST_AFTER.test(s.text.slice(d.end - s.start, d.end - s.start + 60)) ||
    PAST_ACT.test((s.text.slice(d.end - s.start).split(/; |\. /)[0] ?? '').slice(0, 120))
  );
}

/** The narrative moved to a day told: to it, to the night it tells and to it as the last day told. */
function moveNarrative(d: DateMention, s: Sentence, spec: DateSpec, reading: Reading): void {
  if (spec.start.length >= 7) reading.ctx.narrative = spec.end ?? spec.start;
  reading.night = nightTold(d, spec, s.paragraph, reading.ctx.narrative) ?? reading.night;
  if ((spec.end ?? spec.start).length === 10) reading.lastDay = spec.end ?? spec.start;
}
