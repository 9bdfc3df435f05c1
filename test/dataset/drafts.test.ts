// Draft records (review state "draft", as ingest writes them) are validated like any record, listed,
// and never served: the loader leaves them out, an accepted record may not point at one, and
// `npm run validate` fails while the data holds any.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { createContext } from '../../src/context.js';
import { loadDataset } from '../../src/dataset/load.js';
import type { Actor, EventRecord, Quote, Review } from '../../src/dataset/schema.js';
import { Dispatcher } from '../../src/interactions/dispatch.js';
import { silentLogger } from '../../src/log.js';
import { editJson, scratchDataset } from '../helpers/scratch-data.js';
import { USER } from '../helpers/app.js';

const RECORDS = 'records/tm-2-7-harbor-talks.json';
const ACTORS = 'actors/registry.json';
type RecordFile = { article: { review?: unknown }; events: EventRecord[]; quotes: Quote[] };
const DRAFT: Review = { state: 'draft', flags: ['no source: the sentence cites none'] };

/** The valid fixture with its event and quotation drafted, and a drafted actor the event names. */
async function withDrafts(): Promise<string> {
  const dir = await scratchDataset();
  await editJson<{ actors: Actor[] }>(dir, ACTORS, (file) => {
    file.actors.push({
      id: 'pier-authority',
      kind: 'organization',
      name: 'Pier Authority',
      aliases: [],
      evidence: [{ article: 'tm-2-7-harbor-talks', text: 'the new pier' }],
      review: DRAFT,
    });
  });
  await editJson<RecordFile>(dir, RECORDS, (file) => {
    file.events[0]!.review = DRAFT;
    file.events[0]!.actors.push('pier-authority');
    file.quotes[0]!.review = { state: 'draft' };
  });
  return dir;
}

describe('the loader and drafts', () => {
  it('leaves drafted events, quotations and actors out of the dataset and lists them', async () => {
    const result = await loadDataset(await withDrafts());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.dataset.events).toEqual([]);
    expect(result.dataset.quotes).toEqual([]);
    expect(result.dataset.byId.has('pier-authority')).toBe(false);
    expect(result.dataset.byId.has('ana-petrova')).toBe(true);
    expect(result.drafts).toEqual([
      { file: ACTORS, type: 'actor', id: 'pier-authority' },
      { file: RECORDS, type: 'event', id: 'ev-petrova-meets-dal' },
      { file: RECORDS, type: 'quote', id: 'q-petrova-pier' },
    ]);
  });

  it('serves nothing of an article that is still a draft', async () => {
    const dir = await scratchDataset();
    await editJson<RecordFile>(dir, RECORDS, (file) => (file.article.review = { state: 'draft' }));
    const result = await loadDataset(dir);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.dataset.articles).toEqual([]);
    expect(result.dataset.events).toEqual([]);
    expect(result.drafts.map((d) => d.type)).toEqual(['article']);
  });

  it('refuses an accepted record that refers to a drafted actor, saying which', async () => {
    const dir = await scratchDataset();
    await editJson<{ actors: Actor[] }>(dir, ACTORS, (file) => (file.actors[0]!.review = { state: 'draft' }));
    const result = await loadDataset(dir);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toContainEqual(
      expect.objectContaining({
        file: RECORDS,
        recordId: 'ev-petrova-meets-dal',
        message: expect.stringContaining('actor "ana-petrova" is still a draft'),
      }),
    );
  });

  it('counts an accepted record as served, like one with no review state', async () => {
    const dir = await scratchDataset();
    await editJson<RecordFile>(dir, RECORDS, (file) => (file.events[0]!.review = { state: 'accepted' }));
    const result = await loadDataset(dir);
    expect(result.ok && result.dataset.events.map((e) => e.id)).toEqual(['ev-petrova-meets-dal']);
  });

  it('never answers a lookup with a draft; the same record accepted is found', async () => {
    const ask = async (dir: string) => {
      const result = await loadDataset(dir);
      if (!result.ok) throw new Error('must load');
      const dispatcher = new Dispatcher(commands, createContext(result.dataset), silentLogger);
      const reply = await dispatcher.command({
        command: 'event',
        options: { query: 'petrova meets dal' },
        user: USER,
      } as Parameters<Dispatcher['command']>[0]);
      return JSON.stringify(reply);
    };
    const drafted = await ask(await withDrafts());
    expect(drafted).toContain('No event found');
    expect(drafted).not.toContain('ev-petrova-meets-dal');
    expect(await ask(await scratchDataset())).toContain('Petrova meets Dal in Porto Vela');
  });
});

describe('npm run validate and drafts', () => {
  const validate = (...args: string[]) =>
    promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/validate.ts', ...args], {
      cwd: path.resolve(import.meta.dirname, '../..'),
    }).then(
      (r) => ({ code: 0, ...r }),
      (e: { code: number; stdout: string; stderr: string }) => e,
    );

  it('lists every draft and fails, so the gate cannot pass while data/ holds one', async () => {
    const run = await validate(await withDrafts());
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('3 draft record(s) awaiting review');
    expect(run.stderr).toContain('records/tm-2-7-harbor-talks.json [ev-petrova-meets-dal] event: draft');
    expect(run.stderr).toContain('actors/registry.json [pier-authority] actor: draft');
  });

  it('passes with --allow-drafts while a review is under way, and without drafts', async () => {
    expect((await validate(await withDrafts(), '--allow-drafts')).code).toBe(0);
    expect((await validate(await scratchDataset())).code).toBe(0);
  });
});
