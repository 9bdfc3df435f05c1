import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatProblem, loadDataset } from '../../src/dataset/load.js';
import type { DatasetProblem } from '../../src/dataset/types.js';

const FIXTURES = path.resolve('test/fixtures/datasets');
const RECORDS = 'records/tm-2-7-harbor-talks.json';

async function problemsOf(fixture: string): Promise<readonly DatasetProblem[]> {
  const result = await loadDataset(path.isAbsolute(fixture) ? fixture : path.join(FIXTURES, fixture));
  if (result.ok) throw new Error(`${fixture} was expected to fail`);
  return result.problems;
}

describe('loadDataset on the valid fixture', () => {
  it('returns a frozen dataset with its indexes', async () => {
    const result = await loadDataset(path.join(FIXTURES, 'valid'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { dataset } = result;
    expect(dataset.events.map((e) => e.id)).toEqual(['ev-petrova-meets-dal']);
    expect(dataset.events[0]?.article).toBe('tm-2-7-harbor-talks');
    expect(dataset.byId.get('ana-petrova')?.type).toBe('actor');
    expect(dataset.byId.get('q-petrova-pier')?.type).toBe('quote');
    expect(dataset.byActor.get('ana-petrova')?.events.map((e) => e.id)).toEqual(['ev-petrova-meets-dal']);
    expect(dataset.byActor.get('ana-petrova')?.quotes.map((q) => q.id)).toEqual(['q-petrova-pier']);
    // Places count as the actor's events too: "what happened in Porto Vela".
    expect(dataset.byActor.get('porto-vela')?.events).toHaveLength(1);
    expect(dataset.byDayOfYear.get('03-03')?.map((e) => e.id)).toEqual(['ev-petrova-meets-dal']);
    expect(Object.isFrozen(dataset.events[0])).toBe(true);
    expect(() => (dataset.events as unknown as unknown[]).push({})).toThrow();
  });
});

describe('loadDataset rejects broken data, saying where and what', () => {
  it('reports malformed JSON with its line and column', async () => {
    const problems = await problemsOf('malformed-json');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: RECORDS, line: 7, column: 5 });
    expect(problems[0]?.message).toMatch(/malformed JSON/);
  });

  it('reports a missing field and a wrong-typed field, both at once, with record id and path', async () => {
    const problems = await problemsOf('missing-and-wrong-type');
    expect(problems).toEqual([
      expect.objectContaining({
        file: RECORDS,
        recordId: 'ev-petrova-meets-dal',
        path: 'events[0].title',
        message: expect.stringMatching(/missing required field/),
      }),
      expect.objectContaining({
        recordId: 'q-petrova-pier',
        path: 'quotes[0].speaker',
        message: expect.stringMatching(/wrong type: expected string, received number/),
      }),
    ]);
  });

  it('reports an impossible date', async () => {
    const [problem, ...rest] = await problemsOf('impossible-date');
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ path: 'events[0].date.start', message: 'is not a real calendar date' });
  });

  it('reports a duplicate id across record types', async () => {
    const [problem] = await problemsOf('duplicate-id');
    expect(problem).toMatchObject({ recordId: 'ev-petrova-meets-dal', path: 'quotes[0].id' });
    expect(problem?.message).toMatch(/duplicate id/);
  });

  it('reports a reference to an unknown actor', async () => {
    const [problem] = await problemsOf('unknown-actor');
    expect(problem).toMatchObject({ path: 'events[0].actors[2]', message: 'unknown actor "boris-unknown"' });
  });

  it('reports an alias shared by two actors that are not namesakes told apart', async () => {
    const [problem] = await problemsOf('shared-alias');
    expect(problem).toMatchObject({
      file: 'actors/registry.json',
      recordId: 'ivo-dal',
      path: 'disambiguation',
    });
    expect(problem?.message).toMatch(
      /"petrova" names both "ana-petrova" and "ivo-dal": namesakes need a disambiguation note each/,
    );
  });

  it('reports evidence and quotations not in the text, showing the nearest passage', async () => {
    const problems = await problemsOf('evidence-not-in-text');
    expect(problems.map((p) => p.path)).toEqual(['events[0].evidence[0]', 'quotes[0].parts[1]']);
    expect(problems[0]?.message).toContain(
      'nearest passage: "On March 3, Kestrian Trade Minister Ana Petrova met Governor Ivo Dal',
    );
    expect(problems[1]?.message).toContain('before the winter storms.');
  });

  it('reports a missing article file', async () => {
    const [problem] = await problemsOf('missing-article-file');
    expect(problem).toMatchObject({ path: 'article.textPath' });
    expect(problem?.message).toBe('article text file not found: articles/tm-2-7-harbor-talks.txt');
  });

  it('formats each problem as one actionable line', async () => {
    const [problem] = await problemsOf('malformed-json');
    expect(formatProblem(problem!)).toMatch(/^records\/tm-2-7-harbor-talks\.json:7:5: malformed JSON/);
    const [unknown] = await problemsOf('unknown-actor');
    expect(formatProblem(unknown!)).toBe(
      'records/tm-2-7-harbor-talks.json [ev-petrova-meets-dal] events[0].actors[2]: unknown actor "boris-unknown"',
    );
  });

  it('reports an empty or missing data directory instead of loading nothing', async () => {
    const problems = await problemsOf('does-not-exist');
    expect(problems.map((p) => p.file)).toEqual(['actors/', 'records/']);
  });
});

type Registry = { actors: { evidence: { article: string; text: string }[] }[] };
type RecordFile = {
  events: { date: { start: string } }[];
  quotes: { speaker: string }[];
  sources: { outletActor?: string }[];
};

/** Copies of the valid fixture made by a test, removed after it. */
const copies: string[] = [];
afterEach(async () => {
  for (const dir of copies.splice(0)) await rm(dir, { recursive: true, force: true });
});

/** A scratch copy of the valid fixture with one JSON file changed by `edit`; returns the directory. */
async function validWith<T>(file: string, edit: (json: T) => void): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'dossier-data-'));
  copies.push(dir);
  await cp(path.join(FIXTURES, 'valid'), dir, { recursive: true });
  const target = path.join(dir, file);
  const json = JSON.parse(await readFile(target, 'utf8')) as T;
  edit(json);
  await writeFile(target, JSON.stringify(json));
  return dir;
}

describe("actors' evidence, checked as each article's file is read", () => {
  it('reports a sentence missing from its article and an article no file holds', async () => {
    const dir = await validWith<Registry>('actors/registry.json', (registry) => {
      registry.actors[0]!.evidence[0]!.text = 'Ana Petrova never said this';
      registry.actors[1]!.evidence[0]!.article = 'tm-9-9-no-such-article';
    });
    const result = await loadDataset(dir);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      expect.objectContaining({
        file: 'actors/registry.json',
        recordId: 'ana-petrova',
        path: 'evidence[0].text',
        message: expect.stringMatching(
          /^evidence does not occur verbatim in articles\/tm-2-7-harbor-talks\.txt/,
        ),
      }),
      expect.objectContaining({
        file: 'actors/registry.json',
        recordId: 'ivo-dal',
        path: 'evidence[0].article',
        message: 'unknown article "tm-9-9-no-such-article"',
      }),
    ]);
  });
});

describe('all problems at once', () => {
  it('collects problems from several records and files in one pass', async () => {
    const dir = await validWith<RecordFile>(RECORDS, (records) => {
      records.events[0]!.date.start = '2004-13';
      records.quotes[0]!.speaker = 'nobody';
      records.sources[0]!.outletActor = 'porto-vela';
    });
    await writeFile(path.join(dir, 'actors/extra.json'), '{"actors": [{"id": "Bad Id"}]}');
    const result = await loadDataset(dir);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const located = result.problems.map((p) => `${p.file} ${p.path}`);
    expect(located).toEqual(
      expect.arrayContaining([
        `${RECORDS} events[0].date.start`,
        `${RECORDS} quotes[0].speaker`,
        `${RECORDS} sources[0].outletActor`,
        'actors/extra.json actors[0].id',
        'actors/extra.json actors[0].kind',
      ]),
    );
  });
});

type Actors = { actors: Record<string, unknown>[] };
type Records = { events: Record<string, unknown>[]; quotes: Record<string, unknown>[] };

describe('namesakes', () => {
  /** A second Ana Petrova, another person, evidenced by the same sentence. */
  const namesake = (disambiguation?: string) => ({
    id: 'ana-petrova-2',
    kind: 'person',
    name: 'Ana Petrova',
    aliases: [],
    description: 'Kestrian journalist',
    ...(disambiguation ? { disambiguation } : {}),
    evidence: [{ article: 'tm-2-7-harbor-talks', text: 'Kestrian Trade Minister Ana Petrova' }],
  });

  it('load when each has a note telling it apart, and the search lists both', async () => {
    const dir = await validWith<Actors>('actors/registry.json', (registry) => {
      registry.actors[0]!.disambiguation = 'the Trade Minister, not the journalist';
      registry.actors.push(namesake('the journalist, not the Trade Minister'));
    });
    const result = await loadDataset(dir);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { buildSearchEngine } = await import('../../src/search/engine.js');
    const found = buildSearchEngine(result.dataset).lookup({ kind: 'actor', query: 'ana petrova' });
    expect(found.status).toBe('ambiguous');
    expect(found.matchCount).toBe(2);
    expect(found.results.map((r) => r.id).sort()).toEqual(['ana-petrova', 'ana-petrova-2']);
  });

  it('are a problem naming the actor without a note', async () => {
    const dir = await validWith<Actors>('actors/registry.json', (registry) => {
      registry.actors[0]!.disambiguation = 'the Trade Minister, not the journalist';
      registry.actors.push(namesake());
    });
    const [problem, ...rest] = await problemsOf(dir);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ recordId: 'ana-petrova-2', path: 'disambiguation' });
    expect(problem?.message).toMatch(/missing on "ana-petrova-2"/);
  });
});

describe("events' aliases and quotations' titles", () => {
  it('load, and a lookup finds the record by them', async () => {
    const dir = await validWith<Records>(RECORDS, (records) => {
      records.events[0]!.aliases = ['Harbor accord'];
      records.quotes[0]!.title = 'Storm warning';
    });
    const result = await loadDataset(dir);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const event = result.dataset.events[0]!;
    const quote = result.dataset.quotes[0]!;
    expect(event.aliases).toEqual(['Harbor accord']);
    expect(quote.title).toBe('Storm warning');
    const { buildSearchEngine } = await import('../../src/search/engine.js');
    const engine = buildSearchEngine(result.dataset);
    expect(engine.lookup({ kind: 'event', query: 'harbor accord' })).toMatchObject({
      status: 'found',
      results: [{ id: event.id, tier: 'exact' }],
    });
    expect(engine.lookup({ kind: 'quote', query: 'storm warning' })).toMatchObject({
      status: 'found',
      results: [{ id: quote.id, tier: 'exact' }],
    });
  });

  it('are checked like any name', async () => {
    const dir = await validWith<Records>(RECORDS, (records) => {
      records.events[0]!.aliases = [''];
      records.quotes[0]!.title = '';
    });
    const problems = await problemsOf(dir);
    expect(problems.map((p) => p.path)).toEqual(['events[0].aliases[0]', 'quotes[0].title']);
  });
});
