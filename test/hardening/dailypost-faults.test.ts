// Faults an outside review found in /dailypost: prototype names as zones, a preview into a channel
// the bot cannot post in, text escaped twice, and a settings view promising posts that never come.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GENERIC_ERROR, type Dispatcher } from '../../src/interactions/dispatch.js';
import type { CommandInvocation } from '../../src/interactions/types.js';
import { autocompleteTimeZones, parseTimeZone } from '../../src/schedule/time-zones.js';
import { parsePostTime } from '../../src/schedule/settings.js';
import type { Store } from '../../src/store/store.js';
import { GUILD_ID } from '../helpers/app.js';
import { ADMIN, TEXT_CHANNEL, dailyPostWorld, type DailyPostWorld } from '../helpers/dailypost-world.js';

const CHANNEL = TEXT_CHANNEL;
/** 2026-06-03T06:00:00Z: June 3 has no entries in the seed; June 2 has several. */
const JUNE_3 = Date.UTC(2026, 5, 3, 6, 0, 0);

let world: DailyPostWorld;
let store: Store;
let dispatcher: Dispatcher;

beforeEach(async () => {
  world = await dailyPostWorld(JUNE_3);
  ({ store, dispatcher } = world);
});
afterEach(() => world.close());

/** The admin's /dailypost in a server whose channel the bot can see. */
const dailypost = (subcommand: string, options: CommandInvocation['options'] = {}) =>
  world.dailypost(subcommand, options, { channels: { [CHANNEL.id]: CHANNEL } });

describe('user text looked up in plain objects', () => {
  for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', '__defineGetter__']) {
    it(`“${name}” is no time zone: a clear refusal, autocomplete offers no crash`, async () => {
      const parsed = parseTimeZone(name);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.message).toMatch(/is not a time zone I know/);
      expect(() => autocompleteTimeZones(name, JUNE_3)).not.toThrow();
      const answer = await dailypost('timezone', { zone: name });
      expect(answer).not.toContain(GENERIC_ERROR);
      expect(answer).toMatch(/is not a time zone I know/);
      expect(answer).not.toMatch(/abbreviation/);
    });
  }

  it('a channel option naming a prototype member is not a channel', async () => {
    const response = await dispatcher.command({
      command: 'dailypost',
      subcommand: 'channel',
      options: { channel: 'constructor' },
      user: ADMIN,
      guildId: GUILD_ID,
      channels: {},
    });
    expect(response.type === 'reply' && response.payload.content).toBe('Choose a channel from the list.');
  });
});

describe('one escaping rule: parsers return raw text, the reply escapes once', () => {
  it('parsers quote what was typed as typed', () => {
    const zone = parseTimeZone('New_Yorkk');
    expect(!zone.ok && zone.message).toMatch(/^“New_Yorkk” is not a time zone I know/);
    const time = parsePostTime('9_am');
    expect(!time.ok && time.message).toMatch(/^“9_am” is not a time/);
  });

  it('the admin sees each underscore escaped once', async () => {
    const answer = await dailypost('timezone', { zone: 'New_Yorkk' });
    expect(answer).toContain('“New\\_Yorkk”');
    expect(answer).not.toContain('\\\\');
  });
});

describe('/dailypost preview where:channel into a channel the bot cannot post in', () => {
  beforeEach(async () => {
    await dailypost('channel', { channel: CHANNEL.id });
  });

  it('a 403 is explained as the scheduler explains it, not as a generic error', async () => {
    world.failPosts(Object.assign(new Error('Missing Access'), { status: 403, code: 50001 }));
    const answer = await dailypost('preview', { where: 'channel' });
    expect(answer).not.toContain(GENERIC_ERROR);
    expect(answer).toMatch(/missing permission to post in the channel/);
    expect(answer).toContain(`<#${CHANNEL.id}>`);
  });

  it('a 404 (deleted channel) likewise', async () => {
    world.failPosts(Object.assign(new Error('Unknown Channel'), { status: 404, code: 10003 }));
    const answer = await dailypost('preview', { where: 'channel' });
    expect(answer).toMatch(/the channel was deleted or the bot can no longer see it/);
  });
});

describe('/dailypost show on days with nothing to post', () => {
  beforeEach(async () => {
    await dailypost('channel', { channel: CHANNEL.id });
    await dailypost('time', { time: '09:00' });
    await dailypost('on');
  });

  it('does not announce a post for a day without entries when the note is off', async () => {
    const view = await dailypost('show');
    expect(view).not.toMatch(/Next post: June 3/);
    // The next day the seed has entries for.
    expect(view).toMatch(/Next post: June 11 entries, 2026-06-11 09:00 UTC/);
  });

  it('announces the note when the note is on', async () => {
    const view = await dailypost('emptyday', { note: true });
    expect(view).toMatch(/Next post: June 3 entries, 2026-06-03 09:00 UTC/);
  });

  it('calls a day on which nothing was posted no “Last post”', async () => {
    await store.ledger.markEmpty({
      guildId: GUILD_ID,
      localDate: '2026-06-01',
      channelId: CHANNEL.id,
      nonce: 'n',
      now: JUNE_3,
    });
    const view = await dailypost('show');
    expect(view).not.toMatch(/Last post/);
    expect(view).toMatch(
      /Latest day: June 1, 2026: nothing in the dossier for that day, so nothing was posted/,
    );
  });

  it('announces today’s note once the note is turned on after an empty day was passed over', async () => {
    await store.ledger.markEmpty({
      guildId: GUILD_ID,
      localDate: '2026-06-03',
      channelId: CHANNEL.id,
      nonce: 'n',
      now: JUNE_3,
    });
    expect(await dailypost('show')).toMatch(/Next post: June 11 entries/);
    const view = await dailypost('emptyday', { note: true });
    expect(view).toMatch(/Next post: June 3 entries, /);
  });
});
