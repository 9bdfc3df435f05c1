import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { boot, StartupError } from '../../src/boot.js';
import type { Dispatcher } from '../../src/interactions/dispatch.js';
import { EPHEMERAL_FLAG } from '../../src/replies/limits.js';
import type { Store } from '../../src/store/store.js';
import { FIXED_NOW, GUILD_ID } from '../helpers/app.js';
import {
  ADMIN,
  MEMBER,
  TEXT_CHANNEL,
  dailyPostWorld,
  type DailyPostWorld,
} from '../helpers/dailypost-world.js';
import { expectWithinDiscordLimits } from '../helpers/limits.js';

let world: DailyPostWorld;
let store: Store;
let dispatcher: Dispatcher;
let posted: DailyPostWorld['posted'];

beforeEach(async () => {
  world = await dailyPostWorld(FIXED_NOW);
  ({ store, dispatcher, posted } = world);
});
afterEach(() => world.close());

const dailypost = (...args: Parameters<DailyPostWorld['dailypost']>) => world.dailypost(...args);

describe('/dailypost', () => {
  it('is registered for Manage Server only, in servers only', () => {
    const module = commands.find((c) => c.definition.name === 'dailypost')!;
    expect(module.definition).toMatchObject({ default_member_permissions: '32', contexts: [0] });
  });

  it('lets an admin set channel, time and zone, turn it on, and shows the settings', async () => {
    expect(
      await dailypost(
        'channel',
        { channel: TEXT_CHANNEL.id },
        { channels: { [TEXT_CHANNEL.id]: TEXT_CHANNEL } },
      ),
    ).toContain(`<#${TEXT_CHANNEL.id}>`);
    expect(await dailypost('time', { time: '9:05' })).toContain('09:05');
    expect(await dailypost('timezone', { zone: 'europe/berlin' })).toContain('Europe/Berlin');
    expect(await dailypost('on')).toContain('Posting: **on**');
    expect(await store.settings.get(GUILD_ID)).toMatchObject({
      channelId: TEXT_CHANNEL.id,
      postTime: '09:05',
      timeZone: 'Europe/Berlin',
      enabled: true,
    });
    expect(await dailypost('show')).toMatch(/09:05 Europe\/Berlin/);
    expect(await dailypost('off')).toContain('Posting: **off**');
  });

  it('refuses a non-admin, outside a server, and when no channel is chosen', async () => {
    expect(await dailypost('on', {}, { user: MEMBER })).toMatch(/Manage Server/);
    const outside = await dispatcher.command({
      command: 'dailypost',
      subcommand: 'show',
      options: {},
      user: ADMIN,
    });
    expect(outside.type === 'reply' && outside.payload.content).toMatch(/in a server/);
    expect(await dailypost('on')).toMatch(/channel first/);
    expect((await store.settings.get(GUILD_ID))?.enabled ?? false).toBe(false);
  });

  it('rejects bad times, offset zones and unknown zones with a hint, saving nothing', async () => {
    expect(await dailypost('time', { time: '25:00' })).toMatch(/not a time of day/);
    expect(await dailypost('time', { time: '9am' })).toMatch(/09:00/);
    expect(await dailypost('timezone', { zone: 'GMT+3' })).toMatch(/Europe\/Moscow/);
    expect(await dailypost('timezone', { zone: 'Mars/Olympus_Mons' })).toMatch(/zone/i);
    expect(await store.settings.get(GUILD_ID)).toBeUndefined();
  });

  it('rejects a channel of another server and a voice channel', async () => {
    const foreign = { id: '500000000000000009', type: 0, guildId: '300000000000000999' };
    expect(
      await dailypost('channel', { channel: foreign.id }, { channels: { [foreign.id]: foreign } }),
    ).toMatch(/not in this server/);
    const voice = { id: '500000000000000010', type: 2, guildId: GUILD_ID };
    expect(await dailypost('channel', { channel: voice.id }, { channels: { [voice.id]: voice } })).toMatch(
      /text or announcement/,
    );
  });

  it('previews today’s post to the admin, or into the channel', async () => {
    const privately = await dispatcher.command({
      command: 'dailypost',
      subcommand: 'preview',
      options: {},
      user: ADMIN,
      guildId: GUILD_ID,
    });
    expectWithinDiscordLimits(privately);
    expect(privately.type === 'reply' && privately.payload.flags).toBe(EPHEMERAL_FLAG);
    expect(JSON.stringify(privately)).toContain('Russian Duma backs');
    await dailypost(
      'channel',
      { channel: TEXT_CHANNEL.id },
      { channels: { [TEXT_CHANNEL.id]: TEXT_CHANNEL } },
    );
    expect(await dailypost('preview', { where: 'channel' })).toContain('Preview posted');
    expect(posted).toHaveLength(1);
    expect(posted[0]?.payload.allowed_mentions).toEqual({ parse: [] });
  });

  it('offers time zones as autocomplete choices', async () => {
    const response = await dispatcher.autocomplete({
      command: 'dailypost',
      subcommand: 'timezone',
      options: { zone: 'new york' },
      focused: 'zone',
      user: ADMIN,
      guildId: GUILD_ID,
    });
    expectWithinDiscordLimits(response);
    expect(response.type === 'choices' && response.choices[0]?.value).toBe('America/New_York');
  });
});

describe('start-up with a bad database file', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'dossier-db-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('stops with a clear error naming the path and leaves the file untouched', async () => {
    const file = path.join(dir, 'dossier.sqlite');
    const garbage = Buffer.from('this is not a database, but someone’s precious notes\n'.repeat(100));
    await writeFile(file, garbage);
    const failure = await boot({ DATABASE_PATH: file, DATA_DIR: 'data' }, { commands }).catch(
      (e: unknown) => e,
    );
    expect(failure).toBeInstanceOf(StartupError);
    expect((failure as Error).message).toContain(file);
    expect(Buffer.compare(await readFile(file), garbage)).toBe(0);
  });
});
