import { beforeAll, describe, expect, it } from 'vitest';
import { parseMonthDay } from '../../src/lookups/month-day.js';
import { EPHEMERAL_FLAG } from '../../src/replies/limits.js';
import { createTestApp, USER, type TestApp } from '../helpers/app.js';
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
