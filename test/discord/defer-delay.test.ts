import { describe, expect, it } from 'vitest';
import { deferDelay } from '../../src/discord/respond.js';

// The deferral's timer counts from the interaction's creation (its id), so time lost before the
// handler ran does not carry the first answer past Discord's three seconds.
describe('deferDelay', () => {
  const now = 1_800_000_000_000;

  it('waits the whole delay for an interaction created just now', () => {
    expect(deferDelay(now, now, 2500)).toBe(2500);
  });

  it('waits only what is left when the interaction reached the handler late', () => {
    expect(deferDelay(now - 1800, now, 2500)).toBe(700);
  });

  it('defers at once when the delay is already spent', () => {
    expect(deferDelay(now - 2900, now, 2500)).toBe(0);
  });

  it('ignores a creation time in the future (a clock behind Discord) or implausibly old (a fake id)', () => {
    expect(deferDelay(now + 5000, now, 2500)).toBe(2500);
    expect(deferDelay(0, now, 2500)).toBe(2500);
    expect(deferDelay(Number.NaN, now, 2500)).toBe(2500);
  });
});
