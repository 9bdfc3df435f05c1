// How records cite their sources: the article's inline citation and the article itself.
import { formatDateSpec, formatPartialDate } from '../dataset/dates.js';
import type { Dataset, DatasetArticle, DatasetSource } from '../dataset/types.js';

export function sourceOf(dataset: Dataset, id: string): DatasetSource | undefined {
  const entry = dataset.byId.get(id);
  return entry?.type === 'source' ? entry.record : undefined;
}

export function articleOf(dataset: Dataset, id: string): DatasetArticle | undefined {
  const entry = dataset.byId.get(id);
  return entry?.type === 'article' ? entry.record : undefined;
}

export function actorName(dataset: Dataset, id: string): string {
  const entry = dataset.byId.get(id);
  return entry?.type === 'actor' ? entry.record.name : id;
}

/** "Interfax, Moscow, June 2, 2004, p. 2", parsed parts in a fixed order. */
export function formatSource(source: DatasetSource): string {
  const parts = [
    source.author ? `${source.author} in ${source.outlet}` : source.outlet,
    source.number ? `no. ${source.number}` : undefined,
    source.place,
    source.date ? formatPartialDate(source.date) : undefined,
    source.page ? `p. ${source.page}` : undefined,
  ].filter((p): p is string => p !== undefined);
  return parts.join(', ');
}

/** A source as a field line: the parsed citation, then the article's own wording. */
export function describeSource(source: DatasetSource): string {
  return `${formatSource(source)}\n*as printed:* (${source.raw})`;
}

/** "Eurasia Daily Monitor, Vol. 1, Issue 24 (June 2004, inferred)". */
export function formatArticleIssue(article: DatasetArticle): string {
  const inferred = article.published.yearInferred || article.published.note ? ', inferred' : '';
  return `${article.publication}, Vol. ${article.volume}, Issue ${article.issue} (${formatDateSpec(article.published)}${inferred})`;
}

/** The article field: issue, title (linked when the url is known). */
export function describeArticle(article: DatasetArticle): string {
  const title = article.url ? `[${article.title}](${article.url})` : `“${article.title}”`;
  return `${title}\n${formatArticleIssue(article)}`;
}

/** A plain-text citation to paste: “Title,” Publication, Vol., Issue, date, citing the source. */
export function citationLine(article: DatasetArticle, sources: readonly DatasetSource[]): string {
  const citing = sources.length > 0 ? `, citing ${sources.map((s) => s.raw).join('; ')}` : '';
  return (
    `“${article.title},” ${article.publication}, Vol. ${article.volume}, Issue ${article.issue}, ` +
    `${formatDateSpec(article.published)}${citing}.`
  );
}
