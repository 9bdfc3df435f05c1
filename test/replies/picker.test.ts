// The picker for records too close to call: up to 25 options, each told apart by its detail, and
// the true number of records that matched, however many the menu can list.
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/replies/limits.js';
import { pickerMessage } from '../../src/replies/lookup.js';
import type { ScoredResult } from '../../src/search/engine.js';

const namesakes: ScoredResult[] = Array.from({ length: 40 }, (_, i) => ({
  id: `sergei-ivanov-${i}`,
  kind: 'actor',
  label: 'Sergei Ivanov',
  detail: `Russian official no. ${i}`,
  score: 1,
  tier: 'exact',
}));

describe('the picker', () => {
  it('lists up to 25 records and says how many truly matched', () => {
    const message = pickerMessage('actor', 'sergei ivanov', namesakes, 212, '1', 0, false);
    expect(message.content).toContain('matches 212 records');
    expect(message.content).toContain('The 25 best are listed');
    const menu = message.components?.[0]?.components[0] as { options: { description?: string }[] };
    expect(menu.options).toHaveLength(LIMITS.selectOptions);
    expect(new Set(menu.options.map((o) => o.description)).size).toBe(LIMITS.selectOptions);
  });

  it('says no more than the count when every match is listed', () => {
    const message = pickerMessage('actor', 'ivanov', namesakes.slice(0, 2), 2, '1', 0, false);
    expect(message.content).toContain('matches 2 records. Choose the actor you mean:');
  });
});
