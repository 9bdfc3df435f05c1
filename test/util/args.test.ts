import { describe, expect, it } from 'vitest';
import { sizeArg } from '../../bench/generate.js';
import { UsageError, numberArg, parseScriptArgs } from '../../src/util/args.js';

const USAGE = 'tool [--n N]';

describe('script arguments', () => {
  it('refuses unknown flags with the usage', () => {
    expect(() => parseScriptArgs(['--jsno'], { json: { type: 'boolean' } }, USAGE)).toThrow(UsageError);
    expect(() => parseScriptArgs(['--jsno'], { json: { type: 'boolean' } }, USAGE)).toThrow(
      /Unknown option '--jsno'[\s\S]*\nUsage: tool \[--n N\]$/,
    );
    expect(() => parseScriptArgs(['stray'], {}, USAGE, false)).toThrow(UsageError);
  });

  it('reads numbers within their bounds, and names the flag of a bad one', () => {
    expect(numberArg(undefined, 'n', 300, USAGE)).toBe(300);
    expect(numberArg('12', 'n', 300, USAGE, { min: 1 })).toBe(12);
    expect(numberArg('0.25', 'share', 0.2, USAGE, { max: 1, integer: false })).toBe(0.25);
    for (const bad of ['3OO', '', ' ', '-1', '1.5', 'Infinity', 'NaN'])
      expect(() => numberArg(bad, 'n', 300, USAGE), bad).toThrow(/--n must be a whole number from 0 to/);
    expect(() => numberArg('2', 'share', 0.2, USAGE, { max: 1, integer: false })).toThrow(
      /--share must be a number from 0 to 1, not “2”/,
    );
  });

  it('reads dataset sizes, refusing anything else', () => {
    expect(sizeArg('10k', USAGE)).toBe(10_000);
    expect(sizeArg('1m', USAGE)).toBe(1_000_000);
    expect(() => sizeArg('10q', USAGE)).toThrow(/not a size: 10q[\s\S]*Usage: tool/);
  });
});
