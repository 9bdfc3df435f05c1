// The HTTP service over a real socket: /healthz follows the dataset's state, /metrics speaks
// Prometheus text, handler failures and oversized bodies are answered, and close() lets a request
// in flight finish.
import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { parseConfig } from '../../src/config/env.js';
import { readBody } from '../../src/http/body.js';
import { createHttpService, type HttpService } from '../../src/http/service.js';
import { createLogger } from '../../src/log.js';
import { seedDataset } from './harness.js';

let service: HttpService | undefined;
afterEach(async () => {
  await service?.server.close();
  service = undefined;
});

const logLines: string[] = [];

async function start(dataset: () => Awaited<ReturnType<typeof seedDataset>> | undefined) {
  const prepared = { config: parseConfig({}), logger: createLogger('debug', (line) => logLines.push(line)) };
  service = createHttpService({ prepared, commands, dataset });
  await service.server.listen(0, '127.0.0.1');
  return service;
}

describe('the HTTP service', () => {
  it('/healthz is 503 while loading, 200 once ready, 503 again when stopping', async () => {
    const s = await start(() => undefined);
    const loading = await fetch(`${s.server.url}/healthz`);
    expect(loading.status).toBe(503);
    expect(await loading.json()).toEqual({ status: 'loading' });
    s.health.ready(() => ({ dataset: 'abc123' }));
    const ready = await fetch(`${s.server.url}/healthz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', dataset: 'abc123' });
    s.health.stopping();
    expect((await fetch(`${s.server.url}/healthz`)).status).toBe(503);
  });

  it('/metrics gives Prometheus text with interactions, latency, daily posts, records and process metrics', async () => {
    const dataset = await seedDataset();
    const s = await start(() => dataset);
    s.metrics.recordInteraction({ kind: 'command', command: 'event', outcome: 'reply', seconds: 0.02 });
    s.metrics.recordInteraction({ kind: 'command', command: 'forged-name', outcome: 'reply', seconds: 0.02 });
    s.metrics.recordDailyPost('sent');
    s.metrics.recordDailyPost('retry-scheduled');
    const response = await fetch(`${s.server.url}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await response.text();
    expect(text).toContain('dossier_interactions_total{kind="command",command="event",outcome="reply"} 1');
    expect(text).toContain('dossier_interactions_total{kind="command",command="other",outcome="reply"} 1');
    expect(text).toMatch(/dossier_interaction_duration_seconds_bucket\{le="0\.025",kind="command"\} 2/);
    expect(text).toContain('dossier_daily_posts_total{outcome="sent"} 1');
    expect(text).toContain('dossier_daily_posts_total{outcome="failed"} 1');
    expect(text).toContain(`dossier_dataset_records{kind="events"} ${dataset.events.length}`);
    expect(text).toContain('process_resident_memory_bytes');
    expect(text).toContain('nodejs_eventloop_lag_seconds');
  });

  it('answers unknown paths 404, wrong methods 405 with Allow, HEAD without a body', async () => {
    const s = await start(() => undefined);
    const missing = await fetch(`${s.server.url}/nowhere`);
    expect(missing.status).toBe(404);
    const wrong = await fetch(`${s.server.url}/metrics`, { method: 'POST' });
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('GET, HEAD');
    const head = await fetch(`${s.server.url}/healthz`, { method: 'HEAD' });
    expect(head.status).toBe(503);
    expect(await head.text()).toBe('');
  });

  it('turns a throwing handler into a 500 and a log line, and a body over the limit into 413', async () => {
    const s = await start(() => undefined);
    s.router.get('/boom', () => {
      throw new Error('handler bug');
    });
    s.router.post('/upload', async ({ req }) => ({
      status: 200,
      body: String((await readBody(req, 16)).length),
    }));
    const boom = await fetch(`${s.server.url}/boom`);
    expect(boom.status).toBe(500);
    expect(await boom.text()).not.toContain('handler bug');
    expect(
      logLines.some((l) => l.includes('"message":"http handler failed"') && l.includes('handler bug')),
    ).toBe(true);
    expect((await fetch(`${s.server.url}/upload`, { method: 'POST', body: 'x'.repeat(17) })).status).toBe(
      413,
    );
    const fits = await fetch(`${s.server.url}/upload`, { method: 'POST', body: 'x'.repeat(16) });
    expect(await fits.text()).toBe('16');
  });

  it('close() waits for a request in flight, then refuses new connections', async () => {
    const s = await start(() => undefined);
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    s.router.get('/slow', async () => {
      await held;
      return { status: 200, body: 'done' };
    });
    const pending = fetch(`${s.server.url}/slow`).then(async (r) => ({
      status: r.status,
      body: await r.text(),
      connection: r.headers.get('connection'),
    }));
    await new Promise((resolve) => setTimeout(resolve, 100));
    const closing = s.server.close();
    setTimeout(release, 200);
    expect(await pending).toEqual({ status: 200, body: 'done', connection: 'close' });
    await closing;
    await expect(
      new Promise((resolve, reject) =>
        request(`${s.server.url}/healthz`).on('error', reject).on('response', resolve).end(),
      ),
    ).rejects.toThrow(/ECONNREFUSED/);
  });
});
