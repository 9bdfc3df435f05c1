// The ingest command: `npm run ingest -- path/to/article.txt [--out DIR] [--json] [--force]`.
// Kept apart from scripts/ingest.ts so tests run it in-process with their own output streams.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeFile } from 'node:fs/promises';
import { loadDataset, formatProblem } from '../src/dataset/load.js';
import { parseHeader } from './files/header.js';
import { readArticleFile } from './files/input.js';
import { readRegistries } from './files/registry.js';
import { alreadyIngested } from './files/already.js';
import { writeDraft } from './files/write.js';
import { expandInputs, runBatch, type BatchIo, type IngestOutcome } from './batch.js';
import { deriveArticleId, draftArticle, type Draft, type HeaderOverrides } from './pipeline.js';
import { formatReport, type ReviewReport } from './report.js';

export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** Where a batch's progress bar goes (default: standard error). */
  readonly progress?: BatchIo['progress'];
  /** The data directory when --out is not given (DATA_DIR, default data/). */
  readonly dataDir: string;
}

export const USAGE = `Usage: npm run ingest -- ARTICLE.txt [options]
       npm run ingest -- FOLDER [ARTICLE.txt …] [--out DIR] [--force] [--report FILE]

Drafts the structured records of an article (as published) for a maintainer to review. Given a
folder (or several files), drafts every .txt article in it in turn, with a progress bar on a
terminal, and ends with one summary.

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

Exit status: 0 draft(s) written (or unchanged), 1 a draft could not be made or written, 2 usage.`;

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
  if (positionals.length === 0) {
    io.err(`Give an article file, or a folder of them.\n\n${USAGE}`);
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
  const inputs = await expandInputs(positionals);
  if (!inputs.ok) {
    io.err(`${inputs.message}. Nothing written.`);
    return 1;
  }
  const options: IngestOptions = {
    dataDir: io.dataDir,
    targetDir: values.out ?? io.dataDir,
    force: values.force ?? false,
    json: values.json ?? false,
    overrides,
    ...(values.id ? { id: values.id } : {}),
  };
  if (!inputs.batch) {
    const file = inputs.files[0] ?? '';
    const outcome = await ingestOne(file, options, io);
    if (values.report) await writeFile(values.report, `${outcome.report}\n`, 'utf8');
    if (outcome.status !== 'written' && outcome.status !== 'unchanged') return 1;
    return options.json ? 0 : checkDataset(options.targetDir, io, values.out);
  }
  if (options.json || values.id || Object.keys(overrides).length > 0) {
    io.err(`--json, --id and the header options apply to one article, not a folder.\n\n${USAGE}`);
    return 2;
  }
  const summary = await runBatch(
    inputs.files,
    (file, quiet) => ingestOne(file, options, { ...io, ...quiet }),
    io,
  );
  if (values.report) await writeFile(values.report, `${summary.reports.join('\n\n')}\n`, 'utf8');
  const loads = await checkDataset(options.targetDir, io, values.out);
  return summary.failed > 0 ? 1 : loads;
}

export interface IngestOptions {
  /** The data directory, whose actors the draft reuses. */
  readonly dataDir: string;
  /** Where the draft goes (--out, else the data directory). */
  readonly targetDir: string;
  readonly force: boolean;
  readonly json: boolean;
  readonly overrides: HeaderOverrides;
  readonly id?: string;
}

/** One article drafted, and written unless --json: its report printed, its outcome returned. */
async function ingestOne(file: string, options: IngestOptions, io: CliIo): Promise<IngestOutcome> {
  const fail = (status: IngestOutcome['status'], message: string, report = ''): IngestOutcome => {
    io.err(`${report ? `${report}\n\n` : ''}${file}: ${message} Nothing written.`);
    return { file, status, message, report: report || `# Review: ${path.basename(file)}\n\n${message}` };
  };
  const input = await readArticleFile(file);
  if (!input.ok) return fail('refused', `${input.message}.`);
  const { overrides } = options;
  // The article's own earlier draft must not count as known actors: leave its files out.
  const articleId = options.id ?? articleIdOf(input.text, overrides);
  const registry = await readRegistries([options.dataDir, options.targetDir], articleId);
  const result = draftArticle(input.text, {
    registry,
    header: overrides,
    ...(options.id ? { articleId: options.id } : {}),
  });
  const heading = `${path.basename(file)}${result.ok ? ` -> ${result.draft.article.id}` : ''}`;
  const report = formatReport(result.report, heading);
  if (!result.ok) {
    if (options.json) io.out(JSON.stringify({ article: null, report: result.report.items }, null, 2));
    return fail('failed', 'no draft: fix the errors above.', report);
  }
  const d = result.draft;
  if (options.json) {
    io.out(JSON.stringify(draftJson(d, result.report), null, 2));
    io.err(report);
    return { file, status: 'unchanged', message: 'printed', report, draft: d };
  }
  if (!options.force) {
    const already = await alreadyIngested(options.targetDir, d.article.id, d.text);
    if (already) return fail('refused', `${already} (--force replaces them with a new draft).`, report);
  }
  const written = await writeDraft(d, { dir: options.targetDir, force: options.force });
  io.err(report);
  if (written.conflicts.length > 0)
    return fail(
      'refused',
      `${written.conflicts.join(', ')} already exist(s) in ${options.targetDir} with other content ` +
        `(curated records?). Use --force to replace, or --out DIR to write the draft elsewhere.`,
    );
  io.out(`${d.article.id}: ${describeDraft(d)}.`);
  out(io, 'written', written.written, options.targetDir);
  out(io, 'unchanged', written.unchanged, options.targetDir);
  const status = written.written.length > 0 ? 'written' : 'unchanged';
  return { file, status, message: describeDraft(d), report, draft: d };
}

function describeDraft(d: Draft): string {
  return (
    `${d.events.length} events, ${d.quotes.filter((q) => q.kind === 'direct').length} quotations, ` +
    `${d.quotes.filter((q) => q.kind === 'reported').length} statements, ${d.sources.length} sources, ` +
    `${d.actors.length} new actors (${d.actorRefs.length - d.actors.length} from the registry)`
  );
}

/** After writing into the data directory: does it still load? (Drafts load, and are not served.) */
async function checkDataset(targetDir: string, io: CliIo, outDir: string | undefined): Promise<number> {
  if (outDir && path.resolve(outDir) !== path.resolve(io.dataDir)) return 0;
  const loaded = await loadDataset(targetDir);
  if (!loaded.ok) {
    io.err(`${targetDir}: the dataset does not load (${loaded.problems.length} problem(s)):`);
    for (const p of loaded.problems.slice(0, 20)) io.err(`  ${formatProblem(p)}`);
    return 1;
  }
  io.out(
    `${targetDir}: the dataset loads with the draft(s) in it. The bot serves no draft until a person ` +
      `accepts it: npm run review -- ${path.join(targetDir, 'records', '<article-id>.json')}`,
  );
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
