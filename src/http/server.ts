// Dossier's HTTP server on node:http: it answers from a Router (see router.ts for how to add
// routes), turns a handler's throw into a plain-text error (never a crash), and closes gracefully:
// no new connections, requests in flight finish, idle keep-alive connections are dropped.
//
//   const router = new Router().get('/hello', () => ({ status: 200, body: 'hi' }));
//   const server = createHttpServer({ router, logger });
//   await server.listen(8080, '0.0.0.0');   // server.port is the bound port (0 picks a free one)
//   await server.close();                   // waits for requests in flight (up to graceMs)
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../log.js';
import { HttpError, type HttpReply, type HttpRequest, type Router } from './router.js';

export interface HttpServerOptions {
  readonly router: Router;
  readonly logger: Logger;
  /** Called after each response: the matched pattern (or "unmatched"), method, status and seconds. */
  readonly onResponse?: (fields: { route: string; method: string; status: number; seconds: number }) => void;
}

export interface HttpServer {
  readonly router: Router;
  /** The bound port, once listening. */
  readonly port: number;
  /** http://host:port, once listening. */
  readonly url: string;
  listen(port: number, host?: string): Promise<void>;
  /** Stops accepting, lets requests in flight finish (at most graceMs, default 10 s), then closes. */
  close(graceMs?: number): Promise<void>;
}

const DEFAULT_HEADERS = { 'x-content-type-options': 'nosniff' } as const;

function plain(status: number, message: string, headers: Record<string, string> = {}): HttpReply {
  return {
    status,
    headers: { 'content-type': 'text/plain; charset=utf-8', ...headers },
    body: `${message}\n`,
  };
}

export function createHttpServer(options: HttpServerOptions): HttpServer {
  const { router, logger } = options;
  let inFlight = 0;
  let closing = false;
  let drained: (() => void) | undefined;

  async function answer(req: IncomingMessage): Promise<{ reply: HttpReply; route: string }> {
    const method = (req.method ?? 'GET').toUpperCase();
    // The Host header is the client's; only the path and query are used.
    const url = new URL(req.url ?? '/', 'http://localhost');
    let route = 'unmatched';
    try {
      const match = router.match(method, url.pathname);
      if (match.kind === 'method') {
        return { reply: plain(405, 'Method not allowed.', { allow: match.allowed.join(', ') }), route };
      }
      const request: HttpRequest = { req, method, url, params: match.kind === 'found' ? match.params : {} };
      if (match.kind === 'found') {
        route = match.route.pattern;
        return { reply: await match.route.handler(request), route };
      }
      const fallback = router.notFoundHandler;
      return { reply: fallback ? await fallback(request) : plain(404, 'Not found.'), route };
    } catch (error) {
      if (error instanceof HttpError)
        return { reply: plain(error.status, error.message, { ...error.headers }), route };
      logger.error('http handler failed', { method, path: url.pathname, error });
      return { reply: plain(500, 'Internal server error.'), route };
    }
  }

  function send(req: IncomingMessage, res: ServerResponse, reply: HttpReply): void {
    const body =
      reply.body === undefined
        ? undefined
        : typeof reply.body === 'string'
          ? Buffer.from(reply.body)
          : reply.body;
    const headers: Record<string, string | number> = { ...DEFAULT_HEADERS, ...reply.headers };
    if (body !== undefined) {
      headers['content-length'] = body.byteLength;
      headers['content-type'] ??= 'application/octet-stream';
    }
    // While closing, tell keep-alive clients (a load balancer) to open their next request elsewhere.
    if (closing) headers.connection = 'close';
    res.writeHead(reply.status, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  const server: Server = createServer((req, res) => {
    const started = performance.now();
    inFlight += 1;
    void answer(req)
      .then(({ reply, route }) => {
        send(req, res, reply);
        options.onResponse?.({
          route,
          method: req.method ?? 'GET',
          status: reply.status,
          seconds: (performance.now() - started) / 1000,
        });
      })
      .catch((error: unknown) => {
        logger.error('http response failed', { error });
        if (!res.headersSent) res.writeHead(500);
        res.end();
      })
      .finally(() => {
        inFlight -= 1;
        if (inFlight === 0) drained?.();
      });
  });
  // A client that sends garbage gets 400 from node itself; it is not worth a log line above debug.
  server.on('clientError', (error, socket) => {
    logger.debug('http client error', { error });
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nconnection: close\r\n\r\n');
    else socket.destroy();
  });

  let port = 0;
  let host = '127.0.0.1';
  let closed: Promise<void> | undefined;

  return {
    router,
    get port() {
      return port;
    },
    get url() {
      const shown = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
      return `http://${shown.includes(':') ? `[${shown}]` : shown}:${port}`;
    },
    listen: (wanted, at = '127.0.0.1') =>
      new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(wanted, at, () => {
          server.off('error', reject);
          port = (server.address() as AddressInfo).port;
          host = at;
          resolve();
        });
      }),
    close: (graceMs = 10_000) => {
      closed ??= (async () => {
        closing = true;
        const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeIdleConnections();
        if (inFlight > 0) {
          const idle = new Promise<void>((resolve) => (drained = resolve));
          const limit = new Promise<void>((resolve) => setTimeout(resolve, graceMs).unref());
          await Promise.race([idle, limit]);
        }
        server.closeAllConnections();
        if (server.listening) await stopped;
      })();
      return closed;
    },
  };
}
