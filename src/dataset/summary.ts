// One-line and structured summaries of what a dataset holds (validate, start-up log, /about).
import type { Dataset } from './types.js';

export interface DatasetSummary {
  readonly articles: number;
  readonly events: number;
  readonly directQuotes: number;
  readonly statements: number;
  readonly actors: number;
  readonly sources: number;
  /** Earliest and latest event start dates, when there are events. */
  readonly firstDate: string | undefined;
  readonly lastDate: string | undefined;
}

export function summarizeDataset(dataset: Dataset): DatasetSummary {
  let first: string | undefined;
  let last: string | undefined;
  for (const event of dataset.events) {
    const end = event.date.end ?? event.date.start;
    if (first === undefined || event.date.start < first) first = event.date.start;
    if (last === undefined || end > last) last = end;
  }
  const directQuotes = dataset.quotes.filter((q) => q.kind === 'direct').length;
  return {
    articles: dataset.articles.length,
    events: dataset.events.length,
    directQuotes,
    statements: dataset.quotes.length - directQuotes,
    actors: dataset.actors.length,
    sources: dataset.sources.length,
    firstDate: first,
    lastDate: last,
  };
}

export function describeDataset(dataset: Dataset): string {
  const s = summarizeDataset(dataset);
  const range = s.firstDate ? `, events from ${s.firstDate} to ${s.lastDate}` : '';
  return (
    `${s.articles} article(s), ${s.events} event(s), ${s.directQuotes} quotation(s), ` +
    `${s.statements} statement(s), ${s.actors} actor(s), ${s.sources} source citation(s)${range}.`
  );
}
