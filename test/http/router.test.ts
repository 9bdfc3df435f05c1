// The route table: literal, :param and trailing * patterns, 405 with Allow, HEAD for GET routes.
import { describe, expect, it } from 'vitest';
import { HttpError, Router } from '../../src/http/router.js';

const ok = () => ({ status: 200 });

describe('Router', () => {
  it('matches literal paths, decodes :params and gives the rest to *', () => {
    const router = new Router().get('/healthz', ok).get('/articles/:id', ok).get('/static/*', ok);
    expect(router.match('GET', '/healthz')).toMatchObject({ kind: 'found', params: {} });
    expect(router.match('GET', '/articles/caf%C3%A9-2004')).toMatchObject({
      kind: 'found',
      params: { id: 'café-2004' },
    });
    expect(router.match('GET', '/static/css/site.css')).toMatchObject({
      kind: 'found',
      params: { '*': 'css/site.css' },
    });
    expect(router.match('GET', '/articles')).toEqual({ kind: 'none' });
    expect(router.match('GET', '/articles/a/b')).toEqual({ kind: 'none' });
    expect(router.match('GET', '/nowhere')).toEqual({ kind: 'none' });
  });

  it('answers HEAD from a GET route and names the allowed methods for a known path', () => {
    const router = new Router().get('/metrics', ok).post('/interactions', ok);
    expect(router.match('HEAD', '/metrics').kind).toBe('found');
    expect(router.match('GET', '/interactions')).toEqual({ kind: 'method', allowed: ['POST'] });
    expect(router.match('POST', '/metrics')).toEqual({ kind: 'method', allowed: ['GET', 'HEAD'] });
  });

  it('refuses a second route for the same method and pattern, and patterns without a slash', () => {
    const router = new Router().get('/a', ok);
    expect(() => router.get('/a', ok)).toThrow(/Two routes for GET \/a/);
    expect(() => router.post('/a', ok)).not.toThrow();
    expect(() => router.get('a', ok)).toThrow(/starts with "\/"/);
  });

  it('turns a path with broken percent-encoding into a 400', () => {
    const router = new Router().get('/articles/:id', ok);
    expect(() => router.match('GET', '/articles/%E0%A4%A')).toThrow(HttpError);
  });
});
