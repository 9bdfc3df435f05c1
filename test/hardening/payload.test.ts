// The error funnel holds for any payload: a gateway interaction whose custom_id is not a string
// (nothing Discord sends today) is answered, and whatever escapes every funnel is logged, not fatal.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answer, embedOf, startHarness, type Harness } from '../e2e/harness.js';

const exec = promisify(execFile);

describe('a payload with a non-string custom_id', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  for (const [what, customId] of [
    ['a number', 42],
    ['an object', { toString: null }],
    ['null', null],
  ] as const) {
    it(`${what}: answered privately, the bot keeps answering`, async () => {
      const press = h.discord.button({ customId: 'x', data: { custom_id: customId } });
      const body = await answer(press);
      expect(Number(body.flags) & 64).toBe(64);
      expect(body.content).toMatch(/no longer supported|went wrong/);
      const about = await answer(h.discord.chatInput({ name: 'about' }));
      expect(embedOf(about)?.title).toBe('About Dossier');
    });
  }
});

describe('process-level guard', { timeout: 60_000 }, () => {
  it('logs an uncaught exception and an unhandled rejection with their stacks, and runs on', async () => {
    const script = `
      import { createLogger } from './src/log.ts';
      import { surviveUnexpectedErrors } from './src/process-errors.ts';
      surviveUnexpectedErrors(createLogger('info'));
      setTimeout(() => { throw new Error('boom from a timer'); }, 10);
      setTimeout(() => { Promise.reject(new Error('rejected nowhere')); }, 20);
      setTimeout(() => { console.log('still alive'); }, 100);
    `;
    const { stdout, stderr } = await exec(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', script],
      { timeout: 30_000, env: { ...process.env, NODE_ENV: 'production' } },
    );
    expect(stdout.trim()).toBe('still alive');
    const lines = stderr
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    const exception = lines.find((l) => l.message === 'unexpected exception survived');
    expect(JSON.stringify(exception)).toMatch(/boom from a timer/);
    expect(JSON.stringify(exception)).toMatch(/at Timeout/);
    const rejection = lines.find((l) => l.message === 'unhandled promise rejection survived');
    expect(JSON.stringify(rejection)).toMatch(/rejected nowhere/);
  });
});
