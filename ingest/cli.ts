// The ingest command: `npm run ingest -- path/to/article.txt [--out DIR] [--json] [--force]`.
// Kept apart from scripts/ingest.ts so tests run it in-process with their own output streams.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeFile } from 'node:fs/promises';
import { loadDataset, formatProblem } from '../src/dataset/load.js';
import { parseHeader } from './files/header.js';
import { readArticleFile } from './files/input.js';
import { readRegistry } from './files/registry.js';
import { writeDraft } from './files/write.js';
import { deriveArticleId, draftArticle, type Draft, type HeaderOverrides } from './pipeline.js';
import { formatReport, type ReviewReport } from './report.js';

export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** The data directory when --out is not given (DATA_DIR, default data/). */
  readonly dataDir: string;
}

export const USAGE = `Usage: npm run ingest -- ARTICLE.txt [options]

Drafts the structured records of an article (as published) for a maintainer to review.

  --out DIR            write the draft under DIR instead of the data directory
  --json               print the draft as JSON on standard output; write nothing
  --force              replace files that exist with other content (curated records)
  --id ID              article id (default: from publication, volume, issue and title)
  --title TEXT         title, when the text has none
  --publication TEXT   publication, volume, issue: when the header line is missing
  --volume N
  --issue N
  --date DATE          publication date (YYYY-MM-DD or "June 4, 2004") when the text does not print it
  --url URL            the article's address
  --report FILE        also write the review report to FILE (Markdown)
  --help               this text

Exit status: 0 draft written (or unchanged), 1 the draft could not be made or written, 2 usage.`;

/** The draft as --json prints it: direct quotations and reported statements apart. */
export function draftJson(draft: Draft, report: ReviewReport): unknown {
  return {
    article: draft.article,
    actors: draft.actorRefs.map((ref) => {
      const fresh = draft.actors.find((a) => a.id === ref.id);
      return fresh ? { ...fresh, new: true } : { id: ref.id, kind: ref.kind, name: ref.name, new: false };
    }),
    events: draft.events,
    quotations: draft.quotes.filter((q) => q.kind === 'direct'),
    statements: draft.quotes.filter((q) => q.kind === 'reported'),
    sources: draft.sources,
    report: report.items,
  };
}

function positiveInt(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a positive whole number`);
  return n;
}

export async function runIngest(argv: readonly string[], io: CliIo): Promise<number> {
  let args: ReturnType<typeof parse>;
  try {
    args = parse(argv);
  } catch (error) {
    io.err(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = args;
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  if (positionals.length !== 1 || !positionals[0]) {
    io.err(`Give exactly one article file.\n\n${USAGE}`);
    return 2;
  }
  let overrides: HeaderOverrides;
  try {
    overrides = {
      ...(values.title ? { title: values.title } : {}),
      ...(values.publication ? { publication: values.publication } : {}),
      ...(values.volume ? { volume: positiveInt(values.volume, 'volume') } : {}),
      ...(values.issue ? { issue: positiveInt(values.issue, 'issue') } : {}),
      ...(values.date ? { published: values.date } : {}),
      ...(values.url ? { url: values.url } : {}),
    };
  } catch (error) {
    io.err((error as Error).message);
    return 2;
  }
  const file = positionals[0];
  const input = await readArticleFile(file);
  if (!input.ok) {
    io.err(`${file}: ${input.message}. Nothing written.`);
    return 1;
  }
  const targetDir = values.out ?? io.dataDir;
  // The article's own earlier draft must not count as known actors: leave its files out.
  const articleId = values.id ?? articleIdOf(input.text, overrides);
  const registry = await readRegistry(io.dataDir, articleId);
  const result = draftArticle(input.text, {
    registry,
    header: overrides,
    ...(values.id ? { articleId: values.id } : {}),
  });
  const heading = `${path.basename(file)}${result.ok ? ` -> ${result.draft.article.id}` : ''}`;
  const reportText = formatReport(result.report, heading);
  if (values.report) await writeFile(values.report, `${reportText}\n`, 'utf8');
  if (!result.ok) {
    io.err(`${reportText}\n\nNo draft: fix the errors above. Nothing written.`);
    if (values.json) io.out(JSON.stringify({ article: null, report: result.report.items }, null, 2));
    return 1;
  }
  if (values.json) {
    io.out(JSON.stringify(draftJson(result.draft, result.report), null, 2));
    io.err(reportText);
    return 0;
  }
  const written = await writeDraft(result.draft, { dir: targetDir, force: values.force ?? false });
  io.err(reportText);
  if (written.conflicts.length > 0) {
    io.err(
      `\nNot written: ${written.conflicts.join(', ')} already exist(s) in ${targetDir} with other content ` +
        `(curated records?). Use --force to replace, or --out DIR to write the draft elsewhere.`,
    );
    return 1;
  }
  const d = result.draft;
  io.out(
    `${d.article.id}: ${d.events.length} events, ${d.quotes.filter((q) => q.kind === 'direct').length} quotations, ` +
      `${d.quotes.filter((q) => q.kind === 'reported').length} statements, ${d.sources.length} sources, ` +
      `${d.actors.length} new actors (${d.actorRefs.length - d.actors.length} from the registry).`,
  );
  out(io, 'written', written.written, targetDir);
  out(io, 'unchanged', written.unchanged, targetDir);
  if (!values.out || path.resolve(values.out) === path.resolve(io.dataDir)) {
    const loaded = await loadDataset(targetDir);
    if (loaded.ok)
      io.out(
        `${targetDir}: the dataset loads with the draft in it. The bot serves none of its records until ` +
          `they are accepted: npm run review -- ${path.join(targetDir, 'records', `${d.article.id}.json`)}`,
      );
    else {
      io.err(`${targetDir}: the dataset does not load (${loaded.problems.length} problem(s)):`);
      for (const p of loaded.problems.slice(0, 20)) io.err(`  ${formatProblem(p)}`);
      return 1;
    }
  }
  return 0;
}

/** The id the draft will get, from the header line and the command-line overrides. */
function articleIdOf(text: string, overrides: HeaderOverrides): string | undefined {
  const parsed = parseHeader(text);
  const base = parsed.ok ? parsed.header : { title: parsed.title };
  const h = { ...base, ...overrides };
  if (!h.title || !h.publication || !h.volume || !h.issue) return undefined;
  return deriveArticleId({ title: h.title, publication: h.publication, volume: h.volume, issue: h.issue });
}

function out(io: CliIo, label: string, files: readonly string[], dir: string): void {
  if (files.length > 0) io.out(`${label}: ${files.map((f) => path.join(dir, f)).join(', ')}`);
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      json: { type: 'boolean' },
      force: { type: 'boolean' },
      id: { type: 'string' },
      title: { type: 'string' },
      publication: { type: 'string' },
      volume: { type: 'string' },
      issue: { type: 'string' },
      date: { type: 'string' },
      url: { type: 'string' },
      report: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}
