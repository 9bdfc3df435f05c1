// The read-in-context page end to end: the real bot (dist/src/main.js, gateway mode with PORT) answers
// a lookup through the Discord stand-in, and the record it answered is opened in Chromium on the
// bot's own HTTP server, at phone and desktop width, its evidence in view; bad ids and hostile paths
// get the 404 page from that same server.
import { mkdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/web/handler.js';
import { startStandin, type Standin } from '../standin/index.js';
import { ARTIFACTS, launchChromium } from '../helpers/browser.js';
import { listeningPort, runScript, type Child } from './child.js';
import { answer, embedOf } from './harness.js';
import { botEnvironment } from './live-bot.js';

let scratch: string;
let discord: Standin;
let bot: Child;
let base: string;
let chromium: Awaited<ReturnType<typeof launchChromium>>;
let page: Page;

beforeAll(async () => {
  mkdirSync(join(ARTIFACTS, 'web'), { recursive: true });
  scratch = await mkdtemp(join(tmpdir(), 'dossier-web-'));
  discord = await startStandin({ guilds: [{ name: 'Newsroom' }] });
  bot = runScript(
    'dist/src/main.js',
    botEnvironment(discord, join(scratch, 'bot.sqlite'), { PORT: '0', HOST: '127.0.0.1' }),
    { cwd: scratch },
  );
  await bot.waitFor(/"message":"discord bot ready"/, 60_000);
  base = `http://127.0.0.1:${listeningPort(bot.logs())}`;
  chromium = await launchChromium();
  page = await chromium.browser.newPage();
}, 90_000);

afterAll(async () => {
  await chromium?.close();
  bot?.kill();
  await discord?.close();
  await rm(scratch, { recursive: true, force: true });
});

/** The record id a lookup's reply shows (its footer: "Dossier · event · <id>"). */
async function lookedUp(command: string, options: Record<string, string>): Promise<string> {
  const body = await answer(discord.chatInput({ name: command, options }));
  const footer = (embedOf(body)?.footer as { text: string } | undefined)?.text ?? '';
  const id = /· ([a-z0-9-]+)$/.exec(footer)?.[1];
  if (!id) throw new Error(`no record id in the reply: ${JSON.stringify(body)}`);
  return id;
}

describe('the read-in-context page on the bot’s own server', { timeout: 60_000 }, () => {
  it('opens the record a lookup answered, its evidence in view at phone and desktop width', async () => {
    const id = await lookedUp('event', { query: 'karimov visits moscow' });
    expect(id).toBe('karimov-visits-moscow');
    for (const [name, viewport] of [
      ['phone', { width: 390, height: 844 }],
      ['desktop', { width: 1280, height: 800 }],
    ] as const) {
      await page.setViewportSize(viewport);
      await page.goto('about:blank');
      const response = await page.goto(`${base}/records/${encodeURIComponent(id)}#evidence`);
      expect(response?.status()).toBe(200);
      expect(response?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
      const mark = page.locator('mark#evidence');
      await expect(mark.textContent()).resolves.toContain('Karimov’s visit to Moscow in April 2004');
      const box = (await mark.boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
      await page.screenshot({ path: join(ARTIFACTS, 'web', `bot-context-${name}.png`) });
    }
  });

  it('answers the search page with the bot’s engine', async () => {
    const response = await page.goto(`${base}/search?q=ivanov`);
    expect(response?.status()).toBe(200);
    await expect(page.locator('li.result').count()).resolves.toBeGreaterThan(2);
  });

  const hostile = [
    '/records/no-such-record',
    '/records/%E0%A4%A',
    '/records/%3Cscript%3Ealert(1)%3C%2Fscript%3E',
    '/records/karimov-visits-moscow/extra',
    '/search?q=x&kind=%3Cscript%3E',
    '/%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
  ];
  it.each(hostile)('%s: the 404 page, nothing echoed', async (target) => {
    const response = await fetch(`${base}${target}`);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    const body = await response.text();
    expect(body).toContain('<h1>Not found</h1>');
    expect(body).not.toMatch(/<script|<img|onerror/);
  });

  it('keeps /healthz and /metrics as they were', async () => {
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect(await (await fetch(`${base}/metrics`)).text()).toContain('dossier_dataset_records');
  });
});
