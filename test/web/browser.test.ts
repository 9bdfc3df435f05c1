// The web pages in a real browser (Debian's Chromium through playwright-core): the evidence in view
// at phone and desktop width, the stylesheet applied under the strict CSP, keyboard use, contrast,
// the search page's paging, and 404s that run nothing. Screenshots go to test-artifacts/web/.
import { mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/dataset/load.js';
import { buildSearchEngine } from '../../src/search/engine.js';
import { handleWebRequest } from '../../src/web/handler.js';
import { ARTIFACTS, launchChromium } from '../helpers/browser.js';

const SCREENSHOTS = path.join(ARTIFACTS, 'web');

const VIEWPORTS = {
  phone: { width: 390, height: 844 },
  desktop: { width: 1280, height: 800 },
} as const;

let server: Server;
let base: string;
let chromium: Awaited<ReturnType<typeof launchChromium>>;
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const loaded = await loadDataset('data');
  if (!loaded.ok) throw new Error('the seed dataset must load');
  const engine = buildSearchEngine(loaded.dataset);
  const deps = { current: () => ({ dataset: loaded.dataset, engine }), dataDir: 'data' };
  server = createServer((req, res) => {
    void handleWebRequest({ method: req.method ?? 'GET', target: req.url ?? '/' }, deps).then((out) => {
      res.writeHead(out.status, out.headers);
      res.end(out.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  chromium = await launchChromium();
  page = await chromium.browser.newPage();
  // A CSP violation, a script error or a dialog (an injected alert) would land here.
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().includes('404')) problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
}, 60_000);

afterAll(async () => {
  await chromium?.close();
  await new Promise((resolve) => server?.close(resolve));
});

/** Whether the element lies wholly inside the viewport. */
async function inViewport(selector: string): Promise<boolean> {
  const box = await page
    .locator(selector)
    .first()
    .evaluate((el) => el.getBoundingClientRect().toJSON() as DOMBox);
  const viewport = page.viewportSize()!;
  return box.top >= 0 && box.left >= 0 && box.bottom <= viewport.height && box.right <= viewport.width;
}

interface DOMBox {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** A computed style property of the first element matching `selector`. */
function styleOf(selector: string, property: string): Promise<string> {
  return page
    .locator(selector)
    .first()
    .evaluate(
      (el, name) => el.ownerDocument.defaultView!.getComputedStyle(el).getPropertyValue(name),
      property,
    );
}

/** WCAG relative luminance of a CSS rgb() colour. */
function luminance(color: string): number {
  const [r, g, b] = color
    .match(/\d+(\.\d+)?/g)!
    .slice(0, 3)
    .map((c) => {
      const s = Number(c) / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG contrast ratio of an element's text colour against another's background (the page's by default). */
async function contrast(selector: string, against = 'body'): Promise<number> {
  const [l1, l2] = [
    luminance(await styleOf(selector, 'color')),
    luminance(await styleOf(against, 'background-color')),
  ].sort((a, b) => b - a);
  return (l1! + 0.05) / (l2! + 0.05);
}

const scrollY = () => page.evaluate('window.scrollY') as Promise<number>;
const fitsWidth = () =>
  page.evaluate('document.documentElement.scrollWidth <= window.innerWidth') as Promise<boolean>;
const focusedIs = (selector: string) =>
  page.locator(selector).evaluate((el) => el === el.ownerDocument.activeElement);

describe('the read-in-context page in Chromium', { timeout: 60_000 }, () => {
  for (const [name, viewport] of Object.entries(VIEWPORTS)) {
    it(`scrolls the highlighted evidence into view at ${name} width`, async () => {
      await page.setViewportSize(viewport);
      // A fresh load each time (the same URL twice would only move to the fragment).
      await page.goto('about:blank');
      const response = await page.goto(`${base}/records/karimov-solidarity-with-russia#evidence`);
      expect(response?.status()).toBe(200);
      const mark = page.locator('mark#evidence');
      await expect(mark.textContent()).resolves.toContain('He expressed solidarity and sympathy with Russia');
      expect(await inViewport('mark#evidence')).toBe(true);
      // The page is long enough that this is the fragment's doing, not luck.
      expect(await scrollY()).toBeGreaterThan(0);
      // No sideways scrolling on a phone.
      expect(await fitsWidth()).toBe(true);
      await page.screenshot({ path: path.join(SCREENSHOTS, `context-${name}.png`) });
      expect(problems).toEqual([]);
    });
  }

  it('applies its stylesheet under the Content-Security-Policy', async () => {
    await page.setViewportSize(VIEWPORTS.desktop);
    const response = await page.goto(`${base}/records/karimov-visits-moscow#evidence`);
    expect(response?.headers()['content-security-policy']).toContain("default-src 'none'");
    // The skip link is moved off-screen by the stylesheet, and the page lays out in two columns.
    expect(await page.locator('.skip-link').evaluate((el) => el.getBoundingClientRect().bottom)).toBeLessThan(
      0,
    );
    expect(await styleOf('main', 'display')).toBe('grid');
    expect(problems).toEqual([]);
  });

  it('can be used from the keyboard: a visible skip link, then focus outlines', async () => {
    await page.goto(`${base}/records/karimov-visits-moscow`);
    await page.keyboard.press('Tab');
    expect(await focusedIs('.skip-link')).toBe(true);
    expect(await inViewport('.skip-link')).toBe(true);
    await page.keyboard.press('Enter');
    expect(page.url()).toMatch(/#main$/);
    await page.keyboard.press('Tab');
    expect(await styleOf(':focus', 'outline-style')).toBe('solid');
  });

  it('has readable contrast for text, links and the highlight', async () => {
    await page.goto(`${base}/records/karimov-visits-moscow`);
    expect(await contrast('.article-text p')).toBeGreaterThanOrEqual(7);
    expect(await contrast('.others a')).toBeGreaterThanOrEqual(4.5);
    expect(await contrast('.article-meta')).toBeGreaterThanOrEqual(4.5);
    expect(await contrast('mark', 'mark')).toBeGreaterThanOrEqual(7);
  });
});

describe('the search page in Chromium', { timeout: 60_000 }, () => {
  it('searches from the form, pages with Next, and opens a result at its evidence', async () => {
    await page.setViewportSize(VIEWPORTS.phone);
    await page.goto(`${base}/search`);
    await page.getByLabel('Words to look for').fill('karimov');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('heading', { name: 'Results for “karimov”' }).waitFor();
    const summary = await page.locator('[aria-labelledby="results-title"] > p').first().textContent();
    const total = Number(/^(\d+) matches/.exec(summary ?? '')?.[1]);
    expect(total).toBeGreaterThan(10);
    await expect(page.locator('li.result').count()).resolves.toBe(10);
    await page.getByRole('link', { name: 'Next →' }).click();
    await page.getByText('Page 2 of 2').waitFor();
    await expect(page.locator('li.result').count()).resolves.toBe(total - 10);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'search-phone.png') });
    await page.locator('li.result a').first().click();
    await page.locator('mark#evidence').waitFor();
    expect(await inViewport('mark#evidence')).toBe(true);
    expect(problems).toEqual([]);
  });
});

describe('404s in Chromium', { timeout: 60_000 }, () => {
  const hostile = [
    '/records/no-such-record',
    '/records/%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
    '/search?q=x&kind=%3Cscript%3Ealert(1)%3C/script%3E',
    '/%3Csvg%20onload%3Dalert(1)%3E',
  ];
  it.each(hostile)('%s shows the not-found page and runs nothing', async (target) => {
    const response = await page.goto(`${base}${target}`);
    expect(response?.status()).toBe(404);
    await page.getByRole('heading', { name: 'Not found' }).waitFor();
    expect(await page.locator('img, svg, script').count()).toBe(0);
    expect(problems.filter((p) => !p.includes('404'))).toEqual([]);
  });
});
