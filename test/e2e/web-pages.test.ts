// The read-in-context page end to end: the real bot (dist/src/main.js, gateway mode with PORT and
// PUBLIC_URL) answers a lookup through the Discord stand-in; the reply's "Read in context" button is
// followed in Chromium on the bot's own HTTP server, at phone and desktop width, its evidence in view,
// and the page's citations are the ones the reply's Cite button answers with; bad ids and hostile
// paths get the 404 page from that same server.
import { mkdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/web/handler.js';
import { startStandin, type Standin } from '../standin/index.js';
import { ARTIFACTS, launchChromium } from '../helpers/browser.js';
import { runScript, type Child } from './child.js';
import { answer, componentsOf, embedOf } from './harness.js';
import { botEnvironment } from './live-bot.js';
import { freePort } from '../helpers/ports.js';

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
  // PUBLIC_URL must name the port before the bot starts: take a free one first.
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  bot = runScript(
    'dist/src/main.js',
    botEnvironment(discord, join(scratch, 'bot.sqlite'), {
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_URL: base,
    }),
    { cwd: scratch },
  );
  await bot.waitFor(/"message":"discord bot ready"/, 60_000);
  chromium = await launchChromium();
  page = await chromium.browser.newPage();
}, 90_000);

afterAll(async () => {
  await chromium?.close();
  bot?.kill();
  await discord?.close();
  await rm(scratch, { recursive: true, force: true });
});

/** The page open in Chromium shows, block for block, what the reply's Cite button answers. */
async function expectPageCitesAsCite(
  message: Parameters<Standin['button']>[0]['message'],
  buttons: Record<string, unknown>[],
): Promise<void> {
  const cite = buttons.find((b) => b.label === 'Cite')!;
  const citation = await answer(discord.button({ customId: String(cite.custom_id), message }));
  const replied = String(embedOf(citation)?.description);
  for (const [id, language] of [
    ['cite-chicago', ''],
    ['cite-apa', ''],
    ['cite-mla', ''],
    ['cite-bibtex', 'bibtex'],
    ['cite-inline', ''],
  ] as const) {
    // The inline source block is there only when the record's passage cites sources.
    if (id === 'cite-inline' && (await page.locator(`code#${id}`).count()) === 0) continue;
    const onPage = await page.locator(`code#${id}`).textContent({ timeout: 5000 });
    expect(onPage, id).toBeTruthy();
    expect(replied, id).toContain(`\`\`\`${language}\n${onPage}\n\`\`\``);
  }
}

describe('the read-in-context page on the bot’s own server', { timeout: 60_000 }, () => {
  it('follows the reply’s Read in context button to its evidence at phone and desktop width; the page cites as Cite answers', async () => {
    const ask = discord.chatInput({ name: 'event', options: { query: 'karimov visits moscow' } });
    const body = await answer(ask);
    const buttons = componentsOf(body, 2);
    const url = String(buttons.find((b) => b.label === 'Read in context')?.url);
    expect(url).toBe(`${base}/records/karimov-visits-moscow#evidence`);
    for (const [name, viewport] of [
      ['phone', { width: 390, height: 844 }],
      ['desktop', { width: 1280, height: 800 }],
    ] as const) {
      await page.setViewportSize(viewport);
      await page.goto('about:blank');
      const response = await page.goto(url);
      expect(response?.status()).toBe(200);
      expect(response?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
      const mark = page.locator('mark#evidence');
      await expect(mark.textContent()).resolves.toContain('Karimov’s visit to Moscow in April 2004');
      const box = (await mark.boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
      await page.screenshot({ path: join(ARTIFACTS, 'web', `bot-context-${name}.png`) });
    }

    // The Cite button's private answer holds, in code blocks, exactly the page's citation texts;
    // also for a record whose passage cites an inline source.
    await expectPageCitesAsCite(ask.original()!, buttons);
    const cited = discord.chatInput({
      name: 'event',
      options: { query: 'duma backs air defense agreement' },
    });
    const citedButtons = componentsOf(await answer(cited), 2);
    await page.goto(String(citedButtons.find((b) => b.label === 'Read in context')?.url));
    await expect(page.locator('code#cite-inline').count()).resolves.toBe(1);
    await expectPageCitesAsCite(cited.original()!, citedButtons);
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
