import { execFile } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { boundedLines, type InputLine } from '../../src/console/lines.js';
import { parseLine } from '../../src/console/parse.js';

const exec = promisify(execFile);
const TEMP_DATABASE = path.join(tmpdir(), `dossier-console-${process.pid}.sqlite`);

/**
 * Runs `npm start`'s entry (compiled, as npm start runs it; built by the tests' global setup) with
 * piped input and no token, as a user or a script would.
 */
async function runConsole(
  input: string,
  args: string[] = [],
  env: Record<string, string> = {},
): Promise<string> {
  const child = exec(process.execPath, ['dist/src/main.js', ...args], {
    env: { ...process.env, DISCORD_TOKEN: '', LOG_LEVEL: 'error', DATABASE_PATH: TEMP_DATABASE, ...env },
    timeout: 20_000,
  });
  child.child.stdin!.end(input);
  return (await child).stdout;
}

describe('parseLine', () => {
  it('reads named options and lets the first option go unnamed', () => {
    expect(parseLine('/event query:tashkent bombings private:true', commands)).toEqual({
      kind: 'command',
      command: 'event',
      options: { query: 'tashkent bombings', private: true },
    });
    expect(parseLine('/event tashkent bombings', commands)).toEqual({
      kind: 'command',
      command: 'event',
      options: { query: 'tashkent bombings' },
    });
    expect(parseLine('/quote terrorist act speaker:karimov', commands)).toEqual({
      kind: 'command',
      command: 'quote',
      options: { query: 'terrorist act', speaker: 'karimov' },
    });
  });

  it('keeps "word:" inside a query as text unless it is an option name', () => {
    expect(parseLine('/event note: tashkent', commands)).toMatchObject({
      options: { query: 'note: tashkent' },
    });
  });

  it('maps /message to the message menu command, and rejects lines without a slash', () => {
    expect(parseLine('/message Karimov spoke', commands)).toEqual({
      kind: 'message',
      command: 'Look up in Dossier',
      content: 'Karimov spoke',
    });
    expect(parseLine('event x', commands).kind).toBe('error');
  });
});

describe('boundedLines', () => {
  async function read(chunks: (string | Buffer)[], max?: number): Promise<InputLine[]> {
    const lines: InputLine[] = [];
    for await (const line of boundedLines(chunks, max)) lines.push(line);
    return lines;
  }

  it('splits on newlines across chunks, drops a CR before LF, and keeps a last line without one', async () => {
    expect(await read(['/event tash', 'kent\r\n\n/actor', ' ivanov'])).toEqual([
      { text: '/event tashkent' },
      { text: '' },
      { text: '/actor ivanov' },
    ]);
  });

  it('decodes a character split between chunks', async () => {
    const bytes = Buffer.from('/actor Ísmail\n', 'utf8');
    expect(await read([bytes.subarray(0, 9), bytes.subarray(9)])).toEqual([{ text: '/actor Ísmail' }]);
  });

  it('reports a line over the limit by its size, whether it ends in its chunk or later, and reads on', async () => {
    expect(await read(['12345\n123456', '78\nok\n123456789'], 6)).toEqual([
      { text: '12345' },
      { tooLongBytes: 8 },
      { text: 'ok' },
      { tooLongBytes: 9 },
    ]);
  });
});

describe('console mode (npm start without a token)', () => {
  it('answers piped commands as readable text, citation and menu choices included, then exits', async () => {
    const out = await runConsole('/event tashkent bombings\n/actor ivanov\nchoose 1\n');
    expect(out).toContain('== Tashkent and Bukhara bombings ==');
    expect(out).toContain('Eurasia Daily Monitor, Vol. 1, Issue 24');
    expect(out).toMatch(/1\. Sergei Ivanov — Russian Defense Minister/);
    expect(out).toContain('== Sergei Ivanov ==');
  });

  it('prints one JSON payload per command with --json, exactly as sent to Discord', async () => {
    const out = await runConsole('/event tashkent bombings\n/event eurovision song contest\n', ['--json']);
    const lines = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ type: 4, data: { allowed_mentions: { parse: [] } } });
    expect(lines[0].data.embeds[0].title).toBe('Tashkent and Bukhara bombings');
    expect(lines[1]).toMatchObject({ type: 4, data: { flags: 64 } });
  });

  it('skips a line far too long to be a command (64 MB of NUL bytes) and answers the next one', async () => {
    const flood = '\0'.repeat(64 * 1024 * 1024);
    const out = await runConsole(`${flood}\n/event tashkent bombings\n`);
    expect(out).toContain(
      'Skipped a line of 67,108,864 bytes: a command fits on one line of at most 16,384.',
    );
    expect(out).toContain('== Tashkent and Bukhara bombings ==');
  });
});

describe('npm run ask', () => {
  it('answers one command, and autocomplete with --autocomplete', async () => {
    const { stdout } = await exec(
      process.execPath,
      ['--import', 'tsx', 'scripts/ask.ts', '/actor kari', '--autocomplete'],
      {
        env: { ...process.env, LOG_LEVEL: 'error', DATABASE_PATH: TEMP_DATABASE },
      },
    );
    expect(stdout.split('\n')[0]).toBe('1. Islam Karimov — President of Uzbekistan  [islam-karimov]');
  });
});

describe('links, citations, pickers and lists in the console', () => {
  it('prints the read-in-context address, and the Cite button answers with every format', async () => {
    const out = await runConsole('/event duma air defense\nchoose 1\n', [], {
      PUBLIC_URL: 'https://dossier.example.org',
    });
    expect(out).toContain(
      'Read in context: https://dossier.example.org/records/duma-backs-air-defense-agreement#evidence',
    );
    expect(out).toContain('[1] Cite');
    expect(out).toContain(
      'Chicago\n```\n“Karimov Moves Closer To Russian Fold.” Eurasia Daily Monitor 1, no. 24 (June 2004).',
    );
    expect(out).toContain('@article{edm-1-24-karimov-moves-closer-to-russian-fold,');
    expect(out).toContain('Interfax, Moscow, June 2');
  });

  it('a picker is private, names each option’s article, and the choice opens; an actor’s list opens its events', async () => {
    const out = await runConsole('/actor ivanov\nchoose 2\nchoose 1\nchoose 1\n');
    expect(out).toMatch(
      /Choose the actor you mean:\nIt will be posted in the channel; this list is only for you\./,
    );
    expect(out).toMatch(
      /1\. Sergei Ivanov — Russian Defense Minister[^\n]* · EDM 1:24 “Karimov Moves Closer To Russian Fold”/,
    );
    expect(out).toContain('== Igor Ivanov ==');
    expect(out).toContain('== Igor Ivanov: events ==');
    expect(out).toMatch(/Menu: Open one of these\n {2}1\. /);
  });

  it('/search lists matches with a count and pages with Next (choose N)', async () => {
    const out = await runConsole('/search uzbekistan\nchoose 11\n');
    expect(out).toMatch(/== Search: “uzbekistan” ==\n\d+ matches \(\d+ events?, \d+ quotations?/);
    expect(out).toContain('[11] Next');
    expect(out).toMatch(/Page 2 of \d+/);
    expect(out).toMatch(/\n11\. /);
  });
});
