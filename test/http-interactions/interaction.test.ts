// Raw interaction payloads (as Discord POSTs them) into invocations, and the settings the HTTP mode
// cannot start without.
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/env.js';
import { readEnvelope, toParsedInteraction } from '../../src/http-interactions/interaction.js';
import { requireHttpSettings } from '../../src/http-interactions/runtime.js';

const base = {
  id: '1300000000000000001',
  application_id: '1300000000000000002',
  token: 'itok.x',
  version: 1,
  channel_id: '1300000000000000003',
};

function parse(json: unknown) {
  const envelope = readEnvelope(json);
  if (!envelope.ok) throw new Error(envelope.error);
  return toParsedInteraction(envelope.envelope);
}

describe('toParsedInteraction', () => {
  it('reads a guild command with a subcommand, its channel option resolved in the interaction’s server', () => {
    const parsed = parse({
      ...base,
      type: 2,
      guild_id: '1300000000000000004',
      member: { user: { id: '1300000000000000005' }, permissions: '32' },
      data: {
        name: 'dailypost',
        type: 1,
        options: [
          { name: 'channel', type: 1, options: [{ name: 'channel', type: 7, value: '1300000000000000006' }] },
        ],
        resolved: {
          channels: { '1300000000000000006': { id: '1300000000000000006', type: 0, name: 'news' } },
        },
      },
    });
    expect(parsed).toEqual({
      kind: 'command',
      invocation: {
        user: { id: '1300000000000000005', permissions: 32n },
        guildId: '1300000000000000004',
        channelId: '1300000000000000003',
        command: 'dailypost',
        subcommand: 'channel',
        options: { channel: '1300000000000000006' },
        channels: {
          '1300000000000000006': { id: '1300000000000000006', type: 0, guildId: '1300000000000000004' },
        },
      },
    });
  });

  it('reads a DM autocomplete, a component and a message command', () => {
    const user = { id: '1300000000000000005' };
    expect(
      parse({
        ...base,
        type: 4,
        user,
        data: { name: 'event', options: [{ name: 'query', type: 3, value: 'tas', focused: true }] },
      }),
    ).toMatchObject({
      kind: 'autocomplete',
      invocation: { focused: 'query', options: { query: 'tas' }, user },
    });
    expect(
      parse({ ...base, type: 3, user, data: { custom_id: 'abc', component_type: 3, values: ['v'] } }),
    ).toMatchObject({
      kind: 'component',
      invocation: { customId: 'abc', values: ['v'] },
    });
    // A component's message: its embeds' footers come along (a search keeps its query there).
    expect(
      parse({
        ...base,
        type: 3,
        user,
        data: { custom_id: 'abc', component_type: 2 },
        message: { id: '1', embeds: [{ title: 't', footer: { text: 'Page 1\nSearch: x' } }, {}] },
      }),
    ).toMatchObject({ kind: 'component', invocation: { messageFooters: ['Page 1\nSearch: x'] } });
    expect(
      parse({
        ...base,
        type: 2,
        user,
        data: {
          name: 'Look up in Dossier',
          type: 3,
          target_id: '1300000000000000009',
          resolved: {
            messages: { '1300000000000000009': { content: 'Karimov', embeds: [{ title: 'Tashkent' }] } },
          },
        },
      }),
    ).toMatchObject({
      kind: 'message-command',
      invocation: { message: { id: '1300000000000000009', content: 'Karimov\nTashkent' } },
    });
  });

  it('says what is wrong with payloads that are not interactions, never throwing', () => {
    expect(readEnvelope({ ...base, type: 2, id: 'x' })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^Not an interaction: id/),
    });
    expect(readEnvelope(null)).toMatchObject({ ok: false });
    expect(parse({ ...base, type: 2, user: { id: '1300000000000000005' }, data: { type: 1 } })).toMatchObject(
      { kind: 'invalid' },
    );
    expect(parse({ ...base, type: 3, user: { id: '1300000000000000005' }, data: {} })).toMatchObject({
      kind: 'invalid',
    });
    expect(
      parse({ ...base, type: 5, user: { id: '1300000000000000005' }, data: { custom_id: 'm' } }),
    ).toEqual({
      kind: 'unsupported',
      type: 5,
    });
  });
});

describe('requireHttpSettings', () => {
  it('names every variable the HTTP mode needs, and passes when all are set', () => {
    expect(() => requireHttpSettings(parseConfig({}))).toThrow(
      /DISCORD_TOKEN[\s\S]*DISCORD_APPLICATION_ID[\s\S]*DISCORD_PUBLIC_KEY[\s\S]*COMPONENT_SIGNING_KEY/,
    );
    const config = parseConfig({
      DISCORD_TOKEN: 'token-value-123',
      DISCORD_APPLICATION_ID: '1300000000000000002',
      DISCORD_PUBLIC_KEY: 'a'.repeat(64),
      COMPONENT_SIGNING_KEY: 'k'.repeat(32),
    });
    expect(requireHttpSettings(config)).toEqual({
      token: 'token-value-123',
      applicationId: '1300000000000000002',
      publicKey: 'a'.repeat(64),
    });
  });
});
