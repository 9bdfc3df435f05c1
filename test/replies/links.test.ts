// Every record reply links its sources: the article's own address when the dataset knows it, the
// read-in-context page when PUBLIC_URL is set, and a Cite button answering privately.
import {
  ButtonStyle,
  ComponentType,
  type APIButtonComponentWithCustomId,
  type APIButtonComponentWithURL,
} from 'discord-api-types/v10';

type APIButtonComponent = APIButtonComponentWithCustomId | APIButtonComponentWithURL;
import { beforeAll, describe, expect, it } from 'vitest';
import { createContext } from '../../src/context.js';
import { parseConfig } from '../../src/config/env.js';
import { loadDataset } from '../../src/dataset/load.js';
import type { Dataset } from '../../src/dataset/types.js';
import { Dispatcher } from '../../src/interactions/dispatch.js';
import type { Response } from '../../src/interactions/types.js';
import { createLogger } from '../../src/log.js';
import { commands } from '../../commands/index.js';
import { decodeCustomId, isExpired } from '../../src/replies/custom-id.js';
import { EPHEMERAL_FLAG } from '../../src/replies/limits.js';
import { contextPageUrl } from '../../src/replies/links.js';
import { FIXED_NOW, GUILD_ID, OTHER_USER, USER } from '../helpers/app.js';
import { expectWithinDiscordLimits } from '../helpers/limits.js';
import { editJson, scratchDataset } from '../helpers/scratch-data.js';

const ARTICLE_URL = 'https://jamestown.example/program/karimov-moves-closer-to-russian-fold/';

function buttons(response: Response): APIButtonComponent[] {
  if (response.type === 'choices') throw new Error('expected a message');
  return (response.payload.components ?? []).flatMap((row) =>
    row.components.filter(
      (c): c is APIButtonComponent => c.type === ComponentType.Button && ('custom_id' in c || 'url' in c),
    ),
  );
}

function dispatcherFor(dataset: Dataset, env: Record<string, string>) {
  const context = createContext(dataset, { config: parseConfig(env), now: () => FIXED_NOW });
  return new Dispatcher(
    commands,
    context,
    createLogger('error', () => undefined),
  );
}

let seed: Dataset;
let withUrl: Dataset;
beforeAll(async () => {
  const loaded = await loadDataset('data');
  if (!loaded.ok) throw new Error('seed must load');
  seed = loaded.dataset;
  const dir = await scratchDataset('valid');
  await editJson<{ article: Record<string, unknown> }>(dir, 'records/tm-2-7-harbor-talks.json', (file) => {
    file.article.url = ARTICLE_URL;
  });
  const edited = await loadDataset(dir);
  if (!edited.ok) throw new Error(`edited fixture must load: ${JSON.stringify(edited.problems)}`);
  withUrl = edited.dataset;
});

describe('the read-in-context address', () => {
  it('is PUBLIC_URL, /records/, the record id, encoded, and #evidence, whatever the base’s trailing slash', () => {
    expect(contextPageUrl('https://dossier.example.org', 'putin-visits-samarkand')).toBe(
      'https://dossier.example.org/records/putin-visits-samarkand#evidence',
    );
    expect(contextPageUrl('https://example.org/dossier/', 'a b/c')).toBe(
      'https://example.org/dossier/records/a%20b%2Fc#evidence',
    );
  });

  it('PUBLIC_URL must be an http(s) base without query, fragment or credentials', () => {
    expect(parseConfig({ PUBLIC_URL: 'https://example.org/dossier/' }).publicUrl).toBe(
      'https://example.org/dossier',
    );
    for (const bad of [
      'ftp://example.org',
      'example.org',
      'https://e.org/?x=1',
      'https://e.org/#top',
      'https://u:p@e.org',
    ])
      expect(() => parseConfig({ PUBLIC_URL: bad }), bad).toThrow(/PUBLIC_URL: must be an http\(s\) URL/);
  });
});

describe('record replies', () => {
  it('without PUBLIC_URL or article url: only the Cite button, no embed url', async () => {
    const response = await dispatcherFor(seed, {}).command({
      command: 'event',
      options: { query: 'duma air defense' },
      user: USER,
      guildId: GUILD_ID,
    });
    expectWithinDiscordLimits(response);
    expect(buttons(response).map((b) => b.label)).toEqual(['Cite']);
    if (response.type === 'choices') throw new Error('expected a message');
    expect(response.payload.embeds?.[0]?.url).toBeUndefined();
  });

  it('with PUBLIC_URL: a “Read in context” link to the record’s page', async () => {
    const response = await dispatcherFor(seed, { PUBLIC_URL: 'https://dossier.example.org/' }).command({
      command: 'quote',
      options: { query: 'i have no doubt' },
      user: USER,
      guildId: GUILD_ID,
    });
    const link = buttons(response).find((b) => b.label === 'Read in context');
    expect(link).toMatchObject({
      style: ButtonStyle.Link,
      url: 'https://dossier.example.org/records/karimov-organizers-outside-russia#evidence',
    });
  });

  it('with the article’s url: the embed title links it, and a “Source article” button, for actors too', async () => {
    const dispatcher = dispatcherFor(withUrl, { PUBLIC_URL: 'https://dossier.example.org' });
    for (const [command, options] of [
      ['event', { query: withUrl.events[0]!.id }],
      ['actor', { name: withUrl.actors[0]!.id }],
    ] as const) {
      const response = await dispatcher.command({ command, options, user: USER, guildId: GUILD_ID });
      expectWithinDiscordLimits(response);
      if (response.type === 'choices') throw new Error('expected a message');
      expect(response.payload.embeds?.[0]?.url, command).toBe(ARTICLE_URL);
      const labels = buttons(response).map((b) => b.label);
      expect(labels, command).toEqual(expect.arrayContaining(['Source article', 'Read in context', 'Cite']));
      expect(buttons(response).find((b) => b.label === 'Source article')).toMatchObject({ url: ARTICLE_URL });
    }
  });
});

describe('the Cite button', () => {
  it('answers anyone privately with Chicago, APA, MLA, BibTeX and the inline source, each in a code block', async () => {
    const dispatcher = dispatcherFor(seed, {});
    const response = await dispatcher.command({
      command: 'event',
      options: { query: 'duma air defense' },
      user: USER,
      guildId: GUILD_ID,
    });
    const cite = buttons(response).find((b) => b.label === 'Cite');
    if (!cite || !('custom_id' in cite)) throw new Error('expected a Cite button');
    const answer = await dispatcher.component({ user: OTHER_USER, customId: cite.custom_id, values: [] });
    expectWithinDiscordLimits(answer);
    if (answer.type !== 'reply') throw new Error('expected a new message');
    expect(answer.payload.flags).toBe(EPHEMERAL_FLAG);
    const text = answer.payload.embeds?.[0]?.description ?? '';
    for (const heading of ['**Chicago**', '**APA**', '**MLA**', '**BibTeX**', '**Inline source**'])
      expect(text).toContain(heading);
    expect(text).toContain(
      '```\n“Karimov Moves Closer To Russian Fold.” Eurasia Daily Monitor 1, no. 24 (June 2004).\n```',
    );
    expect(text).toContain('```\nInterfax, Moscow, June 2\n```');
    expect(text).toContain('@article{edm-1-24-karimov-moves-closer-to-russian-fold,');
  });

  it('keeps working after the 15 minutes other buttons last', () => {
    const ref = { action: 'cite', owner: undefined, issuedAt: FIXED_NOW, args: ['x'] };
    expect(isExpired(ref, FIXED_NOW + 24 * 60 * 60 * 1000)).toBe(false);
    expect(isExpired({ ...ref, action: 'pick' }, FIXED_NOW + 16 * 60 * 1000)).toBe(true);
    expect(decodeCustomId('cite:-:0:x:forged')).toBeUndefined();
  });
});
