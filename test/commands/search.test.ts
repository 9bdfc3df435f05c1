// /search: every match counted, ten a page with Previous and Next (the query kept in the message,
// the buttons carrying its signed digest), a menu opening any result, a list only the asker sees.
import { ComponentType } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { createContext } from '../../src/context.js';
import { Dispatcher } from '../../src/interactions/dispatch.js';
import type { AppContext, Response } from '../../src/interactions/types.js';
import { createLogger } from '../../src/log.js';
import { decodeSelectValue } from '../../src/replies/custom-id.js';
import { queryFromFooters } from '../../src/replies/search.js';
import { EPHEMERAL_FLAG, LIMITS } from '../../src/replies/limits.js';
import type { MessagePayload } from '../../src/replies/payload.js';
import { FIXED_NOW, OTHER_USER, USER } from '../helpers/app.js';
import { loadGeneratedDataset } from '../helpers/generated.js';
import { expectWithinDiscordLimits } from '../helpers/limits.js';

let generated: Awaited<ReturnType<typeof loadGeneratedDataset>>;
let context: AppContext;
let dispatcher: Dispatcher;
beforeAll(async () => {
  generated = await loadGeneratedDataset(3000, 21);
  context = createContext(generated.dataset, { now: () => FIXED_NOW });
  dispatcher = new Dispatcher(
    commands,
    context,
    createLogger('error', () => undefined),
  );
}, 60_000);
afterAll(() => generated?.remove());

function payloadOf(response: Response): MessagePayload {
  if (response.type === 'choices') throw new Error('expected a message');
  return response.payload;
}
function component(payload: MessagePayload, type: ComponentType, label?: string) {
  return (payload.components ?? [])
    .flatMap((row) => row.components)
    .find((c) => c.type === type && (label === undefined || ('label' in c && c.label === label))) as
    { custom_id: string; disabled?: boolean; options?: { value: string; label: string }[] } | undefined;
}
const footersOf = (payload: MessagePayload) =>
  (payload.embeds ?? []).flatMap((e) => (e.footer ? [e.footer.text] : []));
const search = (options: Record<string, string | boolean>) =>
  dispatcher.command({ command: 'search', options, user: USER });

/** A word of many records, read from the dataset itself. */
function commonWord(): string {
  const counts = new Map<string, number>();
  for (const event of generated.dataset.events)
    for (const word of new Set(event.title.toLowerCase().split(/[^a-z]+/)))
      if (word.length >= 5) counts.set(word, (counts.get(word) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
}

describe('/search', () => {
  it('pages through every match, ten at a time, the count true and every result openable', async () => {
    const query = commonWord();
    const truth = context.engine.search(query, {});
    expect(truth.total).toBeGreaterThan(30);
    let page = payloadOf(await search({ query }));
    expect(page.flags).toBe(EPHEMERAL_FLAG);
    expect(page.embeds?.[0]?.description).toMatch(
      new RegExp(`^\\*\\*${truth.total.toLocaleString('en-US')} matches\\*\\*`),
    );
    const seen: string[] = [];
    for (let turn = 0; ; turn++) {
      expectWithinDiscordLimits({ type: 'reply', payload: page });
      const menu = component(page, ComponentType.StringSelect)!;
      expect(menu.options!.length).toBeLessThanOrEqual(10);
      seen.push(...menu.options!.map((o) => decodeSelectValue(menu.custom_id, o.value)!));
      const next = component(page, ComponentType.Button, 'Next')!;
      if (next.disabled) break;
      expect(turn).toBeLessThan(truth.total);
      const turned = await dispatcher.component({
        user: USER,
        customId: next.custom_id,
        values: [],
        messageFooters: footersOf(page),
      });
      expect(turned.type).toBe('update');
      page = payloadOf(turned);
    }
    expect(seen).toHaveLength(truth.total);
    expect(new Set(seen).size).toBe(truth.total);

    const menu = component(page, ComponentType.StringSelect)!;
    const opened = await dispatcher.component({
      user: USER,
      customId: menu.custom_id,
      values: [menu.options![0]!.value],
    });
    expect(opened.type).toBe('reply');
    expect(payloadOf(opened).flags ?? 0).toBe(0);
  });

  it('keeps a query’s "@" broken in its footer (no "@here" mention), and reads it back as typed', async () => {
    const query = `@${commonWord()}`;
    const page = payloadOf(await search({ query: `${query}\n` }));
    expect(page.embeds?.[0]?.description).toMatch(/^\*\*[\d,]+ match/);
    const footer = footersOf(page).join('\n');
    expect(footer).toContain(`@\u200b${query.slice(1)}`);
    expect(footer).not.toMatch(/@(?!\u200b)/);
    expect(queryFromFooters(footersOf(page))).toBe(query);
  });

  it('keeps to one kind, opens privately with private:true, and only the asker pages', async () => {
    const query = commonWord();
    const page = payloadOf(await search({ query, kind: 'event', private: true }));
    const total = context.engine.search(query, { kind: 'event' }).total;
    expect(page.embeds?.[0]?.description).toContain(`(${total.toLocaleString('en-US')} events)`);
    const menu = component(page, ComponentType.StringSelect)!;
    const ids = menu.options!.map((o) => decodeSelectValue(menu.custom_id, o.value)!);
    expect(ids.every((id) => generated.dataset.byId.get(id)?.type === 'event')).toBe(true);
    const opened = await dispatcher.component({
      user: USER,
      customId: menu.custom_id,
      values: [menu.options![0]!.value],
    });
    expect(payloadOf(opened).flags).toBe(EPHEMERAL_FLAG);
    const next = component(page, ComponentType.Button, 'Next')!;
    const other = await dispatcher.component({
      user: OTHER_USER,
      customId: next.custom_id,
      values: [],
      messageFooters: footersOf(page),
    });
    expect(payloadOf(other).content).toMatch(/Only the person who ran the command/);
  });

  it('refuses to page a search whose query was altered, and answers no match privately', async () => {
    const page = payloadOf(await search({ query: commonWord() }));
    const next = component(page, ComponentType.Button, 'Next')!;
    const forged = footersOf(page).map((f) => f.replace(/Search: .*$/, 'Search: something else'));
    const refused = await dispatcher.component({
      user: USER,
      customId: next.custom_id,
      values: [],
      messageFooters: forged,
    });
    expect(payloadOf(refused).content).toMatch(/can no longer be paged/);
    const none = payloadOf(await search({ query: 'zzqxv wqqz' }));
    expect(none.flags).toBe(EPHEMERAL_FLAG);
    expect(none.content).toMatch(/^No record holds every word of “zzqxv wqqz”/);
  });

  it('keeps every part within Discord’s limits for the longest query and ids', async () => {
    const query = `${commonWord()} ${'x'.repeat(190)}`;
    const response = await search({ query, kind: 'event' });
    expectWithinDiscordLimits(response);
    for (const row of payloadOf(response).components ?? [])
      for (const c of row.components)
        if ('custom_id' in c) expect(c.custom_id.length).toBeLessThanOrEqual(LIMITS.customId);
  });
});
