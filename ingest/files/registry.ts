// Reads what the dataset already holds, leniently: the actor registry (every file under actors/)
// and the ids in use, so a draft matches known actors instead of duplicating them and never
// reuses an id. A broken file is reported, not fatal: the draft is still useful.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { ActorFileSchema, ActorSchema, RecordFileSchema, type Actor } from '../../src/dataset/schema.js';
import { normalizeText } from '../../src/text/normalize.js';
import { nameKey } from '../../src/search/fold.js';

export interface Registry {
  readonly actors: readonly Actor[];
  /** Every id in use by records of other articles (events, quotes, sources, articles) and actors. */
  readonly ids: ReadonlySet<string>;
  /** Folded name or alias -> actor ids carrying it. */
  readonly byName: ReadonlyMap<string, readonly string[]>;
  /** Spelling key -> actor ids, for transliteration variants. */
  readonly bySpelling: ReadonlyMap<string, readonly string[]>;
  readonly warnings: readonly string[];
}

function addTo(map: Map<string, string[]>, key: string, id: string): void {
  if (key === '') return;
  const list = map.get(key) ?? [];
  if (!list.includes(id)) list.push(id);
  map.set(key, list);
}

/** Build the lookup tables over a list of actors. */
export function indexActors(
  actors: readonly Actor[],
  ids: Iterable<string> = [],
  warnings: string[] = [],
): Registry {
  const byName = new Map<string, string[]>();
  const bySpelling = new Map<string, string[]>();
  const allIds = new Set(ids);
  for (const actor of actors) {
    allIds.add(actor.id);
    for (const name of [actor.name, ...actor.aliases]) {
      addTo(byName, normalizeText(name), actor.id);
      addTo(bySpelling, nameKey(name), actor.id);
    }
  }
  return { actors, ids: allIds, byName, bySpelling, warnings };
}

async function listJson(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((f) => f.endsWith('.json')).sort();
  } catch {
    return [];
  }
}

/**
 * The registry of `dataDir`, leaving out the files of `exceptArticle` (the article being
 * re-ingested: its own earlier draft must not count as "already known").
 */
export async function readRegistry(dataDir: string, exceptArticle?: string): Promise<Registry> {
  const warnings: string[] = [];
  const actors: Actor[] = [];
  const ids = new Set<string>();
  const actorDir = path.join(dataDir, 'actors');
  for (const file of await listJson(actorDir)) {
    if (exceptArticle && file === `${exceptArticle}.json`) continue;
    try {
      const parsed = ActorFileSchema.parse(JSON.parse(await readFile(path.join(actorDir, file), 'utf8')));
      for (const raw of parsed.actors) {
        const actor = ActorSchema.safeParse(raw);
        if (actor.success) actors.push(actor.data);
        else
          warnings.push(
            `actors/${file}: skipped an invalid actor (${actor.error.issues[0]?.message ?? 'invalid'})`,
          );
      }
    } catch (error) {
      warnings.push(`actors/${file}: not readable (${(error as Error).message})`);
    }
  }
  const recordDir = path.join(dataDir, 'records');
  for (const file of await listJson(recordDir)) {
    if (exceptArticle && file === `${exceptArticle}.json`) continue;
    try {
      const parsed = RecordFileSchema.parse(JSON.parse(await readFile(path.join(recordDir, file), 'utf8')));
      for (const list of [[parsed.article], parsed.sources, parsed.events, parsed.quotes]) {
        for (const record of list) {
          const id = (record as { id?: unknown } | null)?.id;
          if (typeof id === 'string') ids.add(id);
        }
      }
    } catch (error) {
      warnings.push(`records/${file}: not readable (${(error as Error).message})`);
    }
  }
  return indexActors(actors, ids, warnings);
}

/** The registries of several data directories as one (the data, and a batch's --out directory). */
export async function readRegistries(dirs: readonly string[], exceptArticle?: string): Promise<Registry> {
  const unique = [...new Set(dirs.map((d) => path.resolve(d)))];
  if (unique.length === 1) return readRegistry(unique[0] ?? '.', exceptArticle);
  const parts = await Promise.all(unique.map((d) => readRegistry(d, exceptArticle)));
  const byId = new Map(parts.flatMap((p) => p.actors.map((a) => [a.id, a] as const)));
  return indexActors(
    [...byId.values()],
    parts.flatMap((p) => [...p.ids]),
    parts.flatMap((p) => [...p.warnings]),
  );
}
