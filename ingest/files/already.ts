// Refuses an article already in the data directory: the same text under another id, or the same
// id whose records a person has already reviewed (re-drafting them would throw that work away).
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';

/** Why the article must not be ingested again, or undefined. */
export async function alreadyIngested(
  dataDir: string,
  articleId: string,
  text: string,
): Promise<string | undefined> {
  const recordFile = path.join(dataDir, 'records', `${articleId}.json`);
  try {
    const record = JSON.parse(await readFile(recordFile, 'utf8')) as {
      article?: { review?: { state?: unknown } };
    };
    if (record.article?.review?.state !== 'draft')
      return `already ingested: records/${articleId}.json holds its reviewed records`;
  } catch {
    // No record file (or an unreadable one: the validator reports it); go on.
  }
  const articles = path.join(dataDir, 'articles');
  let names: string[];
  try {
    names = (await readdir(articles)).filter((f) => f.endsWith('.txt') && f !== `${articleId}.txt`);
  } catch {
    return undefined;
  }
  const size = Buffer.byteLength(text, 'utf8');
  for (const name of names) {
    const file = path.join(articles, name);
    // Only a file of the same size can hold the same text: most are never read.
    if ((await stat(file)).size !== size) continue;
    if ((await readFile(file, 'utf8')) === text)
      return `already ingested as ${name.replace(/\.txt$/, '')} (articles/${name} holds the same text)`;
  }
  return undefined;
}
