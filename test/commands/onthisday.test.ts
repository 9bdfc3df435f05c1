import { ComponentType } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { createContext } from '../../src/context.js';
import { Dispatcher } from '../../src/interactions/dispatch.js';
import type { Response } from '../../src/interactions/types.js';
import { createLogger } from '../../src/log.js';
import { parseMonthDay } from '../../src/lookups/month-day.js';
import { decodeSelectValue } from '../../src/replies/custom-id.js';
import { EPHEMERAL_FLAG } from '../../src/replies/limits.js';
import type { MessagePayload } from '../../src/replies/payload.js';
import { createTestApp, FIXED_NOW, OTHER_USER, USER, type TestApp } from '../helpers/app.js';
import { loadGeneratedDataset } from '../helpers/generated.js';
import { expectWithinDiscordLimits } from '../helpers/limits.js';

describe('parseMonthDay', () => {
  it('reads the ways people write a day', () => {
    for (const [input, expected] of [
      ['06-02', '06-02'],
      ['6/2', '06-02'],
      ['June 2', '06-02'],
      ['jun 2nd', '06-02'],
      ['2 June', '06-02'],
      ['2nd of june', '06-02'],
      ['Sept 11', '09-11'],
      ['02-29', '02-29'],
    ]) {
      expect(parseMonthDay(input!)).toEqual({ ok: true, value: expected });
    }
  });

  it('says what is wrong with a date that is not one', () => {
    expect(parseMonthDay('13-45')).toEqual({ ok: false, message: expect.stringMatching(/no month 13/) });
    expect(parseMonthDay('02-30')).toEqual({
      ok: false,
      message: expect.stringMatching(/February has no day 30/),
    });
    expect(parseMonthDay('tomorrow')).toEqual({ ok: false, message: expect.stringMatching(/not a date/) });
    expect(parseMonthDay('ju 2')).toMatchObject({ ok: false });
  });
});

describe('/onthisday', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });

  it('defaults to today (UTC without a configured zone): June 2 has the Duma vote', async () => {
    const response = await app.dispatcher.command({ command: 'onthisday', options: {}, user: USER });
    expectWithinDiscordLimits(response);
    if (response.type !== 'reply') throw new Error('reply expected');
    expect(response.payload.flags ?? 0).toBe(0);
    expect(response.payload.embeds?.[0]?.title).toBe(
      'Russian Duma backs Russia–Uzbekistan air defense agreement',
    );
    expect(response.payload.embeds?.[0]?.description).toMatch(/^\*\*June 2, 2004\*\* · 22 years ago/);
  });

  it('lists a day’s events oldest first, planned ones marked', async () => {
    const response = await app.dispatcher.command({
      command: 'onthisday',
      options: { date: 'June 11' },
      user: USER,
    });
    if (response.type !== 'reply') throw new Error('reply expected');
    const titles = response.payload.embeds?.map((e) => e.title);
    expect(titles).toEqual(expect.arrayContaining(['SCO summit in Tashkent']));
    expect(response.payload.embeds?.[0]?.description).toMatch(/planned/);
  });

  it('answers an empty day and a malformed date ephemerally', async () => {
    for (const date of ['01-01', '13-45', '@everyone']) {
      const response = await app.dispatcher.command({ command: 'onthisday', options: { date }, user: USER });
      expectWithinDiscordLimits(response);
      expect(response.type === 'reply' && response.payload.flags).toBe(EPHEMERAL_FLAG);
    }
  });
});

describe('/onthisday on a busy day', () => {
  let generated: Awaited<ReturnType<typeof loadGeneratedDataset>>;
  let dispatcher: Dispatcher;
  let busiest: { monthDay: string; count: number };
  beforeAll(async () => {
    generated = await loadGeneratedDataset(6000, 16);
    const context = createContext(generated.dataset, { now: () => FIXED_NOW });
    dispatcher = new Dispatcher(
      commands,
      context,
      createLogger('error', () => undefined),
    );
    busiest = [...generated.dataset.byDayOfYear]
      .map(([monthDay, events]) => ({ monthDay, count: events.length }))
      .filter((d) => d.monthDay !== '02-29')
      .sort((a, b) => b.count - a.count)[0]!;
  }, 60_000);
  afterAll(() => generated?.remove());

  const payloadOf = (response: Response) => {
    if (response.type === 'choices') throw new Error('expected a message');
    return response.payload;
  };
  const component = (payload: MessagePayload, type: ComponentType, label?: string) =>
    (payload.components ?? [])
      .flatMap((row) => row.components)
      .find((c) => c.type === type && (label === undefined || ('label' in c && c.label === label))) as
      { custom_id: string; options?: { value: string; label: string }[] } | undefined;

  it('pages through every entry of the day, each one openable, instead of cutting them off', async () => {
    expect(busiest.count).toBeGreaterThan(10);
    const reply = await dispatcher.command({
      command: 'onthisday',
      options: { date: busiest.monthDay },
      user: USER,
    });
    expectWithinDiscordLimits(reply);
    const first = payloadOf(reply);
    const shown = first.embeds!.length;
    expect(first.content).toContain(`${shown} of ${busiest.count} shown`);
    expect(first.content).not.toMatch(/do not fit/);
    const all = component(first, ComponentType.Button, `All ${busiest.count} entries`)!;
    expect(component(first, ComponentType.StringSelect)?.options).toHaveLength(shown);

    let page = payloadOf(
      await dispatcher.component({ user: OTHER_USER, customId: all.custom_id, values: [] }),
    );
    expect(page.flags).toBe(EPHEMERAL_FLAG);
    const seen: string[] = [];
    for (let turn = 0; ; turn++) {
      expectWithinDiscordLimits({ type: 'update', payload: page });
      const menu = component(page, ComponentType.StringSelect)!;
      seen.push(...menu.options!.map((o) => decodeSelectValue(menu.custom_id, o.value)!));
      const next = component(page, ComponentType.Button, 'Next') as { custom_id: string; disabled?: boolean };
      if (next.disabled) break;
      expect(turn).toBeLessThan(busiest.count);
      const turned = await dispatcher.component({ user: OTHER_USER, customId: next.custom_id, values: [] });
      expect(turned.type).toBe('update');
      page = payloadOf(turned);
    }
    const day = generated.dataset.byDayOfYear.get(busiest.monthDay)!.map((e) => e.id);
    expect(seen).toEqual(day);

    const menu = component(page, ComponentType.StringSelect)!;
    const opened = await dispatcher.component({
      user: OTHER_USER,
      customId: menu.custom_id,
      values: [menu.options!.at(-1)!.value],
    });
    expect(opened.type).toBe('reply');
    expect(payloadOf(opened).flags).toBe(EPHEMERAL_FLAG);
    expect(payloadOf(opened).embeds?.[0]?.footer?.text).toContain(day.at(-1));
  });
});
