import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/dataset/load.js';
import type { Dataset, DatasetEvent } from '../../src/dataset/types.js';
import {
  dailyPostMarker,
  dailyPostNonce,
  isOwnDailyPost,
  NONCE_MAX_LENGTH,
} from '../../src/schedule/post-identity.js';
import {
  buildDailyPost,
  buildPreviewPost,
  eventsOnThisDay,
  yearsAgo,
  type DailyPostBody,
} from '../../src/schedule/post.js';
import { EPHEMERAL_FLAG, LIMITS } from '../../src/replies/limits.js';
import { embedLength } from '../../src/replies/payload.js';

let seed: Dataset;
let fixture: Dataset;

async function load(dir: string): Promise<Dataset> {
  const result = await loadDataset(dir);
  if (!result.ok) throw new Error(`${dir} must load`);
  return result.dataset;
}

beforeAll(async () => {
  seed = await load('data');
  fixture = await load(path.resolve('test/fixtures/datasets/valid'));
});

/** The valid fixture with extra events placed on days of the year. */
function withEvents(events: DatasetEvent[]): Dataset {
  const byDay = new Map<string, DatasetEvent[]>();
  for (const event of [...events].sort((a, b) => (a.date.start < b.date.start ? -1 : 1))) {
    const key = event.date.start.slice(5);
    byDay.set(key, [...(byDay.get(key) ?? []), event]);
  }
  return { ...fixture, events, byDayOfYear: byDay };
}

function event(id: string, start: string, size = 1): DatasetEvent {
  const base = fixture.events[0];
  if (!base) throw new Error('fixture has an event');
  // Stored records keep their prose behind getters, which a spread would not copy: name each field.
  return {
    article: base.article,
    status: base.status,
    places: base.places,
    actors: base.actors,
    sources: base.sources,
    id,
    title: `Event ${id} `.repeat(size).trim().slice(0, 200),
    summary: `Summary of ${id}. `.repeat(10 * size),
    date: { start, yearInferred: false },
    evidence: [`Evidence sentence for ${id}, quoted verbatim from the article. `.repeat(5 * size)],
  };
}

function assertWithinLimits(body: DailyPostBody): void {
  expect(body.embeds.length).toBeLessThanOrEqual(LIMITS.embedsPerMessage);
  expect(body.embeds.reduce((sum, e) => sum + embedLength(e), 0)).toBeLessThanOrEqual(LIMITS.embedTotal);
  for (const embed of body.embeds) {
    expect(embed.title?.length ?? 0).toBeLessThanOrEqual(LIMITS.embedTitle);
    expect(embed.description?.length ?? 0).toBeLessThanOrEqual(LIMITS.embedDescription);
    expect(embed.fields?.length ?? 0).toBeLessThanOrEqual(LIMITS.embedFields);
    for (const field of embed.fields ?? []) {
      expect(field.name.length).toBeLessThanOrEqual(LIMITS.fieldName);
      expect(field.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
    }
  }
  expect(body.content?.length ?? 0).toBeLessThanOrEqual(LIMITS.content);
  expect(body.allowed_mentions).toEqual({ parse: [] });
}

describe('the scheduled post for a day of the seed dataset', () => {
  it('June 2: a cited entry with the year, "N years ago", the evidence quoted and the citation', () => {
    const body = buildDailyPost(seed, '2026-06-02', {
      kind: 'scheduled',
      guildId: 'g1',
      emptyDayNote: false,
    });
    expect(body).toBeDefined();
    if (!body) return;
    assertWithinLimits(body);
    expect(body.nonce).toBe(dailyPostNonce('g1', '2026-06-02'));
    expect(body.enforce_nonce).toBe(true);
    expect(body.content).toBe('**On this day: June 2**');
    const [embed] = body.embeds;
    expect(body.embeds).toHaveLength(1);
    expect(embed?.title).toBe('Russian Duma backs Russia–Uzbekistan air defense agreement');
    expect(embed?.description).toMatch(/^\*\*June 2, 2004\*\* · 22 years ago\n/);
    expect(embed?.description).toMatch(/\n\n> \S/);
    expect(embed?.fields).toEqual([
      { name: 'Source', value: 'Interfax, Moscow, June 2, 2004', inline: false },
      {
        name: 'Article',
        value:
          '“Karimov Moves Closer To Russian Fold”\nEurasia Daily Monitor, Vol. 1, Issue 24 (June 2004, inferred)',
        inline: false,
      },
    ]);
    expect(embed?.footer?.text).toBe(dailyPostMarker('2026-06-02'));
  });

  it('May 13: every entry of the day, oldest first, the marker on the last one only', () => {
    const body = buildDailyPost(seed, '2030-05-13', {
      kind: 'scheduled',
      guildId: 'g1',
      emptyDayNote: false,
    });
    expect(body?.embeds.map((e) => e.title)).toEqual(eventsOnThisDay(seed, '2030-05-13').map((e) => e.title));
    expect(body?.embeds).toHaveLength(2);
    expect(body?.embeds[0]?.footer).toBeUndefined();
    expect(body?.embeds[1]?.footer?.text).toBe(dailyPostMarker('2030-05-13'));
    expect(body?.embeds[0]?.description).toMatch(/26 years ago/);
  });

  it('a day with nothing: no post by default, a short note when the server wants one', () => {
    expect(
      buildDailyPost(seed, '2026-06-05', { kind: 'scheduled', guildId: 'g1', emptyDayNote: false }),
    ).toBeUndefined();
    const note = buildDailyPost(seed, '2026-06-05', { kind: 'scheduled', guildId: 'g1', emptyDayNote: true });
    expect(note?.embeds[0]?.description).toBe('Nothing in the dossier happened on June 5.');
    expect(note?.embeds[0]?.footer?.text).toBe(dailyPostMarker('2026-06-05'));
    expect(note?.allowed_mentions).toEqual({ parse: [] });
  });
});

describe('previews', () => {
  it('carry no nonce and a footer that is never taken for the day’s post; ephemeral on request', () => {
    const now = Date.parse('2026-06-01T23:30:00Z'); // June 2 in Berlin
    const preview = buildPreviewPost(seed, 'Europe/Berlin', now, true);
    expect(preview.nonce).toBeUndefined();
    expect(preview.flags).toBe(EPHEMERAL_FLAG);
    expect(preview.embeds[0]?.title).toMatch(/Duma/);
    const footer = preview.embeds[preview.embeds.length - 1]?.footer?.text ?? '';
    expect(footer).not.toBe(dailyPostMarker('2026-06-02'));
    expect(buildPreviewPost(seed, 'Europe/Berlin', now, false).flags).toBeUndefined();
    const empty = buildPreviewPost(seed, 'UTC', Date.parse('2026-06-05T12:00:00Z'), true);
    expect(empty.embeds[0]?.description).toMatch(/nothing is posted|skipped/i);
  });
});

describe('fitting many entries into one message', () => {
  it('30 long entries: at most 10 embeds and 6000 characters, then "and N more — /onthisday MM-DD"', () => {
    const events = Array.from({ length: 30 }, (_, i) => event(`ev-${i}`, `${1950 + i}-06-02`, 2));
    const body = buildDailyPost(withEvents(events), '2026-06-02', {
      kind: 'scheduled',
      guildId: 'g',
      emptyDayNote: false,
    });
    if (!body) throw new Error('expected a post');
    assertWithinLimits(body);
    const shown = body.embeds.length;
    expect(shown).toBeGreaterThanOrEqual(5);
    expect(body.content).toBe(`**On this day: June 2**\nand ${30 - shown} more — /onthisday 06-02`);
    expect(body.embeds[0]?.description).toMatch(/^\*\*June 2, 1950\*\* · 76 years ago/);
    expect(body.embeds[shown - 1]?.footer?.text).toBe(dailyPostMarker('2026-06-02'));
  });

  it('one enormous entry is cut to fit, and says so', () => {
    const body = buildDailyPost(withEvents([event('huge', '2001-06-02', 40)]), '2026-06-02', {
      kind: 'scheduled',
      guildId: 'g',
      emptyDayNote: false,
    });
    if (!body) throw new Error('expected a post');
    assertWithinLimits(body);
    expect(body.embeds).toHaveLength(1);
    expect(body.embeds[0]?.description?.endsWith('…')).toBe(true);
    expect(body.content).toBe('**On this day: June 2**');
  });

  it('a few short entries all fit', () => {
    const events = Array.from({ length: 4 }, (_, i) => event(`s-${i}`, `${2000 + i}-06-02`));
    const body = buildDailyPost(withEvents(events), '2026-06-02', {
      kind: 'scheduled',
      guildId: 'g',
      emptyDayNote: false,
    });
    expect(body?.embeds).toHaveLength(4);
    expect(body?.content).not.toMatch(/more/);
  });
});

describe('dates', () => {
  it('shows February 29 entries on February 28 in common years', () => {
    const dataset = withEvents([event('leap', '2004-02-29'), event('eve', '2003-02-28')]);
    expect(eventsOnThisDay(dataset, '2026-02-28').map((e) => e.id)).toEqual(['eve', 'leap']);
    expect(eventsOnThisDay(dataset, '2028-02-28').map((e) => e.id)).toEqual(['eve']);
    expect(eventsOnThisDay(dataset, '2028-02-29').map((e) => e.id)).toEqual(['leap']);
  });

  it('counts years from the local date’s year', () => {
    expect(yearsAgo(2004, 2026)).toBe('22 years ago');
    expect(yearsAgo(2025, 2026)).toBe('1 year ago');
    expect(yearsAgo(2026, 2026)).toBe('this year');
    expect(yearsAgo(2028, 2026)).toBe('in 2 years');
  });
});

describe('post identity', () => {
  it('the nonce is deterministic per server and date, distinct otherwise, and at most 25 characters', () => {
    const nonce = dailyPostNonce('123456789012345678', '2026-06-02');
    expect(nonce).toBe(dailyPostNonce('123456789012345678', '2026-06-02'));
    expect(nonce.length).toBeLessThanOrEqual(NONCE_MAX_LENGTH);
    expect(nonce).toMatch(/^[0-9a-z]+$/);
    expect(dailyPostNonce('123456789012345678', '2026-06-03')).not.toBe(nonce);
    expect(dailyPostNonce('123456789012345679', '2026-06-02')).not.toBe(nonce);
  });

  it('recognises only the bot’s own post of that day', () => {
    const marker = { footer: dailyPostMarker('2026-06-02'), nonce: 'otd1' };
    const post = { id: '1', authorId: 'bot', embeds: [{}, { footer: { text: marker.footer } }] };
    expect(isOwnDailyPost(post, 'bot', marker)).toBe(true);
    expect(isOwnDailyPost({ ...post, authorId: 'someone' }, 'bot', marker)).toBe(false);
    expect(
      isOwnDailyPost(
        { ...post, embeds: [{ footer: { text: dailyPostMarker('2026-06-01') } }] },
        'bot',
        marker,
      ),
    ).toBe(false);
    expect(isOwnDailyPost({ id: '2', authorId: 'bot', nonce: 'otd1', embeds: [] }, 'bot', marker)).toBe(true);
  });
});
