// What the bot echoes of user text: never half an emoji, never a direction control that could
// reorder the bot's own words, never a backtick that breaks out of a code span.
import { beforeAll, describe, expect, it } from 'vitest';
import { parseMonthDay } from '../../src/lookups/month-day.js';
import type { CommandInvocation, Response } from '../../src/interactions/types.js';
import { codeSpan, escapeUserText, truncate } from '../../src/replies/limits.js';
import { createTestApp, USER, type TestApp } from '../helpers/app.js';

const EMOJI = '😀'; // two UTF-16 units
const BIDI = ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069'];
const MARKS = ['\u200e', '\u200f', '\u061c'];

/** True when `text` holds a lone surrogate (half of a pair). */
function hasLoneSurrogate(text: string): boolean {
  return /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(text);
}

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});

async function reply(invocation: Partial<CommandInvocation> & { command: string }): Promise<string> {
  const response: Response = await app.dispatcher.command({ user: USER, options: {}, ...invocation });
  if (response.type !== 'reply') throw new Error('reply expected');
  return response.payload.content ?? '';
}

describe('cuts never split a surrogate pair', () => {
  it('/quote speaker: an emoji across the 100th unit', async () => {
    const speaker = `${'x'.repeat(99)}${EMOJI}${'y'.repeat(20)}`;
    const answer = await reply({ command: 'quote', options: { query: 'terrorist', speaker } });
    expect(answer).toMatch(/No speaker found/);
    expect(hasLoneSurrogate(answer)).toBe(false);
  });

  it('/onthisday: an emoji across the 40th unit', () => {
    const parsed = parseMonthDay(`${'j'.repeat(39)}${EMOJI}une 2`);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(hasLoneSurrogate(parsed.message)).toBe(false);
  });

  it('truncate keeps pairs whole at every length', () => {
    const text = EMOJI.repeat(30);
    for (let max = 1; max <= 61; max += 1) {
      const cut = truncate(text, max);
      expect(cut.length).toBeLessThanOrEqual(max);
      expect(hasLoneSurrogate(cut)).toBe(false);
    }
  });
});

describe('direction controls never reach a reply', () => {
  it('escapeUserText removes embeddings, overrides, isolates and marks', () => {
    for (const control of [...BIDI, ...MARKS]) {
      expect(escapeUserText(`abc${control}def`)).toBe('abcdef');
    }
  });

  it('a public miss with an override in the query echoes none', async () => {
    const query = `karimov\u202eSTOLEN\u2066x\u2069\u200f`;
    const answer = await reply({ command: 'event', options: { query: `zzqx ${query}` } });
    for (const control of [...BIDI, ...MARKS]) expect(answer).not.toContain(control);
  });

  it('an unknown option or command name cannot break out of its code span', async () => {
    expect(codeSpan('a`b', 10)).toBe('`aˋb`');
    const option = await reply({ command: 'actor', options: { 'x` **@everyone** `': 'y' } });
    expect(option).toMatch(/has no option `xˋ \*\*@everyone\*\* ˋ`/);
    const command = await reply({ command: 'nope`\u202e**bold**' });
    expect(command).toMatch(/^Unknown command `\/nopeˋ\*\*bold\*\*`/);
  });
});
