// One pass over an article that every record builder shares: header, sentences, citations, actor
// mentions, quotations, and every date resolved in reading order (so "two days later" and "that
// day" follow the narrative).
import type { DateSpec } from '../dataset/schema.js';
import { extractActors, type ActorTable } from './actors.js';
import { findDates, isAfter, isPlannedAt, resolveDate, type DateContext, type DateMention } from './dates.js';
import type { Header } from './header.js';
import { findNamePhrases } from './names.js';
import { findQuoteSpans, groupQuoteSpans, type QuoteGroup } from './quotes.js';
import type { Registry } from './registry.js';
import type { ReviewReport } from './report.js';
import { splitAllSentences, splitParagraphs, type Paragraph, type Sentence } from './segment.js';
import {
  findBracketCitations,
  findDashAttribution,
  findInSentenceSources,
  looksLikeMedia,
  type Citation,
} from './sources.js';
import { foldName } from './text.js';

export interface ResolvedMention {
  readonly mention: DateMention;
  readonly sentence: number;
  readonly spec?: DateSpec;
  readonly planned: boolean;
  /** Inside a citation (the citation's own date): not a happening. */
  readonly citation?: Citation;
}

export interface Analysis {
  readonly text: string;
  readonly header: Header;
  readonly paragraphs: readonly Paragraph[];
  readonly sentences: readonly Sentence[];
  readonly citations: readonly Citation[];
  readonly dates: readonly ResolvedMention[];
  readonly table: ActorTable;
  readonly quotes: readonly QuoteGroup[];
  readonly year?: number;
  readonly reference?: string;
  /** Resolved date of each citation (by its start offset). */
  readonly citationDates: ReadonlyMap<number, DateSpec>;
}

/** The article's year: printed in the header, else the latest year printed in a past context. */
function inferYear(sentences: readonly Sentence[], header: Header): number | undefined {
  if (header.published) return Number(header.published.slice(0, 4));
  let best: number | undefined;
  for (const s of sentences) {
    for (const d of findDates(s.text, s.start)) {
      const year = d.to?.year ?? d.from?.year;
      if (year === undefined || d.relative) continue;
      if (isPlannedAt(s.text, d.start - s.start, d.text)) continue;
      if (best === undefined || year > best) best = year;
    }
  }
  return best;
}

export function analyzeArticle(
  text: string,
  header: Header,
  registry: Registry,
  report: ReviewReport,
): Analysis {
  const paragraphs = splitParagraphs(text, header.bodyStart);
  const sentences = splitAllSentences(text, paragraphs);

  // Citations in brackets and dash attributions first: their outlets are media.
  const citations: Citation[] = [];
  for (const s of sentences) citations.push(...findBracketCitations(text, s));
  for (const p of paragraphs) {
    const last = sentences.filter((s) => s.paragraph === p.index).at(-1);
    const dash = last ? findDashAttribution(text, p, last.index) : undefined;
    if (dash) citations.push(dash);
  }
  const outletFolds = new Set(citations.map((c) => foldName(c.outlet)));
  for (const a of registry.actors)
    if (a.kind === 'media') for (const n of [a.name, ...a.aliases]) outletFolds.add(foldName(n));

  // Quotations.
  const quotes: QuoteGroup[] = [];
  for (const p of paragraphs) {
    const scan = findQuoteSpans(text, p);
    for (const problem of scan.problems)
      report.add('warning', 'quote', `paragraph ${p.index + 1}: ${problem}`);
    quotes.push(...groupQuoteSpans(text, scan.spans));
  }

  // Names and actors (bracketed citations are skipped: their outlets come in as media).
  const skip = citations
    .filter((c) => c.kind === 'bracket')
    .map((c) => ({ start: c.spanStart, end: c.spanEnd }));
  const phrases = sentences.flatMap((s) => findNamePhrases(text, s, skip));
  const personFolds = new Set<string>();
  const draftTable = () =>
    extractActors(
      text,
      sentences,
      phrases,
      registry,
      citations.map((c) => ({ name: c.outlet, sentence: c.sentence })),
      citations.flatMap((c) => (c.place ? [{ name: c.place, sentence: c.sentence }] : [])),
      citations.flatMap((c) => (c.author ? [{ name: c.author, sentence: c.sentence }] : [])),
    );
  let table = draftTable();
  for (const a of table.actors.values())
    if (a.kind === 'person') for (const f of a.forms.keys()) personFolds.add(foldName(f));

  // In-sentence sources need to know outlets and persons.
  const know = {
    isOutlet: (name: string) => outletFolds.has(foldName(name)) || looksLikeMedia(name),
    isPerson: (name: string) => personFolds.has(foldName(name)),
  };
  const sentenceDates = sentences.map((s) => findDates(s.text, s.start));
  for (const s of sentences) {
    const found = findInSentenceSources(text, s, sentenceDates[s.index] ?? [], know);
    for (const c of found) if (!citations.some((x) => x.start < c.end && c.start < x.end)) citations.push(c);
  }
  citations.sort((a, b) => a.start - b.start);
  // New outlets named only in the sentence become media actors too.
  const inSentenceOutlets = citations.filter((c) => c.kind === 'in-sentence' && !c.anaphoric);
  if (inSentenceOutlets.length > 0) {
    table = extractActors(
      text,
      sentences,
      phrases,
      registry,
      citations.filter((c) => !c.anaphoric).map((c) => ({ name: c.outlet, sentence: c.sentence })),
      citations.flatMap((c) => (c.place ? [{ name: c.place, sentence: c.sentence }] : [])),
      citations.flatMap((c) => (c.author ? [{ name: c.author, sentence: c.sentence }] : [])),
    );
  }
  for (const note of table.notes) report.add('check', 'actor', note);

  // Dates, in reading order.
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
  const dash = citations.find((c) => c.kind === 'dash');
  let occasion: string | undefined;
  if (dash?.describing?.date && dash.date) {
    const anchor = citationDates.get(dash.start)?.start;
    const r = anchor ? resolveDate(dash.describing.date, { ...ctx, narrative: anchor }) : undefined;
    occasion = r?.spec.start;
  }
  const dashParagraph = dash ? sentences[dash.sentence]?.paragraph : undefined;
  for (const s of sentences) {
    if (occasion && s.paragraph === dashParagraph && ctx.narrative === undefined) ctx.narrative = occasion;
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
      if (dash?.describing?.date && d.start === dash.describing.date.start)
        narrativeFor = citationDates.get(dash.start)?.start;
      const r = resolveDate(d, { ...ctx, ...(narrativeFor ? { narrative: narrativeFor } : {}) }, planned);
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
      const isPlanned = planned || isAfter(r.spec, reference);
      dates.push({
        mention: d,
        sentence: s.index,
        spec: r.spec,
        planned: isPlanned,
        ...(citation ? { citation } : {}),
      });
      if (citation) citationDates.set(citation.start, r.spec);
      if (!isPlanned && !d.modifier && r.spec.start.length >= 7) ctx.narrative = r.spec.end ?? r.spec.start;
      if (!isPlanned && !d.modifier && dash?.describing?.date && d.start === dash.describing.date.start)
        ctx.narrative = r.spec.start;
    }
  }
  // Anaphoric in-sentence sources ("told the agency") take the outlet and date cited just before.
  for (const [i, c] of citations.entries()) {
    if (!c.anaphoric) continue;
    const prev = citations
      .slice(0, i)
      .reverse()
      .find((p) => !p.anaphoric && p.kind !== 'dash');
    if (prev) {
      citations[i] = { ...c, outlet: prev.outlet };
      const spec = citationDates.get(prev.start);
      if (spec) citationDates.set(c.start, spec);
    }
  }
  const yearInferredCount = dates.filter((d) => d.spec?.yearInferred && !d.mention.relative).length;
  if (yearInferredCount > 0 && !header.published)
    report.add(
      'check',
      'date',
      `${yearInferredCount} date(s) print no year; year ${year} taken from the article (marked yearInferred)`,
    );
  return {
    text,
    header,
    paragraphs,
    sentences,
    citations,
    dates,
    table,
    quotes,
    ...(year !== undefined ? { year } : {}),
    ...(reference ? { reference } : {}),
    citationDates,
  };
}
