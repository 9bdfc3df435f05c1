// The read-in-context page of one record: its facts, the article it comes from with its evidence
// marked (the URL's #evidence fragment scrolls it into view, no script), the article's other
// records, and how to cite it. Events, quotations, actors, sources and articles each have one.
import { formatDateSpec } from '../dataset/dates.js';
import type {
  Dataset,
  DatasetActor,
  DatasetArticle,
  DatasetEvent,
  DatasetQuote,
  DatasetSource,
} from '../dataset/types.js';
import { actorName, articleOf, formatSource, sourceOf } from '../replies/cite.js';
import { recordsOfArticle } from './article-records.js';
import { articleText, locatePassages, type Span } from './article-text.js';
import { articleSectionHtml, articleTextHtml, EVIDENCE_ANCHOR } from './article-view.js';
import { citationsHtml } from './citations-view.js';
import { markup, type Html } from './html.js';
import { ACTOR_KIND_LABEL, STATUS_LABEL } from './labels.js';
import { renderPage } from './layout.js';
import { recordHref, searchHref } from './urls.js';

/** How many of an actor's events (and of its quotations) its page lists before linking to search. */
const ACTOR_LIST_LIMIT = 25;

export interface RecordPageInput {
  readonly dataset: Dataset;
  readonly dataDir: string;
  readonly id: string;
  /** For an actor named in several articles: which one to show (an article id). */
  readonly article?: string | undefined;
}

/** What the page shows of the record, beside the article. */
interface RecordView {
  readonly title: string;
  readonly kindLabel: string;
  readonly facts: Html;
  readonly article: DatasetArticle;
  /** The passages of the article to mark. */
  readonly passages: readonly string[];
  /** The record's own sources, for its citation. */
  readonly sources: readonly DatasetSource[];
}

const actorLink = (dataset: Dataset, id: string) =>
  markup`<a href="${recordHref(id)}">${actorName(dataset, id)}</a>`;

function listOf(items: readonly Html[]): Html {
  return markup`${items.map((item, i) => markup`${i > 0 ? ', ' : ''}${item}`)}`;
}

function fact(name: string, value: Html | string | undefined): Html | '' {
  return value === undefined || value === '' ? '' : markup`<dt>${name}</dt><dd>${value}</dd>\n`;
}

function sourcesOf(dataset: Dataset, ids: readonly string[]): DatasetSource[] {
  return ids.flatMap((id) => sourceOf(dataset, id) ?? []);
}

function sourcesFact(sources: readonly DatasetSource[]): Html | '' {
  if (sources.length === 0) return fact('Source', 'The article itself (no inline citation for this passage)');
  return fact(
    sources.length > 1 ? 'Sources' : 'Source',
    listOf(sources.map((s) => markup`${formatSource(s)} <span class="detail">(as printed: ${s.raw})</span>`)),
  );
}

const timeHtml = (start: string, text: string) => markup`<time datetime="${start}">${text}</time>`;

function eventView(dataset: Dataset, event: DatasetEvent, article: DatasetArticle): RecordView {
  const sources = sourcesOf(dataset, event.sources);
  const links = (ids: readonly string[]) =>
    ids.length > 0 ? listOf(ids.map((id) => actorLink(dataset, id))) : undefined;
  const facts = markup`<p>${event.summary}</p>
<dl class="facts">
${fact('Date', timeHtml(event.date.start, formatDateSpec(event.date)))}${fact('Status', STATUS_LABEL[event.status])}${fact('Actors', links(event.actors))}${fact('Places', links(event.places))}${sourcesFact(sources)}</dl>`;
  return { title: event.title, kindLabel: 'Event', facts, article, passages: event.evidence, sources };
}

function quoteView(dataset: Dataset, quote: DatasetQuote, article: DatasetArticle): RecordView {
  const speaker = dataset.byId.get(quote.speaker);
  const actor = speaker?.type === 'actor' ? speaker.record : undefined;
  const name = actor?.name ?? quote.speaker;
  const sources = sourcesOf(dataset, quote.sources);
  const words = quote.kind === 'direct' ? `“${quote.text}”` : quote.text;
  const role = actor?.description ? `, ${actor.description}` : '';
  const date = quote.date ? timeHtml(quote.date.start, formatDateSpec(quote.date)) : undefined;
  const facts = markup`<blockquote><p>${words}</p></blockquote>
<dl class="facts">
${fact('Speaker', markup`${actorLink(dataset, quote.speaker)}${role}`)}${fact('Kind', quote.kind === 'direct' ? 'Direct quotation' : 'Reported statement')}${fact('Date', date)}${fact('Context', quote.context)}${sourcesFact(sources)}</dl>`;
  return {
    title: quote.kind === 'direct' ? `${name}, quoted` : `${name}, reported statement`,
    kindLabel: quote.kind === 'direct' ? 'Quotation' : 'Reported statement',
    facts,
    article,
    passages: quote.evidence,
    sources,
  };
}

/** A list of records, each linked at its evidence; `currentId` marks the page's own. */
function recordListHtml(
  dataset: Dataset,
  records: readonly (DatasetEvent | DatasetQuote)[],
  tag: 'ul' | 'ol' = 'ul',
  currentId?: string,
): Html {
  const items = records.map((r) => markup`<li>${recordLinkHtml(dataset, r, r.id === currentId)}</li>\n`);
  return tag === 'ul'
    ? markup`<ul class="records-list">\n${items}</ul>`
    : markup`<ol class="records-list">\n${items}</ol>`;
}

function actorView(dataset: Dataset, actor: DatasetActor, article: DatasetArticle): RecordView {
  const records = dataset.byActor.get(actor.id);
  const articles = [...new Set(actor.evidence.map((e) => e.article))];
  const listed = (
    heading: string,
    list: readonly (DatasetEvent | DatasetQuote)[],
    kind: 'event' | 'quote',
  ) => {
    const more =
      list.length > ACTOR_LIST_LIMIT
        ? markup`\n<p><a href="${searchHref(actor.name, kind)}">All ${list.length} in search</a></p>`
        : '';
    const body =
      list.length > 0
        ? markup`${recordListHtml(dataset, list.slice(0, ACTOR_LIST_LIMIT))}${more}`
        : markup`<p>None in the dataset.</p>`;
    return markup`<h3>${heading} (${list.length})</h3>\n${body}\n`;
  };
  const namedIn = articles.flatMap((id) => {
    const named = articleOf(dataset, id);
    const current = id === article.id ? markup` aria-current="page"` : '';
    return named
      ? [markup`<li><a href="${recordHref(actor.id, id)}"${current}>${named.title}</a></li>\n`]
      : [];
  });
  const articlesHtml =
    articles.length > 1
      ? markup`<h3>Named in ${articles.length} articles</h3>\n<ul class="records-list">\n${namedIn}</ul>\n`
      : '';
  const aliases = actor.aliases.length > 0 ? actor.aliases.join(', ') : undefined;
  const facts = markup`<dl class="facts">
${fact('Kind', ACTOR_KIND_LABEL[actor.kind])}${fact('Described as', actor.description)}${fact('Also written', aliases)}${fact('Not to be confused', actor.disambiguation)}</dl>
${articlesHtml}${listed('Events', records?.events ?? [], 'event')}${listed('Quotations and statements', records?.quotes ?? [], 'quote')}`;
  const passages = actor.evidence.filter((e) => e.article === article.id).map((e) => e.text);
  return {
    title: actor.name,
    kindLabel: ACTOR_KIND_LABEL[actor.kind],
    facts,
    article,
    passages,
    sources: [],
  };
}

function sourceView(dataset: Dataset, source: DatasetSource, article: DatasetArticle): RecordView {
  const { events, quotes } = recordsOfArticle(dataset, article.id);
  const citing = [...events, ...quotes].filter((r) => r.sources.includes(source.id));
  const outlet = source.outletActor ? actorLink(dataset, source.outletActor) : source.outlet;
  const date = source.date
    ? formatDateSpec({ start: source.date, yearInferred: source.dateYearInferred })
    : undefined;
  const citingHtml =
    citing.length > 0 ? markup`<h3>Records citing it</h3>\n${recordListHtml(dataset, citing)}` : '';
  const facts = markup`<dl class="facts">
${fact('Outlet', outlet)}${fact('Author', source.author)}${fact('Number', source.number)}${fact('Place', source.place)}${fact('Date', date)}${fact('Page', source.page)}${fact('As printed', `(${source.raw})`)}${fact('Note', source.note)}</dl>
${citingHtml}`;
  return {
    title: formatSource(source),
    kindLabel: 'Source cited by the article',
    facts,
    article,
    passages: [`(${source.raw})`, source.raw],
    sources: [source],
  };
}

/** "June 2, 2004 — Russian Duma backs ..." as a link to the record's page, at its evidence. */
export function recordLinkHtml(dataset: Dataset, record: DatasetEvent | DatasetQuote, current = false): Html {
  const when = record.date ? formatDateSpec(record.date) : 'undated';
  const label =
    'speaker' in record
      ? `${actorName(dataset, record.speaker)}: ${record.kind === 'direct' ? `“${record.text}”` : record.text}`
      : record.title;
  const currentAttr = current ? markup` aria-current="page"` : '';
  return markup`<a href="${recordHref(record.id)}#${EVIDENCE_ANCHOR}"${currentAttr}>${label}</a> <span class="when">${when}</span>`;
}

/** The view of a record id, or undefined when there is no such record (a 404). */
function viewOf(
  dataset: Dataset,
  id: string,
  articleChoice: string | undefined,
): RecordView | 'article' | undefined {
  const entry = dataset.byId.get(id);
  if (!entry) return undefined;
  // Only an actor's page may show another article (one that names it).
  if (articleChoice !== undefined && entry.type !== 'actor') return undefined;
  const article = (articleId: string) => articleOf(dataset, articleId);
  switch (entry.type) {
    case 'event': {
      const a = article(entry.record.article);
      return a && eventView(dataset, entry.record, a);
    }
    case 'quote': {
      const a = article(entry.record.article);
      return a && quoteView(dataset, entry.record, a);
    }
    case 'source': {
      const a = article(entry.record.article);
      return a && sourceView(dataset, entry.record, a);
    }
    case 'actor': {
      const named = entry.record.evidence.map((e) => e.article);
      // Another article only if the actor is named in it: anything else is not a page.
      const chosen = articleChoice ?? named[0];
      if (chosen === undefined || !named.includes(chosen)) return undefined;
      const a = article(chosen);
      return a && actorView(dataset, entry.record, a);
    }
    case 'article':
      return 'article';
  }
}

/** The other records of the article, in the order their evidence appears in its text. */
function othersHtml(
  dataset: Dataset,
  article: DatasetArticle,
  text: string | undefined,
  currentId: string,
): Html | '' {
  const { events, quotes } = recordsOfArticle(dataset, article.id);
  const records = [...events, ...quotes];
  if (records.length === 0) return '';
  const position = (r: DatasetEvent | DatasetQuote) => {
    const at = text === undefined ? -1 : text.indexOf(r.evidence[0] ?? '\u0000');
    return at < 0 ? Number.MAX_SAFE_INTEGER : at;
  };
  const ordered = records
    .map((r) => ({ r, at: position(r) }))
    .sort((a, b) => a.at - b.at)
    .map((x) => x.r);
  return markup`<nav class="others" aria-labelledby="others-title">
<h2 id="others-title">Records from this article (${records.length})</h2>
${recordListHtml(dataset, ordered, 'ol', currentId)}
</nav>`;
}

const UNREADABLE = markup`<p>The article’s text cannot be read at the moment.</p>`;

function citeHtml(title: string, article: DatasetArticle, sources: readonly DatasetSource[]): Html {
  return markup`<section class="cite panel" aria-labelledby="cite-title">
<h2 id="cite-title">${title}</h2>
${citationsHtml(article, sources)}</section>`;
}

/** The page's HTML, or undefined when the id (or the article asked for) names no page. */
export async function renderRecordPage(input: RecordPageInput): Promise<string | undefined> {
  const { dataset, dataDir, id } = input;
  const view = viewOf(dataset, id, input.article);
  if (view === undefined) return undefined;
  if (view === 'article') {
    const article = articleOf(dataset, id)!;
    const text = await articleText(dataset, dataDir, article);
    const { sources } = recordsOfArticle(dataset, id);
    const body = text === undefined ? UNREADABLE : articleTextHtml(text, article.title, []);
    return renderPage({
      title: article.title,
      mainClass: 'record-page',
      body: markup`${articleSectionHtml(article, sources, body, 'h1')}
${othersHtml(dataset, article, text, id)}
${citeHtml('Cite this article', article, [])}`,
    });
  }
  const { article } = view;
  const text = await articleText(dataset, dataDir, article);
  const marked: Span[] = text === undefined ? [] : locatePassages(text, view.passages);
  const { sources } = recordsOfArticle(dataset, article.id);
  const body = text === undefined ? UNREADABLE : articleTextHtml(text, article.title, marked);
  const jump =
    marked.length > 0
      ? markup`\n<p><a href="#${EVIDENCE_ANCHOR}">Jump to the passage in the article</a></p>`
      : '';
  return renderPage({
    title: view.title,
    mainClass: 'record-page',
    body: markup`<div class="page-head">
<p class="kind">${view.kindLabel}</p>
<h1>${view.title}</h1>${jump}
</div>
<section class="record panel" aria-labelledby="record-title">
<h2 id="record-title">The record</h2>
${view.facts}
</section>
${articleSectionHtml(article, sources, body, 'h2')}
${citeHtml('Cite', article, view.sources)}
${othersHtml(dataset, article, text, id)}`,
  });
}
