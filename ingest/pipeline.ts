// The ingest pipeline: an article's text in, draft records and a review report out. Each stage is
// a module of its own under stages/; this file only says in which order they run and why.
import type { Article, DateSpec } from '../src/dataset/schema.js';
import { normalizeText } from '../src/text/normalize.js';
import type { Analysis } from './analysis.js';
import { authorNames, resolveHeader, type Header, type HeaderOverrides } from './files/header.js';
import { checkArticleText } from './files/input.js';
import { familyNames } from './language/lexicon.js';
import { tidyLayout } from './files/layout.js';
import type { Registry } from './files/registry.js';
import { deriveArticleId } from './ids.js';
import { ReviewReport } from './report.js';
import { findActors } from './stages/actors.js';
import { assembleDraft, draftReview, type Draft } from './stages/assemble.js';
import { resolveDatesInOrder, yearSource } from './stages/date-order.js';
import { findDates } from './stages/dates.js';
import { buildEvents, type SkippedDate } from './stages/events.js';
import {
  addNamedInterviewee,
  answerParagraphs,
  buildAnswers,
  findCreditLine,
  interviewSubject,
  interviewVoice,
} from './stages/interview.js';
import { buildQuotations, findQuotations } from './stages/quotations.js';
import { findTurnLabels, splitAllSentences, splitParagraphs } from './stages/segment.js';
import {
  findCitations,
  looksLikeMedia,
  expandInitialOutlets,
  resolveAnaphoricSources,
  withInSentenceSources,
} from './stages/sources.js';
import { datedBySpeakerBefore } from './stages/sources/speaker-day.js';
import { addReferences } from './stages/references.js';
import { introductionOf } from './stages/interview-body.js';
import { addNamedBodies } from './stages/named-bodies.js';
import { buildStatements } from './stages/statements.js';
import { findUnnamedSpeakers } from './stages/unnamed.js';

export type { ActorRef, Draft } from './stages/assemble.js';
export type { HeaderOverrides } from './files/header.js';
export { deriveArticleId } from './ids.js';

export interface DraftOptions {
  readonly registry: Registry;
  /** Override the derived article id. */
  readonly articleId?: string;
  readonly header?: HeaderOverrides;
  /** Hears each dated mention the events' skip rules dropped (the bench's explain says why). */
  readonly onSkippedDate?: (skipped: SkippedDate) => void;
}

export type DraftResult =
  | { readonly ok: true; readonly draft: Draft; readonly report: ReviewReport }
  | { readonly ok: false; readonly report: ReviewReport };

/** Build the draft for one article. */
export function draftArticle(text: string, options: DraftOptions): DraftResult {
  const report = new ReviewReport();
  if (!checkArticleText(text, report)) return { ok: false, report };
  text = tidyLayout(text);
  const header = resolveHeader(text, report, options.header);
  if (!header) return { ok: false, report };
  const an = analyzeArticle(text, header, options.registry, report);
  const published = publicationDate(header, an, report);
  if (!published) return { ok: false, report };
  const articleId = options.articleId ?? deriveArticleId(header);
  const article: Article = {
    id: articleId,
    title: header.title,
    publication: header.publication,
    volume: header.volume,
    issue: header.issue,
    published,
    ...(header.author ? { authors: authorNames(header.author) } : {}),
    ...(options.header?.url ? { url: options.header.url } : {}),
    textPath: `articles/${articleId}.txt`,
    review: draftReview(),
  };
  // (Who "I" and "we" are in an interview's answers: read once, for all three kinds of record.)
  const voice = interviewVoice(an);
  const drafts = {
    quotations: [...buildQuotations(an, report, interviewSubject(an), voice), ...buildAnswers(an)],
    statements: buildStatements(an, voice),
    events: buildEvents(an, voice, options.onSkippedDate),
  };
  const draft = assembleDraft(an, article, drafts, options.registry, report);
  return report.hasErrors ? { ok: false, report } : { ok: true, draft, report };
}

/**
 * The finding stages, in the order their inputs allow: sentences first; bracket citations before
 * actors (their outlets are media); actors before in-sentence sources ("told Ormanov" names no
 * outlet); every citation before dates (a citation's date anchors month-day dates and plans).
 */
export function analyzeArticle(
  text: string,
  header: Header,
  registry: Registry,
  report: ReviewReport,
): Analysis {
  const paragraphs = splitParagraphs(text, header.bodyStart);
  const turns = findTurnLabels(paragraphs);
  const sentences = splitAllSentences(text, paragraphs, turns);
  let citations = findCitations(text, paragraphs, sentences);
  const credit = findCreditLine(paragraphs, sentences, turns);
  if (credit) citations = [...citations, credit].sort((a, b) => a.start - b.start);
  // (A pull quote's attribution naming no outlet holds its speaker's name there: no outlet's name.)
  const outletNames = citations.filter((c) => !c.noOutlet).map((c) => c.outlet);
  expandInitialOutlets(citations, [header.publication, ...outletNames]);
  const quotes = findQuotations(text, paragraphs, report);
  let table = findActors(text, sentences, registry, citations);

  const outletFolds = new Set(outletNames.map((name) => normalizeText(name)));
  for (const a of registry.actors)
    if (a.kind === 'media') for (const n of [a.name, ...a.aliases]) outletFolds.add(normalizeText(n));
  const personFolds = new Set<string>();
  for (const a of table.actors.values())
    if (a.kind === 'person')
      for (const f of a.forms.keys()) {
        personFolds.add(normalizeText(f));
        // "Azimov wrote on Facebook", "Gao wrote in a column" (of Gao Minyu): a person's surname alone
        // names no outlet.
        if (f.includes(' ')) for (const name of familyNames(f)) personFolds.add(normalizeText(name));
      }
  const sentenceDates = sentences.map((s) => findDates(s.text, s.start));
  citations = withInSentenceSources(text, sentences, sentenceDates, citations, {
    isOutlet: (name) => outletFolds.has(normalizeText(name)) || looksLikeMedia(name),
    isPerson: (name) => personFolds.has(normalizeText(name)),
    isOtherActor: (name) => [...table.actors.values()].some((a) => a.kind !== 'media' && a.forms.has(name)),
  });
  // Outlets named only in the sentence become media actors too.
  if (citations.some((c) => c.kind === 'in-sentence' && !c.anaphoric))
    table = findActors(text, sentences, registry, citations);
  const introduction = introductionOf(paragraphs, sentences, turns);
  addNamedInterviewee(sentences, introduction, table, turns);
  addNamedBodies(sentences, table);
  // Then what names an actor without its name: "the committee", "his aides".
  addReferences(text, sentences, table, citations);
  findUnnamedSpeakers(text, sentences, table);
  for (const note of table.notes) report.add('check', 'actor', note);

  const answers = answerParagraphs(paragraphs, turns);
  const dated = resolveDatesInOrder(header, sentences, sentenceDates, citations, report, answers);
  resolveAnaphoricSources(text, citations, dated.citationDates, dated.dates);
  datedBySpeakerBefore(sentences, citations, dated.dates, dated.citationDates);
  return {
    text,
    header,
    paragraphs,
    sentences,
    ...(turns ? { turns } : {}),
    citations,
    table,
    quotes,
    ...dated,
  };
}

function publicationDate(header: Header, an: Analysis, report: ReviewReport): DateSpec | undefined {
  if (header.published)
    return { start: header.published, yearInferred: false, text: header.publishedText ?? header.published };
  if (an.year === undefined) {
    report.add(
      'error',
      'header',
      'no publication date printed and no year in the text to infer it from; pass --date',
    );
    return undefined;
  }
  const from = yearSource(header);
  report.add('check', 'header', `publication date not printed; year ${an.year} inferred from ${from}`);
  return {
    start: String(an.year),
    yearInferred: true,
    note: `not printed; year inferred from ${from}${an.reference ? `, on or after ${an.reference} (the latest date it cites)` : ''}`,
  };
}
