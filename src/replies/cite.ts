// How records cite their sources: the article's inline citation and the article itself.
import { formatDateSpec, formatPartialDate, monthName } from '../dataset/dates.js';
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

/** The record's article cited in the usual styles, and the article's inline sources as printed. */
export interface CitationFormats {
  readonly chicago: string;
  readonly apa: string;
  readonly mla: string;
  readonly bibtex: string;
  /** Each inline source exactly as the article prints it ("Interfax, Moscow, June 2"). */
  readonly inline: readonly string[];
}

/** The publication date's parts as far as they are known (a month-precision date has no day). */
function publishedParts(article: DatasetArticle): { year: string; month?: number; day?: number } {
  const [year = '', month, day] = article.published.start.split('-');
  return {
    year,
    ...(month ? { month: Number(month) } : {}),
    ...(day ? { day: Number(day) } : {}),
  };
}

/** "McDermott, Roger" for the first author, the others as written; Chicago and MLA list them so. */
function invertedName(name: string): string {
  const cut = name.trim().lastIndexOf(' ');
  return cut === -1 ? name.trim() : `${name.slice(cut + 1)}, ${name.slice(0, cut).trim()}`;
}

function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')}${names.length > 2 ? ',' : ''} and ${names.at(-1)}`;
}

/** "McDermott, R." for APA. */
function apaName(name: string): string {
  const words = name.trim().split(/\s+/);
  const surname = words.pop() ?? '';
  const initials = words.map((w) => `${w.charAt(0)}.`).join(' ');
  return initials ? `${surname}, ${initials}` : surname;
}

/** A title ending with its own punctuation keeps it; others get the style's period. */
function withStop(text: string, stop = '.'): string {
  return /[.?!]$/.test(text) ? text : `${text}${stop}`;
}

/** Chicago (notes and bibliography), bibliography entry of a periodical article. */
function chicago(article: DatasetArticle): string {
  const { year, month, day } = publishedParts(article);
  const authors = article.authors ?? [];
  const by =
    authors.length > 0 ? `${withStop(joinNames([invertedName(authors[0]!), ...authors.slice(1)]))} ` : '';
  const date = month ? `${monthName(month)}${day ? ` ${day},` : ''} ${year}` : year;
  const url = article.url ? ` ${article.url}.` : '';
  return `${by}“${withStop(article.title)}” ${article.publication} ${article.volume}, no. ${article.issue} (${date}).${url}`;
}

/** APA 7th edition; without an author the title takes the author's place. */
function apa(article: DatasetArticle): string {
  const { year, month, day } = publishedParts(article);
  const authors = article.authors ?? [];
  const date = `(${year}${month ? `, ${monthName(month)}${day ? ` ${day}` : ''}` : ''}).`;
  const source = `${article.publication}, ${article.volume}(${article.issue}).${article.url ? ` ${article.url}` : ''}`;
  if (authors.length === 0) return `${withStop(article.title)} ${date} ${source}`;
  const names = authors.map(apaName);
  const by = names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')}, & ${names.at(-1)}`;
  return `${withStop(by)} ${date} ${withStop(article.title)} ${source}`;
}

/** MLA abbreviates months of more than four letters. */
const MLA_MONTHS = [
  'Jan.',
  'Feb.',
  'Mar.',
  'Apr.',
  'May',
  'June',
  'July',
  'Aug.',
  'Sept.',
  'Oct.',
  'Nov.',
  'Dec.',
];

/** MLA 9th edition: day month year, the address without its scheme. */
function mla(article: DatasetArticle): string {
  const { year, month, day } = publishedParts(article);
  const authors = article.authors ?? [];
  const by =
    authors.length === 0
      ? ''
      : `${withStop(authors.length > 2 ? `${invertedName(authors[0]!)}, et al` : joinNames([invertedName(authors[0]!), ...authors.slice(1)]))} `;
  const date = `${day ? `${day} ` : ''}${month ? `${MLA_MONTHS[month - 1]} ` : ''}${year}`;
  const url = article.url ? `, ${article.url.replace(/^https?:\/\//, '')}` : '';
  return `${by}“${withStop(article.title)}” ${article.publication}, vol. ${article.volume}, no. ${article.issue}, ${date}${url}.`;
}

/** Text inside a BibTeX field: braces balanced by escaping, LaTeX's special characters escaped. */
function bibtexText(text: string): string {
  return text
    .replace(/\\/g, '\\textbackslash{}')
    .replace(/([{}&%$#_])/g, '\\$1')
    .replace(/~/g, '\\textasciitilde{}')
    .replace(/\^/g, '\\textasciicircum{}');
}

const BIBTEX_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function bibtex(article: DatasetArticle): string {
  const { year, month, day } = publishedParts(article);
  const fields: [string, string][] = [];
  if (article.authors?.length) fields.push(['author', `{${article.authors.map(bibtexText).join(' and ')}}`]);
  // Double braces keep the title's capitals as printed.
  fields.push(['title', `{{${bibtexText(article.title)}}}`]);
  fields.push(['journal', `{${bibtexText(article.publication)}}`]);
  fields.push(['volume', `{${article.volume}}`], ['number', `{${article.issue}}`], ['year', `{${year}}`]);
  if (month) fields.push(['month', BIBTEX_MONTHS[month - 1]!]);
  if (day) fields.push(['day', `{${day}}`]);
  if (article.url) fields.push(['url', `{${article.url.replace(/([{}%#\\])/g, '\\$1')}}`]);
  if (article.published.yearInferred || article.published.note)
    fields.push(['note', '{Publication date inferred; the text does not print it}']);
  const width = Math.max(...fields.map(([name]) => name.length));
  const body = fields.map(([name, value]) => `  ${name.padEnd(width)} = ${value}`).join(',\n');
  return `@article{${article.id},\n${body}\n}`;
}

/** Every citation format of an article, with the inline sources of the cited passage. */
export function citationFormats(article: DatasetArticle, sources: readonly DatasetSource[]): CitationFormats {
  return {
    chicago: chicago(article),
    apa: apa(article),
    mla: mla(article),
    bibtex: bibtex(article),
    inline: sources.map((s) => s.raw),
  };
}
