// An article's text for the context page: read from the data directory when a page needs it (the
// loaded dataset keeps only records), split into paragraphs, with passages to highlight.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Dataset, DatasetArticle } from '../dataset/types.js';

/** Texts kept per dataset; article texts are a few kilobytes each. */
const CACHED_TEXTS = 256;
const caches = new WeakMap<Dataset, Map<string, Promise<string | undefined>>>();

/**
 * The article's text, or undefined when its file cannot be read (moved since the load): the page then
 * shows the record without the text. Cached per dataset, so a reload reads the new files.
 */
export function articleText(
  dataset: Dataset,
  dataDir: string,
  article: DatasetArticle,
): Promise<string | undefined> {
  let cache = caches.get(dataset);
  if (!cache) caches.set(dataset, (cache = new Map()));
  const cached = cache.get(article.id);
  if (cached) return cached;
  const reading = readFile(path.join(dataDir, article.textPath), 'utf8').then(
    (text) => text.replace(/\r\n?/g, '\n'),
    () => {
      cache.delete(article.id);
      return undefined;
    },
  );
  if (cache.size >= CACHED_TEXTS) cache.delete(cache.keys().next().value!);
  cache.set(article.id, reading);
  return reading;
}

export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Where each paragraph (text between blank lines) starts and ends, surrounding spaces left out. */
export function paragraphSpans(text: string): Span[] {
  const spans: Span[] = [];
  const push = (from: number, to: number) => {
    while (from < to && /\s/.test(text[from]!)) from++;
    while (to > from && /\s/.test(text[to - 1]!)) to--;
    if (to > from) spans.push({ start: from, end: to });
  };
  const breaks = /\n[ \t]*\n\s*/g;
  let from = 0;
  for (let match = breaks.exec(text); match; match = breaks.exec(text)) {
    push(from, match.index);
    from = match.index + match[0].length;
  }
  push(from, text.length);
  return spans;
}

/** Where each passage first occurs in the text (passages not found are left out), in text order. */
export function locatePassages(text: string, passages: readonly string[]): Span[] {
  const found: Span[] = [];
  for (const passage of passages) {
    if (passage.length === 0) continue;
    const at = text.indexOf(passage);
    if (at >= 0) found.push({ start: at, end: at + passage.length });
  }
  return found.sort((a, b) => a.start - b.start || b.end - a.end);
}
