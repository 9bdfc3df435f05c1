// Every command, fed the inputs people (and broken clients) really send, answers briefly and
// ephemerally, never throws, fits Discord's limits and mentions no one.
import { beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import type { Response } from '../../src/interactions/types.js';
import { EPHEMERAL_FLAG } from '../../src/replies/limits.js';
import { createTestApp, GUILD_ID, USER, type TestApp } from '../helpers/app.js';
import { expectWithinDiscordLimits } from '../helpers/limits.js';

const NASTY = [
  '',
  '   ',
  'x'.repeat(5000),
  '🔥🤖🔥',
  'مرحبا بالعالم',
  'שלום \u202e tnemucod',
  '**bold** __under__ ~~strike~~ `code` ```block```',
  '@everyone @here',
  '<@&123456789012345678> <@123456789012345678> <#123456789012345678>',
  '[click](https://example.com)',
  '\u0000\u0007control\u001b[31m',
  '../../etc/passwd',
  '13-45',
  "'; DROP TABLE guild_settings; --",
];

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});

function isEphemeral(response: Response): boolean {
  return response.type !== 'choices' && ((response.payload.flags ?? 0) & EPHEMERAL_FLAG) !== 0;
}

describe('bad input to every command', () => {
  const textOptions = commands.flatMap((module) =>
    ('options' in module.definition ? (module.definition.options ?? []) : [])
      .filter((o) => o.type === 3)
      .map((o) => [module.definition.name, o.name] as const),
  );

  it('covers every text option of every command', () => {
    expect(textOptions.length).toBeGreaterThanOrEqual(4);
  });

  it.each(textOptions)('/%s %s: each nasty value is answered within limits', async (command, option) => {
    for (const value of NASTY) {
      const response = await app.dispatcher.command({
        command,
        options: { [option]: value },
        user: USER,
        guildId: GUILD_ID,
      });
      expectWithinDiscordLimits(response);
      const auto = await app.dispatcher.autocomplete({
        command,
        options: { [option]: value },
        focused: option,
        user: USER,
        guildId: GUILD_ID,
      });
      expectWithinDiscordLimits(auto);
    }
  });

  it('answers a 5,000-character query with a short ephemeral note', async () => {
    const response = await app.dispatcher.command({
      command: 'event',
      options: { query: 'a'.repeat(5000) },
      user: USER,
    });
    expect(isEphemeral(response)).toBe(true);
    expect(response.type === 'reply' && response.payload.content).toMatch(
      /too long \(5000 characters; at most 200\)/,
    );
  });

  it('answers an unknown command, an unknown option, a wrong type and a missing option clearly', async () => {
    const cases = [
      [{ command: 'nope', options: {} }, /Unknown command `\/nope`/],
      [{ command: 'event', options: { query: 'x', colour: 'red' } }, /has no option `colour`/],
      [{ command: 'event', options: { query: 42 } }, /Option `query` must be text/],
      [
        { command: 'event', options: { query: 'x', private: 'yes' } },
        /Option `private` must be true or false/,
      ],
      [{ command: 'actor', options: {} }, /needs the option `name`/],
    ] as const;
    for (const [invocation, message] of cases) {
      const response = await app.dispatcher.command({ ...invocation, user: USER });
      expect(isEphemeral(response)).toBe(true);
      expect(response.type === 'reply' && response.payload.content).toMatch(message);
    }
  });

  it('answers a forged or unknown component id without crashing', async () => {
    for (const customId of [
      '',
      'garbage',
      'pick:-:zz',
      'page:-:zzzzzz:no-such-actor:events:0:n',
      'unknown:-:zzzzzz',
    ]) {
      const response = await app.dispatcher.component({ customId, values: ['x'], user: USER });
      expect(isEphemeral(response)).toBe(true);
      expectWithinDiscordLimits(response);
    }
  });

  it('hides unexpected errors behind a generic message with an error id, and logs it', async () => {
    const broken = { ...app.context, engine: undefined } as unknown as typeof app.context;
    const { Dispatcher } = await import('../../src/interactions/dispatch.js');
    const lines: string[] = [];
    const { createLogger } = await import('../../src/log.js');
    const dispatcher = new Dispatcher(
      commands,
      broken,
      createLogger('info', (l) => lines.push(l)),
    );
    const response = await dispatcher.command({
      command: 'event',
      options: { query: 'tashkent' },
      user: USER,
    });
    expect(isEphemeral(response)).toBe(true);
    const content = response.type === 'reply' ? response.payload.content : '';
    const errorId = /error id `([0-9a-f]{8})`/.exec(content ?? '')?.[1];
    expect(errorId).toBeDefined();
    expect(content).not.toMatch(/undefined|TypeError/);
    expect(lines.some((l) => l.includes(errorId!) && l.includes('"level":"error"'))).toBe(true);
  });
});
