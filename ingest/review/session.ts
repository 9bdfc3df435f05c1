// One article's review: its record file, its drafted actors and the registry, changed one action at
// a time (accept, edit, reject, merge). Every change is checked before anything is written: the
// record by its schema, then the whole data directory with the change in place by the loader.
// Only then are the files replaced, each through a temporary file and a rename.
import { randomBytes } from 'node:crypto';
import {
  copyFile,
  link,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rename,
  rm,
  unlink,
  writeFile,
} from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import { formatProblem, loadDataset } from '../../src/dataset/load.js';
import {
  ActorSchema,
  EventSchema,
  QuoteSchema,
  type Actor,
  type Article,
  type EventRecord,
  type Quote,
  type Source,
} from '../../src/dataset/schema.js';

export type RecordKind = 'article' | 'event' | 'quote' | 'actor';

export type ReviewAction =
  | { readonly type: 'accept' | 'reject'; readonly kind: RecordKind; readonly id: string }
  | {
      readonly type: 'edit';
      readonly kind: Exclude<RecordKind, 'article'>;
      readonly id: string;
      readonly fields: Record<string, unknown>;
    }
  | { readonly type: 'merge'; readonly id: string; readonly into: string };

interface RecordFile {
  article: Article;
  sources: Source[];
  events: EventRecord[];
  quotes: Quote[];
}

/** A registry file and its actors, as read. */
interface ActorFile {
  readonly file: string;
  actors: Actor[];
}

export interface ReviewState {
  readonly articleId: string;
  readonly text: string;
  readonly record: RecordFile;
  /** The article's own drafted actors (actors/<article-id>.json). */
  readonly draftActors: readonly Actor[];
  /** Every other actor, for names and as merge targets. */
  readonly registry: readonly { id: string; name: string; kind: string }[];
}

export type ActionResult =
  | { readonly ok: true; readonly message: string; readonly state: ReviewState }
  | { readonly ok: false; readonly message: string; readonly problems: readonly string[] };

/** A mistake in a request: reported to the reviewer, nothing written. */
class ReviewError extends Error {}

const EDITABLE: Record<Exclude<RecordKind, 'article'>, readonly string[]> = {
  event: ['title', 'summary', 'date', 'status', 'actors', 'places'],
  quote: ['text', 'kind', 'speaker', 'date', 'context'],
  actor: ['name', 'kind', 'description', 'aliases'],
};

export class ReviewSession {
  private constructor(
    readonly dataDir: string,
    readonly articleId: string,
    private readonly text: string,
    private record: RecordFile,
    private actorFiles: ActorFile[],
  ) {}

  /** Opens the review of `articleId` in `dataDir`; throws with a plain message when it cannot. */
  static async open(dataDir: string, articleId: string): Promise<ReviewSession> {
    const recordPath = path.join(dataDir, 'records', `${articleId}.json`);
    let record: RecordFile;
    try {
      record = JSON.parse(await readFile(recordPath, 'utf8')) as RecordFile;
    } catch (error) {
      throw new Error(`cannot read ${recordPath}: ${(error as Error).message}`);
    }
    if (!record.article || !Array.isArray(record.events) || !Array.isArray(record.quotes))
      throw new Error(`${recordPath} is not a record file (article, events, quotes)`);
    record.sources ??= [];
    const text = await readFile(path.join(dataDir, record.article.textPath), 'utf8').catch(() => {
      throw new Error(`the article text ${record.article.textPath} is missing from ${dataDir}`);
    });
    const actorFiles: ActorFile[] = [];
    for (const name of (await readdir(path.join(dataDir, 'actors')))
      .filter((f) => f.endsWith('.json'))
      .sort()) {
      const file = `actors/${name}`;
      const parsed = JSON.parse(await readFile(path.join(dataDir, file), 'utf8')) as { actors?: Actor[] };
      actorFiles.push({ file, actors: parsed.actors ?? [] });
    }
    return new ReviewSession(dataDir, articleId, text, record, actorFiles);
  }

  private get draftFile(): string {
    return `actors/${this.articleId}.json`;
  }

  state(): ReviewState {
    const own = this.actorFiles.find((f) => f.file === this.draftFile)?.actors ?? [];
    return {
      articleId: this.articleId,
      text: this.text,
      record: this.record,
      draftActors: own,
      registry: this.actorFiles
        .filter((f) => f.file !== this.draftFile)
        .flatMap((f) => f.actors.map((a) => ({ id: a.id, name: a.name, kind: a.kind }))),
    };
  }

  /** Applies one action: checked, then written, or refused with the reasons and nothing written. */
  async apply(action: ReviewAction): Promise<ActionResult> {
    const record = structuredClone(this.record);
    const actorFiles = structuredClone(this.actorFiles);
    let message: string;
    try {
      message = applyTo(action, record, actorFiles, this.draftFile);
    } catch (error) {
      if (error instanceof ReviewError) return { ok: false, message: error.message, problems: [] };
      throw error;
    }
    const changes = this.changedFiles(record, actorFiles);
    const problems = await this.validate(changes);
    if (problems.length > 0)
      return { ok: false, message: 'Not saved: the change would make the data invalid.', problems };
    await commit(this.dataDir, changes);
    this.record = record;
    this.actorFiles = actorFiles.filter((f) => f.file !== this.draftFile || f.actors.length > 0);
    return { ok: true, message, state: this.state() };
  }

  /** The files whose content differs: new JSON, or null for a drafted-actors file left empty. */
  private changedFiles(record: RecordFile, actorFiles: readonly ActorFile[]): Map<string, string | null> {
    const changes = new Map<string, string | null>();
    const recordJson = `${JSON.stringify(record, null, 2)}\n`;
    if (JSON.stringify(record) !== JSON.stringify(this.record))
      changes.set(`records/${this.articleId}.json`, recordJson);
    for (const f of actorFiles) {
      const before = this.actorFiles.find((b) => b.file === f.file);
      if (before && JSON.stringify(before.actors) === JSON.stringify(f.actors)) continue;
      const emptyDraft = f.file === this.draftFile && f.actors.length === 0;
      changes.set(f.file, emptyDraft ? null : `${JSON.stringify({ actors: f.actors }, null, 2)}\n`);
    }
    return changes;
  }

  /** The loader's verdict on the data directory with `changes` in place (drafts allowed). */
  private async validate(changes: ReadonlyMap<string, string | null>): Promise<string[]> {
    const scratch = await mirror(this.dataDir);
    try {
      for (const [file, content] of changes) {
        const target = path.join(scratch, file);
        await rm(target, { force: true });
        if (content !== null) await writeFile(target, content);
      }
      const result = await loadDataset(scratch);
      return result.ok ? [] : result.problems.map(formatProblem);
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  }
}

/** Changes `record` and `actorFiles` in place; returns what was done, or throws a ReviewError. */
function applyTo(
  action: ReviewAction,
  record: RecordFile,
  actorFiles: ActorFile[],
  draftFile: string,
): string {
  const drafts = actorFiles.find((f) => f.file === draftFile);
  if (action.type === 'merge') return merge(action.id, action.into, record, actorFiles, draftFile);
  if (action.kind === 'article') {
    if (action.type !== 'accept') throw new ReviewError('An article can only be accepted here.');
    const left = [
      ...record.events.filter((e) => e.review?.state === 'draft').map((e) => e.id),
      ...record.quotes.filter((q) => q.review?.state === 'draft').map((q) => q.id),
      ...(drafts?.actors ?? []).filter((a) => a.review?.state === 'draft').map((a) => a.id),
    ];
    if (left.length > 0)
      throw new ReviewError(`Accept or reject every record first; still drafts: ${left.join(', ')}.`);
    record.article.review = { state: 'accepted' };
    return `Article ${record.article.id} accepted: the bot will serve it after its next reload.`;
  }
  const list: { id: string; review?: unknown }[] =
    action.kind === 'event'
      ? record.events
      : action.kind === 'quote'
        ? record.quotes
        : (drafts?.actors ?? []);
  const index = list.findIndex((r) => r.id === action.id);
  if (index < 0) throw new ReviewError(`No ${action.kind} "${action.id}" in this article's draft.`);
  const target = list[index] as Record<string, unknown>;
  switch (action.type) {
    case 'accept':
      target.review = { state: 'accepted' };
      return `${action.kind} ${action.id} accepted.`;
    case 'reject': {
      if (action.kind === 'actor') {
        const users = referencesTo(action.id, record);
        if (users.length > 0)
          throw new ReviewError(
            `${action.id} is still named by ${users.join(', ')}: edit or reject those first, or merge it into a registry actor.`,
          );
      }
      list.splice(index, 1);
      return `${action.kind} ${action.id} rejected and removed.`;
    }
    case 'edit': {
      const allowed = EDITABLE[action.kind];
      for (const [field, value] of Object.entries(action.fields)) {
        if (!allowed.includes(field))
          throw new ReviewError(`${action.kind}s have no editable field "${field}" (${allowed.join(', ')}).`);
        if (field === 'date') {
          const start = typeof value === 'string' ? value.trim() : '';
          if (start === '') delete target.date;
          else target.date = { ...((target.date as object | undefined) ?? { yearInferred: false }), start };
        } else if (value === '' || value === null) delete target[field];
        else target[field] = value;
      }
      const schema: z.ZodType = { event: EventSchema, quote: QuoteSchema, actor: ActorSchema }[action.kind];
      const parsed = schema.safeParse(target);
      if (!parsed.success)
        throw new ReviewError(
          `Not saved: ${parsed.error.issues.map((i) => `${i.path.join('.') || action.kind}: ${i.message}`).join('; ')}.`,
        );
      return `${action.kind} ${action.id} saved (still a draft until accepted).`;
    }
  }
}

/** The ids of this article's records that name `actorId`. */
function referencesTo(actorId: string, record: RecordFile): string[] {
  return [
    ...record.events.filter((e) => e.actors.includes(actorId) || e.places.includes(actorId)).map((e) => e.id),
    ...record.quotes.filter((q) => q.speaker === actorId).map((q) => q.id),
    ...record.sources.filter((s) => s.outletActor === actorId).map((s) => s.id),
  ];
}

/** A drafted actor folded into a registry actor: references rewritten, its names kept as aliases. */
function merge(
  id: string,
  into: string,
  record: RecordFile,
  actorFiles: ActorFile[],
  draftFile: string,
): string {
  const drafts = actorFiles.find((f) => f.file === draftFile);
  const drafted = drafts?.actors.find((a) => a.id === id);
  if (!drafts || !drafted) throw new ReviewError(`No drafted actor "${id}" in this article.`);
  const owner = actorFiles.find((f) => f.file !== draftFile && f.actors.some((a) => a.id === into));
  const existing = owner?.actors.find((a) => a.id === into);
  if (!owner || !existing) throw new ReviewError(`No registry actor "${into}" to merge into.`);
  const swap = (x: string) => (x === id ? into : x);
  for (const e of record.events) {
    e.actors = [...new Set(e.actors.map(swap))];
    e.places = [...new Set(e.places.map(swap))];
  }
  for (const q of record.quotes) q.speaker = swap(q.speaker);
  for (const s of record.sources) if (s.outletActor === id) s.outletActor = into;
  const taken = new Set([existing.name, ...existing.aliases].map((n) => n.toLowerCase()));
  for (const name of [drafted.name, ...drafted.aliases])
    if (!taken.has(name.toLowerCase())) {
      existing.aliases.push(name);
      taken.add(name.toLowerCase());
    }
  for (const evidence of drafted.evidence)
    if (!existing.evidence.some((e) => e.article === evidence.article && e.text === evidence.text))
      existing.evidence.push(evidence);
  drafts.actors = drafts.actors.filter((a) => a !== drafted);
  return `${drafted.name} merged into ${existing.name} (${into}); its names are now aliases.`;
}

/**
 * A scratch data directory beside `dataDir` whose files are hard links to the real ones (no copy,
 * however large the dataset), where a change can be tried without touching the real files.
 */
async function mirror(dataDir: string): Promise<string> {
  const root = path.resolve(dataDir);
  const scratch = await mkdtemp(path.join(path.dirname(root), '.dossier-review-'));
  for (const sub of ['actors', 'records', 'articles']) {
    await mkdir(path.join(scratch, sub));
    const names = await readdir(path.join(root, sub)).catch(() => [] as string[]);
    for (const name of names) {
      const from = path.join(root, sub, name);
      const to = path.join(scratch, sub, name);
      await link(from, to).catch(() => copyFile(from, to));
    }
  }
  return scratch;
}

/** Writes every change through a temporary file, then renames them all (deletions last). */
async function commit(dataDir: string, changes: ReadonlyMap<string, string | null>): Promise<void> {
  const suffix = `.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  const staged: { temp: string; target: string }[] = [];
  try {
    for (const [file, content] of changes) {
      if (content === null) continue;
      const target = path.join(dataDir, file);
      await writeFile(`${target}${suffix}`, content, 'utf8');
      staged.push({ temp: `${target}${suffix}`, target });
    }
  } catch (error) {
    for (const s of staged) await unlink(s.temp).catch(() => undefined);
    throw error;
  }
  for (const s of staged) await rename(s.temp, s.target);
  for (const [file, content] of changes) if (content === null) await unlink(path.join(dataDir, file));
}
