// The ingest benchmark's cases: the fictional fixtures with their hand annotations, and the curated
// seed records turned into the same gold shape. Also turns a draft into what the scores compare.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  ActorSchema,
  EventSchema,
  QuoteSchema,
  RecordFileSchema,
  SourceSchema,
  type Actor,
} from '../src/dataset/schema.js';
import type { Draft } from '../ingest/pipeline.js';
import type { Registry } from '../ingest/files/registry.js';
import { GoldSchema, type Gold, type Prediction } from './ingest-score.js';

export const REPO_ROOT = path.resolve(import.meta.dirname, '..');
/** The fixtures live beside the repository, never inside it. */
export const FIXTURE_DIR = path.resolve(REPO_ROOT, '../shared/fixtures/ingest');
/** Two more styles (a Q&A interview, a dense analysis with 31 events), kept in their own folder. */
export const NEW_FIXTURE_DIR = path.resolve(REPO_ROOT, '../shared/fixtures/ingest-new');

/**
 * Our own test articles in the publisher's style (real countries, invented events, messy cases),
 * with hand annotations: a check on rules tuned on the fixtures, reported apart from them.
 */
export const OWN_ARTICLES_DIR = path.resolve(REPO_ROOT, 'test/ingest/articles');

export interface BenchCase {
  readonly name: string;
  readonly textPath: string;
  readonly gold: Gold;
}

/** The fixture cases, or [] when the folder is absent. */
export async function readFixtureCases(dir = FIXTURE_DIR): Promise<BenchCase[]> {
  let files: string[];
  try {
    files = await readdir(dir);
  } catch {
    return [];
  }
  const cases: BenchCase[] = [];
  for (const f of files.filter((x) => x.endsWith('.gold.json')).sort()) {
    const name = f.replace(/\.gold\.json$/, '');
    const gold = GoldSchema.parse(JSON.parse(await readFile(path.join(dir, f), 'utf8')));
    cases.push({ name, textPath: path.join(dir, `${name}.txt`), gold });
  }
  return cases;
}

/** Gold built from curated records: what a maintainer decided the article holds. */
export function goldFromRecords(file: unknown, actors: readonly Actor[]): Gold {
  const record = RecordFileSchema.parse(file);
  const article = record.article as {
    title: string;
    publication: string;
    volume: number;
    issue: number;
    id: string;
  };
  const byId = new Map(actors.map((a) => [a.id, a]));
  const name = (id: string) => byId.get(id)?.name ?? id;
  const events = record.events.map((e) => EventSchema.parse(e));
  const quotes = record.quotes.map((q) => QuoteSchema.parse(q));
  const sources = record.sources.map((s) => SourceSchema.parse(s));
  const used = new Set<string>();
  for (const e of events) for (const id of [...e.actors, ...e.places]) used.add(id);
  for (const q of quotes) used.add(q.speaker);
  for (const s of sources) if (s.outletActor) used.add(s.outletActor);
  for (const a of actors) if (a.evidence.some((ev) => ev.article === article.id)) used.add(a.id);
  return {
    article: {
      title: article.title,
      publication: article.publication,
      volume: article.volume,
      issue: article.issue,
    },
    events: events.map((e) => ({
      key: e.id,
      date: e.date.start,
      actors: [...e.actors, ...e.places].map(name),
      evidence: e.evidence[0] ?? '',
    })),
    quotes: quotes
      .filter((q) => q.kind === 'direct')
      .map((q) => ({ key: q.id, speaker: name(q.speaker), text: q.text })),
    statements: quotes
      .filter((q) => q.kind === 'reported')
      .map((q) => ({ key: q.id, speaker: name(q.speaker), evidence: q.evidence[0] ?? '' })),
    actors: [...used].flatMap((id) => {
      const a = byId.get(id);
      return a ? [{ name: a.name, kind: a.kind, other_spellings: a.aliases }] : [];
    }),
    sources: sources.map((s) => ({ raw: s.raw, outlet: s.outlet, date: s.date ?? null })),
  };
}

/** The seed cases: each curated record file whose article text is in the data directory. */
export async function readSeedCases(dataDir: string): Promise<BenchCase[]> {
  const cases: BenchCase[] = [];
  let files: string[] = [];
  try {
    files = (await readdir(path.join(dataDir, 'records'))).filter((f) => f.endsWith('.json')).sort();
  } catch {
    return [];
  }
  const actors: Actor[] = [];
  for (const f of (await readdir(path.join(dataDir, 'actors'))).filter((x) => x.endsWith('.json'))) {
    const parsed = JSON.parse(await readFile(path.join(dataDir, 'actors', f), 'utf8')) as {
      actors?: unknown[];
    };
    for (const a of parsed.actors ?? []) {
      const actor = ActorSchema.safeParse(a);
      if (actor.success) actors.push(actor.data);
    }
  }
  for (const f of files) {
    const id = f.replace(/\.json$/, '');
    const textPath = path.join(dataDir, 'articles', `${id}.txt`);
    try {
      const gold = goldFromRecords(
        JSON.parse(await readFile(path.join(dataDir, 'records', f), 'utf8')),
        actors,
      );
      await readFile(textPath, 'utf8');
      cases.push({ name: `seed:${id}`, textPath, gold });
    } catch {
      // A record file that does not parse is the validator's business, not the bench's.
    }
  }
  return cases;
}

/** What the draft predicts, with every actor known by all its names. */
export function predictionOf(draft: Draft, registry: Registry): Prediction {
  const names = new Map<string, string[]>();
  for (const a of registry.actors) names.set(a.id, [a.name, ...a.aliases]);
  for (const a of draft.actors) names.set(a.id, [a.name, ...a.aliases]);
  const namesOf = (id: string) => names.get(id) ?? [id];
  return {
    events: draft.events.map((e) => ({
      date: e.date.start,
      actorNames: [...e.actors, ...e.places].map(namesOf),
      evidence: e.evidence[0] ?? '',
    })),
    quotes: draft.quotes
      .filter((q) => q.kind === 'direct')
      .map((q) => ({ text: q.text, speakerNames: namesOf(q.speaker) })),
    statements: draft.quotes
      .filter((q) => q.kind === 'reported')
      .map((q) => ({ speakerNames: namesOf(q.speaker), evidence: q.evidence[0] ?? '' })),
    actors: draft.actorRefs.map((a) => ({ names: namesOf(a.id), kind: a.kind })),
    sources: draft.sources.map((s) => ({
      outlet: s.outlet,
      raw: s.raw,
      ...(s.date ? { date: s.date } : {}),
    })),
  };
}
