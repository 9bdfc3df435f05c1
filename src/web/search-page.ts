// The search page, for people outside Discord: the bot's own engine, every match counted, ten a page.
import type { Dataset } from '../dataset/types.js';
import type { SearchEngine, SearchKind, SearchResults, ScoredResult } from '../search/engine.js';
import { truncate } from '../replies/limits.js';
import { EVIDENCE_ANCHOR } from './article-view.js';
import { ACTOR_KIND_LABEL } from './labels.js';
import { markup, type Html } from './html.js';
import { renderPage } from './layout.js';
import { recordHref, searchHref } from './urls.js';

export const RESULTS_PER_PAGE = 10;
/** Longer queries are cut, as lookups cut them. */
export const MAX_QUERY_CHARS = 200;

const KIND_NAMES: Record<SearchKind, { one: string; many: string; filter: string }> = {
  event: { one: 'event', many: 'events', filter: 'Events' },
  quote: {
    one: 'quotation or statement',
    many: 'quotations and statements',
    filter: 'Quotations and statements',
  },
  actor: {
    one: 'person, place or organization',
    many: 'people, places and organizations',
    filter: 'People, places and organizations',
  },
};
const KINDS = Object.keys(KIND_NAMES) as SearchKind[];

export interface SearchRequest {
  readonly query: string;
  readonly kind: SearchKind | undefined;
  readonly page: number;
}

function count(n: number, kind: SearchKind): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? KIND_NAMES[kind].one : KIND_NAMES[kind].many}`;
}

/** "Event", "Quotation", "Reported statement", "Person", "Media outlet"... */
function kindLabel(dataset: Dataset, result: ScoredResult): string {
  const entry = dataset.byId.get(result.id);
  if (entry?.type === 'quote') return entry.record.kind === 'direct' ? 'Quotation' : 'Reported statement';
  if (entry?.type === 'actor') return ACTOR_KIND_LABEL[entry.record.kind];
  return 'Event';
}

function resultHtml(dataset: Dataset, result: ScoredResult): Html {
  const entry = dataset.byId.get(result.id);
  const direct = entry?.type === 'quote' && entry.record.kind === 'direct';
  const label = direct ? `“${truncate(result.label, 240)}”` : truncate(result.label, 240);
  return markup`<li class="result">
<a href="${recordHref(result.id)}#${EVIDENCE_ANCHOR}">${label}</a>
<div class="detail">${kindLabel(dataset, result)} · ${truncate(result.detail, 200)}</div>
</li>
`;
}

function formHtml(request: SearchRequest): Html {
  const selected = (kind: SearchKind | undefined) => (request.kind === kind ? markup` selected` : '');
  const options = KINDS.map(
    (k) => markup`<option value="${k}"${selected(k)}>${KIND_NAMES[k].filter}</option>\n`,
  );
  return markup`<form class="search-form" role="search" action="/search" method="get" aria-label="Search the dataset">
<p><label for="q">Words to look for</label><br>
<input id="q" type="search" name="q" value="${request.query}" maxlength="${MAX_QUERY_CHARS}" placeholder="karimov moscow, tashkent bombings, june 2004"></p>
<p><label for="kind">Look among</label><br>
<select id="kind" name="kind">
<option value=""${selected(undefined)}>Everything</option>
${options}</select></p>
<p><button type="submit">Search</button></p>
</form>`;
}

function pagerHtml(request: SearchRequest, pages: number): Html | '' {
  if (pages <= 1) return '';
  const { query, kind, page } = request;
  const previous =
    page > 1
      ? markup`<a rel="prev" href="${searchHref(query, kind, page - 1)}">← Previous</a>`
      : markup`<span></span>`;
  const next =
    page < pages
      ? markup`<a rel="next" href="${searchHref(query, kind, page + 1)}">Next →</a>`
      : markup`<span></span>`;
  return markup`<nav class="pager" aria-label="Result pages">
${previous}
<span>Page ${page} of ${pages}</span>
${next}
</nav>`;
}

function summaryHtml(request: SearchRequest, found: SearchResults): Html {
  const { query, kind } = request;
  if (found.total === 0) {
    const among = kind ? ` among ${KIND_NAMES[kind].many}` : '';
    return markup`<p>Nothing matches “${query}”${among}. Try fewer words, or another spelling of a name.</p>`;
  }
  const byKind = KINDS.filter((k) => found.totals[k] > 0 && (kind === undefined || k === kind));
  const links = byKind.map(
    (k, i) => markup`${i > 0 ? ', ' : ''}<a href="${searchHref(query, k)}">${count(found.totals[k], k)}</a>`,
  );
  const matches = `${found.total.toLocaleString('en-US')} ${found.total === 1 ? 'match' : 'matches'}`;
  return markup`<p>${matches}${byKind.length > 1 ? markup`: ${links}` : ''}.</p>`;
}

/** The page's HTML, or undefined for a page number past the last result (a 404). */
export function renderSearchPage(
  { dataset, engine }: { readonly dataset: Dataset; readonly engine: SearchEngine },
  request: SearchRequest,
): string | undefined {
  const { query, kind, page } = request;
  if (query === '') {
    if (page > 1) return undefined;
    return renderPage({
      title: 'Search',
      searchInHeader: false,
      body: markup`<h1>Search the dataset</h1>
<p>Events, quotations and the people, places and organizations of the articles, each linked to the passage it rests on.</p>
${formHtml(request)}`,
    });
  }
  const found = engine.search(query, {
    ...(kind ? { kind } : {}),
    offset: (page - 1) * RESULTS_PER_PAGE,
    limit: RESULTS_PER_PAGE,
  });
  const pages = Math.max(1, Math.ceil(found.total / RESULTS_PER_PAGE));
  if (page > pages) return undefined;
  const first = (page - 1) * RESULTS_PER_PAGE + 1;
  const results =
    found.results.length > 0
      ? markup`<ol class="results" start="${first}">
${found.results.map((r) => resultHtml(dataset, r))}</ol>`
      : '';
  return renderPage({
    title: `${truncate(query, 60)} (search)`,
    searchInHeader: false,
    body: markup`<h1>Search</h1>
${formHtml(request)}
<section aria-labelledby="results-title">
<h2 id="results-title">Results for “${query}”</h2>
${summaryHtml(request, found)}
${results}
${pagerHtml(request, pages)}
</section>`,
  });
}
