// From answer to source through the real discord.js client: link buttons to the article and the
// read-in-context page, and the Cite button's private answer.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { EPHEMERAL_FLAG } from '../../src/replies/limits.js';
import { answer, componentsOf, embedOf, startHarness, startHttpHarness, type Harness } from './harness.js';

describe.each(['gateway', 'http'] as const)('%s mode', (mode) => {
  let h: Harness;
  beforeAll(async () => {
    const env = { PUBLIC_URL: 'https://dossier.example.org/' };
    h = mode === 'gateway' ? await startHarness({ env }) : await startHttpHarness({ env });
  });
  afterAll(async () => {
    await h?.close();
  });

  describe('record replies on Discord', () => {
    it('carry a “Read in context” link to the record’s page and a Cite button', async () => {
      const ask = h.discord.chatInput({ name: 'event', options: { query: 'putin visits samarkand' } });
      const body = await answer(ask);
      expect(embedOf(body)?.title).toBe('Putin visits Samarkand');
      const buttons = componentsOf(body, 2);
      expect(buttons.find((b) => b.label === 'Read in context')).toMatchObject({
        style: 5,
        url: 'https://dossier.example.org/records/putin-visits-samarkand#evidence',
      });
      // The seed's article prints no address, so no "Source article" link is guessed.
      expect(buttons.map((b) => b.label)).not.toContain('Source article');
      const stored = h.discord.messages('general').at(-1);
      expect(componentsOf(stored ?? {}, 2).map((c) => c.label)).toEqual(['Read in context', 'Cite']);

      const cite = buttons.find((b) => b.label === 'Cite')!;
      const citation = await answer(
        h.discord.button({ customId: String(cite.custom_id), user: 'bob', message: ask.original()! }),
      );
      expect(Number(citation.flags) & EPHEMERAL_FLAG).toBe(EPHEMERAL_FLAG);
      expect(citation.allowed_mentions).toEqual({ parse: [] });
      const text = String(embedOf(citation)?.description);
      expect(text).toContain(
        '**Chicago**\n```\n“Karimov Moves Closer To Russian Fold.” Eurasia Daily Monitor 1, no. 24 (June 2004).\n```',
      );
      expect(text).toContain(
        '**MLA**\n```\n“Karimov Moves Closer To Russian Fold.” Eurasia Daily Monitor, vol. 1, no. 24, June 2004.\n```',
      );
      expect(text).toContain('```bibtex\n@article{edm-1-24-karimov-moves-closer-to-russian-fold,');
      // Only the public answer is in the channel: the citation went to bob alone.
      expect(h.discord.messages('general').at(-1)?.id).toBe(stored?.id);
    });
  });

  describe('/help on Discord', () => {
    it('mentions the commands by the ids the stand-in assigned when they were registered', async () => {
      const registered = new Map(h.discord.commands('Newsroom').map((c) => [c.name, c.id]));
      // The ids are fetched in the background once the bot is up.
      await vi.waitFor(async () => {
        const shown = JSON.stringify(embedOf(await answer(h.discord.chatInput({ name: 'help' }))));
        if (!shown.includes(`</event:${registered.get('event')}>`)) throw new Error('ids not fetched yet');
      });
      const body = await answer(h.discord.chatInput({ name: 'help' }));
      expect(Number(body.flags) & EPHEMERAL_FLAG).toBe(EPHEMERAL_FLAG);
      const text = JSON.stringify(embedOf(body));
      for (const name of ['event', 'quote', 'actor', 'onthisday', 'about', 'help'])
        expect(text).toContain(`</${name}:${registered.get(name)}>`);
      expect(text).toContain('long-press');
    });
  });
});

describe.each(['gateway', 'http'] as const)('/search on Discord, %s mode', (mode) => {
  let h: Harness;
  beforeAll(async () => {
    h = mode === 'gateway' ? await startHarness() : await startHttpHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('lists matches privately, pages with Next (the query read back from the message), and posts the one opened', async () => {
    const ask = h.discord.chatInput({ name: 'search', options: { query: 'uzbekistan' } });
    const first = await answer(ask);
    expect(Number(first.flags) & EPHEMERAL_FLAG).toBe(EPHEMERAL_FLAG);
    const total = Number(/^\*\*(\d+) matches\*\*/.exec(String(embedOf(first)?.description))?.[1]);
    expect(total).toBeGreaterThan(10);
    const next = componentsOf(first, 2).find((b) => b.label === 'Next')!;
    const turned = await h.discord
      .button({ customId: String(next.custom_id), message: ask.original()! })
      .response();
    expect(turned.type).toBe(7);
    const second = turned.data as Record<string, unknown>;
    expect(String(embedOf(second)?.description)).toMatch(/\n11\. \*\*/);
    expect(JSON.stringify(embedOf(second)?.footer)).toContain('Page 2 of');

    const [menu] = componentsOf(second, 3);
    const option = (menu?.options as { value: string; label: string }[])[0]!;
    const opened = await h.discord
      .select({ customId: String(menu?.custom_id), values: [option.value], message: ask.original()! })
      .response();
    expect(opened.type).toBe(4);
    expect(Number((opened.data as { flags?: number }).flags ?? 0) & EPHEMERAL_FLAG).toBe(0);
    expect(h.discord.messages('general').at(-1)?.embeds[0]?.title).toBeTruthy();
  });
});
