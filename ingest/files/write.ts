// Writes a draft into a data directory: the article text, its record file and its new actors, all
// or nothing, each file through a temporary file and a rename so a crash never leaves half a
// file. A file that exists with other content (a curated record) is never replaced without force.
import { mkdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Draft } from '../pipeline.js';

export interface WriteOptions {
  readonly dir: string;
  /** Replace files that exist with other content. */
  readonly force?: boolean;
}

export interface WriteResult {
  readonly written: string[];
  readonly unchanged: string[];
  /** Files that exist with other content: nothing was written when this is not empty. */
  readonly conflicts: string[];
}

/** The files a draft consists of, relative to the data directory, with their content. */
export function draftFiles(draft: Draft): { file: string; content: string }[] {
  const id = draft.article.id;
  const record = {
    article: draft.article,
    sources: draft.sources,
    events: draft.events,
    quotes: draft.quotes,
  };
  const files = [
    { file: draft.article.textPath, content: draft.text },
    { file: `records/${id}.json`, content: `${JSON.stringify(record, null, 2)}\n` },
  ];
  if (draft.actors.length > 0)
    files.push({
      file: `actors/${id}.json`,
      content: `${JSON.stringify({ actors: draft.actors }, null, 2)}\n`,
    });
  return files;
}

async function current(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

export async function writeDraft(draft: Draft, options: WriteOptions): Promise<WriteResult> {
  const result: WriteResult = { written: [], unchanged: [], conflicts: [] };
  const pending: { target: string; file: string; content: string }[] = [];
  for (const { file, content } of draftFiles(draft)) {
    const target = path.join(options.dir, file);
    const existing = await current(target);
    if (existing === content) result.unchanged.push(file);
    else if (existing !== undefined && !options.force) result.conflicts.push(file);
    else pending.push({ target, file, content });
  }
  if (result.conflicts.length > 0) return result;
  const temps: { temp: string; target: string; file: string }[] = [];
  try {
    for (const p of pending) {
      await mkdir(path.dirname(p.target), { recursive: true });
      const temp = `${p.target}.${process.pid}.${Date.now()}.tmp`;
      await writeFile(temp, p.content, 'utf8');
      temps.push({ temp, target: p.target, file: p.file });
    }
    for (const t of temps) {
      await rename(t.temp, t.target);
      result.written.push(t.file);
    }
  } finally {
    for (const t of temps) if (!result.written.includes(t.file)) await unlink(t.temp).catch(() => undefined);
  }
  return result;
}
