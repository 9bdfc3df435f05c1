// The article as the context page shows it: title, publication, issue, date, a link to the original
// when its address is known, the sources it cites, and its text with passages marked.
import { formatDateSpec } from '../dataset/dates.js';
import type { DatasetArticle, DatasetSource } from '../dataset/types.js';
import { formatSource } from '../replies/cite.js';
import { paragraphSpans, type Span } from './article-text.js';
import { markup, type Html } from './html.js';

/** The id of the first marked passage: record links end in `#evidence` to scroll it into view. */
export const EVIDENCE_ANCHOR = 'evidence';

/** Overlapping or touching spans joined, in order. */
function mergeSpans(spans: readonly Span[]): Span[] {
  const merged: Span[] = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end)
      merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, span.end) };
    else merged.push(span);
  }
  return merged;
}

/**
 * The text as paragraphs, the `marked` spans in <mark> (split where a paragraph ends); the first
 * mark carries the evidence anchor. A first paragraph that only repeats the title is left out.
 */
export function articleTextHtml(text: string, title: string, marked: readonly Span[]): Html {
  const marks = mergeSpans(marked);
  let paragraphs = paragraphSpans(text);
  const first = paragraphs[0];
  if (first && text.slice(first.start, first.end) === title.trim() && !marks.some((m) => m.start < first.end))
    paragraphs = paragraphs.slice(1);
  let anchored = false;
  let next = 0;
  const out: Html[] = [];
  for (const paragraph of paragraphs) {
    const pieces: (Html | string)[] = [];
    let at = paragraph.start;
    while (next < marks.length && marks[next]!.end <= paragraph.start) next++;
    for (let m = next; m < marks.length && marks[m]!.start < paragraph.end; m++) {
      const from = Math.max(marks[m]!.start, paragraph.start);
      const to = Math.min(marks[m]!.end, paragraph.end);
      if (from > at) pieces.push(text.slice(at, from));
      const id = anchored ? undefined : EVIDENCE_ANCHOR;
      anchored = true;
      pieces.push(markup`<mark${id ? markup` id="${id}"` : ''}>${text.slice(from, to)}</mark>`);
      at = to;
    }
    if (at < paragraph.end) pieces.push(text.slice(at, paragraph.end));
    out.push(markup`<p>${pieces}</p>\n`);
  }
  return markup`${out}`;
}

/** Only web addresses become links: a `javascript:` or `data:` URL in the data is shown as text. */
export function safeHref(url: string | undefined): string | undefined {
  if (url === undefined || !URL.canParse(url)) return undefined;
  const { protocol } = new URL(url);
  return protocol === 'https:' || protocol === 'http:' ? url : undefined;
}

/** "Eurasia Daily Monitor, Vol. 1, Issue 24, June 2004" and whether the date is inferred. */
export function articleMetaHtml(article: DatasetArticle): Html {
  const { published } = article;
  const inferred = published.yearInferred || published.note !== undefined ? ' (date inferred)' : '';
  const note = published.note ? markup`\n<p class="article-meta">${published.note}</p>` : '';
  return markup`<p class="article-meta">${article.publication}, Vol. ${article.volume}, Issue ${article.issue}, <time datetime="${published.start}">${formatDateSpec(published)}</time>${inferred}</p>${note}`;
}

export function articleSectionHtml(
  article: DatasetArticle,
  sources: readonly DatasetSource[],
  body: Html,
  headingLevel: 'h1' | 'h2',
): Html {
  const href = safeHref(article.url);
  const heading =
    headingLevel === 'h1'
      ? markup`<h1 id="article-title">${article.title}</h1>`
      : markup`<h2 id="article-title">${article.title}</h2>`;
  const original = href
    ? markup`<p><a href="${href}" rel="noopener noreferrer">Read the original article</a></p>`
    : '';
  const cited =
    sources.length > 0
      ? markup`<h3>Sources the article cites</h3>
<ul class="sources-cited">
${sources.map((s) => markup`<li>${formatSource(s)} <span class="detail">(as printed: ${s.raw})</span></li>\n`)}</ul>`
      : '';
  return markup`<article class="article" aria-labelledby="article-title">
${heading}
${articleMetaHtml(article)}
${original}
<div class="article-text">
${body}</div>
${cited}
</article>`;
}
