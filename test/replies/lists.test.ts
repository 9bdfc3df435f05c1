// Buttons and menus of record replies and lists fit Discord's 100-character custom ids even for the
// longest record ids the schema allows (64 characters), and a list pages through every entry.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/dataset/load.js';
import type { Dataset } from '../../src/dataset/types.js';
import { LIMITS } from '../../src/replies/limits.js';
import { LIST_KIND, recordListMessage } from '../../src/replies/lists.js';
import { recordMessage } from '../../src/replies/lookup.js';
import type { MessagePayload } from '../../src/replies/payload.js';
import { FIXED_NOW } from '../helpers/app.js';
import { expectWithinDiscordLimits } from '../helpers/limits.js';

const LONGEST_ID = 'a'.repeat(31) + '-' + 'b'.repeat(32);

let seed: Dataset;
beforeAll(async () => {
  const loaded = await loadDataset('data');
  if (!loaded.ok) throw new Error('seed must load');
  seed = loaded.dataset;
});

function customIds(payload: MessagePayload): string[] {
  return (payload.components ?? []).flatMap((row) =>
    row.components.flatMap((c) => ('custom_id' in c ? [c.custom_id] : [])),
  );
}

describe('custom ids at the longest record id', () => {
  it('fit in an actor reply (list buttons, Cite) and in every page of a list', () => {
    expect(LONGEST_ID).toHaveLength(64);
    const actor = {
      id: LONGEST_ID,
      kind: 'person' as const,
      name: 'Someone With A Long Id',
      aliases: [],
      evidence: [{ article: seed.articles[0]!.id, text: 'Karimov' }],
    };
    const reply = recordMessage(
      seed,
      { type: 'actor', record: actor },
      { now: FIXED_NOW, privately: false, publicUrl: 'https://dossier.example.org' },
    )!;
    expectWithinDiscordLimits({ type: 'reply', payload: reply });
    expect(customIds(reply)).toHaveLength(3);
    const events = seed.byActor.get('uzbekistan')!.events;
    const list = { subject: LONGEST_ID, kind: LIST_KIND.actorEvents, title: 'x', items: events };
    for (let page = 0; page < 3; page++) {
      const payload = recordListMessage(seed, list, page, FIXED_NOW);
      expectWithinDiscordLimits({ type: 'update', payload });
      for (const id of customIds(payload)) expect(id.length).toBeLessThanOrEqual(LIMITS.customId);
    }
  });
});
