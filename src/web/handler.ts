// The web pages as one pure handler: a request's method and target in, status, headers and body
// out. The HTTP server (src/http/) mounts it; tests call it directly. Anything that is not a page
// (an unknown record, a malformed or hostile path or query) is a 404 page that echoes nothing.
import type { Dataset } from '../dataset/types.js';
import { IdSchema } from '../dataset/schema.js';
import type { SearchEngine, SearchKind } from '../search/engine.js';
import { stripControls } from '../replies/limits.js';
import { markup } from './html.js';
import { renderPage } from './layout.js';
import { renderRecordPage } from './record-page.js';
import { MAX_QUERY_CHARS, renderSearchPage } from './search-page.js';
import { STYLESHEET, STYLESHEET_PATH } from './stylesheet.js';
import { RECORD_PREFIX, SEARCH_PATH } from './urls.js';

export interface WebRequest {
  readonly method: string;
  /** The request target as received: path and query ("/records/x?article=y"). */
  readonly target: string;
}

export interface WebResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/** What the pages read: the dataset and engine now in service (a reload swaps them), and where the texts are. */
export interface WebDeps {
  readonly current: () => { readonly dataset: Dataset; readonly engine: SearchEngine };
  readonly dataDir: string;
}

export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/** Longer request targets are not pages (record ids are at most 64 characters, queries 200). */
const MAX_TARGET_LENGTH = 2048;

const SECURITY_HEADERS = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
} as const;

function page(status: number, body: string, extra: Record<string, string> = {}): WebResponse {
  return {
    status,
    headers: {
      ...SECURITY_HEADERS,
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-cache',
      ...extra,
    },
    body,
  };
}

function notFound(): WebResponse {
  return page(
    404,
    renderPage({
      title: 'Not found',
      body: markup`<h1>Not found</h1>
<p>There is no page at this address. The record may have been removed, or the link cut short.</p>
<p><a href="${SEARCH_PATH}">Search the dataset</a></p>`,
    }),
  );
}

function methodNotAllowed(): WebResponse {
  return page(
    405,
    renderPage({
      title: 'Method not allowed',
      body: markup`<h1>Method not allowed</h1>\n<p>These pages are only read.</p>`,
    }),
    { allow: 'GET, HEAD' },
  );
}

/** The query's parameters, or undefined when it cannot be read (bad percent-encoding) or repeats one. */
function readQuery(query: string, allowed: readonly string[]): Map<string, string> | undefined {
  const params = new Map<string, string>();
  if (query === '') return params;
  for (const pair of query.split('&')) {
    if (pair === '') continue;
    const cut = pair.indexOf('=');
    const rawName = cut === -1 ? pair : pair.slice(0, cut);
    const rawValue = cut === -1 ? '' : pair.slice(cut + 1);
    let name: string;
    let value: string;
    try {
      name = decodeURIComponent(rawName.replace(/\+/g, ' '));
      value = decodeURIComponent(rawValue.replace(/\+/g, ' '));
    } catch {
      return undefined;
    }
    // Parameters no page reads (a tracker's, say) are ignored; a page's own may be given once.
    if (!allowed.includes(name)) continue;
    if (params.has(name)) return undefined;
    params.set(name, value);
  }
  return params;
}

const SEARCH_KINDS: readonly string[] = ['event', 'quote', 'actor'];

async function route(request: WebRequest, deps: WebDeps): Promise<WebResponse> {
  const { target } = request;
  if (target.length > MAX_TARGET_LENGTH || !target.startsWith('/')) return notFound();
  const cut = target.indexOf('?');
  const path = cut === -1 ? target : target.slice(0, cut);
  const query = cut === -1 ? '' : target.slice(cut + 1).split('#')[0]!;

  if (path === '/') return { status: 303, headers: { ...SECURITY_HEADERS, location: SEARCH_PATH }, body: '' };
  if (path === STYLESHEET_PATH) {
    return {
      status: 200,
      headers: {
        ...SECURITY_HEADERS,
        'content-type': 'text/css; charset=utf-8',
        'cache-control': 'public, max-age=31536000, immutable',
      },
      body: STYLESHEET,
    };
  }
  if (path.startsWith(RECORD_PREFIX)) {
    let id: string;
    try {
      id = decodeURIComponent(path.slice(RECORD_PREFIX.length));
    } catch {
      return notFound();
    }
    const params = readQuery(query, ['article']);
    const article = params?.get('article');
    if (!params || !IdSchema.safeParse(id).success) return notFound();
    if (article !== undefined && !IdSchema.safeParse(article).success) return notFound();
    const { dataset } = deps.current();
    const body = await renderRecordPage({ dataset, dataDir: deps.dataDir, id, article });
    return body === undefined ? notFound() : page(200, body);
  }
  if (path === SEARCH_PATH) {
    const params = readQuery(query, ['q', 'kind', 'page']);
    if (!params) return notFound();
    const kind = params.get('kind') || undefined;
    const pageText = params.get('page') ?? '1';
    if (kind !== undefined && !SEARCH_KINDS.includes(kind)) return notFound();
    if (!/^[1-9]\d{0,5}$/.test(pageText)) return notFound();
    const text = stripControls(params.get('q') ?? '')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, MAX_QUERY_CHARS);
    const body = renderSearchPage(deps.current(), {
      query: text,
      kind: kind as SearchKind | undefined,
      page: Number(pageText),
    });
    return body === undefined ? notFound() : page(200, body);
  }
  return notFound();
}

/** Answers a request for a web page: GET and HEAD (HEAD without the body). */
export async function handleWebRequest(request: WebRequest, deps: WebDeps): Promise<WebResponse> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return methodNotAllowed();
  const response = await route(request, deps);
  return request.method === 'HEAD' ? { ...response, body: '' } : response;
}
