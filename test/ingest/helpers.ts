// Shared test helpers: a tiny article builder and a one-call draft.
import { draftArticle } from '../../ingest/pipeline.js';
import { indexActors } from '../../ingest/files/registry.js';
import type { Actor } from '../../src/dataset/schema.js';

export function article(
  paragraphs: string[],
  header = 'Publication: Eurasia Daily Monitor Volume: 9 Issue: 12 June 20, 2009',
): string {
  return `Test Title About Things\n\n${header}\n\n${paragraphs.join('\n\n')}\n`;
}

export function draftOf(text: string, actors: Actor[] = []) {
  const result = draftArticle(text, { registry: indexActors(actors) });
  if (!result.ok) throw new Error(result.report.items.map((i) => i.message).join('; '));
  return result;
}
