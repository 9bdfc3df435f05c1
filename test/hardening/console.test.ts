// The console as the review drove it: "choose" typed wrong, unknown options, one JSON line per
// input line, and Discord markdown rendered as a terminal reads it.
import { beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { plainText } from '../../src/console/render.js';
import { ConsoleSession } from '../../src/console/session.js';
import { createTestApp, type TestApp } from '../helpers/app.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});

describe('choose typed wrong', () => {
  it('says how to choose, not that commands start with a slash', async () => {
    const session = new ConsoleSession(app.dispatcher, commands, false);
    for (const line of ['choose', 'choose x', 'choose -1'])
      expect(await session.handle(line)).toBe('There is nothing to choose.');
    await session.handle('/actor ivanov');
    for (const line of ['choose', 'choose x', 'choose -1', 'choose 3'])
      expect(await session.handle(line)).toBe('Type choose N, where N is 1 to 2.');
  });
});

describe('an unknown option', () => {
  it('is named as unknown instead of joining the query', async () => {
    const session = new ConsoleSession(app.dispatcher, commands, false);
    const answer = await session.handle('/actor name:ivanov bogus:1');
    expect(answer).toMatch(/has no option `bogus`/);
    // Text with a colon and a space, or a URL, is still part of the query.
    expect(await session.handle('/event why: tashkent bombings')).not.toMatch(/has no option/);
  });
});

describe('--json: exactly one output line per input line', () => {
  it('console-level errors, help and blank lines each give one JSON line', async () => {
    const session = new ConsoleSession(app.dispatcher, commands, true);
    const lines = [
      '',
      '# a comment',
      'help',
      'choose 1',
      'event',
      '/about',
      '? /actor kari',
      '/actor ivanov',
    ];
    for (const line of lines) {
      const output = await session.handle(line);
      expect(output, line).toBeDefined();
      expect(output!.split('\n'), line).toHaveLength(1);
      expect(() => JSON.parse(output!), line).not.toThrow();
    }
    expect(JSON.parse((await session.handle('choose 9'))!)).toEqual({
      error: 'Type choose N, where N is 1 to 2.',
    });
  });
});

describe('markdown in the text rendering', () => {
  it('shows text, not markup', () => {
    expect(plainText('**Posting: on** “New\\_York\\*” <#123> <t:1780390800:R>')).toBe(
      'Posting: on “New_York*” #123 2026-06-02 09:00 UTC',
    );
  });

  it('echoed text reads as typed, without the escapes Discord needs', async () => {
    const session = new ConsoleSession(app.dispatcher, commands, false);
    const answer = (await session.handle('/onthisday New_Yorkk*'))!;
    expect(answer).toContain('“New_Yorkk*” is not a date I can read');
    expect(answer).not.toContain('\\');
  });
});

describe('noise typed as a query', () => {
  it('finds nothing rather than a picker of unrelated records', async () => {
    const session = new ConsoleSession(app.dispatcher, commands, false);
    // "aaaaaaaa" folds to "a": it must not count as two typos away from "air".
    for (const line of ['/event aaaaaaaa', '/actor oooooooo', '/quote eeeeeeeeee'])
      expect(await session.handle(line), line).toMatch(/^No [\w ]+ found for/);
    // A real word with a doubled letter typed long is still a typo of it.
    expect(await session.handle('/event tashkkent bombings')).not.toMatch(/^No event found/);
  });
});
