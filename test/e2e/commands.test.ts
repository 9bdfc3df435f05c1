// Every command end to end, in both modes: the real discord.js client logged in to the stand-in's
// gateway, and the HTTP-interactions endpoint the stand-in POSTs signed interactions to. Both answer
// slash commands, autocomplete, the picker, the actor's buttons and the message context menu alike.
import { ApplicationCommandType, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { COMPONENT_TTL_MS, decodeSelectValue, encodeSelectValue } from '../../src/replies/custom-id.js';
import { EPHEMERAL_FLAG } from '../../src/replies/limits.js';
import type { InvokeSpec } from '../standin/index.js';
import {
  answer,
  bodyOf,
  componentsOf,
  embedOf,
  startHarness,
  startHttpHarness,
  type GatewayHarness,
  type Harness,
} from './harness.js';

describe.each(['gateway', 'http'] as const)('%s mode', (mode) => {
  let h: Harness;
  beforeAll(async () => {
    h = mode === 'gateway' ? await startHarness() : await startHttpHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  const ephemeral = (body: Record<string, unknown>) => ((Number(body.flags) || 0) & EPHEMERAL_FLAG) !== 0;

  describe('login and registration', () => {
    it('gateway: logs in with the Guilds intent only; HTTP: no gateway session, PING answered PONG', async () => {
      if (h.mode === 'gateway') {
        const { bot } = h as GatewayHarness;
        expect(bot.client.isReady()).toBe(true);
        expect(bot.client.guilds.cache.map((g) => g.name)).toEqual(['Newsroom']);
        expect(h.discord.sessions().map((s) => s.intents)).toEqual([1]);
        expect(h.logs().some((l) => l.message === 'discord bot ready')).toBe(true);
        return;
      }
      expect(h.discord.sessions()).toEqual([]);
      const pong = await h.discord.ping();
      expect(pong).toMatchObject({ status: 200, json: { type: 1 } });
      expect(h.logs().some((l) => l.message === 'http interactions ready')).toBe(true);
    });

    it('registered every registry command to the guild, which the runtime dispatches', () => {
      const registered = h.discord.commands('Newsroom').map((c) => `${c.type}:${c.name}`);
      const registry = commands.map(
        (m) => `${m.definition.type ?? ApplicationCommandType.ChatInput}:${m.definition.name}`,
      );
      expect(registered).toEqual(registry);
      expect(new Set(registered).size).toBe(registered.length);
      expect(h.discord.commands()).toEqual([]);
    });
  });

  describe('slash commands', () => {
    it('/event answers publicly with the cited embed, mentioning nobody', async () => {
      const body = await answer(
        h.discord.chatInput({ name: 'event', options: { query: 'duma air defense' } }),
      );
      expect(ephemeral(body)).toBe(false);
      expect(embedOf(body)?.title).toBe('Russian Duma backs Russia–Uzbekistan air defense agreement');
      expect(body.allowed_mentions).toEqual({ parse: [] });
      expect(h.discord.messages('general').at(-1)?.embeds[0]?.title).toBe(embedOf(body)?.title);
    });

    it('answers in a direct message too', async () => {
      const handle = h.discord.chatInput({
        name: 'actor',
        options: { name: 'karimov' },
        dm: true,
        user: 'bob',
      });
      expect(embedOf(await answer(handle))?.title).toBe('Islam Karimov');
      const line = await h.logLineOf(handle.id);
      expect(line.outcome).toBe('reply');
      expect(line.guildId).toBeUndefined();
    });

    it('/event private:true answers only the asker', async () => {
      const body = await answer(
        h.discord.chatInput({ name: 'event', options: { query: 'tashkent bombings', private: true } }),
      );
      expect(ephemeral(body)).toBe(true);
      expect(embedOf(body)?.title).toBeTruthy();
    });

    it('resolves a value typed past autocomplete again, typos included', async () => {
      const picked = await answer(
        h.discord.chatInput({ name: 'event', options: { query: 'putin-visits-samarkand' } }),
      );
      expect(embedOf(picked)?.title).toBe('Putin visits Samarkand');
      const typed = await answer(h.discord.chatInput({ name: 'actor', options: { name: 'Karimof' } }));
      expect(embedOf(typed)?.title).toBe('Islam Karimov');
    });

    it('misses ephemerally, with the echoed query made inert', async () => {
      const body = await answer(
        h.discord.chatInput({ name: 'event', options: { query: '@everyone karimov football' } }),
      );
      expect(ephemeral(body)).toBe(true);
      expect(body.content).toMatch(/^No event found for “@\u200beveryone karimov football”/);
      expect(body.allowed_mentions).toEqual({ parse: [] });
    });

    it('/quote finds a quotation and filters by speaker', async () => {
      const body = await answer(
        h.discord.chatInput({ name: 'quote', options: { query: 'i have no doubt' } }),
      );
      expect(embedOf(body)?.title).toBe('Islam Karimov, quoted');
      const filtered = await answer(
        h.discord.chatInput({ name: 'quote', options: { query: 'visit', speaker: 'gulomov' } }),
      );
      expect(embedOf(filtered)?.title).toBe('Kadyr Gulomov, reported statement');
    });

    it('/about states what the dataset holds, privately', async () => {
      const body = await answer(h.discord.chatInput({ name: 'about' }));
      expect(ephemeral(body)).toBe(true);
      expect(embedOf(body)?.title).toBe('About Dossier');
    });

    it('answers every chat command in the registry without an error', async () => {
      for (const module of commands) {
        if ((module.definition.type ?? ApplicationCommandType.ChatInput) !== ApplicationCommandType.ChatInput)
          continue;
        const definition = module.definition as RESTPostAPIChatInputApplicationCommandsJSONBody;
        const options = Object.fromEntries(
          (definition.options ?? [])
            .filter((o) => 'required' in o && o.required)
            .map((o) => [o.name, o.type === 3 ? 'karimov' : o.type === 5 ? false : 1]),
        );
        const body = await answer(h.discord.chatInput({ name: module.definition.name, options }));
        expect(String(body.content ?? ''), `/${module.definition.name}`).not.toMatch(/went wrong/);
        expect(body.allowed_mentions).toEqual({ parse: [] });
      }
    });
  });

  describe('/onthisday and /dailypost', () => {
    it('/onthisday lists the day’s entries', async () => {
      const body = await answer(h.discord.chatInput({ name: 'onthisday', options: { date: '06-02' } }));
      expect(JSON.stringify(body)).toMatch(/June 2/);
      expect(body.allowed_mentions).toEqual({ parse: [] });
    });

    it('/dailypost refuses members without Manage Server', async () => {
      const body = await answer(
        h.discord.chatInput({
          name: 'dailypost',
          subcommand: 'show',
          user: 'bob',
          permissions: ['SendMessages'],
        }),
      );
      expect(ephemeral(body)).toBe(true);
      expect(body.content).toMatch(/Only members with the Manage Server permission/);
    });

    it('/dailypost sets the channel from a channel option, completes zones, and previews in the channel', async () => {
      const admin: InvokeSpec = { user: 'alice', permissions: ['ManageGuild', 'SendMessages'] };
      const general = h.discord.channelId('general');
      const set = await answer(
        h.discord.chatInput({
          name: 'dailypost',
          subcommand: 'channel',
          options: { channel: 'general' },
          ...admin,
        }),
      );
      expect(ephemeral(set)).toBe(true);
      expect(set.content).toContain(`The daily post will go to <#${general}>.`);

      const zones = await h.discord
        .autocomplete({
          name: 'dailypost',
          subcommand: 'timezone',
          focused: 'zone',
          options: { zone: 'Europe/Ber' },
          ...admin,
        })
        .response();
      expect((zones.data?.choices as { value: string }[]).map((c) => c.value)).toContain('Europe/Berlin');

      const preview = await answer(
        h.discord.chatInput({
          name: 'dailypost',
          subcommand: 'preview',
          options: { where: 'channel' },
          ...admin,
        }),
      );
      expect(preview.content).toContain(`Preview posted in <#${general}>`);
      const posted = await h.discord.waitForMessage('general', { source: 'channel' });
      expect(posted.author.id).toBe(h.discord.botUser.id);
      expect(posted.embeds.length).toBeGreaterThan(0);
    });
  });

  describe('autocomplete', () => {
    it('answers from the in-memory engine well inside the 3-second deadline', async () => {
      const started = Date.now();
      const handle = h.discord.autocomplete({ name: 'event', focused: 'query', options: { query: 'tashk' } });
      const callback = await handle.response();
      expect(Date.now() - started).toBeLessThan(1000);
      expect(callback.type).toBe(8);
      const choices = callback.data?.choices as { name: string; value: string }[];
      expect(choices.length).toBeGreaterThan(0);
      expect(choices.length).toBeLessThanOrEqual(25);
      expect(choices.map((c) => c.value)).toContain('tashkent-and-bukhara-bombings');
      const line = await h.logLineOf(handle.id);
      expect(line).toMatchObject({ kind: 'autocomplete', command: 'event', outcome: 'choices' });
      expect(line.latencyMs).toBeLessThan(1000);
    });

    it('completes the speaker of /quote', async () => {
      const callback = await h.discord
        .autocomplete({ name: 'quote', focused: 'speaker', options: { query: 'visit', speaker: 'gulo' } })
        .response();
      expect((callback.data?.choices as { value: string }[]).map((c) => c.value)).toContain('kadyr-gulomov');
    });
  });

  describe('the picker', () => {
    it('is shown only to the asker; others cannot use it; the choice is posted in the channel', async () => {
      const ask = h.discord.chatInput({ name: 'actor', options: { name: 'ivanov' }, user: 'alice' });
      const picker = await answer(ask);
      expect(ephemeral(picker)).toBe(true);
      const [select] = componentsOf(picker, 3);
      const customId = String(select?.custom_id);
      const message = ask.original()!;
      // Nothing of the picker is in the channel for others to see.
      expect(h.discord.messages('general').some((m) => m.id === message.id)).toBe(false);
      const descriptions = (select?.options as { description: string }[]).map((o) => o.description);
      expect(descriptions.every((d) => d.includes('EDM 1:24'))).toBe(true);

      const values = [encodeSelectValue(customId, 'igor-ivanov')];
      const other = await answer(h.discord.select({ customId, values, user: 'bob', message }));
      expect(ephemeral(other)).toBe(true);
      expect(other.content).toMatch(/Only the person who ran the command/);

      const chosen = h.discord.select({ customId, values, user: 'alice', message });
      const callback = await chosen.response();
      expect(callback.type).toBe(4);
      const record = bodyOf(callback);
      expect(ephemeral(record)).toBe(false);
      expect(embedOf(record)?.title).toBe('Igor Ivanov');
      expect(componentsOf(record, 2).map((b) => b.label)).toEqual(['Events (1)', 'Quotations (0)', 'Cite']);
      const posted = h.discord.messages('general').at(-1)!;
      expect(posted.embeds[0]?.title).toBe('Igor Ivanov');
    });

    it('with private:true, the choice replaces the private picker', async () => {
      const ask = h.discord.chatInput({ name: 'actor', options: { name: 'ivanov', private: true } });
      const [select] = componentsOf(await answer(ask), 3);
      const customId = String(select?.custom_id);
      const before = h.discord.messages('general').length;
      const callback = await h.discord
        .select({
          customId,
          values: [encodeSelectValue(customId, 'sergei-ivanov')],
          message: ask.original()!,
        })
        .response();
      expect(callback.type).toBe(7);
      expect(embedOf(bodyOf(callback))?.title).toBe('Sergei Ivanov');
      expect(h.discord.messages('general')).toHaveLength(before);
    });

    it('stops working after its timeout, and says so', async () => {
      const ask = h.discord.chatInput({ name: 'actor', options: { name: 'ivanov' } });
      const [select] = componentsOf(await answer(ask), 3);
      const before = h.clock.now;
      h.clock.now += COMPONENT_TTL_MS + 60_000;
      try {
        const late = await answer(
          h.discord.select({
            customId: String(select?.custom_id),
            values: [encodeSelectValue(String(select?.custom_id), 'igor-ivanov')],
            message: ask.original()!,
          }),
        );
        expect(ephemeral(late)).toBe(true);
        expect(late.content).toMatch(/expired/);
      } finally {
        h.clock.now = before;
      }
    });
  });

  describe('the actor embed’s buttons', () => {
    it('open the actor’s events, paged, and its quotations', async () => {
      const ask = h.discord.chatInput({ name: 'actor', options: { name: 'uzbekistan' } });
      const buttons = componentsOf(await answer(ask), 2);
      expect(buttons.map((b) => b.label)).toEqual(['Events (21)', 'Quotations (0)', 'Cite']);
      const events = h.discord.button({
        customId: String(buttons[0]!.custom_id),
        message: ask.original()!,
        user: 'bob',
      });
      const first = await answer(events);
      expect(ephemeral(first)).toBe(true);
      expect(embedOf(first)?.footer).toMatchObject({ text: expect.stringMatching(/^Page 1 of 3/) });
      const next = componentsOf(first, 2).find((b) => b.label === 'Next')!;
      const turned = h.discord.button({
        customId: String(next.custom_id),
        message: events.original()!,
        user: 'bob',
      });
      const callback = await turned.response();
      expect(callback.type).toBe(7);
      expect(embedOf(bodyOf(callback))?.footer).toMatchObject({
        text: expect.stringMatching(/^Page 2 of 3/),
      });
      expect(String(embedOf(bodyOf(callback))?.description)).toMatch(/^11\. /);

      // Any event of the page opens on its own, privately, and the list stays to choose again.
      const [open] = componentsOf(bodyOf(callback), 3);
      const options = open?.options as { value: string; label: string }[];
      expect(options).toHaveLength(10);
      const opened = await h.discord
        .select({
          customId: String(open?.custom_id),
          values: [options[0]!.value],
          user: 'bob',
          message: events.original()!,
        })
        .response();
      expect(opened.type).toBe(4);
      expect(ephemeral(bodyOf(opened))).toBe(true);
      expect(embedOf(bodyOf(opened))?.title).toBe(options[0]!.label);
      expect(componentsOf(bodyOf(opened), 2).map((b) => b.label)).toContain('Cite');

      const karimov = h.discord.chatInput({ name: 'actor', options: { name: 'karimov' } });
      const quotes = componentsOf(await answer(karimov), 2).find((b) =>
        String(b.label).startsWith('Quotations'),
      )!;
      const list = await answer(
        h.discord.button({ customId: String(quotes.custom_id), message: karimov.original()! }),
      );
      expect(String(embedOf(list)?.title)).toMatch(/quotations/);
    });
  });

  describe('Look up in Dossier', () => {
    it('lists the actors and events a message names, and opens one', async () => {
      const menu = h.discord.messageCommand({
        name: 'Look up in Dossier',
        target: {
          content: 'Wasn’t it Karimov who blamed Waziristan for the Tashkent bombings?',
          author: 'bob',
        },
      });
      const body = await answer(menu);
      expect(ephemeral(body)).toBe(true);
      const [select] = componentsOf(body, 3);
      const values = (select?.options as { value: string }[]).map((o) =>
        decodeSelectValue(String(select?.custom_id), o.value),
      );
      expect(values).toEqual(
        expect.arrayContaining(['islam-karimov', 'vaziristan', 'tashkent-and-bukhara-bombings']),
      );
      const opened = await h.discord
        .select({
          customId: String(select?.custom_id),
          values: [encodeSelectValue(String(select?.custom_id), 'vaziristan')],
          message: menu.original()!,
        })
        .response();
      expect(embedOf(bodyOf(opened))?.title).toBe('Vaziristan');
    });

    it('says so, privately, when a message names nothing known', async () => {
      const body = await answer(
        h.discord.messageCommand({ name: 'Look up in Dossier', target: { content: 'lunch at noon?' } }),
      );
      expect(ephemeral(body)).toBe(true);
      expect(body.content).toMatch(/names no actor or event/);
    });
  });

  describe('every answer', () => {
    it('was exactly one acknowledgement, mentioned nobody, and hit no unknown route', () => {
      const interactions = h.discord.interactions();
      expect(interactions.length).toBeGreaterThan(15);
      for (const interaction of interactions) {
        expect(interaction.callback, interaction.label).not.toBeNull();
        expect(interaction.responses.filter((r) => r.kind === 'callback')).toHaveLength(1);
        for (const response of interaction.responses) {
          const body = bodyOf(response);
          if (response.kind === 'callback' && response.type === 8) continue;
          expect(body.allowed_mentions, interaction.label).toEqual({ parse: [] });
        }
      }
      expect(h.discord.unknownRequests).toEqual([]);
    });

    it('was logged with its command, latency and outcome, and never the token', async () => {
      const lines = await Promise.all(h.discord.interactions().map((i) => h.logLineOf(i.id)));
      for (const line of lines) {
        expect(line).toMatchObject({
          kind: expect.any(String),
          command: expect.any(String),
          outcome: expect.any(String),
        });
        expect(line.latencyMs).toEqual(expect.any(Number));
      }
      expect(h.logLines.join('\n')).not.toContain(h.discord.token);
    });
  });
});
