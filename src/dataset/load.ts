// Reads the data directory, validates every file against the schemas, cross-checks the references
// and the evidence, and returns either the whole dataset or every problem found. Never half a dataset.
// Synchronous reads: start-up reads thousands of small files, and one await per file costs more
// than the read itself.
import { createHash, type Hash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { DatasetBuilder, type RecordObserver } from './indexes.js';
import { parseJson } from './json.js';
import { CrossChecker, type ParsedRecordFile, type RegistryActor } from './cross-check.js';
import {
  ActorFileSchema,
  ActorSchema,
  ArticleSchema,
  EventSchema,
  QuoteSchema,
  RecordFileSchema,
  SourceSchema,
  isDraft,
} from './schema.js';
import type { DatasetProblem, DraftRecord, LoadResult } from './types.js';

export const RECORDS_DIR = 'records';
export const ACTORS_DIR = 'actors';

/** `events[3].date.start` from zod's path segments. */
export function formatFieldPath(prefix: string, segments: readonly PropertyKey[]): string {
  let out = prefix;
  for (const segment of segments) {
    out +=
      typeof segment === 'number' ? `[${segment}]` : out === '' ? String(segment) : `.${String(segment)}`;
  }
  return out;
}

function idOf(value: unknown): string | undefined {
  if (typeof value === 'object' && value !== null && 'id' in value) {
    const id = (value as { id: unknown }).id;
    if (typeof id === 'string' && id !== '') return id;
  }
  return undefined;
}

/** zod's wording, made plainer for the two commonest mistakes. */
function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code !== 'invalid_type') return issue.message;
  const received = /received (\w+)/.exec(issue.message)?.[1];
  return received === 'undefined'
    ? `missing required field (expected ${issue.expected})`
    : `wrong type: expected ${issue.expected}, received ${received ?? 'something else'}`;
}

/** Parses one record with its schema; on failure records one problem per zod issue. */
function parseRecord<S extends z.ZodType>(
  schema: S,
  value: unknown,
  file: string,
  fieldPrefix: string,
  problems: DatasetProblem[],
): z.infer<S> | undefined {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const recordId = idOf(value);
  for (const issue of result.error.issues) {
    problems.push({
      file,
      ...(recordId ? { recordId } : {}),
      path: formatFieldPath(fieldPrefix, issue.path),
      message: describeIssue(issue),
    });
  }
  return undefined;
}

function listFiles(dir: string, extension: string): string[] | undefined {
  try {
    const entries = readdirSync(dir, { withFileTypes: true });
    return entries
      .filter((entry) => entry.isFile() && entry.name.endsWith(extension))
      .map((entry) => entry.name)
      .sort();
  } catch {
    return undefined;
  }
}

/** A JSON file's text and parsed value; undefined (with the problem recorded) when unreadable. */
function readJsonFile(
  dataDir: string,
  relative: string,
  problems: DatasetProblem[],
  hash: Hash,
): { text: string; value: unknown } | undefined {
  let text: string;
  try {
    text = readFileSync(path.join(dataDir, relative), 'utf8');
  } catch (error) {
    problems.push({ file: relative, message: `cannot read file: ${(error as Error).message}` });
    return undefined;
  }
  hash.update(`${relative}\0${text}\0`);
  const parsed = parseJson(text);
  if (parsed.ok) return { text, value: parsed.value };
  problems.push({
    file: relative,
    message: parsed.message,
    ...(parsed.line !== undefined ? { line: parsed.line, column: parsed.column } : {}),
  });
  return undefined;
}

function loadActors(dataDir: string, problems: DatasetProblem[], hash: Hash): RegistryActor[] {
  const files = listFiles(path.join(dataDir, ACTORS_DIR), '.json');
  if (files === undefined || files.length === 0) {
    problems.push({
      file: `${ACTORS_DIR}/`,
      message: 'no actor registry: expected at least one actors/*.json',
    });
    return [];
  }
  const actors: RegistryActor[] = [];
  for (const name of files) {
    const file = `${ACTORS_DIR}/${name}`;
    const raw = readJsonFile(dataDir, file, problems, hash);
    if (raw === undefined) continue;
    const shape = parseRecord(ActorFileSchema, raw.value, file, '', problems);
    shape?.actors.forEach((value, index) => {
      const actor = parseRecord(ActorSchema, value, file, `actors[${index}]`, problems);
      if (actor) actors.push({ actor, file, index });
    });
  }
  return actors;
}

/** One record file, validated, with its article text; undefined when it is too broken to read. */
function readRecordFile(
  dataDir: string,
  name: string,
  problems: DatasetProblem[],
  hash: Hash,
): ParsedRecordFile | undefined {
  const file = `${RECORDS_DIR}/${name}`;
  const raw = readJsonFile(dataDir, file, problems, hash);
  if (!raw) return undefined;
  const shape = parseRecord(RecordFileSchema, raw.value, file, '', problems);
  if (!shape) return undefined;
  const article = parseRecord(ArticleSchema, shape.article, file, 'article', problems);
  // A record that fails its schema is dropped; `positions` keeps each survivor's place in the file,
  // so later checks name `events[2]` for the file's third event even when the second was dropped.
  const kept = <S extends z.ZodType>(list: readonly unknown[], schema: S, name: string) => {
    const records: z.infer<S>[] = [];
    const positions: number[] = [];
    list.forEach((value, i) => {
      const record = parseRecord(schema, value, file, `${name}[${i}]`, problems);
      if (record === undefined) return;
      records.push(record);
      positions.push(i);
    });
    return { records, positions };
  };
  const sources = kept(shape.sources, SourceSchema, 'sources');
  const events = kept(shape.events, EventSchema, 'events');
  const quotes = kept(shape.quotes, QuoteSchema, 'quotes');
  if (!article) return undefined;
  if (`${article.id}.json` !== name) {
    problems.push({
      file,
      recordId: article.id,
      path: 'article.id',
      message: `the file must be named after its article: expected ${RECORDS_DIR}/${article.id}.json`,
    });
  }
  let text: string | undefined;
  try {
    text = readFileSync(path.join(dataDir, article.textPath), 'utf8');
    hash.update(`${article.textPath}\0${text}\0`);
  } catch {
    problems.push({
      file,
      recordId: article.id,
      path: 'article.textPath',
      message: `article text file not found: ${article.textPath}`,
    });
  }
  return {
    file,
    json: raw.text,
    article,
    text,
    sources: sources.records,
    events: events.records,
    quotes: quotes.records,
    positions: { sources: sources.positions, events: events.positions, quotes: quotes.positions },
  };
}

/**
 * Loads and validates the dataset in `dataDir`; all problems at once, or a complete dataset.
 * Record files are read, checked and stored one at a time, so a large dataset never sits in memory
 * twice (parsed and stored) and each article's text is let go once its records are verified.
 */
export async function loadDataset(
  dataDir: string,
  observer?: RecordObserver,
  onProgress?: (progress: LoadProgress) => void,
): Promise<LoadResult> {
  const problems: DatasetProblem[] = [];
  const checker = new CrossChecker(problems);
  const builder = new DatasetBuilder(observer);
  const hash = createHash('sha256');
  const drafts: DraftRecord[] = [];
  const actors = loadActors(dataDir, problems, hash);
  checker.checkActors(actors);
  for (const { actor, file } of actors)
    if (isDraft(actor)) drafts.push({ file, type: 'actor', id: actor.id });
  builder.addActors(actors.filter((a) => !isDraft(a.actor)).map((a) => a.actor));

  const files = listFiles(path.join(dataDir, RECORDS_DIR), '.json');
  if (files === undefined || files.length === 0) {
    problems.push({
      file: `${RECORDS_DIR}/`,
      message: 'no record files: expected at least one records/*.json',
    });
  }
  // Article ids (from file names) of files too broken to read, so references to those articles are
  // not reported a second time as unknown.
  const unreadable = new Set<string>();
  const totalFiles = files?.length ?? 0;
  let filesRead = 0;
  let records = 0;
  for (const name of files ?? []) {
    const parsed = readRecordFile(dataDir, name, problems, hash);
    filesRead += 1;
    if (parsed) records += 1 + parsed.events.length + parsed.quotes.length;
    onProgress?.({ stage: 'records', files: filesRead, totalFiles, records });
    if (!parsed) {
      unreadable.add(name.replace(/\.json$/, ''));
      continue;
    }
    checker.checkFile(parsed);
    const served = withoutDrafts(parsed, drafts);
    // Once anything is wrong there will be no dataset: keep checking, stop storing.
    if (problems.length === 0 && served) builder.addFile(served);
  }
  checker.finish(unreadable);
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, dataset: builder.finish(), drafts, version: hash.digest('hex').slice(0, 12) };
}

/**
 * The part of a record file the bot may serve: nothing while its article is a draft, else its
 * accepted records. What is left out is listed in `drafts`.
 */
function withoutDrafts(parsed: ParsedRecordFile, drafts: DraftRecord[]): ParsedRecordFile | undefined {
  const { file, article } = parsed;
  const draftArticle = isDraft(article);
  if (draftArticle) drafts.push({ file, type: 'article', id: article.id });
  for (const e of parsed.events) if (isDraft(e)) drafts.push({ file, type: 'event', id: e.id });
  for (const q of parsed.quotes) if (isDraft(q)) drafts.push({ file, type: 'quote', id: q.id });
  if (draftArticle) return undefined;
  const events = parsed.events.filter((e) => !isDraft(e));
  const quotes = parsed.quotes.filter((q) => !isDraft(q));
  if (events.length === parsed.events.length && quotes.length === parsed.quotes.length) return parsed;
  return { ...parsed, events, quotes };
}

/** How far loading has come: record files read of all, and the records (articles, events, quotes) in them. */
export interface LoadProgress {
  readonly stage: 'records' | 'index';
  readonly files: number;
  readonly totalFiles: number;
  readonly records: number;
}

/** One problem as a line a maintainer can act on: `records/x.json:12:5 [ev-1] events[0].date: ...`. */
export function formatProblem(problem: DatasetProblem): string {
  const location =
    problem.line !== undefined ? `${problem.file}:${problem.line}:${problem.column ?? 1}` : problem.file;
  const record = problem.recordId ? ` [${problem.recordId}]` : '';
  const field = problem.path ? ` ${problem.path}:` : ':';
  return `${location}${record}${field} ${problem.message}`;
}
