// Stage "find dates", second half: every date mention resolved in reading order, so "two days
// later" and "that day" follow the narrative, and each citation gets its own date.
import type { DateSpec } from '../../src/dataset/schema.js';
import type { ResolvedMention } from '../analysis.js';
import type { Header } from '../files/header.js';
import type { ReviewReport } from '../report.js';
import {
  addDays,
  findDates,
  isAfter,
  isPlannedAt,
  resolveDate,
  type DateContext,
  type DateMention,
} from './dates.js';
import type { Sentence } from './segment.js';
import type { Citation } from './sources.js';

/**
 * Publications whose volumes are calendar years: volume 1 of the Eurasia Daily Monitor is 2004 (the
 * seed article, Vol. 1, Issue 24, is June 2004). An article that prints no year of its own (only
 * background years, "in 2009") is dated by its volume, not by the latest year it happens to mention.
 */
const FIRST_VOLUME_YEAR: ReadonlyMap<string, number> = new Map([['eurasia daily monitor', 2004]]);

/** The year a header's volume stands for, when the publication numbers its volumes by year. */
export function volumeYear(header: Pick<Header, 'publication' | 'volume'>): number | undefined {
  const first = FIRST_VOLUME_YEAR.get(header.publication.trim().toLowerCase());
  return first === undefined ? undefined : first + header.volume - 1;
}

/** Where an unprinted year comes from, for the review report: "its volume (…)" or "the dates in the text". */
export function yearSource(header: Pick<Header, 'publication' | 'volume'>): string {
  return volumeYear(header) === undefined
    ? 'the dates in the text'
    : `its volume (${header.publication} ${header.volume})`;
}

/** The article's year: printed in the header, else its volume's, else the latest year printed in a past context. */
export function inferYear(sentences: readonly Sentence[], header: Header): number | undefined {
  if (header.published) return Number(header.published.slice(0, 4));
  const byVolume = volumeYear(header);
  if (byVolume !== undefined) return byVolume;
  const anniversary = anniversaryYear(sentences);
  if (anniversary !== undefined) return anniversary;
  let best: number | undefined;
  for (const s of sentences) {
    for (const d of findDates(s.text, s.start)) {
      const year = d.to?.year ?? d.from?.year;
      if (year === undefined || d.relative) continue;
      if (isPlannedAt(s.text, d.start - s.start, d.text)) continue;
      // "The lease runs until 2012": a bound is often still ahead of the article.
      if (!d.to && /\b(?:until|till|through|by|before)\s$/.test(s.text.slice(0, d.start - s.start))) continue;
      if (best === undefined || year > best) best = year;
    }
  }
  return best;
}

const TENS: Readonly<Record<string, number>> = {
  ten: 10,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
};
const ONES: Readonly<Record<string, number>> = { one: 1, two: 2, three: 3, four: 4, five: 5 };

/** "twenty", "twenty-five", "25" as a number. */
function countOf(word: string): number | undefined {
  if (/^\d+$/.test(word)) return Number(word);
  const [tens = '', ones] = word.toLowerCase().split('-');
  const t = TENS[tens];
  if (t === undefined) return undefined;
  return ones === undefined ? t : ONES[ones] !== undefined ? t + (ONES[ones] ?? 0) : undefined;
}

/**
 * "The treaty will be twenty years old this November", after "the 1996 transit treaty": an age told
 * for this year, of a thing the article dates, gives the year the article speaks in (1996 + 20).
 */
function anniversaryYear(sentences: readonly Sentence[]): number | undefined {
  const text = sentences.map((s) => s.text).join(' ');
  const AGE = /\b[Tt]he (\p{Ll}+) (?:will be|is|turns) ([\w-]+) years old this (?:year|\p{Lu}\p{Ll}+)\b/gu;
  for (const m of text.matchAll(AGE)) {
    const [, noun = '', count = ''] = m;
    const age = countOf(count);
    const born = new RegExp(`\\b(?:19|20)(\\d{2})(?= (?:[\\p{L}-]+ ){0,2}${noun}\\b)`, 'u').exec(
      text.slice(0, m.index),
    );
    if (age !== undefined && born) return Number(born[0]) + age;
  }
  return undefined;
}

export interface DatedArticle {
  readonly year?: number;
  /** The latest day the article cites (or its publication date): later dates are plans. */
  readonly reference?: string;
  readonly dates: ResolvedMention[];
  readonly citationDates: Map<number, DateSpec>;
}

export function resolveDatesInOrder(
  header: Header,
  sentences: readonly Sentence[],
  sentenceDates: readonly (readonly DateMention[])[],
  citations: readonly Citation[],
  report: ReviewReport,
  /** An interview's answer paragraphs, spoken on the day of the interview. */
  answers: ReadonlySet<number> = new Set(),
): DatedArticle {
  const year = inferYear(sentences, header);
  if (!header.published && year === undefined)
    report.add('warning', 'date', 'no year printed anywhere: month-day dates cannot be resolved');
  const base: DateContext = {
    ...(year !== undefined ? { year } : {}),
    ...(header.published ? { published: header.published } : {}),
  };
  const citationDates = new Map<number, DateSpec>();
  let reference: string | undefined = header.published;
  for (const c of citations) {
    if (!c.date || c.date.relative) continue;
    const r = resolveDate(c.date, base);
    if (!r) continue;
    citationDates.set(c.start, r.spec);
    if (r.spec.start.length === 10 && (!reference || r.spec.start > reference) && !header.published)
      reference = r.spec.start;
  }
  const ctx: { narrative?: string } & DateContext = { ...base, ...(reference ? { reference } : {}) };
  const dates: ResolvedMention[] = [];
  // A quote box's dash attribution dates what it describes ("describing … three days earlier").
  const dash = citations.find((c) => c.kind === 'dash');
  let occasion: string | undefined;
  if (dash?.describing?.date && dash.date) {
    const anchor = citationDates.get(dash.start)?.start;
    const r = anchor
      ? resolveDate(describedFirst(dash.describing.date), { ...ctx, narrative: anchor })
      : undefined;
    occasion = r?.spec.start;
  }
  const dashParagraph = dash ? sentences[dash.sentence]?.paragraph : undefined;
  // An interview's answers speak on the day of the interview: "two weeks ago" counts from it.
  const speaking =
    interviewDay(citations, sentenceDates, base) ?? closingLineDay(sentences, sentenceDates, base, answers);

  // A quote box's words are spoken on the day its dash attribution gives ("—X, Radio Y, April 16,
  // speaking … the previous day"): "on Friday" in them is the Friday before that day.
  const boxDay = new Map<number, string>();
  for (const c of citations) {
    const day = c.kind === 'dash' ? citationDates.get(c.start)?.start : undefined;
    const paragraph = sentences[c.sentence]?.paragraph;
    if (!day || day.length !== 10 || paragraph === undefined) continue;
    const told =
      c.describing?.date && /^speaking\b/.test(c.describing.text)
        ? resolveDate(describedFirst(c.describing.date), { ...ctx, narrative: day })?.spec.start
        : undefined;
    boxDay.set(paragraph, told?.length === 10 ? told : day);
  }

  let lastDay: string | undefined;
  // The first day of the last span told ("from July 18 to July 20"): "on the second day" counts from it.
  let spanStart: string | undefined;
  let night: Night | undefined;
  for (const s of sentences) {
    const spokenOn = speaking && answers.has(s.paragraph) ? speaking : boxDay.get(s.paragraph);
    const ctxHere: typeof ctx = spokenOn
      ? { ...ctx, published: spokenOn, year: Number(spokenOn.slice(0, 4)), reference: spokenOn }
      : ctx;
    if (occasion && s.paragraph === dashParagraph && ctx.narrative === undefined) ctx.narrative = occasion;
    const inBox = boxDay.has(s.paragraph) && !answers.has(s.paragraph);
    // After a quote box, the narrative is on the day its words were spoken.
    const boxed = boxDay.get(sentences[s.index - 1]?.paragraph ?? -1);
    if (boxed && sentences[s.index - 1]?.paragraph !== s.paragraph) ctx.narrative = lastDay = boxed;
    for (const d of sentenceDates[s.index] ?? []) {
      const citation = citations.find(
        (c) => d.start >= c.spanStart && d.end <= c.spanEnd + 30 && c.date?.start === d.start,
      );
      const inBracket = citations.find(
        (c) => c.kind !== 'in-sentence' && d.start >= c.spanStart && d.end <= c.spanEnd,
      );
      if (inBracket) continue;
      const planned = isPlannedAt(s.text, d.start - s.start, d.text);
      let narrativeFor: string | undefined = ctx.narrative;
      const offset = dayOffset(d);
      // "Two days later" counts from the last day the narrative told, not from a coarser date told
      // since as background ("X, who took office in June 2012, …") that lies before that day.
      if (offset && narrativeFor && narrativeFor.length < 10 && lastDay && narrativeFor <= lastDay)
        narrativeFor = lastDay;
      // "The payment, due on May 3, was missed, and two days later …", "a vote set for May 3 was called
      // off two days beforehand": an offset counts from the day its own sentence has just named.
      const named = offset
        ? dates.filter(
            (o) =>
              o.sentence === s.index &&
              o.spec?.start.length === 10 &&
              !o.mention.modifier &&
              !s.text.slice(o.mention.end - s.start, d.start - s.start).includes(';'),
          )
        : [];
      if (offset && d.relative?.unit === 'day' && named.length > 0) narrativeFor = named.at(-1)?.spec?.start;
      if (dash?.describing?.date && d.start === dash.describing.date.start)
        narrativeFor = citationDates.get(dash.start)?.start;
      // "On May 4 police detained him. The next day … Two days after the arrest, a court …": an offset
      // from a named happening counts from the paragraph's first day, not from the day it has moved to.
      if (
        offset &&
        / after$/.test(d.text) &&
        /^ the \p{Ll}+\b/u.test(s.text.slice(d.end - s.start)) &&
        named.length === 0
      ) {
        const first = dates.find(
          (o) =>
            sentences[o.sentence]?.paragraph === s.paragraph &&
            o.spec?.start.length === 10 &&
            !o.planned &&
            !o.mention.modifier &&
            !o.mention.relative,
        );
        if (first?.spec) narrativeFor = first.spec.start;
      }
      if (d.relative?.ofSpan) narrativeFor = spanStart;
      if (d.relative?.eveOf) {
        narrativeFor = dayNamed(d.relative.eveOf, dates, sentences);
        // "on the eve of the vote" with no day told for the vote: no date.
        if (!narrativeFor) continue;
      }
      // "withdrew in 1993 and returned that June": the year the paragraph told last, a year alone too.
      if (d.relative?.yearTold) {
        narrativeFor = dates
          .filter((o) => o.spec && !o.planned && sentences[o.sentence]?.paragraph === s.paragraph)
          .at(-1)?.spec?.start;
        if (!narrativeFor) continue;
      }
      const onNight = nightDay(d, night, s.paragraph, ctx.narrative);
      if (onNight) narrativeFor = onNight;
      // "by dawn", "at 3 a.m." with no night told before: the day the sentence is on, no date of its own.
      else if (d.relative?.smallHours) continue;
      // "Two days before the exercises began": counted from the first day of the span told last.
      if (
        offset &&
        / (?:before|after)$/.test(d.text) &&
        /^ the (?:\p{Ll}+ ){0,2}\p{Ll}+ (?:began|started|opened)\b/u.test(s.text.slice(d.end - s.start)) &&
        spanStart
      )
        narrativeFor = spanStart;
      // "We notified the mayor a week before we started": counted from the day told last as the one
      // something began ("On June 19, the union began a sit-in"), not from the narrative's day; so
      // "until the day after his article appeared", from the day told last as the one he published.
      const act =
        offset && / (?:before|after)$/.test(d.text)
          ? /^ (?:we|they|he|she|it|(?:his|her|its|their) \p{Ll}+) (?:(started|began)|(appeared|was published|came out))\b/u.exec(
              s.text.slice(d.end - s.start),
            )
          : null;
      if (act) {
        const told = act[1]
          ? /^[^;.]{0,60}\b(?:began|started)\b/
          : /^[^;.]{0,60}\b(?:published|appeared|came out)\b/;
        const began = dates
          .filter((o) => {
            const t = sentences[o.sentence]?.text ?? '';
            const from = o.mention.end - (sentences[o.sentence]?.start ?? 0);
            return o.spec?.start.length === 10 && told.test(t.slice(from));
          })
          .at(-1);
        if (began?.spec) narrativeFor = began.spec.start;
      }
      // "The meeting was called off two days before it was due to take place": counted from the day
      // the plan told last was set for.
      if (
        offset &&
        / (?:before|after)$/.test(d.text) &&
        /^ (?:it|they) (?:was|were) (?:due|scheduled|set|planned|expected) to\b/.test(
          s.text.slice(d.end - s.start),
        )
      ) {
        const plan = dates.filter((o) => o.planned && o.spec?.start.length === 10).at(-1);
        if (plan?.spec) narrativeFor = plan.spec.start;
      }
      const inAnswer = ctxHere !== ctx;
      // "arrested on January 14, three weeks after he published …": what follows "after" came first.
      const earlier =
        clauseAfter(s, d) && (sentenceDates[s.index] ?? []).some((o) => o.end <= d.start && !o.relative);
      const described = (dash?.describing?.date && d.start === dash.describing.date.start) || earlier;
      const r =
        d.relative?.ofSpan && !spanStart
          ? undefined
          : resolveDate(
              onNight ? sameDay(d) : described ? describedFirst(d) : inAnswer ? spokenWeekday(d, planned) : d,
              { ...ctxHere, ...(narrativeFor ? { narrative: narrativeFor } : {}) },
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
        continue;
      }
      if (r.doubt) report.add('check', 'date', r.doubt, s.text);
      // Later than everything cited reads as a plan, unless the clause tells it in the past
      // ("In an interview on June 4, Filat said …").
      const told =
        PAST_AFTER.test(s.text.slice(d.end - s.start, d.end - s.start + 60)) ||
        PAST_ACT.test((s.text.slice(d.end - s.start).split(/; |\. /)[0] ?? '').slice(0, 120));
      const isPlanned = planned || (!told && isAfter(r.spec, ctxHere.reference ?? reference));
      dates.push({
        mention: d,
        sentence: s.index,
        spec: r.spec,
        planned: isPlanned,
        ...(citation ? { citation } : {}),
      });
      if (citation) citationDates.set(citation.start, r.spec);
      if (r.spec.end && r.spec.start.length === 10) spanStart = r.spec.start;
      // A quote box's "yesterday" is the speaker's, not the article's narrative.
      // "…, the rise that took effect on January 1": a day told as background in a relative clause,
      // before the day the narrative is on, does not move it back.
      const background =
        lastDay !== undefined &&
        r.spec.start < lastDay &&
        /\b(?:that|which|who|whose)\b[^,;.]*$/.test(s.text.slice(0, d.start - s.start));
      // The small hours after a night are told from the night: "The next day" still counts from it.
      const moves = !isPlanned && !d.modifier && !earlier && !inBox && !background && !d.relative?.smallHours;
      if (moves && r.spec.start.length >= 7) ctx.narrative = r.spec.end ?? r.spec.start;
      if (moves && (d.night || /\bnight$/.test(d.text)) && r.spec.start.length === 10)
        night = {
          paragraph: s.paragraph,
          morning: r.spec.end ?? addDays(r.spec.start, 1),
          narrative: ctx.narrative ?? '',
        };
      if (moves && (r.spec.end ?? r.spec.start).length === 10) lastDay = r.spec.end ?? r.spec.start;
      if (!isPlanned && !d.modifier && dash?.describing?.date && d.start === dash.describing.date.start)
        ctx.narrative = r.spec.start;
    }
  }
  // "Two days later, … the minister told Temir TV that …": a source named in the sentence without a
  // date of its own speaks on the day the sentence has moved to.
  for (const c of citations) {
    if (c.kind !== 'in-sentence' || c.date || c.anaphoric || c.credit || citationDates.has(c.start)) continue;
    const day = dates
      .filter(
        (d) =>
          d.sentence === c.sentence &&
          d.spec &&
          !d.planned &&
          !d.mention.modifier &&
          d.mention.start < c.start,
      )
      .at(-1)?.spec;
    if (day) citationDates.set(c.start, day);
  }
  const yearInferredCount = dates.filter((d) => d.spec?.yearInferred && !d.mention.relative).length;
  if (yearInferredCount > 0 && !header.published)
    report.add(
      'check',
      'date',
      `${yearInferredCount} date(s) print no year; year ${year} taken from ${yearSource(header)} (marked yearInferred)`,
    );
  return {
    ...(year !== undefined ? { year } : {}),
    ...(reference ? { reference } : {}),
    dates,
    citationDates,
  };
}

/** A past act told right after a date: "on June 4, Filat said", "on May 4 the two ministers signed". */
const PAST_AFTER =
  /^,?\s(?:[\p{Lu}][\p{L}'’-]*\s){1,4}(?:said|told|announced|declared|met|signed|visited|arrived|was|were|had|\p{Ll}+ed)\b/u;

/** "two days later", "the next day", "the following week", "that evening": an offset counted in days. */
function dayOffset(d: DateMention): boolean {
  const rel = d.relative;
  if (rel?.anchor !== 'narrative') return false;
  if (rel.unit === 'same') return !/\b(?:week|month)$/i.test(d.text);
  return rel.unit === 'day' || rel.unit === 'week' || rel.unit === 'weekday' || rel.unit === 'monthday';
}

/** ", three weeks after he published …": a relative date ending in "after" that opens a clause of its own. */
function clauseAfter(s: Sentence, d: DateMention): boolean {
  if (!d.relative || !/ after$/.test(d.text)) return false;
  const before = s.text.slice(0, d.start - s.start);
  const after = s.text.slice(d.end - s.start);
  return (
    /,\s$/.test(before) &&
    /^ (?:he|she|it|they|the [\p{L}-]+|[\p{Lu}][\p{L}-]+) (?:[\p{Ll}]+ )?\p{Ll}+(?:ed|en|t)\b/u.test(after)
  );
}

/**
 * The night told last ("On the night of November 4-5"): its paragraph, the day its small hours fall on,
 * and the narrative's date when it was told (its small hours are told while the narrative is on it).
 */
interface Night {
  readonly paragraph: number;
  readonly morning: string;
  readonly narrative: string;
}

/**
 * The day a mention names when it falls in the night told last: its small hours ("by dawn", "shortly
 * before 4 a.m.") while the narrative is still on that night, and the weekday of the night's morning in
 * the same paragraph ("On the night of November 4-5 … In the early hours of Sunday": Sunday the 5th).
 */
function nightDay(
  d: DateMention,
  night: Night | undefined,
  paragraph: number,
  narrative: string | undefined,
): string | undefined {
  const rel = d.relative;
  if (!night || rel?.anchor !== 'narrative') return undefined;
  if (rel.smallHours) return narrative === night.narrative ? night.morning : undefined;
  const weekday = new Date(`${night.morning}T00:00:00Z`).getUTCDay();
  return rel.unit === 'weekday' &&
    rel.weekday === weekday &&
    paragraph === night.paragraph &&
    !/\s/.test(d.text)
    ? night.morning
    : undefined;
}

/**
 * The day told last for a happening named by `noun`: a day printed beside the noun ("the vote on May
 * 3", "the May 3 vote", "a vote set for May 3"), for "on the eve of the vote".
 */
function dayNamed(
  noun: string,
  dates: readonly ResolvedMention[],
  sentences: readonly Sentence[],
): string | undefined {
  const named = new RegExp(`\\b${noun}\\b`, 'i');
  return dates
    .filter((o) => {
      const s = sentences[o.sentence];
      if (!s || o.spec?.start.length !== 10) return false;
      const from = o.mention.start - s.start;
      return named.test(s.text.slice(Math.max(0, from - 40), o.mention.end - s.start + 12));
    })
    .at(-1)?.spec?.start;
}

/** A mention read as the very day it is anchored on. */
function sameDay(d: DateMention): DateMention {
  return { ...d, relative: { anchor: 'narrative', unit: 'same', offset: 0 } };
}

/** "three days after the parliament elected its speaker", in a quote box: what is described came first. */
function describedFirst(d: DateMention): DateMention {
  const rel = d.relative;
  return rel && rel.offset > 0 && / after$/.test(d.text)
    ? { ...d, relative: { ...rel, offset: -rel.offset } }
    : d;
}

/** A past act in the words after a date, with no future or modal before it (irregular pasts too: "froze"). */
const PAST_ACT =
  /^(?:(?!\b(?:will|would|shall|is to|are to|was to|were to|due|planned|expected|scheduled)\b)[^;])*?\b(?:\p{Ll}{3,}ed|began|met|cut|set|held|took|made|won|lost|fled|sent|struck|closed|froze|shut|broke|brought|built|bought|sold|left|led|kept|paid|put|ran|rose|fell|fought|flew|drove|gave|went|came|spoke|stood|threw|wrote|withdrew|overthrew|swore|tore|hit|beat|sought|caught|taught|upheld|forbade|sank|shot|split|spread|quit|became)\b/u;

/**
 * "On Sunday" in an interview's answer is the Sunday before the interview (the next one when the
 * clause speaks of a plan), not the Sunday after the last date the narrative told.
 */
function spokenWeekday(d: DateMention, planned: boolean): DateMention {
  const rel = d.relative;
  if (rel?.unit !== 'weekday' || rel.anchor !== 'narrative') return d;
  return { ...d, relative: { ...rel, anchor: 'publication', offset: planned ? 1 : -1 } };
}

/**
 * An interview whose closing line was not read as a credit: "Ana Rus spoke to Ion Popa in Ostrov on
 * May 10, 2011, for the weekly Zorile …" after the last answer gives the day the answers were spoken.
 */
function closingLineDay(
  sentences: readonly Sentence[],
  sentenceDates: readonly (readonly DateMention[])[],
  base: DateContext,
  answers: ReadonlySet<number>,
): string | undefined {
  const lastAnswer = Math.max(-1, ...answers);
  if (lastAnswer < 0) return undefined;
  for (const s of sentences) {
    if (s.paragraph <= lastAnswer || !/\b(?:spoke|talked) (?:to|with)\b|\binterview(?:ed)?\b/.test(s.text))
      continue;
    for (const d of sentenceDates[s.index] ?? []) {
      const r = d.relative ? undefined : resolveDate(d, base);
      if (r?.spec.start.length === 10) return r.spec.start;
    }
  }
  return undefined;
}

/** The day an interview was conducted, from its credit line's other date ("on May 10, 2011"). */
function interviewDay(
  citations: readonly Citation[],
  sentenceDates: readonly (readonly DateMention[])[],
  base: DateContext,
): string | undefined {
  const credit = citations.find((c) => c.credit);
  if (!credit) return undefined;
  for (const d of sentenceDates[credit.sentence] ?? []) {
    if (d.start === credit.date?.start) continue;
    const r = resolveDate(d, base);
    if (r?.spec.start.length === 10) return r.spec.start;
  }
  return undefined;
}
