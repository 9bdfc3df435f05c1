// The reloader on its own: a lookup that started before the swap finishes on the old data, later
// ones see the new; a broken dataset is refused with its problems logged; reloads never overlap.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createContext } from '../../src/context.js';
import { loadDataset } from '../../src/dataset/load.js';
import type { EventRecord } from '../../src/dataset/schema.js';
import { Dispatcher } from '../../src/interactions/dispatch.js';
import type { ChatCommandModule, CommandInvocation } from '../../src/interactions/types.js';
import { createLogger } from '../../src/log.js';
import { finalizeMessage } from '../../src/replies/payload.js';
import { DatasetReloader } from '../../src/reload/dataset-reloader.js';
import { USER } from '../helpers/app.js';
import { editJson, scratchDataset } from '../helpers/scratch-data.js';

const RECORDS = 'records/tm-2-7-harbor-talks.json';

/** A command that waits for the test to let it go, then reads the event titles of its context. */
function slowTitles() {
  let release: () => void = () => {};
  const gate = new Promise<void>((r) => (release = r));
  const module: ChatCommandModule = {
    definition: { name: 'titles', description: 'event titles' },
    execute: async (context) => {
      await gate;
      return {
        type: 'reply',
        payload: finalizeMessage({ content: context.dataset.events.map((e) => e.title).join('|') }),
      };
    },
  };
  return { module, release };
}

async function setUp() {
  const dir = await scratchDataset();
  const loaded = await loadDataset(dir);
  if (!loaded.ok) throw new Error('must load');
  const slow = slowTitles();
  const lines: string[] = [];
  const logger = createLogger('debug', (line) => lines.push(line));
  const context = createContext(loaded.dataset, { loaded: { version: loaded.version, at: 0 } });
  const dispatcher = new Dispatcher([slow.module], context, logger);
  const ask = () =>
    dispatcher.command({ command: 'titles', options: {}, user: USER } as unknown as CommandInvocation);
  return { dir, slow, lines, dispatcher, reloader: new DatasetReloader(dir, dispatcher, logger), ask };
}

const contentOf = (r: unknown) => (r as { payload: { content: string } }).payload.content;

describe('DatasetReloader', () => {
  it('lets a lookup in flight finish on the old data and serves the next from the new', async () => {
    const { dir, slow, dispatcher, reloader, ask } = await setUp();
    const inFlight = ask();
    await editJson<{ events: EventRecord[] }>(dir, RECORDS, (f) => (f.events[0]!.title = 'Renamed'));
    expect(await reloader.reload('test')).toMatchObject({ status: 'swapped' });
    const later = ask();
    slow.release();
    expect(contentOf(await inFlight)).toBe('Petrova meets Dal in Porto Vela');
    expect(contentOf(await later)).toBe('Renamed');
    expect(dispatcher.currentContext.loaded?.version).toMatch(/^[0-9a-f]{12}$/);
  });

  it('refuses a dataset with problems, logs them, and keeps the old one', async () => {
    const { dir, slow, dispatcher, reloader, ask, lines } = await setUp();
    const before = dispatcher.currentContext;
    await writeFile(path.join(dir, RECORDS), '{ "article": ');
    expect(await reloader.reload('test')).toMatchObject({ status: 'refused', problems: 1 });
    expect(dispatcher.currentContext).toBe(before);
    expect(lines.join('\n')).toMatch(/dataset reload refused.*records\/tm-2-7-harbor-talks\.json/);
    slow.release();
    expect(contentOf(await ask())).toBe('Petrova meets Dal in Porto Vela');
  });

  it('swaps nothing when the files are unchanged, and runs a burst of requests as at most two loads', async () => {
    const { reloader, lines } = await setUp();
    const burst = await Promise.all([1, 2, 3, 4].map(() => reloader.reload('test')));
    expect(burst.map((r) => r.status)).toEqual(['unchanged', 'unchanged', 'unchanged', 'unchanged']);
    expect(lines.filter((l) => l.includes('dataset reload started'))).toHaveLength(2);
  });
});
