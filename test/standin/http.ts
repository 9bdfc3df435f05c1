// HTTP plumbing: request bodies (JSON and multipart with payload_json), a small router, and injected faults.

import type { IncomingMessage } from 'node:http';
import { defaultErrorBody, HttpError } from './errors.js';
import type { UploadedFile } from './types.js';

export interface RouteContext {
  method: string;
  /** Decoded path after /api/v10. */
  path: string;
  /** The route template that matched. */
  route: string;
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
  files: UploadedFile[];
}

export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type Handler = (ctx: RouteContext) => Reply | Promise<Reply>;

interface Route {
  method: string;
  template: string;
  segments: string[];
  auth: boolean;
  handler: Handler;
}

export type RouteMatch =
  | { kind: 'route'; route: Route; params: Record<string, string> }
  | { kind: 'method-not-allowed'; template: string }
  | { kind: 'none' };

export function json(body: unknown, status = 200): Reply {
  return { status, body };
}

export function noContent(): Reply {
  return { status: 204 };
}

/** Splits a path into decoded segments ("%40original" becomes "@original"). */
export function decodePath(path: string): string {
  return path
    .split('/')
    .map((segment) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        return segment;
      }
    })
    .join('/');
}

export class Router {
  readonly #routes: Route[] = [];

  /** Registers a route; `:name` segments are parameters. Routes need a bot token unless auth is false. */
  add(method: string, template: string, handler: Handler, options: { auth?: boolean } = {}): void {
    this.#routes.push({
      method: method.toUpperCase(),
      template,
      segments: template.split('/').filter(Boolean),
      auth: options.auth ?? true,
      handler,
    });
  }

  match(method: string, path: string): RouteMatch {
    const parts = path.split('/').filter(Boolean);
    let best: { route: Route; params: Record<string, string>; score: number } | null = null;
    let otherMethod: string | null = null;
    for (const route of this.#routes) {
      const params = matchSegments(route.segments, parts);
      if (!params) continue;
      if (route.method !== method.toUpperCase()) {
        otherMethod ??= route.template;
        continue;
      }
      const score = route.segments.filter((s) => !s.startsWith(':')).length;
      if (!best || score > best.score) best = { route, params, score };
    }
    if (best) return { kind: 'route', route: best.route, params: best.params };
    if (otherMethod) return { kind: 'method-not-allowed', template: otherMethod };
    return { kind: 'none' };
  }
}

function matchSegments(template: string[], parts: string[]): Record<string, string> | null {
  if (template.length !== parts.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < template.length; i++) {
    const t = template[i]!;
    const p = parts[i]!;
    if (t.startsWith(':')) params[t.slice(1)] = p;
    else if (t !== p) return null;
  }
  return params;
}

// ---- bodies ----

export function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** Parses JSON or multipart/form-data (payload_json plus files) the way Discord accepts them. */
export async function parseBody(
  raw: Buffer,
  contentType: string | undefined,
): Promise<{ body: unknown; files: UploadedFile[] }> {
  if (raw.length === 0) return { body: undefined, files: [] };
  const type = (contentType ?? '').toLowerCase();
  if (type.startsWith('multipart/form-data')) {
    const form = await new Response(raw, { headers: { 'content-type': contentType! } }).formData();
    let body: Record<string, unknown> = {};
    const files: UploadedFile[] = [];
    for (const [field, value] of form.entries()) {
      if (typeof value === 'string') {
        if (field === 'payload_json') body = { ...body, ...(parseJson(value) as Record<string, unknown>) };
        else body[field] = value;
      } else {
        const blob = value as Blob & { name?: string };
        files.push({
          field,
          filename: blob.name ?? field,
          contentType: blob.type || 'application/octet-stream',
          data: Buffer.from(await blob.arrayBuffer()),
        });
      }
    }
    return { body, files };
  }
  if (type.startsWith('application/json') || type === '') {
    return { body: parseJson(raw.toString('utf8')), files: [] };
  }
  return { body: raw, files: [] };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpError(400, { message: 'The request body contains invalid JSON.', code: 50109 });
  }
}

// ---- faults ----

export interface FaultRule {
  /** HTTP method to match; default any. */
  method?: string;
  /**
   * Which requests: a RegExp tested on the decoded path (after /api/v10), or a pattern like
   * "/interactions/:id/:token/callback" where ":x" matches any one segment and a final "*" any rest.
   */
  route: string | RegExp;
  /** How many matching requests to fail; default 1. Infinity for all. */
  times?: number;
  /** Status to answer with: 429, 500, 403, 404, ... */
  status: number;
  /** Response body; default: Discord's for the status (429 gets { message, retry_after, global }). */
  body?: unknown;
  /** Extra response headers. */
  headers?: Record<string, string>;
  /** 429: seconds to wait (Retry-After header, retry_after in the body). Default 0.1. */
  retryAfter?: number;
  /** 429: a global rate limit (X-RateLimit-Global). Default false. */
  global?: boolean;
  /** Wait this long before answering. */
  delayMs?: number;
  /** Run the real handler first (its effects happen, e.g. the message is created) and then answer with the fault. */
  afterHandler?: boolean;
}

export class Fault {
  hits = 0;
  #cancelled = false;

  constructor(readonly rule: FaultRule) {}

  get remaining(): number {
    return this.#cancelled ? 0 : (this.rule.times ?? 1) - this.hits;
  }

  cancel(): void {
    this.#cancelled = true;
  }

  matches(method: string, path: string): boolean {
    if (this.remaining <= 0) return false;
    if (this.rule.method && this.rule.method.toUpperCase() !== method.toUpperCase()) return false;
    return routeMatches(this.rule.route, path);
  }

  describe(): string {
    return `${this.rule.method ?? '*'} ${String(this.rule.route)} -> ${this.rule.status}`;
  }

  reply(path: string, now: number): Reply {
    const status = this.rule.status;
    const headers: Record<string, string> = { ...(this.rule.headers ?? {}) };
    let body = this.rule.body;
    if (status === 429) {
      const retryAfter = this.rule.retryAfter ?? 0.1;
      const global = this.rule.global ?? false;
      body ??= { message: 'You are being rate limited.', retry_after: retryAfter, global };
      Object.assign(headers, {
        'retry-after': String(retryAfter),
        'x-ratelimit-limit': '5',
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': ((now + retryAfter * 1000) / 1000).toFixed(3),
        'x-ratelimit-reset-after': String(retryAfter),
        'x-ratelimit-bucket': 'standin-fault-bucket',
        'x-ratelimit-scope': global ? 'global' : 'user',
        ...(global ? { 'x-ratelimit-global': 'true' } : {}),
        ...headers,
      });
    }
    body ??= defaultErrorBody(status, path);
    return { status, body, headers };
  }
}

export function routeMatches(pattern: string | RegExp, path: string): boolean {
  if (pattern instanceof RegExp) return pattern.test(path);
  const want = pattern.split('?')[0]!.split('/').filter(Boolean);
  const have = path.split('/').filter(Boolean);
  for (let i = 0; i < want.length; i++) {
    const w = want[i]!;
    if (w === '*' && i === want.length - 1) return true;
    const h = have[i];
    if (h === undefined) return false;
    if (w.startsWith(':')) continue;
    if (decodePath(w) !== h) return false;
  }
  return want.length === have.length;
}
