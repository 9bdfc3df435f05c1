import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/dataset/load.js';
import type { Dataset } from '../../src/dataset/types.js';
import {
  CONFIDENCE_THRESHOLD,
  FoldedNamesCache,
  buildSearchEngine,
  type SearchEngine,
} from '../../src/search/engine.js';
import type { SearchDocument } from '../../src/search/documents.js';
import { foldWord } from '../../src/search/fold.js';
import { stemWord } from '../../src/search/stem.js';
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
      ['grigoryev', 'grigorev'],
      ['grigoriev', 'grigorev'],
      ['yevgeny', 'evgeny'],
      ['yeltsin', 'eltsin'],
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

/** An engine over a few actors alone; `involved` counts events an actor is in (notability). */
function engineOfActors(
  names: readonly { id: string; name: string; aliases?: string[]; involved?: number; description?: string }[],
): SearchEngine {
  const actors = names.map(({ id, name, aliases = [], description }) => ({
    id,
    kind: 'person',
    name,
    aliases,
    description,
    evidence: [],
  }));
  const byId = new Map(actors.map((a) => [a.id, { type: 'actor', record: a }]));
  const byActor = new Map(
    names.map(({ id, involved = 0 }) => [
      id,
      { events: Array.from({ length: involved }, () => ({})), quotes: [] },
    ]),
  );
  const dataset = { actors, events: [], quotes: [], articles: [], sources: [], byId, byActor };
  return buildSearchEngine(dataset as unknown as Dataset);
}

describe('names the query begins as typed', () => {
  it('come before names it begins only once folded, however notable those are', () => {
    // Dzhanilyev is in more events, so on equal scores he would be listed first.
    const small = engineOfActors([
      { id: 'f-dzhanilyev', name: 'Farkhod Dzhanilyev', involved: 3 },
      { id: 'f-dzhanyarova', name: 'Farxod Dzhanyarova', aliases: ['Farkhod Dzhanyarova'] },
    ]);
    // "dzhany" folds to "jani", which begins both surnames ("janilyev", "janiarova").
    expect(small.autocomplete('actor', 'farkhod dzhany').map((c) => c.id)).toEqual([
      'f-dzhanyarova',
      'f-dzhanilyev',
    ]);
    expect(small.autocomplete('actor', 'farkhod dzhani').map((c) => c.id)[0]).toBe('f-dzhanilyev');
  });
});

describe('words cut short inside a letter cluster', () => {
  it('still begin the names whose folded form the whole cluster gives', () => {
    // "mosc" folds to "mosc" but Moscow to "moskov"; "mirzay" to "mirzai" but Mirzayev to "mirzaev".
    expect(engine.autocomplete('actor', 'mosc')[0]?.id).toBe('moscow');
    expect(engine.autocomplete('actor', 'mirzay')[0]?.id).toBe('ruslan-mirzayev');
    const small = engineOfActors([
      { id: 'dzhurayev', name: 'Shavkat Dzhurayev' },
      { id: 'abdullaev', name: 'Shavkat Abdullaev', involved: 5 },
    ]);
    expect(small.autocomplete('actor', 'shavkat dz')[0]?.id).toBe('dzhurayev');
    // "grigori" folds to itself, Grigoriev to "grigorev".
    const grigoriev = engineOfActors([{ id: 'grigoriev', name: 'Pavel Grigoriev' }]);
    expect(grigoriev.autocomplete('actor', 'grigori')[0]?.id).toBe('grigoriev');
  });

  it('a single letter still says which of the names it begins', () => {
    const small = engineOfActors([
      { id: 'resigns', name: 'Tolyakova Resigns', involved: 5 },
      { id: 'signs', name: 'Tolyakova Signs Decree on Trade with Lagodarkert' },
    ]);
    expect(small.autocomplete('actor', 'tolyakova s')[0]?.id).toBe('signs');
  });
});

describe('typos around doubled letters', () => {
  it('are measured on the word as typed, not only once doubles are folded away', () => {
    const small = engineOfActors([
      { id: 'ust-borovsk', name: 'Ust-Borovsk' },
      { id: 'ust-bolinsk', name: 'Ust-Bolinsk' },
      { id: 'free-union', name: 'Free Trade Union of Lagodarkert' },
      { id: 'fair-union', name: 'Fair Labour Union of Lagodarkert' },
    ]);
    // "boovsk" is one letter short of "borovsk", but folds to "bovsk", two edits away.
    const borovsk = small.lookup({ kind: 'actor', query: 'ust boovsk' });
    expect(borovsk.status).toBe('found');
    expect(borovsk.results[0]?.id).toBe('ust-borovsk');
    // "ftee" is one typo from "free", but folds to "fte", too short to allow any.
    const free = small.lookup({ kind: 'actor', query: 'ftee trade union lagodarkert' });
    expect(free.status).toBe('found');
    expect(free.results[0]?.id).toBe('free-union');
  });
});

describe('a word being typed that begins thousands of postings', () => {
  it('lists the names it begins first, and the other fields when names are too few', () => {
    // 2,100 actors whose role says "rustic": more postings than a full read allows, so the
    // engine looks in names first; three names begin "rus", too few to fill the list alone.
    const small = engineOfActors([
      ...['Rustam Aliev', 'Ruslan Gafurov', 'Rusudan Beridze'].map((name, i) => ({ id: `named-${i}`, name })),
      ...Array.from({ length: 2_100 }, (_, i) => ({
        id: `farmer-${i}`,
        name: `Farmer ${i}`,
        description: 'rustic farmer',
      })),
    ]);
    const choices = small.autocomplete('actor', 'rus', 25);
    expect(
      choices
        .slice(0, 3)
        .map((c) => c.id)
        .sort(),
    ).toEqual(['named-0', 'named-1', 'named-2']);
    expect(choices).toHaveLength(25);
    expect(choices.slice(3).every((c) => c.id.startsWith('farmer-'))).toBe(true);
  });
});

describe('a rare word that is also a typo of another name', () => {
  it('finds the name one letter away too, instead of only the exact word', () => {
    const small = engineOfActors([
      { id: 'hussein-al-faqiri', name: 'Hussein al-Faqiri' },
      { id: 'fatima-al-faqeeri', name: 'Fatima al-Faqeeri' },
      // Fatima is a common name: on its own it weighs far less than the rare surname.
      ...['Haddad', 'Nasser', 'Omar', 'Saleh', 'Karim', 'Aziz'].map((surname) => ({
        id: `fatima-${surname.toLowerCase()}`,
        name: `Fatima ${surname}`,
      })),
    ]);
    // "faqiri" is Hussein's surname exactly, and Fatima's as she is written elsewhere.
    const fatima = small.lookup({ kind: 'actor', query: 'fatima al faqiri' });
    expect(fatima.results[0]?.id).toBe('fatima-al-faqeeri');
    expect(fatima.results.map((r) => r.id)).toContain('hussein-al-faqiri');
    // The exact word still wins when the rest of the query agrees with it.
    const hussein = small.lookup({ kind: 'actor', query: 'hussein al faqiri' });
    expect(hussein.status).toBe('found');
    expect(hussein.results[0]?.id).toBe('hussein-al-faqiri');
  });
});

describe('folded names of the documents lookups meet', () => {
  it('are folded as queries are, and never held for more documents than the bound', () => {
    const documents = [
      'Bombing in Moscow',
      'Sergey Ivanov',
      'The Free Cooperation Committee',
      'Ust-Borovsk',
    ].map(
      (label, i) =>
        ({
          id: `d${i}`,
          kind: 'event',
          label,
          detail: '',
          names: [label],
          date: '',
          dateEnd: '',
          weight: 1,
        }) as SearchDocument,
    );
    const cache = new FoldedNamesCache(documents, 3);
    expect(cache.of(0)).toEqual({
      keys: ['bombing in moskov'],
      label: 'bombing in moskov',
      typedLabel: 'bombing in moscow',
      // The title is both label and name: its words are listed once.
      words: [['bombing', 'moskov']],
    });
    for (let doc = 0; doc < documents.length; doc++) {
      cache.of(doc);
      expect(cache.size).toBeLessThanOrEqual(3);
    }
    expect(cache.of(1).keys).toEqual(['sergei ivanov']);
  });
});

describe('Russian e written ye or ie', () => {
  it('meets e: a word typed "yel" is still three letters cut short, and the spelling as typed goes first', () => {
    const small = engineOfActors([
      { id: 'nikolaeva', name: 'Yelena Grigoryevna Nikolaeva' },
      { id: 'petrova', name: 'Olga Grigoryevna Petrova', involved: 5 },
      { id: 'grigorev', name: 'Pavel Grigorev' },
      { id: 'erkin', name: 'Trial of Erkin Toktogulov opens in Shymkent', involved: 5 },
      { id: 'yerlan', name: 'Trial of Yerlan Khodzhaev opens in Chisinau' },
    ]);
    const yelena = small.lookup({ kind: 'actor', query: 'yel grigorevna' });
    expect(yelena.status).toBe('found');
    expect(yelena.results[0]?.id).toBe('nikolaeva');
    // Not only the standout of two partial matches: "yel" counts as the beginning of Yelena.
    expect(yelena.results[0]!.score).toBeGreaterThanOrEqual(CONFIDENCE_THRESHOLD);
    expect(small.lookup({ kind: 'actor', query: 'pavel grigoriev' }).results[0]?.id).toBe('grigorev');
    // "yer" folds to "er", which begins both; Yerlan is spelled as typed.
    expect(small.autocomplete('actor', 'trial of yer').map((c) => c.id)).toEqual(['yerlan', 'erkin']);
  });
});
