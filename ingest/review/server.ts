// The review page's server: loopback only, one article, one random token per run. Answers GET /
// (the page), GET /api/state and POST /api/action; refuses any other host name (a page elsewhere
// cannot reach it through DNS rebinding) and any request without the token.
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { reviewPage } from './page.js';
import type { ReviewAction, ReviewSession } from './session.js';

/** A review action's request body is small; anything bigger is not one. */
const MAX_BODY = 256 * 1024;

export interface ReviewServer {
  readonly url: string;
  close(): Promise<void>;
}

export async function startReviewServer(session: ReviewSession, port = 0): Promise<ReviewServer> {
  const token = randomBytes(16).toString('hex');
  let origin = '';
  // One action at a time: each reads and writes the same files.
  let queue: Promise<unknown> = Promise.resolve();
  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      // A bug, not a bad edit: the terminal running the review gets the stack to report.
      console.error('review: unexpected error:', error);
      send(res, 500, { ok: false, message: `Unexpected error: ${String(error)}`, problems: [] });
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const host = req.headers.host ?? '';
    if (!/^(?:127\.0\.0\.1|localhost):\d+$/.test(host)) return send(res, 403, { message: 'loopback only' });
    const url = new URL(req.url ?? '/', origin);
    if (url.searchParams.get('token') !== token && req.headers['x-review-token'] !== token)
      return send(res, 403, { message: 'open the address printed by npm run review (it carries the token)' });
    if (req.method === 'GET' && url.pathname === '/') {
      res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy':
          "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self'",
      });
      res.end(reviewPage(token));
      return;
    }
    if (req.method === 'GET' && url.pathname === '/api/state') return send(res, 200, session.state());
    if (req.method === 'POST' && url.pathname === '/api/action') {
      const body = await readBody(req);
      let action: ReviewAction;
      try {
        action = JSON.parse(body) as ReviewAction;
      } catch {
        return send(res, 400, { ok: false, message: 'The request is not JSON.', problems: [] });
      }
      const run = queue.then(() => session.apply(action));
      queue = run.catch(() => undefined);
      const result = await run;
      return send(res, result.ok ? 200 : 422, result);
    }
    send(res, 404, { message: 'not found' });
  }

  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: bound } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${bound}`;
  return {
    url: `${origin}/?token=${token}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<string> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new Error('request too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
