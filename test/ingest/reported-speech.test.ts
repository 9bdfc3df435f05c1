// Reported speech in shapes the blind articles 52–57 showed often: hyphenated military ranks before a
// speaker's name, unnamed speakers described by what they did, and verbs that report a belief.
import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const statementsOf = (text: string) => draftOf(text).draft.quotes.filter((q) => q.kind === 'reported');

describe('a speaker introduced by a hyphenated military rank', () => {
  it('strips the rank from the name of the one who speaks', () => {
    const text = article([
      'On May 4, Rear-Admiral Pavel Orlov, commander of the Northern Flotilla, said that the drills would go ahead. Lieutenant-Colonel Irina Vasko told reporters that no ship had been damaged.',
    ]);
    const { draft } = draftOf(text);
    const speakers = statementsOf(text).map((q) => q.speaker);
    expect(speakers).toEqual(['pavel-orlov', 'irina-vasko']);
    expect(draft.actors.map((a) => a.name)).toEqual(expect.arrayContaining(['Pavel Orlov', 'Irina Vasko']));
  });
});

describe('a speaker before a long appositive', () => {
  it('gives the words to the person, not to the body his post belongs to', () => {
    const text = article([
      'On May 4, General Pavel Orlov, deputy head of the Coastal Guard Service, told Interfax that the fleet would stay in port until the storm passed.',
      'On May 5, Colonel Anna Lis, acting head of the Harbor Police Directorate of the Interior Ministry (HPD), told reporters that the harbor would stay closed.',
    ]);
    expect(statementsOf(text).map((q) => q.speaker)).toEqual(['pavel-orlov', 'anna-lis']);
  });
});

describe('a claim made over a long time', () => {
  it('reads "has long complained that" as a statement of the body', () => {
    const text = article([
      'The Harbor Authority has long complained that its cranes are too old for container ships.',
    ]);
    const [s] = statementsOf(text);
    expect(s?.speaker).toBe('harbor-authority');
  });
});

describe('a belief told of an unnamed group', () => {
  it('reads "diplomats in X believe (that) …" as their statement, not "we believe"', () => {
    const text = article([
      'Western diplomats in Riga believe that the embargo will be lifted before winter.',
      'Foreign diplomats in Vilnius believe the ministry will not renew the permit.',
      '“We believe that the port will reopen,” Tomas Berg said on May 3.',
    ]);
    const statements = statementsOf(text);
    expect(statements.map((q) => q.evidence[0])).toEqual([
      'Western diplomats in Riga believe that the embargo will be lifted before winter.',
      'Foreign diplomats in Vilnius believe the ministry will not renew the permit.',
    ]);
  });
});

describe('an unnamed speaker described by what they did', () => {
  const text = article([
    'According to a Latvian official who sat in on the meeting, the envoy asked for more time on May 3, 2009.',
    'Two Estonian officials who were at the meeting told Postimees that the deal was close.',
    'The committee met behind closed doors; according to one deputy who was there, the minister asked for more money.',
    'The offer was made in Tallinn, according to a Finnish participant in the meeting (Yle, May 5).',
  ]);
  const { draft } = draftOf(text);
  const namesOf = (id: string) => {
    const a = draft.actors.find((x) => x.id === id);
    return a ? [a.name, ...a.aliases] : [];
  };

  it('keeps the whole description as an alias of the drafted speaker', () => {
    const said = draft.quotes.filter((q) => q.kind === 'reported').map((q) => namesOf(q.speaker));
    expect(said).toHaveLength(4);
    expect(said).toEqual(
      expect.arrayContaining([
        expect.arrayContaining(['a Latvian official who sat in on the meeting']),
        expect.arrayContaining(['Estonian officials', 'Two Estonian officials who were at the meeting']),
        expect.arrayContaining(['one deputy who was there']),
        expect.arrayContaining(['a Finnish participant in the meeting']),
      ]),
    );
  });
});

describe('a quote box whose speaker is described in lower case', () => {
  it('gives the quotation to the speaker and takes the outlet after the description', () => {
    const { draft } = draftOf(
      article([
        'The port reopened on May 2.',
        'QUOTE',
        '“The harbor belongs to the fishermen, not to the bank.”—Ivan Dorn, co-chair of the Harbor League, Pelka Vesti, no. 12, May 4',
      ]),
    );
    const [quote] = draft.quotes.filter((q) => q.kind === 'direct');
    expect(quote?.speaker).toBe('ivan-dorn');
    expect(draft.actors.find((a) => a.id === 'ivan-dorn')?.kind).toBe('person');
    expect(draft.sources.find((s) => s.raw.startsWith('Ivan Dorn'))).toMatchObject({
      outlet: 'Pelka Vesti',
      author: 'Ivan Dorn',
      date: '2009-05-04',
    });
  });
});

describe('a short quotation in the second of two reported clauses', () => {
  it('is the speaker’s words however long the first clause runs', () => {
    const { draft } = draftOf(
      article([
        'On July 10, General Pavel Orlov told Interfax that the navy planned to move its training ships, its two hospital vessels and most of its supply tankers to the northern harbor over the coming winter, and that the transfer had been “mostly agreed” by both ministries in June.',
      ]),
    );
    const quotes = draft.quotes.filter((q) => q.kind === 'direct');
    expect(quotes.map((q) => [q.speaker, q.text])).toEqual([['pavel-orlov', 'mostly agreed']]);
  });
});

describe('a name used as a modifier inside the reported words', () => {
  it('leaves the quotation to the one who says it', () => {
    const { draft } = draftOf(
      article([
        'General Pavel Orlov told Interfax on July 10 that the squadron would arrive in autumn. The embassy was more careful. The embassy’s counsellor, Igor Selin, said that Riga had nothing to fear, and that the Orlov interview had been “quoted out of context by the papers” (Interfax, July 13).',
      ]),
    );
    const quotes = draft.quotes.filter((q) => q.kind === 'direct');
    expect(quotes.map((q) => q.speaker)).toEqual(['igor-selin']);
  });
});

describe('two verbs of one speaker in one sentence', () => {
  it('keeps a past perfect after "and" inside the reported clause', () => {
    const text = article([
      'Igor Selin said on May 4 that the navy honored the treaty and had promised nothing that it could not deliver.',
    ]);
    expect(statementsOf(text).map((q) => q.evidence[0])).toEqual([
      'Igor Selin said on May 4 that the navy honored the treaty and had promised nothing that it could not deliver.',
    ]);
  });

  it('starts the second statement at its conjunction', () => {
    const text = article([
      'On May 4, Igor Selin confirmed that the inspectors had visited the port, but said that no ship would be seized.',
    ]);
    expect(statementsOf(text).map((q) => q.evidence[0])).toEqual([
      'On May 4, Igor Selin confirmed that the inspectors had visited the port',
      'but said that no ship would be seized.',
    ]);
  });
});

describe('a speaker before a relative clause with "whom" or "whose"', () => {
  it('gives the words to the person the clause describes', () => {
    const text = article([
      'Customs inspector Anna Lis resigned on May 2. Lis, whom the harbor police interviewed twice last spring about the missing containers on the north pier, insists that she never saw the cargo.',
      'Pavel Orlov, whose union lost the last council vote, argued on May 4 that the port should stay public.',
    ]);
    expect(statementsOf(text).map((q) => q.speaker)).toEqual(['anna-lis', 'pavel-orlov']);
  });
});

describe('a country speaking as a side', () => {
  it('gives "the Latvian side says" and its quotation to Latvia', () => {
    const { draft } = draftOf(
      article([
        'Latvia and Estonia met in Riga on May 3, 2009. The Latvian side now says that the border was never marked.',
        'The next round was called off after the Estonian side said its delegation would “need more time.”',
      ]),
    );
    const reported = draft.quotes.filter((q) => q.kind === 'reported').map((q) => q.speaker);
    const quoted = draft.quotes.filter((q) => q.kind === 'direct').map((q) => q.speaker);
    expect(reported[0]).toBe('latvia');
    expect(quoted).toEqual(['estonia']);
  });
});

describe('an unnamed manager or sergeant who speaks', () => {
  it('drafts the speaker as the article describes them', () => {
    const { draft } = draftOf(
      article([
        'The plant closed on May 3, 2009. At the gate the plant manager told the workers, “The plant is sold. Nobody here can pay you.”',
      ]),
    );
    const [quote] = draft.quotes.filter((q) => q.kind === 'direct');
    const speaker = draft.actors.find((a) => a.id === quote?.speaker);
    expect([speaker?.name, ...(speaker?.aliases ?? [])]).toContain('the plant manager');
  });
});

describe('an attribution inside the words after a semicolon', () => {
  it('makes the clause after the semicolon a statement of its own', () => {
    const text = article([
      'General Pavel Orlov, for his part, rejected claims that his sailors had seized the port; no ship, he added, was in port (Interfax, May 4).',
    ]);
    expect(statementsOf(text).map((q) => q.evidence[0])).toEqual(
      expect.arrayContaining(['no ship, he added, was in port']),
    );
    expect(statementsOf(text)).toHaveLength(2);
  });
});

describe('an outlet citing unnamed sources', () => {
  it('gives the claim to the sources, not to the body they sit in', () => {
    const text = article([
      'Delfi, citing sources in Latvenergo, claimed on May 4, 2009 that the plant would close in winter.',
    ]);
    const { draft } = draftOf(text);
    const [s] = statementsOf(text);
    const speaker = draft.actors.find((a) => a.id === s?.speaker);
    expect([speaker?.name, ...(speaker?.aliases ?? [])]).toContain('sources in Latvenergo');
  });
});

describe('a group that makes something clear', () => {
  it('reads "Latvian officials have made it clear that …" as their statement', () => {
    const text = article([
      'The council meets in Riga on July 10, and Latvian officials have made it clear that no deal will be signed before autumn.',
    ]);
    const { draft } = draftOf(text);
    const [s] = statementsOf(text);
    expect(draft.actors.find((a) => a.id === s?.speaker)?.name).toBe('Latvian officials');
  });
});
