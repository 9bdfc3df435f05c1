// Batch ingest: every article of a folder drafted in turn, a progress bar on a terminal (plain
// lines otherwise), then one summary of what was written, refused or failed, and why.
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Draft } from './pipeline.js';

export interface IngestOutcome {
  readonly file: string;
  readonly status: 'written' | 'unchanged' | 'refused' | 'failed';
  /** What was drafted, or why nothing was written. */
  readonly message: string;
  /** The review report, as text. */
  readonly report: string;
  readonly draft?: Draft;
}

export interface BatchIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** Where the progress bar goes; plain lines when it is not a terminal. */
  readonly progress?: { isTTY?: boolean; write(text: string): unknown };
}

export type Inputs =
  | { readonly ok: true; readonly files: string[]; readonly batch: boolean }
  | { readonly ok: false; readonly message: string };

/** The articles named: files as given, folders as the .txt files directly inside, sorted. */
export async function expandInputs(paths: readonly string[]): Promise<Inputs> {
  const files: string[] = [];
  let folder = false;
  for (const p of paths) {
    const info = await stat(p).catch(() => undefined);
    if (info?.isDirectory()) {
      folder = true;
      const txt = (await readdir(p)).filter((f) => f.endsWith('.txt')).sort();
      if (txt.length === 0) return { ok: false, message: `${p} holds no .txt articles` };
      files.push(...txt.map((f) => path.join(p, f)));
    } else files.push(p);
  }
  return { ok: true, files, batch: folder || files.length > 1 };
}

const BAR_WIDTH = 24;

function bar(done: number, total: number, label: string): string {
  const filled = Math.round((done / total) * BAR_WIDTH);
  const name = label.length > 40 ? `${label.slice(0, 39)}…` : label;
  return `\r[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${done}/${total} ${name}\x1b[K`;
}

export interface BatchSummary {
  readonly outcomes: readonly IngestOutcome[];
  readonly failed: number;
  readonly reports: readonly string[];
}

/**
 * Runs `ingest` on each file, its own output held back (a report per article would bury the bar),
 * then prints the summary. Each article is all or nothing; one failing does not stop the rest.
 */
export async function runBatch(
  files: readonly string[],
  ingest: (file: string, quiet: BatchIo) => Promise<IngestOutcome>,
  io: BatchIo,
): Promise<BatchSummary> {
  const progress = io.progress ?? process.stderr;
  const tty = progress.isTTY === true;
  const quiet: BatchIo = { out: () => {}, err: () => {} };
  const outcomes: IngestOutcome[] = [];
  for (const [i, file] of files.entries()) {
    if (tty) progress.write(bar(i, files.length, path.basename(file)));
    let outcome: IngestOutcome;
    try {
      outcome = await ingest(file, quiet);
    } catch (error) {
      // A bug, not bad input: the report keeps the stack so that it can be reported and fixed.
      const message = `unexpected error: ${error instanceof Error ? error.message : String(error)}`;
      const stack = error instanceof Error && error.stack ? `\n\n\`\`\`\n${error.stack}\n\`\`\`` : '';
      outcome = {
        file,
        status: 'failed',
        message,
        report: `# Review: ${path.basename(file)}\n\n${message}${stack}`,
      };
    }
    outcomes.push(outcome);
    if (!tty) io.err(`[${i + 1}/${files.length}] ${path.basename(file)}: ${outcome.status}`);
  }
  if (tty) progress.write(`${bar(files.length, files.length, 'done')}\n`);
  const failed = outcomes.filter((o) => o.status === 'failed' || o.status === 'refused').length;
  io.out(formatSummary(outcomes));
  return { outcomes, failed, reports: outcomes.map((o) => o.report) };
}

/** One line per article, then the totals and what to do next. */
export function formatSummary(outcomes: readonly IngestOutcome[]): string {
  const count = (s: IngestOutcome['status']) => outcomes.filter((o) => o.status === s).length;
  const lines = [`Ingest summary: ${outcomes.length} article(s)`, ''];
  for (const o of outcomes) {
    const id = o.draft ? ` -> ${o.draft.article.id}` : '';
    const flagged = o.draft ? flaggedRecords(o.draft) : 0;
    const flags = flagged > 0 ? `; ${flagged} record(s) flagged for review` : '';
    lines.push(`  ${o.status.padEnd(9)} ${path.basename(o.file)}${id}: ${o.message}${flags}`);
  }
  lines.push(
    '',
    `${count('written')} written, ${count('unchanged')} unchanged, ${count('refused')} refused, ${count('failed')} failed.`,
  );
  if (count('written') + count('unchanged') > 0)
    lines.push('Every drafted record awaits review: npm run review -- <data dir>/records/<article-id>.json');
  return lines.join('\n');
}

function flaggedRecords(d: Draft): number {
  return [...d.actors, ...d.events, ...d.quotes].filter((r) => (r.review?.flags?.length ?? 0) > 0).length;
}
