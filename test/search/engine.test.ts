import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/dataset/load.js';
import type { Dataset } from '../../src/dataset/types.js';
import { CONFIDENCE_THRESHOLD, buildSearchEngine, type SearchEngine } from '../../src/search/engine.js';
import { foldWord, stemWord } from '../../src/search/fold.js';
import { boundedEditDistance } from '../../src/search/edit-distance.js';

let engine: SearchEngine;

beforeAll(async () => {
  const result = await loadDataset('data');
  if (!result.ok) throw new Error('seed dataset must load');
  engine = buildSearchEngine(result.dataset);
});

describe('folding', () => {
  it('folds transliteration variants to one key', () => {
    const same = [
      ['sergei', 'sergey'],
      ['mirzayev', 'mirzaev'],
      ['vaziristan', 'waziristan'],
      ['samarkand', 'samarqand'],
      ['bukhoro', 'buxoro'],
      ['karimov', 'karimof'],
      ['kadyrov', 'kadirov'],
      ['zhardem', 'jardem'],
    ];
    for (const [a, b] of same) expect(foldWord(a!)).toBe(foldWord(b!));
  });

  it('stems plurals and -ing forms alike', () => {
    expect(stemWord(foldWord('bombings'))).toBe(stemWord(foldWord('bombing')));
    expect(stemWord(foldWord('visits'))).toBe(stemWord(foldWord('visit')));
  });

  it('measures typos including swapped neighbours, and gives up past the bound', () => {
    expect(boundedEditDistance('kairmov', 'karimov', 1)).toBe(1);
    expect(boundedEditDistance('tashkant', 'tashkent', 2)).toBe(1);
    expect(boundedEditDistance('abcdef', 'uvwxyz', 2)).toBe(3);
  });
});

describe('tiers', () => {
  it('an exact alias beats any fuzzy match, case, accents and punctuation aside', () => {
    for (const query of ['CSTO', 'csto', 'C.S.T.O.', 'Samarqand', 'Sámarqand']) {
      const result = engine.lookup({ kind: 'actor', query });
      expect(result.status).toBe('found');
      expect(result.results[0]?.tier).toBe('exact');
    }
  });

  it('ranks exact before prefix before word and typo matches', () => {
    const exact = engine.lookup({ kind: 'actor', query: 'Vladimir Putin' });
    expect(exact.results[0]).toMatchObject({ id: 'vladimir-putin', tier: 'exact' });
    const prefix = engine.lookup({ kind: 'actor', query: 'vladimir pu' });
    expect(prefix.results[0]).toMatchObject({ id: 'vladimir-putin', tier: 'prefix' });
    const typo = engine.lookup({ kind: 'actor', query: 'vladimir ptuin' });
    expect(typo.results[0]).toMatchObject({ id: 'vladimir-putin', tier: 'fuzzy' });
  });

  it('uses every word of a multi-word query', () => {
    const result = engine.lookup({ kind: 'event', query: 'putin samarkand' });
    expect(result.status).toBe('found');
    expect(result.results[0]?.id).toBe('putin-visits-samarkand');
    // "putin" alone would also match events where Putin is named in passing; the place decides.
    expect(result.results.slice(1).every((r) => r.score < result.results[0]!.score)).toBe(true);
  });
});

describe('threshold', () => {
  it('answers nothing rather than an unrelated record', () => {
    const result = engine.lookup({ kind: 'event', query: 'eurovision song contest' });
    expect(result).toMatchObject({ status: 'none', results: [] });
  });

  it('offers at most three suggestions for a near miss, all below the threshold', () => {
    const result = engine.lookup({ kind: 'actor', query: 'security council' });
    const miss = engine.lookup({ kind: 'event', query: 'karimov football' });
    for (const r of [result, miss]) {
      expect(r.suggestions.length).toBeLessThanOrEqual(3);
    }
    expect(miss.status).toBe('none');
    expect(miss.suggestions.length).toBeGreaterThan(0);
    expect(miss.suggestions.every((s) => s.score < CONFIDENCE_THRESHOLD)).toBe(true);
  });

  it('finds nothing in emoji, punctuation or empty queries, without throwing', () => {
    for (const query of ['', '   ', '🔥🔥🔥', '!!!???', '\u200f\u200e', 'x'.repeat(5000)]) {
      expect(engine.lookup({ kind: 'event', query }).status).toBe('none');
    }
  });
});

describe('ambiguity', () => {
  it('says "ivanov" is two different people and carries both', () => {
    const result = engine.lookup({ kind: 'actor', query: 'ivanov' });
    expect(result.status).toBe('ambiguous');
    expect(result.results.map((r) => r.id).sort()).toEqual(['igor-ivanov', 'sergei-ivanov']);
  });

  it('a first name settles it', () => {
    const result = engine.lookup({ kind: 'actor', query: 'igor ivanov' });
    expect(result.status).toBe('found');
    expect(result.results[0]?.id).toBe('igor-ivanov');
  });
});

describe('autocomplete', () => {
  it('offers at most 25 choices, each named and told apart', () => {
    for (const kind of ['event', 'quote', 'actor'] as const) {
      for (const typed of ['', 'ta', 'ivan', 'karimov', 'z']) {
        const choices = engine.autocomplete(kind, typed);
        expect(choices.length).toBeLessThanOrEqual(25);
        for (const c of choices) expect(c.name.length).toBeGreaterThan(0);
      }
    }
  });

  it('completes a partial word and puts the best completion first', () => {
    expect(engine.autocomplete('actor', 'kari')[0]?.id).toBe('islam-karimov');
    expect(engine.autocomplete('event', 'tashkent bomb')[0]?.id).toBe('tashkent-and-bukhara-bombings');
  });

  it('shows both Ivanovs with their roles to tell them apart', () => {
    const choices = engine.autocomplete('actor', 'ivanov');
    const ivanovs = choices.filter((c) => c.id.endsWith('ivanov'));
    expect(ivanovs.map((c) => c.detail)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/Defense Minister/),
        expect.stringMatching(/Security Council/),
      ]),
    );
  });

  it('gives a useful default list for an empty input: most recent events first', () => {
    const choices = engine.autocomplete('event', '');
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.length).toBeLessThanOrEqual(25);
    expect(choices[0]?.id).toBe('joint-uzbek-russian-military-exercises-2005');
  });
});

describe('mentions in a message', () => {
  it('finds the actors named and the events retold', () => {
    const found = engine.mentionsIn('So Putin went to Samarqand, and Sergey Ivanov to Tashkent?');
    expect(found.actors.map((a) => a.id)).toEqual(
      expect.arrayContaining(['vladimir-putin', 'samarkand', 'sergei-ivanov', 'tashkent']),
    );
    expect(found.events.map((e) => e.id)).toContain('putin-visits-samarkand');
  });

  it('finds nothing in a message about something else', () => {
    expect(engine.mentionsIn('anyone up for pizza tonight?')).toEqual({ actors: [], events: [] });
  });
});

describe('names the query begins as typed', () => {
  it('come before names it begins only once folded, however notable those are', () => {
    const actor = (id: string, name: string, aliases: string[] = []) => ({
      id,
      kind: 'person',
      name,
      aliases,
      evidence: [],
    });
    const actors = [
      actor('f-dzhanilyev', 'Farkhod Dzhanilyev'),
      actor('f-dzhanyarova', 'Farxod Dzhanyarova', ['Farkhod Dzhanyarova']),
    ];
    const byId = new Map(actors.map((a) => [a.id, { type: 'actor', record: a }]));
    // Dzhanilyev is in more events, so on equal scores he would be listed first.
    const byActor = new Map([
      ['f-dzhanilyev', { events: [{}, {}, {}], quotes: [] }],
      ['f-dzhanyarova', { events: [], quotes: [] }],
    ]);
    const dataset = {
      actors,
      events: [],
      quotes: [],
      articles: [],
      sources: [],
      byId,
      byActor,
    } as unknown as Dataset;
    const small = buildSearchEngine(dataset);
    // "dzhany" folds to "jani", which begins both surnames ("janilyev", "janiarova").
    expect(small.autocomplete('actor', 'farkhod dzhany').map((c) => c.id)).toEqual([
      'f-dzhanyarova',
      'f-dzhanilyev',
    ]);
    expect(small.autocomplete('actor', 'farkhod dzhani').map((c) => c.id)[0]).toBe('f-dzhanilyev');
  });
});
