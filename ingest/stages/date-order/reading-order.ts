// The reading in order: the article's year, its citations' printed dates and the days its
// interview answers and quote box were spoken on first, then every date mention of every sentence
// in turn (read-mention.ts), then the in-sentence sources dated by their sentence.
import type { DateSpec } from '../../../src/dataset/schema.js';
import type { ResolvedMention } from '../../analysis.js';
import type { Header } from '../../files/header.js';
import type { ReviewReport } from '../../report.js';
import type { DateContext, DateMention } from '../dates.js';
import type { Sentence } from '../segment.js';
import type { Citation } from '../sources.js';
import { inferYear, issueDay, yearSource } from './article-year.js';
import { addSentenceSourceDates, printedCitationDates } from './citation-dates.js';
import { readMention } from './read-mention.js';
import { answersDay, describedDay, quoteBoxDays } from './spoken-days.js';
import type { ArticleDates, NarrativeContext, Reading } from './types.js';

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
  const issued = issueDay(header);
  if (!header.published && year === undefined)
    report.add('warning', 'date', 'no year printed anywhere: month-day dates cannot be resolved');
  const base: DateContext = {
    ...(year !== undefined ? { year } : {}),
    ...(header.published ? { published: header.published } : {}),
    ...(!header.published && issued ? { issued } : {}),
  };
  const { citationDates, reference } = printedCitationDates(citations, base, header);
  const ctx: NarrativeContext = { ...base, ...(reference ? { reference } : {}) };
  const dash = citations.find((c) => c.kind === 'dash');
  const article: ArticleDates = { sentences, sentenceDates, citations, dash, reference, report };
  const occasion = describedDay(dash, citationDates, ctx);
  const dashParagraph = dash ? sentences[dash.sentence]?.paragraph : undefined;
  // An interview's answers speak on the day of the interview: "two weeks ago" counts from it.
  const speaking = answersDay(citations, sentences, sentenceDates, base, answers);
  const boxDay = quoteBoxDays(citations, sentences, citationDates, ctx);

  const reading: Reading = {
    ctx,
    dates: [],
    citationDates,
    lastDay: undefined,
    spanStart: undefined,
    spanEnd: undefined,
    night: undefined,
  };
  for (const s of sentences) {
    const spokenOn = speaking && answers.has(s.paragraph) ? speaking : boxDay.get(s.paragraph);
    const ctxHere: NarrativeContext = spokenOn
      ? { ...ctx, published: spokenOn, year: Number(spokenOn.slice(0, 4)), reference: spokenOn }
      : ctx;
    if (occasion && s.paragraph === dashParagraph && ctx.narrative === undefined) ctx.narrative = occasion;
    const inBox = boxDay.has(s.paragraph) && !answers.has(s.paragraph);
    // After a quote box, the narrative is on the day its words were spoken.
    const boxed = boxDay.get(sentences[s.index - 1]?.paragraph ?? -1);
    if (boxed && sentences[s.index - 1]?.paragraph !== s.paragraph) ctx.narrative = reading.lastDay = boxed;
    for (const d of sentenceDates[s.index] ?? [])
      readMention(d, s, { ctx: ctxHere, inBox }, article, reading);
  }
  const { dates } = reading;
  addSentenceSourceDates(citations, dates, citationDates);
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
