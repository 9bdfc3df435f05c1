// The picker for records too close to call: up to 25 options, each told apart by its detail and
// its article, the true number of records that matched, and shown only to the asker.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/dataset/load.js';
import type { Dataset } from '../../src/dataset/types.js';
import { EPHEMERAL_FLAG, LIMITS } from '../../src/replies/limits.js';
import { pickerMessage } from '../../src/replies/lookup.js';
import { optionDescription } from '../../src/replies/menus.js';
import type { ScoredResult } from '../../src/search/engine.js';

const namesakes: ScoredResult[] = Array.from({ length: 40 }, (_, i) => ({
  id: `sergei-ivanov-${i}`,
  kind: 'actor',
  label: 'Sergei Ivanov',
  detail: `Russian official no. ${i}`,
  score: 1,
  tier: 'exact',
}));

let seed: Dataset;
beforeAll(async () => {
  const loaded = await loadDataset('data');
  if (!loaded.ok) throw new Error('seed must load');
  seed = loaded.dataset;
});

const request = (query: string, privately = false) => ({
  kind: 'actor' as const,
  query,
  invokerId: '1',
  privately,
});

describe('the picker', () => {
  it('lists up to 25 records, says how many truly matched, and only the asker sees it', () => {
    const message = pickerMessage(seed, request('sergei ivanov'), namesakes, 212, 0);
    expect(message.content).toContain('matches 212 records');
    expect(message.content).toContain('The 25 best are listed');
    expect(message.content).toContain('It will be posted in the channel; this list is only for you.');
    expect(message.flags).toBe(EPHEMERAL_FLAG);
    const menu = message.components?.[0]?.components[0] as { options: { description?: string }[] };
    expect(menu.options).toHaveLength(LIMITS.selectOptions);
    expect(new Set(menu.options.map((o) => o.description)).size).toBe(LIMITS.selectOptions);
  });

  it('says no more than the count when every match is listed, and where the choice goes', () => {
    const message = pickerMessage(seed, request('ivanov', true), namesakes.slice(0, 2), 2, 0);
    expect(message.content).toContain('matches 2 records. Choose the actor you mean:');
    expect(message.content).toContain('It will be shown to you alone.');
    expect(message.flags).toBe(EPHEMERAL_FLAG);
  });

  it('names the article beside the date or role of each option', () => {
    const event = seed.events.find((e) => e.id === 'putin-visits-samarkand')!;
    const description = optionDescription(seed, {
      id: event.id,
      label: event.title,
      detail: 'September 2003',
    });
    expect(description).toBe('September 2003 · EDM 1:24 “Karimov Moves Closer To Russian Fold”');
    const actor = optionDescription(seed, {
      id: 'sergei-ivanov',
      label: 'Sergei Ivanov',
      detail: 'Russian Defense Minister',
    });
    expect(actor).toBe('Russian Defense Minister · EDM 1:24 “Karimov Moves Closer To Russian Fold”');
    const long = optionDescription(seed, { id: event.id, label: event.title, detail: 'x'.repeat(300) });
    expect(long.length).toBeLessThanOrEqual(LIMITS.selectDescription);
    expect(long).toContain('EDM 1:24');
  });
});
