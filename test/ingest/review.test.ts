// The review page in a real browser (Debian's Chromium through playwright-core): the article with
// the drafts' evidence highlighted beside their fields; edit, accept, reject, merge; an edit that
// would make the data invalid refused with nothing written; at the end a dataset with no drafts.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../bench/ingest-cases.js';
import { runIngest } from '../../ingest/cli.js';
import type { ReviewServer } from '../../ingest/review/server.js';
import { runReview } from '../../ingest/review/cli.js';
import { loadDataset } from '../../src/dataset/load.js';
import type { Actor, EventRecord, Quote } from '../../src/dataset/schema.js';
import { launchChromium } from '../helpers/browser.js';
import { article } from './helpers.js';

const ID = 'edm-9-12-test-title-about-things';
const TEXT = article([
  'On May 12, 2009, Kazakhstan’s Foreign Minister Marat Tazhin met his Russian counterpart, Sergei Lavrov, in Astana (Interfax-Kazakhstan, Astana, May 12). “We see no obstacles,” Tazhin declared, “to a common market by next year.”',
  'Lavrov described the talks as productive (Kazinform, May 13).',
]);

let dir: string;
let dataDir: string;
let server: ReviewServer;
let chromium: Awaited<ReturnType<typeof launchChromium>>;
let page: Page;

const recordFile = () => path.join(dataDir, 'records', `${ID}.json`);
const readRecords = async () =>
  JSON.parse(await readFile(recordFile(), 'utf8')) as {
    article: { review?: { state: string } };
    events: EventRecord[];
    quotes: Quote[];
  };
const readActors = async (file: string) =>
  (JSON.parse(await readFile(path.join(dataDir, 'actors', file), 'utf8')) as { actors: Actor[] }).actors;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'review-'));
  dataDir = path.join(dir, 'data');
  await cp(path.join(REPO_ROOT, 'data'), dataDir, { recursive: true });
  await writeFile(path.join(dir, 'sample.txt'), TEXT);
  const quiet = { out: () => {}, err: () => {}, dataDir };
  expect(await runIngest([path.join(dir, 'sample.txt')], quiet)).toBe(0);
  const started = await runReview([recordFile()], quiet);
  if (typeof started === 'number') throw new Error(`review did not start (${started})`);
  server = started;
  chromium = await launchChromium();
  page = await chromium.browser.newPage();
  await page.goto(server.url);
  await page.getByRole('status').filter({ hasText: 'Ready.' }).waitFor();
}, 60_000);

afterAll(async () => {
  await chromium?.close();
  await server?.close();
  await rm(dir, { recursive: true, force: true });
});

/** Clicks a button of a record's card and waits for the page's answer. */
async function press(id: string, button: string): Promise<string> {
  const answers = Number((await page.locator('#status').getAttribute('data-answers')) ?? 0);
  await page.locator(`.card[data-id="${id}"]`).getByRole('button', { name: button, exact: true }).click();
  await page.locator(`#status[data-answers="${answers + 1}"]`).waitFor();
  return (await page.getByRole('status').textContent()) ?? '';
}

const card = (id: string) => page.locator(`.card[data-id="${id}"]`);

describe('npm run review', { timeout: 60_000 }, () => {
  it('shows the article with every draft’s evidence highlighted beside its fields', async () => {
    const { events, quotes } = await readRecords();
    await expect(page.locator('#title').textContent()).resolves.toContain('Test Title About Things (draft)');
    await expect(page.locator('#text').textContent()).resolves.toBe(TEXT);
    const event = events[0]!;
    await card(event.id).locator('h3').click();
    const active = await page.locator('mark.active').allTextContents();
    expect(active.join('')).toBe(event.evidence[0]);
    expect(await page.locator('.card').count()).toBeGreaterThanOrEqual(events.length + quotes.length);
    await expect(card(event.id).locator('input[name=title]').inputValue()).resolves.toBe(event.title);
  });

  it('saves an edit to the record file, and refuses one that breaks the record, writing nothing', async () => {
    const event = (await readRecords()).events[0]!;
    await card(event.id).locator('input[name=title]').fill('Tazhin and Lavrov meet in Astana');
    expect(await press(event.id, 'Save')).toMatch(/saved/);
    expect((await readRecords()).events[0]?.title).toBe('Tazhin and Lavrov meet in Astana');

    const before = await readFile(recordFile(), 'utf8');
    await card(event.id).locator('input[name=date]').fill('2009-02-30');
    expect(await press(event.id, 'Save')).toMatch(/Not saved: date.start: is not a real calendar date/);
    expect(await readFile(recordFile(), 'utf8')).toBe(before);
  });

  it('refuses an edit the dataset check rejects (an actor nobody knows), listing the problem', async () => {
    const event = (await readRecords()).events[0]!;
    const before = await readFile(recordFile(), 'utf8');
    await card(event.id).locator('input[name=date]').fill(event.date.start);
    await card(event.id)
      .locator('input[name=actors]')
      .fill([...event.actors, 'no-such-actor'].join(', '));
    expect(await press(event.id, 'Save')).toMatch(/Not saved: the change would make the data invalid/);
    await expect(page.locator('#problems').textContent()).resolves.toMatch(/unknown actor "no-such-actor"/);
    expect(await readFile(recordFile(), 'utf8')).toBe(before);
    await card(event.id).locator('input[name=actors]').fill(event.actors.join(', '));
  });

  it('merges a drafted actor into a registry actor, rewriting references and keeping its name', async () => {
    const drafted = (await readActors(`${ID}.json`)).find((a) => a.name === 'Marat Tazhin')!;
    const target = (await readActors('registry.json'))[0]!;
    await card(drafted.id).getByRole('combobox', { name: 'Merge into' }).selectOption(target.id);
    expect(await press(drafted.id, 'Merge')).toMatch(/merged into/);
    const { events } = await readRecords();
    expect(events[0]?.actors).toContain(target.id);
    expect(events[0]?.actors).not.toContain(drafted.id);
    const merged = (await readActors('registry.json')).find((a) => a.id === target.id)!;
    expect(merged.aliases).toContain('Marat Tazhin');
    expect(await card(drafted.id).count()).toBe(0);
  });

  it('rejects a record, refuses the article while drafts remain, then accepts all: nothing left in draft', async () => {
    const statement = (await readRecords()).quotes.find((q) => q.kind === 'reported')!;
    expect(await press(statement.id, 'Reject')).toMatch(/rejected/);
    expect((await readRecords()).quotes.map((q) => q.id)).not.toContain(statement.id);

    await page.getByRole('button', { name: 'Accept article' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /still drafts/ })
      .waitFor();

    for (const id of await page
      .locator('.card')
      .evaluateAll((cards) => cards.map((c) => c.getAttribute('data-id') ?? '')))
      expect(await press(id, 'Accept')).toMatch(/accepted/);
    await page.getByRole('button', { name: 'Accept article' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /Article .* accepted/ })
      .waitFor();
    expect((await readRecords()).article.review?.state).toBe('accepted');
    const loaded = await loadDataset(dataDir);
    expect(loaded.ok ? loaded.drafts : loaded.problems).toEqual([]);
    expect(loaded.ok && loaded.dataset.byId.has(ID)).toBe(true);
  });

  it('answers only on loopback with its token', async () => {
    const { port } = new URL(server.url);
    expect((await fetch(`http://127.0.0.1:${port}/api/state`)).status).toBe(403);
    const token = new URL(server.url).searchParams.get('token') ?? '';
    const statusWithHost = (host: string) =>
      new Promise<number>((resolve, reject) =>
        request({ port, path: `/?token=${token}`, headers: { host } }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        })
          .on('error', reject)
          .end(),
      );
    expect(await statusWithHost(`evil.example:${port}`)).toBe(403);
    expect(await statusWithHost(`127.0.0.1:${port}`)).toBe(200);
  });
});
