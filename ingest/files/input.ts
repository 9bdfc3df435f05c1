// Reads an article file for ingest and refuses what is not an article: empty files, binary
// content, text in another encoding, and files far larger than any article.
import { readFile, stat } from 'node:fs/promises';
import type { ReviewReport } from '../report.js';

/** Larger than this is not one article (EDM pieces are a few thousand characters). */
export const MAX_ARTICLE_BYTES = 2_000_000;

export type ArticleInput =
  { readonly ok: true; readonly text: string } | { readonly ok: false; readonly message: string };

/** Files in another format, known by how they begin: named, so the message says what to do. */
const ZIP_MAGIC = `PK${String.fromCharCode(3, 4)}`;
const OTHER_FORMATS: readonly [{ test(head: string): boolean }, string][] = [
  [/^%PDF-/, 'a PDF document'],
  [{ test: (head) => head.startsWith(ZIP_MAGIC) }, 'a zip archive (a Word or OpenDocument file?)'],
  [/^\{\\rtf/, 'an RTF document'],
  [/^\s*(?:<!doctype html|<html|<\?xml|<rss|<feed)/i, 'HTML or XML'],
  [/^\s*[{[]/, 'JSON'],
];

/** Decode article bytes: UTF-8 only (the pipeline tidies line ends and spaces: files/layout.ts). */
export function decodeArticle(bytes: Uint8Array): ArticleInput {
  if (bytes.length === 0) return { ok: false, message: 'the file is empty' };
  const head = Buffer.from(bytes.subarray(0, 64))
    .toString('latin1')
    .replace(/^\xEF\xBB\xBF/, '');
  const format = OTHER_FORMATS.find(([magic]) => magic.test(head))?.[1];
  if (format)
    return {
      ok: false,
      message: `the file is ${format}, not an article as plain text; save the article's text as a UTF-8 .txt file`,
    };
  if (bytes.includes(0)) return { ok: false, message: 'the file is not text (it contains NUL bytes)' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, message: 'the file is not UTF-8 text; convert it to UTF-8 first' };
  }
  if (text.trim() === '') return { ok: false, message: 'the file holds only whitespace' };
  return { ok: true, text };
}

export async function readArticleFile(file: string): Promise<ArticleInput> {
  let size: number;
  try {
    const info = await stat(file);
    if (!info.isFile()) return { ok: false, message: `${file} is not a file` };
    size = info.size;
  } catch {
    return { ok: false, message: `${file} does not exist` };
  }
  if (size > MAX_ARTICLE_BYTES)
    return {
      ok: false,
      message: `${file} is ${size} bytes: too large to be one article (limit ${MAX_ARTICLE_BYTES})`,
    };
  return decodeArticle(await readFile(file));
}

/** The text once decoded: not empty, not binary; a warning when it is far longer than an article. */
export function checkArticleText(text: string, report: ReviewReport): boolean {
  if (text.trim() === '') {
    report.add('error', 'input', 'the file is empty');
    return false;
  }
  if (text.includes('\u0000') || (text.match(/\uFFFD/g)?.length ?? 0) > Math.max(5, text.length / 200)) {
    report.add('error', 'input', 'the file is not UTF-8 text (binary content or another encoding)');
    return false;
  }
  if (text.length > 150_000)
    report.add(
      'warning',
      'input',
      `the article is very long (${text.length} characters); check that it is one article`,
    );
  return true;
}
