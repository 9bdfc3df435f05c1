// The records each article holds, indexed once per dataset (a reload brings a new dataset and so a
// new index): the context page lists an article's records without reading the whole dataset.
import type { Dataset, DatasetEvent, DatasetQuote, DatasetSource } from '../dataset/types.js';

export interface ArticleRecords {
  readonly events: readonly DatasetEvent[];
  readonly quotes: readonly DatasetQuote[];
  readonly sources: readonly DatasetSource[];
}

const EMPTY: ArticleRecords = Object.freeze({ events: [], quotes: [], sources: [] });

const indexes = new WeakMap<Dataset, ReadonlyMap<string, ArticleRecords>>();

function buildIndex(dataset: Dataset): ReadonlyMap<string, ArticleRecords> {
  const byArticle = new Map<
    string,
    { events: DatasetEvent[]; quotes: DatasetQuote[]; sources: DatasetSource[] }
  >();
  const entryFor = (article: string) => {
    let entry = byArticle.get(article);
    if (!entry) byArticle.set(article, (entry = { events: [], quotes: [], sources: [] }));
    return entry;
  };
  for (const event of dataset.events) entryFor(event.article).events.push(event);
  for (const quote of dataset.quotes) entryFor(quote.article).quotes.push(quote);
  for (const source of dataset.sources) entryFor(source.article).sources.push(source);
  return byArticle;
}

/** The events, quotes and sources of an article (events and quotes in date order). */
export function recordsOfArticle(dataset: Dataset, articleId: string): ArticleRecords {
  let index = indexes.get(dataset);
  if (!index) indexes.set(dataset, (index = buildIndex(dataset)));
  return index.get(articleId) ?? EMPTY;
}
