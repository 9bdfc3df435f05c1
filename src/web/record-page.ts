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
import { html, type Html } from './html.js';
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
  html`<a href="${recordHref(id)}">${actorName(dataset, id)}</a>`;

function listOf(items: readonly Html[]): Html {
  return html`${items.map((item, i) => html`${i > 0 ? ', ' : ''}${item}`)}`;
}

function fact(name: string, value: Html | string | undefined): Html | '' {
  return value === undefined || value === ''
    ? ''
    : html`<dt>${name}</dt>
        <dd>${value}</dd> `;
}

function sourcesOf(dataset: Dataset, ids: readonly string[]): DatasetSource[] {
  return ids.flatMap((id) => sourceOf(dataset, id) ?? []);
}

function sourcesFact(sources: readonly DatasetSource[]): Html | '' {
  if (sources.length === 0) return fact('Source', 'The article itself (no inline citation for this passage)');
  return fact(
    sources.length > 1 ? 'Sources' : 'Source',
    listOf(sources.map((s) => html`${formatSource(s)} <span class="detail">(as printed: ${s.raw})</span>`)),
  );
}

function eventView(dataset: Dataset, event: DatasetEvent, article: DatasetArticle): RecordView {
  const sources = sourcesOf(dataset, event.sources);
  const facts = html`<p>${event.summary}</p>
    <dl class="facts">
      ${fact('Date', html`<time datetime="${event.date.start}">${formatDateSpec(event.date)}</time>`)}
      ${fact('Status', STATUS_LABEL[event.status])}
      ${fact('Actors', event.actors.length > 0 ? listOf(event.actors.map((id) => actorLink(dataset, id))) : undefined)}
      ${fact('Places', event.places.length > 0 ? listOf(event.places.map((id) => actorLink(dataset, id))) : undefined)}
      ${sourcesFact(sources)}
    </dl>`;
  return { title: event.title, kindLabel: 'Event', facts, article, passages: event.evidence, sources };
}

function quoteView(dataset: Dataset, quote: DatasetQuote, article: DatasetArticle): RecordView {
  const speaker = dataset.byId.get(quote.speaker);
  const actor = speaker?.type === 'actor' ? speaker.record : undefined;
  const name = actor?.name ?? quote.speaker;
  const sources = sourcesOf(dataset, quote.sources);
  const words = quote.kind === 'direct' ? `“${quote.text}”` : quote.text;
  const facts = html`<blockquote><p>${words}</p></blockquote>
    <dl class="facts">
      ${fact('Speaker', html`${actorLink(dataset, quote.speaker)}${actor?.description ? `, ${actor.description}` : ''}`)}
      ${fact('Kind', quote.kind === 'direct' ? 'Direct quotation' : 'Reported statement')}
      ${fact('Date', quote.date ? html`<time datetime="${quote.date.start}">${formatDateSpec(quote.date)}</time>` : undefined)}
      ${fact('Context', quote.context)} ${sourcesFact(sources)}
    </dl>`;
  return {
    title: quote.kind === 'direct' ? `${name}, quoted` : `${name}, reported statement`,
    kindLabel: quote.kind === 'direct' ? 'Quotation' : 'Reported statement',
    facts,
    article,
    passages: quote.evidence,
    sources,
  };
}

function recordLinks(records: readonly (DatasetEvent | DatasetQuote)[], dataset: Dataset): Html {
  return html`${records.map((r) => html`<li>${recordLinkHtml(dataset, r)}</li> `)}`;
}

function actorView(dataset: Dataset, actor: DatasetActor, article: DatasetArticle): RecordView {
  const records = dataset.byActor.get(actor.id);
  const events = records?.events ?? [];
  const quotes = records?.quotes ?? [];
  const articles = [...new Set(actor.evidence.map((e) => e.article))];
  const more = (count: number, kind: 'event' | 'quote') =>
    count > ACTOR_LIST_LIMIT
      ? html`<p><a href="${searchHref(actor.name, kind)}">All ${count} in search</a></p>`
      : '';
  const facts = html`<dl class="facts">
      ${fact('Kind', ACTOR_KIND_LABEL[actor.kind])} ${fact('Described as', actor.description)}
      ${fact('Also written', actor.aliases.length > 0 ? actor.aliases.join(', ') : undefined)}
      ${fact('Not to be confused', actor.disambiguation)}
    </dl>
    ${
      articles.length > 1
        ? html`<h3>Named in ${articles.length} articles</h3>
            <ul class="records-list">
              ${articles.map((id) => {
                const named = articleOf(dataset, id);
                const current = id === article.id ? html` aria-current="page"` : '';
                return named
                  ? html`<li><a href="${recordHref(actor.id, id)}" ${current}>${named.title}</a></li>`
                  : '';
              })}
            </ul>`
        : ''
    }
    <h3>Events (${events.length})</h3>
    ${
      events.length > 0
        ? html`<ul class="records-list">
              ${recordLinks(events.slice(0, ACTOR_LIST_LIMIT), dataset)}
            </ul>
            ${more(events.length, 'event')}`
        : html`<p>None in the dataset.</p>`
    }
    <h3>Quotations and statements (${quotes.length})</h3>
    ${
      quotes.length > 0
        ? html`<ul class="records-list">
              ${recordLinks(quotes.slice(0, ACTOR_LIST_LIMIT), dataset)}
            </ul>
            ${more(quotes.length, 'quote')}`
        : html`<p>None in the dataset.</p>`
    }`;
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
  const facts = html`<dl class="facts">
      ${fact('Outlet', source.outletActor ? actorLink(dataset, source.outletActor) : source.outlet)}
      ${fact('Author', source.author)} ${fact('Number', source.number)} ${fact('Place', source.place)}
      ${fact('Date', source.date ? formatDateSpec({ start: source.date, yearInferred: source.dateYearInferred }) : undefined)}
      ${fact('Page', source.page)} ${fact('As printed', `(${source.raw})`)} ${fact('Note', source.note)}
    </dl>
    ${
      citing.length > 0
        ? html`<h3>Records citing it</h3>
            <ul class="records-list">
              ${recordLinks(citing, dataset)}
            </ul>`
        : ''
    }`;
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
  const currentAttr = current ? html` aria-current="page"` : '';
  return html`<a href="${recordHref(record.id)}#${EVIDENCE_ANCHOR}" ${currentAttr}>${label}</a>
    <span class="when">${when}</span>`;
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
): Html {
  const { events, quotes } = recordsOfArticle(dataset, article.id);
  const records = [...events, ...quotes];
  if (records.length === 0) return html``;
  const position = (r: DatasetEvent | DatasetQuote) => {
    const at = text === undefined ? -1 : text.indexOf(r.evidence[0] ?? '\u0000');
    return at < 0 ? Number.MAX_SAFE_INTEGER : at;
  };
  const ordered =
    text === undefined
      ? records
      : records
          .map((r) => ({ r, at: position(r) }))
          .sort((a, b) => a.at - b.at)
          .map((x) => x.r);
  return html`<nav class="others" aria-labelledby="others-title">
    <h2 id="others-title">Records from this article (${records.length})</h2>
    <ol class="records-list">
      ${ordered.map((r) => html`<li>${recordLinkHtml(dataset, r, r.id === currentId)}</li> `)}
    </ol>
  </nav>`;
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
    return renderPage({
      title: article.title,
      mainClass: 'record-page',
      body: html`${articleSectionHtml(article, sources, text === undefined ? html`<p>The article’s text cannot be read at the moment.</p>` : articleTextHtml(text, article.title, []), 'h1')}
        ${othersHtml(dataset, article, text, id)}
        <section class="cite panel" aria-labelledby="cite-title">
          <h2 id="cite-title">Cite this article</h2>
          ${citationsHtml(article, [])}
        </section>`,
    });
  }
  const { article } = view;
  const text = await articleText(dataset, dataDir, article);
  const marked: Span[] = text === undefined ? [] : locatePassages(text, view.passages);
  const { sources } = recordsOfArticle(dataset, article.id);
  const articleBody =
    text === undefined
      ? html`<p>The article’s text cannot be read at the moment.</p>`
      : articleTextHtml(text, article.title, marked);
  return renderPage({
    title: view.title,
    mainClass: 'record-page',
    body: html`<div class="page-head">
        <p class="kind">${view.kindLabel}</p>
        <h1>${view.title}</h1>
        ${marked.length > 0 ? html`<p><a href="#${EVIDENCE_ANCHOR}">Jump to the passage in the article</a></p>` : ''}
      </div>
      <section class="record panel" aria-labelledby="record-title">
        <h2 id="record-title">The record</h2>
        ${view.facts}
      </section>
      ${articleSectionHtml(article, sources, articleBody, 'h2')}
      <section class="cite panel" aria-labelledby="cite-title">
        <h2 id="cite-title">Cite</h2>
        ${citationsHtml(article, view.sources)}
      </section>
      ${othersHtml(dataset, article, text, id)}`,
  });
}
