import {
  ComponentType,
  type APIStringSelectComponent,
  type APIButtonComponentWithCustomId,
} from 'discord.js';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Response } from '../../src/interactions/types.js';
import { decodeSelectValue, encodeSelectValue } from '../../src/replies/custom-id.js';
import { EPHEMERAL_FLAG } from '../../src/replies/limits.js';
import { createTestApp, GUILD_ID, OTHER_USER, USER, type TestApp } from '../helpers/app.js';
import { expectWithinDiscordLimits } from '../helpers/limits.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});

const run = (command: string, options: Record<string, string | number | boolean>, user = USER) =>
  app.dispatcher.command({ command, options, user, guildId: GUILD_ID });

function payloadOf(response: Response) {
  if (response.type === 'choices') throw new Error('expected a message');
  return response.payload;
}

function selectOf(response: Response): APIStringSelectComponent {
  const component = payloadOf(response).components?.[0]?.components[0];
  if (component?.type !== ComponentType.StringSelect) throw new Error('expected a select menu');
  return component;
}

function buttonsOf(response: Response): APIButtonComponentWithCustomId[] {
  return (payloadOf(response).components ?? []).flatMap((row) =>
    row.components.filter(
      (c): c is APIButtonComponentWithCustomId => c.type === ComponentType.Button && 'custom_id' in c,
    ),
  );
}

describe('/event', () => {
  it('answers publicly with a cited embed: fact, evidence block quote, source, article', async () => {
    const response = await run('event', { query: 'duma air defense' });
    expectWithinDiscordLimits(response);
    const payload = payloadOf(response);
    expect(payload.flags ?? 0).toBe(0);
    const embed = payload.embeds![0]!;
    expect(embed.title).toBe('Russian Duma backs Russia–Uzbekistan air defense agreement');
    expect(embed.description).toContain('> On June 2, the Russian Duma unanimously backed an agreement');
    const fields = Object.fromEntries(embed.fields!.map((f) => [f.name, f.value]));
    expect(fields['Date']).toBe('June 2, 2004');
    expect(fields['Source']).toContain('Interfax, Moscow, June 2, 2004');
    expect(fields['Source']).toContain('(Interfax, Moscow, June 2)');
    expect(fields['Article']).toContain('Eurasia Daily Monitor, Vol. 1, Issue 24');
    expect(fields['Cite as']).toContain('“Karimov Moves Closer To Russian Fold,”');
  });

  it('answers only the asker with private:true', async () => {
    const payload = payloadOf(await run('event', { query: 'tashkent bombings', private: true }));
    expect(payload.flags).toBe(EPHEMERAL_FLAG);
  });

  it('shows the record for an id picked in autocomplete', async () => {
    const payload = payloadOf(await run('event', { query: 'putin-visits-samarkand' }));
    expect(payload.embeds?.[0]?.title).toBe('Putin visits Samarkand');
  });

  it('misses ephemerally, echoing the query escaped, with suggestions', async () => {
    const response = await run('event', { query: 'karimov football' });
    expectWithinDiscordLimits(response);
    const payload = payloadOf(response);
    expect(payload.flags).toBe(EPHEMERAL_FLAG);
    expect(payload.content).toMatch(/^No event found for “karimov football”/);
    expect(payload.content).toContain('Did you mean');
    const mention = payloadOf(await run('event', { query: '@everyone <@&123> **football**' }));
    expect(mention.content).toContain('“@\u200beveryone <\u200b@&123\\> \\*\\*football\\*\\*”');
  });
});

describe('/actor and its picker', () => {
  it('"ivanov" gives a picker only the asker sees and can use; the choice is posted publicly', async () => {
    const response = await run('actor', { name: 'ivanov' });
    expectWithinDiscordLimits(response);
    expect(payloadOf(response).flags).toBe(EPHEMERAL_FLAG);
    const select = selectOf(response);
    expect(select.options.map((o) => decodeSelectValue(select.custom_id, o.value)).sort()).toEqual([
      'igor-ivanov',
      'sergei-ivanov',
    ]);
    expect(select.options.every((o) => (o.description ?? '').length > 0)).toBe(true);

    const other = await app.dispatcher.component({
      user: OTHER_USER,
      customId: select.custom_id,
      values: [encodeSelectValue(select.custom_id, 'igor-ivanov')],
    });
    expect(payloadOf(other).flags).toBe(EPHEMERAL_FLAG);
    expect(payloadOf(other).content).toMatch(/Only the person who ran the command/);

    const chosen = await app.dispatcher.component({
      user: USER,
      customId: select.custom_id,
      values: [encodeSelectValue(select.custom_id, 'igor-ivanov')],
    });
    expect(chosen.type).toBe('reply');
    expect(payloadOf(chosen).flags ?? 0).toBe(0);
    expect(payloadOf(chosen).embeds?.[0]?.title).toBe('Igor Ivanov');
  });

  it('with private:true the choice replaces the private picker in place', async () => {
    const select = selectOf(await run('actor', { name: 'ivanov', private: true }));
    const chosen = await app.dispatcher.component({
      user: USER,
      customId: select.custom_id,
      values: [encodeSelectValue(select.custom_id, 'sergei-ivanov')],
    });
    expect(chosen.type).toBe('update');
    expect(payloadOf(chosen).embeds?.[0]?.title).toBe('Sergei Ivanov');
  });

  it('expires the picker after its timeout and says so', async () => {
    const select = selectOf(await run('actor', { name: 'ivanov' }));
    const later = app.clock.now;
    app.clock.now += 16 * 60 * 1000;
    try {
      const response = await app.dispatcher.component({
        user: USER,
        customId: select.custom_id,
        values: [encodeSelectValue(select.custom_id, 'igor-ivanov')],
      });
      expect(payloadOf(response).content).toMatch(/expired/);
    } finally {
      app.clock.now = later;
    }
  });

  it('lists the actor’s events and quotations in date order, with buttons that open paged lists', async () => {
    const response = await run('actor', { name: 'karimov' });
    expectWithinDiscordLimits(response);
    const embed = payloadOf(response).embeds![0]!;
    const events = embed.fields!.find((f) => f.name.startsWith('Events'))!.value.split('\n');
    expect(events).toContain('April 2004 — Karimov visits Moscow');
    const ids = app.context.dataset.byActor.get('islam-karimov')!.events.map((e) => e.date.start);
    expect(ids).toEqual([...ids].sort());
    expect(events[0]).toBe('September 2003 — Putin visits Samarkand');
    const buttons = buttonsOf(response);
    expect(buttons.map((b) => b.label)).toEqual([
      expect.stringMatching(/^Events \(\d+\)$/),
      'Quotations (5)',
      'Cite',
    ]);

    const list = await app.dispatcher.component({
      user: OTHER_USER,
      customId: buttons[1]!.custom_id,
      values: [],
    });
    expect(list.type).toBe('reply');
    expect(payloadOf(list).flags).toBe(EPHEMERAL_FLAG);
    expect(payloadOf(list).embeds?.[0]?.description?.split('\n')).toHaveLength(5);
  });
});

describe('/quote', () => {
  it('finds a quotation by its words, with the speaker and the article sentence', async () => {
    const payload = payloadOf(await run('quote', { query: 'i have no doubt' }));
    const embed = payload.embeds![0]!;
    expect(embed.title).toBe('Islam Karimov, quoted');
    expect(embed.description).toContain('“I have no doubt, that the organizers of this terrorist act');
    expect(JSON.stringify(embed.fields)).toContain('Interfax, Moscow, May 13, 2004');
  });

  it('filters by speaker, and says so when the speaker is unknown', async () => {
    const byGulomov = payloadOf(await run('quote', { query: 'visit', speaker: 'gulomov' }));
    expect(byGulomov.embeds?.[0]?.title).toBe('Kadyr Gulomov, reported statement');
    const unknown = payloadOf(await run('quote', { query: 'visit', speaker: 'nobody-at-all' }));
    expect(unknown.flags).toBe(EPHEMERAL_FLAG);
    expect(unknown.content).toMatch(/No speaker found/);
  });
});

const ABOUT_CALL = { command: 'about', options: {}, user: USER, guildId: GUILD_ID };

describe('/about', () => {
  it('states counts, date range, how to cite and the version', async () => {
    const embed = payloadOf(await run('about', {})).embeds![0]!;
    const text = JSON.stringify(embed);
    expect(text).toContain('"name":"Events","value":"22"');
    expect(text).toContain('1999 to 2005');
    expect(text).toContain('How to cite');
    expect(embed.footer?.text).toMatch(/^Dossier \d+\.\d+\.\d+/);
  });

  it('counts and lists the records once per dataset, not at every /about', async () => {
    const { context } = await createTestApp();
    let reads = 0;
    const { dataset } = context;
    const counted = Object.create(dataset) as typeof dataset;
    for (const key of ['articles', 'events', 'quotes'] as const)
      Object.defineProperty(counted, key, { get: () => (reads++, dataset[key]) });
    const aboutModule = (await import('../../commands/about.js')).about;
    const first = JSON.stringify(await aboutModule.execute({ ...context, dataset: counted }, ABOUT_CALL));
    const readsForFirst = reads;
    const second = JSON.stringify(await aboutModule.execute({ ...context, dataset: counted }, ABOUT_CALL));
    expect(readsForFirst).toBeGreaterThan(0);
    expect(reads).toBe(readsForFirst);
    expect(second).toBe(first);
  });
});

describe('Look up in Dossier (message menu)', () => {
  it('lists the actors and events a message names, with a menu to open one', async () => {
    const response = await app.dispatcher.messageCommand({
      command: 'Look up in Dossier',
      user: USER,
      message: { id: '1', content: 'Wasn’t it Karimov who blamed Waziristan for the Tashkent bombings?' },
    });
    expectWithinDiscordLimits(response);
    const values = selectOf(response).options.map((o) =>
      decodeSelectValue(selectOf(response).custom_id, o.value),
    );
    expect(values).toEqual(
      expect.arrayContaining(['islam-karimov', 'vaziristan', 'tashkent', 'tashkent-and-bukhara-bombings']),
    );
    const opened = await app.dispatcher.component({
      user: USER,
      customId: selectOf(response).custom_id,
      values: [encodeSelectValue(selectOf(response).custom_id, 'vaziristan')],
    });
    expect(payloadOf(opened).embeds?.[0]?.title).toBe('Vaziristan');
  });
});
