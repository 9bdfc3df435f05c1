// Components honour only the ids this bot issued: signed ids, no far-future issue times, and select
// values limited to those the menu offered.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Response } from '../../src/interactions/types.js';
import {
  decodeCustomId,
  decodeSelectValue,
  encodeCustomId,
  encodeSelectValue,
  isExpired,
} from '../../src/replies/custom-id.js';
import type { MessagePayload } from '../../src/replies/payload.js';
import { createTestApp, FIXED_NOW, USER, type TestApp } from '../helpers/app.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});

const content = (response: Response) => (response as { payload: MessagePayload }).payload.content ?? '';

function pickerId(response: Response): { customId: string; values: string[] } {
  const payload = (response as { payload: MessagePayload }).payload;
  const select = payload.components![0]!.components[0] as { custom_id: string; options: { value: string }[] };
  return { customId: select.custom_id, values: select.options.map((o) => o.value) };
}

describe('signed custom ids', () => {
  const ref = {
    action: 'page',
    owner: undefined,
    issuedAt: FIXED_NOW,
    args: ['sergei-ivanov', 'events', '1'],
  };

  it('round-trip, and any change to the text voids them', () => {
    const id = encodeCustomId(ref);
    expect(decodeCustomId(id)).toEqual({ ...ref, issuedAt: Math.floor(FIXED_NOW / 1000) * 1000 });
    expect(decodeCustomId(id.replace(':1:', ':2:'))).toBeUndefined();
    expect(decodeCustomId(id.replace('page:-:', `page:${USER.id}:`))).toBeUndefined();
    expect(decodeCustomId(id.slice(0, -1))).toBeUndefined();
    // A tag of as many characters but more bytes (the fuzz test's find) is refused, not a crash.
    expect(decodeCustomId(`${id.slice(0, -1)}é`)).toBeUndefined();
    expect(decodeCustomId(42)).toBeUndefined();
  });

  it('a hand-made id with owner "-" (anyone) is not honoured', async () => {
    const unsigned = `pick:-:${Math.floor(FIXED_NOW / 1000).toString(36)}:actor:o`;
    const response = await app.dispatcher.component({
      user: USER,
      customId: unsigned,
      values: ['igor-ivanov'],
    });
    expect(content(response)).toMatch(/no longer supported/);
  });

  it('an id issued in the far future is expired, not valid forever', () => {
    const future = { ...ref, issuedAt: FIXED_NOW + 365 * 24 * 3600 * 1000 };
    expect(isExpired(decodeCustomId(encodeCustomId(future))!, FIXED_NOW)).toBe(true);
    expect(isExpired(decodeCustomId(encodeCustomId(ref))!, FIXED_NOW + 1000)).toBe(false);
  });
});

describe('select values must be among those the menu offered', () => {
  it('a record id the picker did not offer is refused', async () => {
    const picker = await app.dispatcher.command({
      command: 'actor',
      options: { name: 'ivanov' },
      user: USER,
    });
    const { customId, values } = pickerId(picker);
    expect(values.map((v) => decodeSelectValue(customId, v)).sort()).toEqual([
      'igor-ivanov',
      'sergei-ivanov',
    ]);
    for (const forged of [
      'islam-karimov',
      encodeSelectValue('pick:other', 'islam-karimov'),
      values[0]! + 'x',
    ]) {
      const response = await app.dispatcher.component({ user: USER, customId, values: [forged] });
      expect(content(response)).toMatch(/was not in this menu/);
    }
    const two = await app.dispatcher.component({ user: USER, customId, values });
    expect(content(two)).toMatch(/Choose one entry/);
    const chosen = await app.dispatcher.component({ user: USER, customId, values: [values[0]!] });
    expect(chosen.type).toBe('reply');
  });
});
