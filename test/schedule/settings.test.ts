import { describe, expect, it } from 'vitest';
import {
  canManageGuild,
  checkCanEnable,
  describeGuildSettings,
  formatSettingsView,
  parsePostTime,
  validatePostChannel,
} from '../../src/schedule/settings.js';
import { autocompleteTimeZones, parseTimeZone, timeZoneNames } from '../../src/schedule/time-zones.js';
import { defaultGuildSettings } from '../../src/store/guild-settings.js';
import { openStore } from '../../src/store/store.js';

const NOW = Date.parse('2026-06-02T08:00:00Z');

describe('parsePostTime', () => {
  it('accepts HH:MM on the 24-hour clock, and H:MM as the same time', () => {
    expect(parsePostTime('09:00')).toEqual({ ok: true, value: '09:00' });
    expect(parsePostTime(' 23:59 ')).toEqual({ ok: true, value: '23:59' });
    expect(parsePostTime('00:00')).toEqual({ ok: true, value: '00:00' });
    expect(parsePostTime('9:05')).toEqual({ ok: true, value: '09:05' });
  });

  it('refuses impossible times, saying which part is wrong', () => {
    expect(parsePostTime('25:00')).toEqual({
      ok: false,
      message: expect.stringMatching(/hours go from 00 to 23/),
    });
    expect(parsePostTime('24:00')).toMatchObject({ ok: false });
    expect(parsePostTime('12:60')).toEqual({
      ok: false,
      message: expect.stringMatching(/minutes go from 00 to 59/),
    });
  });

  it('refuses 12-hour times with the 24-hour equivalent', () => {
    expect(parsePostTime('9am')).toEqual({ ok: false, message: expect.stringMatching(/type 09:00/) });
    expect(parsePostTime('5:30 pm')).toEqual({ ok: false, message: expect.stringMatching(/type 17:30/) });
    expect(parsePostTime('12am')).toEqual({ ok: false, message: expect.stringMatching(/type 00:00/) });
  });

  it('refuses other shapes with an example', () => {
    for (const input of ['0900', '9', 'noon', '09:0', '', '9.30']) {
      expect(parsePostTime(input)).toEqual({ ok: false, message: expect.stringMatching(/HH:MM/) });
    }
  });

  it('quotes what was typed raw: the reply layer escapes it, once (test/hardening)', () => {
    const result = parsePostTime('**bold** @everyone');
    expect(result).toEqual({ ok: false, message: expect.stringContaining('“**bold** @everyone”') });
  });
});

describe('parseTimeZone', () => {
  it('returns the canonical name for any casing', () => {
    expect(parseTimeZone('europe/berlin', NOW)).toEqual({ ok: true, value: 'Europe/Berlin' });
    expect(parseTimeZone('AMERICA/NEW_YORK', NOW)).toEqual({ ok: true, value: 'America/New_York' });
    expect(parseTimeZone('Asia/Tokyo', NOW)).toEqual({ ok: true, value: 'Asia/Tokyo' });
  });

  it('accepts UTC and its aliases as UTC', () => {
    for (const input of ['UTC', 'utc', 'Etc/UTC', 'GMT', 'Z']) {
      expect(parseTimeZone(input, NOW)).toEqual({ ok: true, value: 'UTC' });
    }
  });

  it('maps former and linked names to the current IANA name', () => {
    expect(parseTimeZone('Asia/Calcutta', NOW)).toEqual({ ok: true, value: 'Asia/Kolkata' });
    expect(parseTimeZone('Europe/Kiev', NOW)).toEqual({ ok: true, value: 'Europe/Kyiv' });
    expect(parseTimeZone('US/Eastern', NOW)).toEqual({ ok: true, value: 'America/New_York' });
    expect(parseTimeZone('tokyo', NOW)).toEqual({ ok: true, value: 'Asia/Tokyo' });
    expect(parseTimeZone('new york', NOW)).toEqual({ ok: true, value: 'America/New_York' });
  });

  it('refuses fixed offsets, naming places at that offset', () => {
    for (const input of ['GMT+3', '+03:00', 'UTC+3', 'Etc/GMT-3']) {
      const result = parseTimeZone(input, NOW);
      expect(result).toEqual({ ok: false, message: expect.stringMatching(/fixed offset.*Europe\/Moscow/) });
    }
    expect(parseTimeZone('UTC-5', NOW)).toEqual({
      ok: false,
      message: expect.stringMatching(/America\/New_York/),
    });
    expect(parseTimeZone('+05:30', NOW)).toEqual({
      ok: false,
      message: expect.stringMatching(/Asia\/Kolkata/),
    });
  });

  it('refuses abbreviations, suggesting the zone meant', () => {
    expect(parseTimeZone('EST', NOW)).toEqual({
      ok: false,
      message: expect.stringMatching(/abbreviation.*America\/New_York/),
    });
    expect(parseTimeZone('CET', NOW)).toEqual({
      ok: false,
      message: expect.stringMatching(/Europe\/Berlin/),
    });
    expect(parseTimeZone('msk', NOW)).toEqual({
      ok: false,
      message: expect.stringMatching(/Europe\/Moscow/),
    });
  });

  it('refuses unknown names, suggesting close ones', () => {
    expect(parseTimeZone('Europe/Berlinn', NOW)).toEqual({
      ok: false,
      message: expect.stringMatching(/Europe\/Berlin\?/),
    });
    expect(parseTimeZone('Tashkant', NOW)).toEqual({
      ok: false,
      message: expect.stringMatching(/Asia\/Tashkent/),
    });
    expect(parseTimeZone('Mars/Olympus', NOW)).toMatchObject({ ok: false });
    expect(parseTimeZone('', NOW)).toMatchObject({ ok: false });
  });

  it('every offered name works with Intl and parses to itself', () => {
    const names = timeZoneNames();
    expect(names.length).toBeGreaterThan(300);
    expect(names).toContain('UTC');
    expect(names).toContain('Asia/Kolkata');
    expect(names).not.toContain('Asia/Calcutta');
    for (const zone of names) {
      expect(() => new Intl.DateTimeFormat('en-US', { timeZone: zone })).not.toThrow();
      expect(parseTimeZone(zone, NOW)).toEqual({ ok: true, value: zone });
    }
  });
});

describe('autocompleteTimeZones', () => {
  it('offers at most 25 choices of at most 100 characters, with the current offset', () => {
    for (const query of ['', 'a', 'america', 'e']) {
      const choices = autocompleteTimeZones(query, NOW);
      expect(choices.length).toBeGreaterThan(0);
      expect(choices.length).toBeLessThanOrEqual(25);
      for (const choice of choices) {
        expect(choice.name.length).toBeLessThanOrEqual(100);
        expect(choice.value.length).toBeLessThanOrEqual(100);
      }
    }
    expect(autocompleteTimeZones('berlin', NOW)[0]).toEqual({
      name: 'Europe/Berlin (UTC+02:00)',
      value: 'Europe/Berlin',
    });
  });

  it('tolerates spaces for underscores and any casing', () => {
    expect(autocompleteTimeZones('new york', NOW)[0]?.value).toBe('America/New_York');
    expect(autocompleteTimeZones('NEW_YO', NOW)[0]?.value).toBe('America/New_York');
    expect(autocompleteTimeZones('america/los', NOW)[0]?.value).toBe('America/Los_Angeles');
  });

  it('ranks a prefix of the name before a prefix of the city before a substring', () => {
    const values = autocompleteTimeZones('asia/ta', NOW).map((c) => c.value);
    // Popular zones first among equally good matches.
    expect(values.slice(0, 2)).toEqual(['Asia/Tashkent', 'Asia/Taipei']);
    expect(values.every((v) => v.startsWith('Asia/Ta'))).toBe(true);
    const york = autocompleteTimeZones('york', NOW).map((c) => c.value);
    expect(york[0]).toBe('America/New_York');
    const lin = autocompleteTimeZones('lin', NOW).map((c) => c.value);
    // A city starting with "lin" comes before "Berlin", which only contains it.
    expect(lin.indexOf('Australia/Lindeman')).toBeLessThan(lin.indexOf('Europe/Berlin'));
  });

  it('finds current names by their former spelling', () => {
    expect(autocompleteTimeZones('calcutta', NOW)[0]?.value).toBe('Asia/Kolkata');
    expect(autocompleteTimeZones('kiev', NOW)[0]?.value).toBe('Europe/Kyiv');
  });

  it('turns an offset or an abbreviation into the places that use it', () => {
    expect(autocompleteTimeZones('GMT+3', NOW).map((c) => c.value)).toEqual([
      'Europe/Moscow',
      'Europe/Istanbul',
      'Asia/Riyadh',
    ]);
    expect(autocompleteTimeZones('est', NOW)[0]?.value).toBe('America/New_York');
  });

  it('respects a smaller limit', () => {
    expect(autocompleteTimeZones('america', NOW, 3)).toHaveLength(3);
  });
});

describe('validatePostChannel', () => {
  it('accepts text and announcement channels of this server', () => {
    expect(validatePostChannel('g1', { id: 'c1', guildId: 'g1', type: 0 })).toEqual({
      ok: true,
      value: 'c1',
    });
    expect(validatePostChannel('g1', { id: 'c2', guildId: 'g1', type: 5 })).toEqual({
      ok: true,
      value: 'c2',
    });
  });

  it('refuses a channel of another server', () => {
    expect(validatePostChannel('g1', { id: 'c1', guildId: 'g2', type: 0 })).toEqual({
      ok: false,
      message: expect.stringMatching(/not in this server/),
    });
  });

  it('refuses voice channels, threads, forums and categories', () => {
    for (const type of [2, 4, 11, 13, 15]) {
      expect(validatePostChannel('g1', { id: 'c', guildId: 'g1', type })).toEqual({
        ok: false,
        message: expect.stringMatching(/text or announcement channel/),
      });
    }
  });
});

describe('canManageGuild', () => {
  it('needs Manage Server or Administrator', () => {
    expect(canManageGuild(String(1n << 5n))).toBe(true);
    expect(canManageGuild(1n << 3n)).toBe(true);
    expect(canManageGuild(String((1n << 10n) | (1n << 11n)))).toBe(false);
    expect(canManageGuild('0')).toBe(false);
    expect(canManageGuild(null)).toBe(false);
    expect(canManageGuild('not a number')).toBe(false);
  });
});

describe('the settings view', () => {
  it('for a new server says what to do', () => {
    const view = formatSettingsView({ settings: defaultGuildSettings('g', NOW), now: NOW });
    expect(view).toMatch(/Posting: \*\*off\*\*/);
    expect(view).toMatch(/Channel: not chosen yet/);
    expect(view).toMatch(/Time: 09:00 UTC \(UTC; it is 08:00 there now\)/);
    expect(view).toMatch(/Choose a channel/);
    expect(checkCanEnable(defaultGuildSettings('g', NOW))).toMatchObject({ ok: false });
  });

  it('shows the channel, zone, last and next post', async () => {
    const store = await openStore(':memory:');
    await store.settings.update(
      'g',
      { channelId: '42', postTime: '09:00', timeZone: 'Europe/Berlin', enabled: true },
      NOW,
    );
    await store.ledger.claim({
      guildId: 'g',
      localDate: '2026-06-01',
      channelId: '42',
      nonce: 'n',
      now: NOW - 86_400_000,
      leaseMs: 1,
    });
    await store.ledger.markSent('g', '2026-06-01', 'm', NOW - 86_400_000);
    const view = await describeGuildSettings(store, 'g', NOW);
    expect(view).toMatch(/Posting: \*\*on\*\*/);
    expect(view).toMatch(/Channel: <#42>/);
    expect(view).toMatch(/Time: 09:00 Europe\/Berlin \(UTC\+02:00; it is 10:00 there now\)/);
    expect(view).toMatch(/Last post: June 1, 2026: posted in <#42>/);
    // 10:00 in Berlin is past 09:00 and June 2 is not posted yet: it goes out within a minute.
    expect(view).toMatch(/Next post: June 2 entries, within a minute/);

    await store.ledger.claim({
      guildId: 'g',
      localDate: '2026-06-02',
      channelId: '42',
      nonce: 'n',
      now: NOW,
      leaseMs: 1,
    });
    await store.ledger.markSent('g', '2026-06-02', 'm2', NOW);
    const after = await describeGuildSettings(store, 'g', NOW);
    const tomorrow = Date.parse('2026-06-03T07:00:00Z') / 1000;
    expect(after).toContain(`Next post: June 3 entries, 2026-06-03 09:00 Europe/Berlin (<t:${tomorrow}:R>)`);
    await store.close();
  });

  it('explains an automatic disable with its reason and date', () => {
    const settings = {
      ...defaultGuildSettings('g', NOW),
      channelId: '42',
      timeZone: 'Asia/Tokyo',
      disabledReason: 'the channel was deleted or the bot can no longer see it (Discord answered 404)',
      disabledAt: NOW,
    };
    const view = formatSettingsView({ settings, now: NOW });
    expect(view).toContain(
      '⚠️ Posting was turned off automatically on 2026-06-02 17:00 Asia/Tokyo because the channel was deleted',
    );
    expect(view).toMatch(/then turn posting on again/);
  });
});
