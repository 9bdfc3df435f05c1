// The stand-in driven by a real discord.js client: login, interactions and their responses, retries after
// injected faults, gateway resume, channel posts with nonces, and sharding.

import { fileURLToPath } from 'node:url';
import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  Client,
  type ClientOptions,
  DiscordAPIError,
  Events,
  GatewayIntentBits,
  type Interaction,
  MessageFlags,
  ModalBuilder,
  ShardingManager,
  type TextChannel,
  TextInputBuilder,
  TextInputStyle,
} from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snowflakeForShard, type Standin, startStandin } from './index.js';

type Handler = (interaction: Interaction) => Promise<unknown>;

/** Logs a client in against the stand-in and waits for clientReady (all guilds received). */
async function connect(discord: Standin, options: Partial<ClientOptions> = {}): Promise<Client> {
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    rest: { api: discord.apiBase, timeout: 5000 },
    ...options,
  });
  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  await client.login(discord.token);
  await ready;
  return client;
}

/** Routes interactions to the handler a test sets; errors fail the test that awaits the response. */
function dispatcher(client: Client): { set(handler: Handler): void; errors: unknown[] } {
  let current: Handler = async () => {};
  const errors: unknown[] = [];
  client.on(Events.InteractionCreate, (interaction) => {
    current(interaction).catch((error: unknown) => errors.push(error));
  });
  return {
    set: (handler) => {
      current = handler;
    },
    errors,
  };
}

const CALLBACK = '/interactions/:id/:token/callback';

describe('Discord stand-in with a real discord.js client', () => {
  let discord: Standin;
  let client: Client;
  let handlers: ReturnType<typeof dispatcher>;

  beforeAll(async () => {
    discord = await startStandin({
      users: [{ username: 'alice' }, { username: 'bob' }],
      guilds: [
        {
          name: 'Newsroom',
          roles: [{ name: 'Editors', permissions: ['ManageMessages'] }],
          channels: [
            { name: 'general' },
            { name: 'announcements', type: 5 },
            { name: 'Voice', type: 2 },
            { name: 'locked', overwrites: [{ id: '@everyone', type: 'role', deny: ['SendMessages'] }] },
          ],
          members: [{ user: 'alice', roles: ['Editors'] }, { user: 'bob' }],
        },
      ],
    });
    client = await connect(discord);
    handlers = dispatcher(client);
  });

  afterAll(async () => {
    await client?.destroy();
    await discord?.close();
  });

  it('logs in and caches the guilds, channels and its own member', () => {
    const guildId = discord.guildId('Newsroom');
    const guild = client.guilds.cache.get(guildId);
    expect(guild?.name).toBe('Newsroom');
    expect(guild?.channels.cache.map((c) => c.name).sort()).toEqual([
      'Voice',
      'announcements',
      'general',
      'locked',
    ]);
    expect(guild?.members.me?.id).toBe(discord.botUser.id);
    expect(guild?.roles.everyone.id).toBe(guildId);
    expect(client.user?.id).toBe(discord.botUser.id);
    expect(client.application?.id).toBe(discord.applicationId);
    expect(discord.stats.identifies).toBe(1);
    expect(discord.requests.map((r) => `${r.method} ${r.route}`)).toContain('GET /gateway/bot');
  });

  it('serves the REST reads discord.js makes', async () => {
    const application = await client.application!.fetch();
    expect(application.installParams?.scopes).toContain('bot');
    const guild = await client.guilds.fetch({ guild: discord.guildId('Newsroom'), force: true });
    const alice = await guild.members.fetch({ user: discord.user('alice').id, force: true });
    expect(alice.roles.cache.map((r) => r.name).sort()).toEqual(['@everyone', 'Editors']);
    expect((await guild.channels.fetch()).size).toBe(4);
    const user = await client.users.fetch(discord.user('bob').id, { force: true });
    expect(user.username).toBe('bob');
  });

  it('stores registered commands and types interaction options from them', async () => {
    await client.application!.commands.set([
      {
        name: 'ask',
        description: 'Ask a question',
        options: [
          { type: 3, name: 'query', description: 'What to ask', required: true, autocomplete: true },
          { type: 4, name: 'limit', description: 'How many', required: false },
        ],
      },
      { type: 3, name: 'Explain message' },
    ]);
    expect(discord.commands().map((c) => c.name)).toEqual(['ask', 'Explain message']);

    handlers.set(async (i) => {
      if (!i.isChatInputCommand()) return;
      const text = `${i.options.getString('query', true)} x${i.options.getInteger('limit') ?? 1}`;
      await i.reply({ content: text, allowedMentions: { parse: [] } });
    });
    const handle = discord.chatInput({ name: 'ask', options: { query: 'hello <@1>', limit: 3 } });
    const callback = await handle.response();
    expect(callback.type).toBe(4);
    expect(callback.data).toMatchObject({ content: 'hello <@1> x3', allowed_mentions: { parse: [] } });
    expect(handle.payload.data).toMatchObject({ id: discord.commands()[0]!.id, name: 'ask' });
    expect(handle.original()?.content).toBe('hello <@1> x3');
    // The reply is a message in the channel, marked as an interaction response.
    const stored = discord.storedMessages('general').at(-1)!;
    expect(stored).toMatchObject({ source: 'interaction', interactionId: handle.id });
  });

  it('rejects invalid command registrations like Discord', async () => {
    await expect(
      client.application!.commands.set([
        {
          name: 'bad',
          description: 'x',
          options: [
            { type: 3, name: 'a', description: 'a' },
            { type: 3, name: 'b', description: 'b', required: true },
          ],
        },
      ]),
    ).rejects.toMatchObject({ code: 50035 });
  });

  it('captures deferReply then editReply', async () => {
    handlers.set(async (i) => {
      if (!i.isChatInputCommand()) return;
      await i.deferReply({ flags: MessageFlags.Ephemeral });
      await i.editReply({ content: 'done thinking', embeds: [{ title: 'Answer', description: 'Body' }] });
    });
    const handle = discord.chatInput({ name: 'ask', options: { query: 'slow' }, user: 'bob' });
    expect((await handle.response()).type).toBe(5);
    const [edit] = await handle.edits(1);
    expect(edit!.target).toBe('@original');
    expect(edit!.body).toMatchObject({ content: 'done thinking', embeds: [{ title: 'Answer' }] });
    const original = handle.original()!;
    expect(original.content).toBe('done thinking');
    expect(original.flags! & MessageFlags.Ephemeral).toBeTruthy();
    expect(original.flags! & MessageFlags.Loading).toBeFalsy();
    expect(discord.message(original.id)?.ephemeral).toBe(true);
  });

  it('captures a follow-up', async () => {
    handlers.set(async (i) => {
      if (!i.isChatInputCommand()) return;
      await i.reply('first');
      const followup = await i.followUp({ content: 'second', flags: MessageFlags.Ephemeral });
      await i.editReply('first, edited');
      if (followup.content !== 'second') throw new Error('bad follow-up message');
    });
    const handle = discord.chatInput({ name: 'ask', options: { query: 'q' } });
    const responses = await handle.all();
    expect(responses.map((r) => r.kind)).toEqual(['callback', 'followup', 'edit']);
    expect(handle.followupMessages()[0]?.content).toBe('second');
    expect(handle.original()?.content).toBe('first, edited');
    expect(handlers.errors).toEqual([]);
  });

  it('captures an autocomplete response', async () => {
    handlers.set(async (i) => {
      if (!i.isAutocomplete()) return;
      const typed = i.options.getFocused();
      await i.respond([1, 2].map((n) => ({ name: `${typed} ${n}`, value: `${typed}-${n}` })));
    });
    const handle = discord.autocomplete({ name: 'ask', focused: 'query', options: { query: 'elec' } });
    const callback = await handle.response();
    expect(callback.type).toBe(8);
    expect(callback.data?.choices).toEqual([
      { name: 'elec 1', value: 'elec-1' },
      { name: 'elec 2', value: 'elec-2' },
    ]);
  });

  it('captures a button update on the message that carried it', async () => {
    handlers.set(async (i) => {
      if (i.isChatInputCommand()) {
        const row = new ActionRowBuilder<ButtonBuilder>().addComponents(
          new ButtonBuilder().setCustomId('more').setLabel('More').setStyle(ButtonStyle.Primary),
        );
        await i.reply({ content: 'page 1', components: [row] });
      } else if (i.isButton()) {
        await i.update({ content: `page 2 (${i.customId} by ${i.user.username})`, components: [] });
      }
    });
    const ask = discord.chatInput({ name: 'ask', options: { query: 'paged' } });
    await ask.response();
    const reply = ask.original()!;
    const press = discord.button({ customId: 'more', message: reply });
    const callback = await press.response();
    expect(callback.type).toBe(7);
    expect(callback.data).toMatchObject({ content: 'page 2 (more by alice)', components: [] });
    expect(discord.message(reply.id)?.message.content).toBe('page 2 (more by alice)');
    expect(ask.original()?.content).toBe('page 2 (more by alice)');
  });

  it('sends string selects and message context-menu commands', async () => {
    handlers.set(async (i) => {
      if (i.isStringSelectMenu()) await i.reply(`picked ${i.values.join(',')}`);
      if (i.isMessageContextMenuCommand()) await i.reply(`explaining: ${i.targetMessage.content}`);
    });
    const select = discord.select({ customId: 'topic', values: ['a', 'b'] });
    expect((await select.response()).data).toMatchObject({ content: 'picked a,b' });
    const menu = discord.messageCommand({
      name: 'Explain message',
      target: { content: 'the claim', author: 'bob' },
    });
    expect((await menu.response()).data).toMatchObject({ content: 'explaining: the claim' });
    expect(menu.payload.data).toMatchObject({ type: 3, name: 'Explain message' });
  });

  it('handles withResponse, uploads, fetchReply, deleteReply and modals', async () => {
    handlers.set(async (i) => {
      if (i.isChatInputCommand() && i.options.getString('query') === 'file') {
        const response = await i.reply({
          content: 'see file',
          files: [{ attachment: Buffer.from('report body'), name: 'report.txt' }],
          withResponse: true,
        });
        const fetched = await i.fetchReply();
        await i.followUp(
          `${response.resource?.message?.id === fetched.id} ${fetched.attachments.first()?.name}`,
        );
        await i.deleteReply();
      } else if (i.isChatInputCommand()) {
        const input = new TextInputBuilder()
          .setCustomId('why')
          .setLabel('Why?')
          .setStyle(TextInputStyle.Short);
        const row = new ActionRowBuilder<TextInputBuilder>().addComponents(input);
        await i.showModal(new ModalBuilder().setCustomId('feedback').setTitle('Feedback').addComponents(row));
      } else if (i.isModalSubmit()) {
        await i.reply(`${i.customId}: ${i.fields.getTextInputValue('why')}`);
      }
    });
    const upload = discord.chatInput({ name: 'ask', options: { query: 'file' } });
    expect((await upload.all()).map((r) => r.kind)).toEqual(['callback', 'followup', 'delete']);
    expect(upload.callback?.files.map((f) => [f.filename, f.data.toString()])).toEqual([
      ['report.txt', 'report body'],
    ]);
    expect(upload.followupMessages()[0]?.content).toBe('true report.txt');
    const attachment = upload.callback!.message!.attachments[0]!;
    expect(await (await fetch(attachment.url)).text()).toBe('report body');
    expect(discord.message(upload.callback!.message!.id)?.deleted).toBe(true);

    const modal = discord.chatInput({ name: 'ask', options: { query: 'modal' } });
    expect((await modal.response()).data).toMatchObject({ custom_id: 'feedback', title: 'Feedback' });
    const submit = discord.modalSubmit({ customId: 'feedback', fields: { why: 'too long' } });
    expect((await submit.response()).data).toMatchObject({ content: 'feedback: too long' });
  });

  it('works in a DM', async () => {
    handlers.set(async (i) => {
      if (!i.isChatInputCommand()) return;
      // Without Partials.Channel, discord.js leaves i.channel null for an uncached DM channel.
      await i.reply(`channel=${i.channelId} guild=${i.guildId} user=${i.user.username} context=${i.context}`);
    });
    const handle = discord.chatInput({ name: 'ask', options: { query: 'x' }, dm: true, user: 'bob' });
    const dm = discord.dmChannelId('bob');
    expect((await handle.response()).data).toMatchObject({
      content: `channel=${dm} guild=null user=bob context=1`,
    });
    expect(discord.messages(dm).at(-1)?.content).toBe(`channel=${dm} guild=null user=bob context=1`);
  });

  it('gets a reply through a 429 and a 500 on the callback route', async () => {
    handlers.set(async (i) => {
      if (i.isChatInputCommand()) await i.reply({ content: 'persistent', allowedMentions: { parse: [] } });
    });
    const limited = discord.rateLimitNext('POST', CALLBACK, { retryAfter: 0.05 });
    const first = discord.chatInput({ name: 'ask', options: { query: 'a' } });
    expect((await first.response()).data).toMatchObject({ content: 'persistent' });
    expect(limited.hits).toBe(1);
    const failed = discord.failNext('POST', CALLBACK, 500);
    const second = discord.chatInput({ name: 'ask', options: { query: 'b' } });
    expect((await second.response()).data).toMatchObject({ content: 'persistent' });
    expect(failed.hits).toBe(1);
    const attempts = discord
      .requestsTo('POST', CALLBACK)
      .slice(-4)
      .map((r) => r.status);
    expect(attempts).toEqual([429, 204, 500, 204]);
  });

  it('resumes after a dropped gateway connection and replays what was missed', async () => {
    handlers.set(async (i) => {
      if (i.isChatInputCommand()) await i.reply('still here');
    });
    const resumed = discord.waitFor('resume', { timeoutMs: 5000 });
    expect(discord.dropConnection({ code: 4000 })).toBe(1);
    // Sent while the client is disconnected: buffered and replayed on RESUME.
    const during = discord.chatInput({ name: 'ask', options: { query: 'during' } });
    const [{ replayed }] = await resumed;
    expect(replayed).toBeGreaterThanOrEqual(1);
    expect((await during.response()).data).toMatchObject({ content: 'still here' });
    const after = discord.chatInput({ name: 'ask', options: { query: 'after' } });
    expect((await after.response()).data).toMatchObject({ content: 'still here' });
    expect(discord.stats.identifies).toBe(1);
    expect(discord.stats.resumes).toBe(1);
  });

  it('resumes after the socket is terminated', async () => {
    const resumed = discord.waitFor('resume', { timeoutMs: 5000 });
    discord.dropConnection({ terminate: true });
    await resumed;
    handlers.set(async (i) => {
      if (i.isChatInputCommand()) await i.reply('back');
    });
    const handle = discord.chatInput({ name: 'ask', options: { query: 'x' } });
    expect((await handle.response()).data).toMatchObject({ content: 'back' });
    expect(discord.stats.identifies).toBe(1);
  });

  it('de-duplicates channel posts by nonce with enforceNonce', async () => {
    const channel = (await client.channels.fetch(discord.channelId('announcements'))) as TextChannel;
    const first = await channel.send({ content: 'Daily digest', nonce: 'digest-1', enforceNonce: true });
    const again = await channel.send({ content: 'Daily digest', nonce: 'digest-1', enforceNonce: true });
    expect(again.id).toBe(first.id);
    expect(discord.messages('announcements').map((m) => m.content)).toEqual(['Daily digest']);
    expect(discord.stats.nonceReplays).toBe(1);
    const posted = await discord.waitForMessage('announcements');
    expect(posted).toMatchObject({ id: first.id, nonce: 'digest-1', author: { id: discord.botUser.id } });
    // Outside the window the same nonce makes a new message.
    discord.advanceTime(6 * 60_000);
    const later = await channel.send({ content: 'Daily digest', nonce: 'digest-1', enforceNonce: true });
    expect(later.id).not.toBe(first.id);
    const fetched = await channel.messages.fetch({ limit: 10 });
    expect([...fetched.keys()]).toEqual([later.id, first.id]);
  });

  it('answers channel errors with Discord codes', async () => {
    await expect(client.channels.fetch('123456789012345678')).rejects.toMatchObject({
      code: 10003,
      status: 404,
    });
    const locked = (await client.channels.fetch(discord.channelId('locked'))) as TextChannel;
    await expect(locked.send('nope')).rejects.toMatchObject({ code: 50013, status: 403 });
    const general = (await client.channels.fetch(discord.channelId('general'))) as TextChannel;
    discord.failNext('POST', '/channels/:id/messages', 403);
    const error = await general.send('x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DiscordAPIError);
    expect(error).toMatchObject({ code: 50013 });
  });

  it('rejects a wrong token with 401', async () => {
    const other = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: discord.apiBase } });
    await expect(other.login('not-the-token')).rejects.toThrow(/token/i);
    await other.destroy();
    expect(discord.requests.at(-1)).toMatchObject({ status: 401, auth: 'invalid' });
  });

  it('hit no unknown routes', () => {
    expect(discord.unknownRequests).toEqual([]);
  });
});

describe('sharding', () => {
  it('gives each shard only its guilds and routes interactions to the right one', async () => {
    const discord = await startStandin({
      shards: 2,
      guilds: [
        { id: snowflakeForShard(0, 2), name: 'Even' },
        { id: snowflakeForShard(1, 2), name: 'Odd' },
        { id: snowflakeForShard(1, 2), name: 'Odd too' },
      ],
    });
    const clients: Client[] = [];
    try {
      clients.push(
        ...(await Promise.all([0, 1].map((shard) => connect(discord, { shards: shard, shardCount: 2 })))),
      );
      const [zero, one] = clients as [Client, Client];
      expect(zero.guilds.cache.map((g) => g.name)).toEqual(['Even']);
      expect(one.guilds.cache.map((g) => g.name).sort()).toEqual(['Odd', 'Odd too']);
      expect(discord.sessions().map((s) => s.shard)).toEqual([
        [0, 2],
        [1, 2],
      ]);
      for (const [index, c] of clients.entries()) {
        c.on(Events.InteractionCreate, async (i) => {
          if (i.isChatInputCommand()) await i.reply(`shard ${index}`);
        });
      }
      const odd = discord.chatInput({ name: 'ask', guild: 'Odd too' });
      expect(odd.shard).toEqual([1, 2]);
      expect((await odd.response()).data).toMatchObject({ content: 'shard 1' });
      const even = discord.chatInput({ name: 'ask', guild: 'Even' });
      expect((await even.response()).data).toMatchObject({ content: 'shard 0' });
      expect(discord.unknownRequests).toEqual([]);
    } finally {
      await Promise.all(clients.map((c) => c.destroy()));
      await discord.close();
    }
  });

  it('works with a ShardingManager running one process per shard', async () => {
    const discord = await startStandin({
      shards: 2,
      guilds: [
        { id: snowflakeForShard(0, 2), name: 'Even' },
        { id: snowflakeForShard(1, 2), name: 'Odd' },
      ],
    });
    // totalShards must be explicit: 'auto' makes discord.js ask discord.com itself, ignoring rest.api.
    const manager = new ShardingManager(fileURLToPath(new URL('./fixtures/shard-bot.mjs', import.meta.url)), {
      totalShards: 2,
      token: discord.token,
      respawn: false,
      shardArgs: [discord.apiBase, discord.token],
      execArgv: [],
    });
    try {
      await manager.spawn({ delay: 0, timeout: 15_000 });
      const odd = discord.chatInput({ name: 'ask', guild: 'Odd' });
      const even = discord.chatInput({ name: 'ask', guild: 'Even' });
      expect((await odd.response(5000)).data).toMatchObject({ content: 'shard 1' });
      expect((await even.response(5000)).data).toMatchObject({ content: 'shard 0' });
      expect(discord.unknownRequests).toEqual([]);
    } finally {
      for (const shard of manager.shards.values()) shard.kill();
      await discord.close();
    }
  }, 30_000);
});
