// The route table of Dossier's HTTP server. Other modules mount their pages on it:
//
//   router.get('/articles/:id', ({ params }) => ({ status: 200, headers: { 'content-type': … }, body }))
//   router.post('/interactions', (request) => …)
//   router.notFound((request) => …)          // optional: the reply for a path no route matches
//
// A handler receives the request (node's IncomingMessage, the parsed URL, the path's `:params`,
// decoded) and returns an HttpReply, or throws an HttpError for a plain-text 4xx/5xx. A GET route
// answers HEAD too (same headers, no body). Patterns are literal segments, `:name` segments (one
// segment each), and an optional trailing `*` (the rest of the path, as params['*']).
import type { IncomingMessage } from 'node:http';

export interface HttpRequest {
  readonly req: IncomingMessage;
  readonly method: string;
  readonly url: URL;
  /** `:name` segments of the matched pattern, percent-decoded; `*` holds the rest of the path. */
  readonly params: Readonly<Record<string, string>>;
}

export interface HttpReply {
  readonly status: number;
  /** Header names in lower case; content-type defaults to text/plain for string bodies. */
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string | Uint8Array;
}

export type HttpHandler = (request: HttpRequest) => HttpReply | Promise<HttpReply>;

/** A failure a handler wants answered as plain text with this status (400, 404, 413, ...). */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

interface Route {
  readonly method: string;
  readonly pattern: string;
  readonly segments: readonly string[];
  readonly handler: HttpHandler;
}

export type RouteMatch =
  | { readonly kind: 'found'; readonly route: Route; readonly params: Record<string, string> }
  /** The path exists but not for this method: answer 405 with these in Allow. */
  | { readonly kind: 'method'; readonly allowed: readonly string[] }
  | { readonly kind: 'none' };

function splitPath(path: string): string[] {
  return path.split('/').filter((segment) => segment !== '');
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw new HttpError(400, 'The path is not valid percent-encoding.');
  }
}

/** Params of `segments` matched against the request path's segments, or undefined. */
function matchSegments(
  pattern: readonly string[],
  path: readonly string[],
): Record<string, string> | undefined {
  const params: Record<string, string> = Object.create(null) as Record<string, string>;
  for (let i = 0; i < pattern.length; i++) {
    const part = pattern[i]!;
    if (part === '*' && i === pattern.length - 1) {
      params['*'] = path.slice(i).map(decodeSegment).join('/');
      return params;
    }
    const segment = path[i];
    if (segment === undefined) return undefined;
    if (part.startsWith(':')) params[part.slice(1)] = decodeSegment(segment);
    else if (part !== segment) return undefined;
  }
  return path.length === pattern.length ? params : undefined;
}

export class Router {
  private readonly routes: Route[] = [];
  private fallback: HttpHandler | undefined;

  get(pattern: string, handler: HttpHandler): this {
    return this.add('GET', pattern, handler);
  }

  post(pattern: string, handler: HttpHandler): this {
    return this.add('POST', pattern, handler);
  }

  /** Adds a route; a second route for the same method and pattern is a programming error. */
  add(method: string, pattern: string, handler: HttpHandler): this {
    if (!pattern.startsWith('/')) throw new Error(`A route pattern starts with "/": ${pattern}`);
    const upper = method.toUpperCase();
    if (this.routes.some((r) => r.method === upper && r.pattern === pattern))
      throw new Error(`Two routes for ${upper} ${pattern}`);
    this.routes.push({ method: upper, pattern, segments: splitPath(pattern), handler });
    return this;
  }

  /** The reply for a path no route matches (default: a plain-text 404). */
  notFound(handler: HttpHandler): this {
    this.fallback = handler;
    return this;
  }

  get notFoundHandler(): HttpHandler | undefined {
    return this.fallback;
  }

  /** The route for a request; first added wins when two patterns match. */
  match(method: string, pathname: string): RouteMatch {
    const path = splitPath(pathname);
    const allowed = new Set<string>();
    const wanted = method === 'HEAD' ? 'GET' : method;
    for (const route of this.routes) {
      const params = matchSegments(route.segments, path);
      if (!params) continue;
      if (route.method === wanted) return { kind: 'found', route, params };
      allowed.add(route.method);
      if (route.method === 'GET') allowed.add('HEAD');
    }
    return allowed.size > 0 ? { kind: 'method', allowed: [...allowed].sort() } : { kind: 'none' };
  }
}
