// The web pages as a pure handler over the seed dataset and a hostile one: the context page's parts,
// escaping, the Content-Security-Policy, the search page's counts and paging, and 404s that echo nothing.
import { appendFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/dataset/load.js';
import type { Dataset } from '../../src/dataset/types.js';
import { buildSearchEngine } from '../../src/search/engine.js';
import { citationFormats } from '../../src/replies/cite.js';
import { CONTENT_SECURITY_POLICY, handleWebRequest, type WebDeps } from '../../src/web/handler.js';
import { escapeHtml } from '../../src/web/html.js';
import { STYLESHEET_PATH } from '../../src/web/stylesheet.js';
import { editJson, scratchDataset } from '../helpers/scratch-data.js';

async function depsFor(dataDir: string): Promise<WebDeps & { dataset: Dataset }> {
  const loaded = await loadDataset(dataDir);
  if (!loaded.ok) throw new Error(`${dataDir} must load: ${JSON.stringify(loaded.problems)}`);
  const engine = buildSearchEngine(loaded.dataset);
  return { dataset: loaded.dataset, dataDir, current: () => ({ dataset: loaded.dataset, engine }) };
}

let seed: Awaited<ReturnType<typeof depsFor>>;
const get = (target: string, deps: WebDeps = seed) => handleWebRequest({ method: 'GET', target }, deps);

beforeAll(async () => {
  seed = await depsFor('data');
});

/** The text of an element found by a regular expression over the body (enough for these pages). */
const textOf = (body: string, pattern: RegExp) => pattern.exec(body)?.[1]?.replace(/<[^>]+>/g, '');

describe('the read-in-context page', () => {
  it('shows an event: facts, the article with its evidence marked, the other records, citations', async () => {
    const response = await get('/records/karimov-visits-moscow');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    const { body } = response;
    expect(textOf(body, /<h1>(.*?)<\/h1>/s)).toBe('Karimov visits Moscow');
    // The article: title, publication, volume, issue, date.
    expect(body).toContain('Karimov Moves Closer To Russian Fold');
    expect(body).toMatch(
      /Eurasia Daily Monitor, Vol\. 1, Issue 24,\s*<time datetime="2004-06">June 2004<\/time> \(date inferred\)/,
    );
    // The evidence, marked with the anchor the link's fragment scrolls to, exactly once.
    expect(body).toContain(
      '<mark id="evidence">Karimov’s visit to Moscow in April 2004, witnessed a further deepening and intensification of security relations.</mark>',
    );
    expect(body.match(/id="evidence"/g)).toHaveLength(1);
    // Facts with links to the actors' own pages.
    expect(body).toMatch(/<dt>Actors<\/dt><dd><a href="\/records\/islam-karimov">Islam Karimov<\/a>/);
    // The article's other records, in reading order, this one marked current.
    const others = textOf(body, /<nav class="others"[^>]*>(.*?)<\/nav>/s)!;
    expect(others).toContain('Russian Duma backs');
    expect(body).toMatch(
      /<a href="\/records\/karimov-visits-moscow#evidence" aria-current="page">Karimov visits Moscow<\/a>/,
    );
    expect(body.indexOf('/records/duma-backs-air-defense-agreement#evidence')).toBeLessThan(
      body.indexOf('/records/sco-summit-tashkent-2004#evidence'),
    );
    // The citation formats of the Cite button, the same text, each ready to copy.
    const formats = citationFormats(seed.dataset.articles[0]!, []);
    for (const [id, text] of Object.entries({
      chicago: formats.chicago,
      apa: formats.apa,
      mla: formats.mla,
      bibtex: formats.bibtex,
    }))
      expect(body).toContain(`<code id="cite-${id}">${escapeHtml(text)}</code>`);
    // The inline sources the article cites.
    expect(body).toContain('Interfax, Moscow, June 2, 2004');
  });

  it('shows a quotation with its speaker and sources, and its evidence marked', async () => {
    const { status, body } = await get('/records/karimov-organizers-outside-russia');
    expect(status).toBe(200);
    expect(body).toContain('<mark id="evidence">');
    expect(body).toMatch(
      /<dt>Speaker<\/dt><dd><a href="\/records\/islam-karimov">Islam Karimov<\/a>, President of Uzbekistan/,
    );
    expect(body).toContain('<code id="cite-inline">Interfax, Moscow, May 13</code>');
  });

  it('shows an actor, a source and an article as pages too', async () => {
    const actor = await get('/records/sergei-ivanov');
    expect(actor.status).toBe(200);
    expect(actor.body).toContain('<mark id="evidence">');
    expect(actor.body).toMatch(/<h3>Events \(\d+\)<\/h3>/);
    const source = await get('/records/src-vremya-novostei-2004-04-13-p2');
    expect(source.status).toBe(200);
    expect(source.body).toContain('<mark id="evidence">(Vremya Novostei, April 13, p.2)</mark>');
    const article = await get('/records/edm-1-24-karimov-moves-closer-to-russian-fold');
    expect(article.status).toBe(200);
    expect(textOf(article.body, /<h1[^>]*>(.*?)<\/h1>/s)).toBe('Karimov Moves Closer To Russian Fold');
    expect(article.body).not.toContain('<mark');
  });

  it('is served with a strict Content-Security-Policy, no inline style or script, and its stylesheet', async () => {
    const { headers, body } = await get('/records/karimov-visits-moscow');
    expect(headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(body).not.toMatch(/<script|<style|\sstyle=|\son[a-z]+=/i);
    expect(body).toContain(`<link rel="stylesheet" href="${STYLESHEET_PATH}">`);
    // Landmarks, a skip link, one h1, the language.
    expect(body).toContain('<html lang="en">');
    expect(body).toContain('<a class="skip-link" href="#main">');
    expect(body).toMatch(/<main id="main"/);
    expect(body.match(/<h1[ >]/g)).toHaveLength(1);
    const css = await get(STYLESHEET_PATH);
    expect(css.status).toBe(200);
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
    expect(css.body).toContain('mark:target');
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await handleWebRequest({ method: 'HEAD', target: '/records/karimov-visits-moscow' }, seed);
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
    const post = await handleWebRequest({ method: 'POST', target: '/records/karimov-visits-moscow' }, seed);
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe('GET, HEAD');
  });
});

describe('404s', () => {
  const hostile = [
    '/records/no-such-record',
    '/records/',
    '/records/karimov-visits-moscow/extra',
    '/records/%3Cscript%3Ealert(1)%3C%2Fscript%3E',
    '/records/<script>alert(1)</script>',
    '/records/%E0%A4%A',
    '/records/..%2F..%2Fetc%2Fpasswd',
    '/records/../../etc/passwd',
    '/records/KARIMOV-VISITS-MOSCOW',
    `/records/${'a'.repeat(65)}`,
    '/records/karimov-visits-moscow?article=%3Cscript%3E',
    '/records/karimov-visits-moscow?article=edm-1-24-karimov-moves-closer-to-russian-fold',
    '/records/sergei-ivanov?article=no-such-article',
    '/records/karimov-visits-moscow?article=a&article=b',
    '/records/karimov-visits-moscow?article=%ZZ',
    '/search?q=karimov&kind=<script>',
    '/search?q=karimov&page=0',
    '/search?q=karimov&page=-1',
    '/search?q=karimov&page=1e9',
    '/search?q=karimov&page=99',
    '/search?q=%E0%A4%A',
    '/search/<img src=x onerror=alert(1)>',
    '/<svg onload=alert(1)>',
    '//evil.example/records/x',
    `/search?q=${'x'.repeat(3000)}`,
    'http://evil.example/',
    '/assets/style.css',
    '/favicon.ico',
  ];
  const named = hostile.map((target) => [
    target.length > 80 ? `${target.slice(0, 40)}… (${target.length} characters)` : target,
    target,
  ]);
  it.each(named)('%s is a 404 page that echoes nothing', async (_name, target) => {
    const { status, body, headers } = await get(target!);
    expect(status).toBe(404);
    expect(headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(body).toContain('<h1>Not found</h1>');
    expect(body).not.toMatch(/<script|<svg|<img|onerror|onload|evil\.example|passwd/i);
  });
});

describe('the search page', () => {
  it('counts every match and pages through them, ten at a time', async () => {
    const first = await get('/search?q=karimov');
    expect(first.status).toBe(200);
    const total = seed.current().engine.search('karimov').total;
    expect(total).toBeGreaterThan(10);
    expect(first.body).toContain(`${total} matches`);
    expect(first.body.match(/<li class="result">/g)).toHaveLength(10);
    expect(first.body).toContain('rel="next" href="/search?q=karimov&amp;page=2"');
    const second = await get('/search?q=karimov&page=2');
    expect(second.body.match(/<li class="result">/g)).toHaveLength(total - 10);
    expect(second.body).toContain('<ol class="results" start="11">');
    expect(second.body).toContain('rel="prev" href="/search?q=karimov"');
    // The two pages list different records.
    const ids = (body: string) =>
      [...body.matchAll(/<li class="result">\n<a href="\/records\/([a-z0-9-]+)#/g)].map((m) => m[1]);
    const all = [...ids(first.body), ...ids(second.body)];
    expect(new Set(all).size).toBe(total);
  });

  it('filters by kind and links each kind’s count', async () => {
    const { body } = await get('/search?q=ivanov&kind=actor');
    const totals = seed.current().engine.search('ivanov').totals;
    expect(body).toContain(`${totals.actor} matches`);
    expect(body).toContain('<option value="actor" selected>');
    const everything = await get('/search?q=ivanov');
    expect(everything.body).toContain(`<a href="/search?q=ivanov&amp;kind=event">${totals.event} events</a>`);
  });

  it('shows the query escaped and says when nothing matches', async () => {
    const { status, body } = await get('/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E%22%3E');
    expect(status).toBe(200);
    expect(body).not.toContain('<script>');
    expect(body).toContain('value="&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;"');
    expect(body).toContain('Nothing matches “&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;”');
  });

  it('shows the form alone without a query, and / leads there', async () => {
    const { status, body } = await get('/search');
    expect(status).toBe(200);
    expect(body).toContain('<input id="q" type="search" name="q" value=""');
    const root = await get('/');
    expect(root.status).toBe(303);
    expect(root.headers.location).toBe('/search');
  });
});

describe('a dataset with markup in its text', () => {
  let hostile: Awaited<ReturnType<typeof depsFor>>;
  beforeAll(async () => {
    const dir = await scratchDataset();
    const sentence = 'Dal replied <img src=x onerror=alert(1)> & left "at once" <script>alert(2)</script>.';
    await appendFile(path.join(dir, 'articles/tm-2-7-harbor-talks.txt'), `\n\n${sentence}\n`);
    await editJson<{ article: Record<string, unknown>; events: Record<string, unknown>[] }>(
      dir,
      'records/tm-2-7-harbor-talks.json',
      (json) => {
        json.article.title = 'Harbor <b>Talks</b> & "Resume"';
        json.article.url = 'https://example.org/a?b="><script>alert(3)</script>';
        json.events.push({
          id: 'ev-dal-replies',
          title: 'Dal replies <script>alert(4)</script>',
          summary: 'A <i>summary</i> with markup',
          date: { start: '2010-03-04' },
          status: 'happened',
          actors: ['ivo-dal'],
          evidence: [sentence],
        });
      },
    );
    hostile = await depsFor(dir);
  });

  it('shows every text as text: no element, attribute or script link comes from the data', async () => {
    const { status, body } = await get('/records/ev-dal-replies', hostile);
    expect(status).toBe(200);
    expect(body).not.toMatch(/<script|<img|<b>|<i>|javascript:/);
    expect(body).toContain('<h1>Dal replies &lt;script&gt;alert(4)&lt;/script&gt;</h1>');
    expect(body).toContain(
      '<mark id="evidence">Dal replied &lt;img src=x onerror=alert(1)&gt; &amp; left &quot;at once&quot; &lt;script&gt;alert(2)&lt;/script&gt;.</mark>',
    );
    expect(body).toContain('Harbor &lt;b&gt;Talks&lt;/b&gt; &amp; &quot;Resume&quot;');
    // The article's address is linked, its quotes and brackets escaped inside the attribute.
    expect(body).toContain(
      '<a href="https://example.org/a?b=&quot;&gt;&lt;script&gt;alert(3)&lt;/script&gt;" rel="noopener noreferrer">Read the original article</a>',
    );
  });

  it('finds the record by search, its title escaped', async () => {
    const { body } = await get('/search?q=dal+replies', hostile);
    expect(body).toContain('Dal replies &lt;script&gt;alert(4)&lt;/script&gt;');
    expect(body).not.toContain('<script>');
  });
});
