import { describe, expect, it } from 'vitest';
import type { Actor } from '../../src/dataset/schema.js';
import { article, draftOf } from './helpers.js';

const text = article([
  'Relations between Moldova and Transnistria worsened in 2009. Moldova’s Prime Minister Vlad Filat met the leaders of the Organization for Security and Cooperation in Europe (OSCE) in Chisinau, the Moldovan capital, on June 3.',
  'Filat later told reporters that the OSCE would help. Justice Minister Alexandru Tanase and his deputy, Ion Tanase, disagreed. Tanase said the plan was premature (Moldpres, June 5).',
]);

describe('actors', () => {
  const { draft } = draftOf(text);
  const byName = Object.fromEntries(draft.actors.map((a) => [a.name, a]));

  it('gives a person introduced by role that description, and the surname as an alias when unique', () => {
    expect(byName['Vlad Filat']).toMatchObject({
      kind: 'person',
      description: 'Moldova’s Prime Minister',
      aliases: ['Filat'],
    });
  });

  it('makes an abbreviation introduced in parentheses an alias', () => {
    const osce = draft.actors.find((a) => a.aliases.includes('OSCE'));
    expect(osce).toMatchObject({
      kind: 'organization',
      name: 'Organization for Security and Cooperation in Europe',
    });
  });

  it('keeps two people of one surname as two actors, neither owning the surname', () => {
    expect(byName['Alexandru Tanase']?.kind).toBe('person');
    expect(byName['Ion Tanase']).toMatchObject({ kind: 'person', description: 'his deputy' });
    expect(byName['Alexandru Tanase']?.aliases).not.toContain('Tanase');
    expect(byName['Ion Tanase']?.aliases).not.toContain('Tanase');
  });

  it('types capitals from their appositive and cited outlets as media', () => {
    expect(byName['Chisinau']).toMatchObject({ kind: 'place', description: 'the Moldovan capital' });
    expect(byName['Moldpres']?.kind).toBe('media');
  });

  it('cites every actor with a verbatim evidence sentence', () => {
    for (const a of draft.actors) for (const e of a.evidence) expect(text).toContain(e.text);
  });

  it('matches actors already in the registry instead of duplicating them', () => {
    const registry: Actor[] = [
      {
        id: 'vladimir-filat',
        kind: 'person',
        name: 'Vlad Filat',
        aliases: ['Vladimir Filat', 'Filat'],
        evidence: [{ article: 'x', text: 'y' }],
      },
      {
        id: 'osce',
        kind: 'organization',
        name: 'OSCE',
        aliases: ['Organization for Security and Cooperation in Europe'],
        evidence: [{ article: 'x', text: 'y' }],
      },
    ];
    const again = draftOf(text, registry).draft;
    expect(again.actors.map((a) => a.name)).not.toContain('Vlad Filat');
    expect(again.actorRefs).toContainEqual(
      expect.objectContaining({ id: 'vladimir-filat', registered: true }),
    );
    expect(again.actorRefs).toContainEqual(expect.objectContaining({ id: 'osce', registered: true }));
    const statement = again.quotes.find((q) => q.kind === 'reported' && q.text.startsWith('Filat'));
    expect(statement?.speaker).toBe('vladimir-filat');
  });

  it('types a person by a role in the appositive and a company by the noun before its name', () => {
    const { draft: d } = draftOf(
      article([
        'Belarusian police arrested Vladislav Baumgertner, the chief executive of the Russian potash producer Uralkali, at Minsk airport on August 26, 2013.',
      ]),
    );
    const kinds = Object.fromEntries(d.actors.map((a) => [a.name, a.kind]));
    expect(kinds['Vladislav Baumgertner']).toBe('person');
    expect(kinds['Uralkali']).toBe('organization');
  });

  it('makes two plain words after a country’s possessive a person', () => {
    const { draft: d } = draftOf(
      article(['Talks between the OSCE and Armenia’s Edward Nalbandian were postponed on May 3, 2009.']),
    );
    expect(d.actors.find((a) => a.name === 'Edward Nalbandian')?.kind).toBe('person');
  });

  it('reads a long appositive and strips a hyphenated title from the name', () => {
    const { draft: d } = draftOf(
      article([
        'Mira Stolac, the leader of the Heritage party and no relation of the prime minister, argued on May 3, 2009 that the vote was rigged. OSCE Secretary-General Tomas Berg disagreed (Arminfo, May 4).',
      ]),
    );
    const byName = Object.fromEntries(d.actors.map((a) => [a.name, a]));
    expect(byName['Mira Stolac']?.kind).toBe('person');
    expect(byName['Tomas Berg']?.kind).toBe('person');
    expect(Object.keys(byName).some((n) => n.startsWith('Secretary-General'))).toBe(false);
  });

  it('types the one spoken to as a person, a guild or a library as organisations, an avenue as a place, an abbreviation after “at the” as a body', () => {
    const { draft: d } = draftOf(
      article([
        'Giorgi Lomia spoke to Nana Beridze in Batumi on May 3, 2009, a day after the Writers Guild of Adjara and the National Parliamentary Library had protested on Rustaveli Avenue, before the talks at the BSEC summit (Interpressnews, May 4).',
      ]),
    );
    const kinds = Object.fromEntries(d.actors.map((a) => [a.name, a.kind]));
    expect(kinds['Nana Beridze']).toBe('person');
    expect(kinds['Writers Guild of Adjara']).toBe('organization');
    expect(kinds['National Parliamentary Library']).toBe('organization');
    expect(kinds['Rustaveli Avenue']).toBe('place');
    expect(kinds['BSEC']).toBe('organization');
  });
});

describe('events', () => {
  const { draft } = draftOf(text);

  it('drafts dated happenings with date, actors, places, sources and verbatim evidence', () => {
    const meeting = draft.events.find((e) => e.date.start === '2009-06-03');
    expect(meeting).toBeDefined();
    expect(meeting?.places).toContain('chisinau');
    expect(meeting?.actors).toContain('vlad-filat');
    expect(meeting?.status).toBe('happened');
    for (const e of draft.events) for (const ev of e.evidence) expect(text).toContain(ev);
  });

  it('marks planned events', () => {
    const { draft: d } = draftOf(
      article([
        'The Georgian parliament will vote on the budget on July 14, 2009, officials in Tbilisi said.',
      ]),
    );
    expect(d.events[0]).toMatchObject({ status: 'planned', date: { start: '2009-07-14' } });
  });
});

describe('one folding with search', () => {
  const actor = (id: string, kind: Actor['kind'], name: string): Actor => ({
    id,
    kind,
    name,
    aliases: [],
    evidence: [{ article: 'x', text: 'y' }],
  });
  const registry = [actor('islam-karimov', 'person', 'Islam Karimov'), actor('bukhara', 'place', 'Bukhoro')];

  it('finds registry actors under the spellings search folds together (Karimoff/Karimov, Buxoro/Bukhoro)', () => {
    const { draft } = draftOf(
      article([
        'Uzbek President Islam Karimoff visited the city of Buxoro on May 4, 2009, where he met local officials (Uzbek TV, May 5).',
      ]),
      registry,
    );
    expect(draft.actors.map((a) => a.name)).not.toContain('Islam Karimoff');
    expect(draft.actors.map((a) => a.name)).not.toContain('Buxoro');
    expect(draft.actorRefs.map((a) => a.id)).toEqual(expect.arrayContaining(['islam-karimov', 'bukhara']));
  });
});

describe('review state', () => {
  it('drafts every record as a draft, and flags a record without a source', () => {
    const { draft } = draftOf(
      article([
        'On May 4, 2009, Governor Ivo Dal opened the Porto Vela bridge (Harbor News, May 5).',
        'On May 9, Dal closed the old ferry in Porto Vela.',
      ]),
    );
    const records = [draft.article, ...draft.actors, ...draft.events, ...draft.quotes];
    expect(records.every((r) => r.review?.state === 'draft')).toBe(true);
    const [cited, uncited] = draft.events;
    expect(cited?.sources).toHaveLength(1);
    expect(cited?.review?.flags ?? []).toEqual([]);
    expect(uncited?.sources).toEqual([]);
    expect(uncited?.review?.flags).toEqual([expect.stringMatching(/^no source: /)]);
  });
});

describe('organisation names (general forms)', () => {
  it('makes a mixed-case short form in parentheses an alias of the full name', () => {
    const { draft } = draftOf(
      article([
        'On May 2, Lirvan Airlines (LirAir), the state carrier, cut its flights to Varnel. LirAir said fuel was short.',
      ]),
    );
    expect(draft.actors.find((a) => a.name === 'Lirvan Airlines')?.aliases).toContain('LirAir');
    expect(draft.actors.some((a) => a.name === 'LirAir')).toBe(false);
  });

  it('keeps "Ministry of X and Y" whole', () => {
    const { draft } = draftOf(
      article(['On May 2, the Ministry of Fisheries and Forests announced a ban on exports to Varnel.']),
    );
    expect(draft.actors.find((a) => a.name === 'Ministry of Fisheries and Forests')?.kind).toBe(
      'organization',
    );
    expect(draft.actors.some((a) => a.name === 'Forests')).toBe(false);
  });

  it('keeps "Ministry of X and <adjective> <field noun>" whole, but not a person after "and"', () => {
    const { draft } = draftOf(
      article([
        'On May 2, the Lirvan Ministry of Labor and Social Protection said pensions would rise. ' +
          'On May 3, the Ministry of Fisheries and Ivan Dorn said nothing.',
      ]),
    );
    const names = draft.actors.map((a) => a.name);
    expect(names).toContain('Lirvan Ministry of Labor and Social Protection');
    expect(names).not.toContain('Lirvan Ministry of Labor');
    expect(names).toContain('Ministry of Fisheries');
  });

  it("keeps a plural owner's organisation whole: the Dockers' Union", () => {
    const { draft } = draftOf(
      article(["On May 2, the Varnel Dockers' Union called a strike at the port of Varnel."]),
    );
    expect(draft.actors.find((a) => a.name === "Varnel Dockers' Union")?.kind).toBe('organization');
    expect(draft.actors.some((a) => a.name === 'Union')).toBe(false);
  });
});

describe('places named with a lower-case head (general forms)', () => {
  const { draft } = draftOf(
    article([
      'On May 2, Lirvan closed the Pelka road crossing, and work stopped at the Kara-Tau mine. ' +
        'Trains still stood at the Ostra border station on May 3, and at Ostra the next day.',
    ]),
  );
  const kinds = Object.fromEntries(draft.actors.map((a) => [a.name, a.kind]));

  it('drafts a road crossing and a mine named after a place as places of their own', () => {
    expect(kinds['Pelka road crossing']).toBe('place');
    expect(kinds['Kara-Tau mine']).toBe('place');
    expect(kinds['Pelka']).toBeUndefined();
  });

  it('keeps a place with a border station a place', () => {
    expect(kinds['Ostra']).toBe('place');
  });
});

describe('a crossing named after its village', () => {
  const { draft } = draftOf(
    article([
      'On March 3, Lirvan shut the Dzhemir crossing, the only road link to Varnel. ' +
        'Lorries queued near Dzhemir for a week, and Varnel said on March 9 that Lirvan had closed Jemir before.',
    ]),
  );

  it('drafts the crossing as a place with the bare name (and its spelling variants) as its aliases', () => {
    const crossing = draft.actors.find((a) => a.name === 'Dzhemir crossing');
    expect(crossing?.kind).toBe('place');
    expect(crossing?.aliases).toEqual(expect.arrayContaining(['Dzhemir', 'Jemir']));
    expect(draft.actors.some((a) => a.name === 'Dzhemir' || a.name === 'Jemir')).toBe(false);
  });
});

describe('places named by a terrain or installation head after a place name', () => {
  const { draft } = draftOf(
    article([
      'On June 4, drilling resumed at the Tolva gas field, and tankers waited off Lirvan’s northern Arel peninsula. ' +
        'Fishermen stayed north of the Sundby light on June 5.',
    ]),
  );
  const kinds = Object.fromEntries(draft.actors.map((a) => [a.name, a.kind]));

  it('drafts the named field, peninsula and light as places, not their bare names', () => {
    expect(kinds['Tolva gas field']).toBe('place');
    expect(kinds['Arel peninsula']).toBe('place');
    expect(kinds['Sundby light']).toBe('place');
    expect(kinds['Tolva']).toBeUndefined();
    expect(kinds['Arel']).toBeUndefined();
  });
});

it('names a region or valley by its head, the bare name an alias of it', () => {
  const { draft } = draftOf(
    article([
      'On May 2, shepherds in the upper Dorva valley saw drones. On May 3, police sealed Lirvan’s western Kessa region, and Kessa stayed shut. ' +
        'A rig left the disputed Varo offshore field on May 4.',
    ]),
  );
  const byName = Object.fromEntries(draft.actors.map((a) => [a.name, a]));
  expect(byName['Dorva valley']?.kind).toBe('place');
  expect(byName['Varo offshore field']).toMatchObject({ kind: 'place', aliases: ['Varo'] });
  expect(byName['Kessa region']).toMatchObject({ kind: 'place', aliases: ['Kessa'] });
  expect(byName['Dorva']).toBeUndefined();
});

it('drafts no actor for a language or a region’s adjective before a noun', () => {
  const { draft } = draftOf(
    article([
      'On May 2, the Varnel Herald, a weekly printed in English in Pelka, reported that the Siberian pipeline, ' +
        'signed in the Latin script, would cross the Caspian shelf.',
    ]),
  );
  const names = draft.actors.map((a) => a.name);
  expect(names).toContain('Pelka');
  expect(names).not.toContain('English');
  expect(names).not.toContain('Latin');
  expect(names).not.toContain('Siberian');
  expect(names).not.toContain('Caspian');
});

it('drafts no state for an owner’s or maker’s nationality, nor for the Soviet past', () => {
  const { draft } = draftOf(
    article([
      'On May 2, Lirvan coast guards boarded a Greek-owned tanker and seized Swiss-made radios. ' +
        'The post in Pelka was built by the Soviet border troops in 1961.',
    ]),
  );
  const names = draft.actors.map((a) => a.name);
  expect(names).toContain('Pelka');
  for (const n of ['Greece', 'Switzerland', 'Soviet', 'Soviet Union']) expect(names).not.toContain(n);
});

describe('persons known by cues around the name', () => {
  const { draft } = draftOf(
    article([
      'On May 2, President Olga Brandt fired Deputy Director of the State Customs Service (SCS) Pavel Orlik, ' +
        'who had been named by the late Anton Kessler in 2001. On May 4, orders from Orlik were annulled, and ' +
        'allies of Kessler were questioned.',
    ]),
  );
  const byName = Object.fromEntries(draft.actors.map((a) => [a.name, a]));

  it('takes the holder of a title whose body’s abbreviation comes before the name', () => {
    expect(byName['Pavel Orlik']).toMatchObject({
      kind: 'person',
      description: 'Deputy Director of the State Customs Service (SCS)',
    });
  });

  it('takes a name after "the late" for a person', () => {
    expect(byName['Anton Kessler']?.kind).toBe('person');
  });

  it('reads a surname after a preposition as its person, not a place', () => {
    expect(byName['Orlik']).toBeUndefined();
    expect(byName['Kessler']).toBeUndefined();
    expect(byName['Pavel Orlik']?.aliases).toContain('Orlik');
  });
});

it('keeps an apostrophe inside a name as a letter of it, not a possessive', () => {
  const { draft } = draftOf(
    article([
      'On May 2, Interior Minister Taras D’yakonenko met Beslan K’vitsinia in Pelka. ' +
        'K’vitsinia’s deputy stayed home, and Beslan K’vitsinia said that talks would go on.',
    ]),
  );
  const persons = draft.actors.filter((a) => a.kind === 'person').map((a) => a.name);
  expect(persons).toEqual(expect.arrayContaining(['Taras D’yakonenko', 'Beslan K’vitsinia']));
  expect(draft.actors.some((a) => a.name === 'K' || a.name === 'Taras D')).toBe(false);
});

describe('vessels', () => {
  const { draft } = draftOf(
    article([
      'On May 2, the patrol boat Berkut ordered the survey vessel Admiral Orlov to stop, and coast guards seized the tanker Olga Petrova off Pelka. ' +
        'The Admiral Orlov was towed to Pelka on May 3.',
    ]),
  );
  const kinds = Object.fromEntries(draft.actors.map((a) => [a.name, a.kind]));

  it('drafts a vessel that acts or comes back as a place, never a person of its name', () => {
    expect(kinds['Berkut']).toBe('place');
    expect(kinds['Admiral Orlov']).toBe('place');
    expect(kinds['Orlov']).toBeUndefined();
  });

  it('drafts no actor for a vessel named in passing', () => {
    expect(kinds['Olga Petrova']).toBeUndefined();
  });

  it('drafts no person for a name after "the" that only a surname ending makes one', () => {
    const { draft: d } = draftOf(
      article(['On May 5, the Kapitan Sorokov went home to Pelka after two days.']),
    );
    expect(d.actors.some((a) => a.name === 'Kapitan Sorokov')).toBe(false);
  });
});

it('reads a surname in a Turkic Latin spelling, "q" for "k", as the same person', () => {
  const { draft } = draftOf(
    article([
      'On May 2, union leader Dauren Tokmakov said the strike would go on in Pelka. Leaflets signed Toqmaqov appeared on May 3.',
    ]),
  );
  expect(draft.actors.filter((a) => a.kind === 'person').map((a) => a.name)).toEqual(['Dauren Tokmakov']);
});

it('merges a transliteration variant with "gh" for "g"', () => {
  const { draft } = draftOf(
    article(['On May 2, trains were held at Tuzrem and at Borgen. On May 4, they left Borghen for Tuzrem.']),
  );
  expect(draft.actors.find((a) => a.name === 'Borgen')?.aliases).toContain('Borghen');
  expect(draft.actors.some((a) => a.name === 'Borghen')).toBe(false);
});

it('reads a surname spelled with a digraph for the háček letter as the same person (Lukač, Lukach)', () => {
  const { draft } = draftOf(
    article([
      'On May 2, Defense Minister Petar Vukič met the envoy in Pelka. On May 3, Vukich said that the base would stay.',
    ]),
  );
  expect(draft.actors.filter((a) => a.kind === 'person').map((a) => a.name)).toEqual(['Petar Vukič']);
  const person = draft.actors.find((a) => a.name === 'Petar Vukič');
  expect(draft.quotes.find((q) => q.kind === 'reported')?.speaker).toBe(person?.id);
});

it('takes the kind from an appositive head before a relative clause', () => {
  const { draft } = draftOf(
    article([
      'On May 2, Lirvan closed its airspace. Ostrolet, the Varnel carrier that had planned new flights in June, said on May 3 that it would wait.',
    ]),
  );
  expect(draft.actors.find((a) => a.name === 'Ostrolet')?.kind).toBe('organization');
});

describe('kinds from the words around a name (general forms)', () => {
  const { draft } = draftOf(
    article([
      'Ivo Pelkanov, who leads the Green Wave faction in parliament, spoke on May 2, within days of the New Year holidays. ' +
        "According to the fund's envoy in Varnel, Ivo Sand, the grid is failing. " +
        "Prices have risen since May 3 in Lirvania's copper industry.",
    ]),
  );
  const kinds = Object.fromEntries(draft.actors.map((a) => [a.name, a.kind]));

  it('makes a name before a lower-case "faction" or "party" an organisation, named with the word too', () => {
    expect(kinds['Green Wave']).toBe('organization');
    expect(draft.actors.find((a) => a.name === 'Green Wave')?.aliases).toContain('Green Wave faction');
  });

  it('drafts no feast as an actor', () => {
    expect(kinds['New Year']).toBeUndefined();
  });

  it('makes a name between commas after a role and its post a person', () => {
    expect(kinds['Ivo Sand']).toBe('person');
  });

  it("makes the owner of an industry a country: Lirvania's copper industry", () => {
    expect(kinds['Lirvania']).toBe('country');
  });
});

it('drafts a country adjective with a lower-case state arm as an organisation', () => {
  const { draft } = draftOf(
    article([
      'On May 2, the Lirvanian cabinet met in Pelka, and on May 3 the Varnelian veterinary service banned Lirvanian cheese.',
    ]),
  );
  const kinds = Object.fromEntries(draft.actors.map((a) => [a.name, a.kind]));
  expect(kinds['Lirvanian cabinet']).toBe('organization');
  expect(kinds['Varnelian veterinary service']).toBe('organization');
});

it('splits the holder from a long title whose body has a paired field ("on X and Y")', () => {
  const { draft } = draftOf(
    article([
      'On May 2, Chairman of the Senate Commission on Energy and Foreign Trade Mirel Osvan said the deal was dead.',
    ]),
  );
  const kinds = Object.fromEntries(draft.actors.map((a) => [a.name, a.kind]));
  expect(kinds['Senate Commission on Energy and Foreign Trade']).toBe('organization');
  expect(kinds['Mirel Osvan']).toBe('person');
  expect(kinds['Foreign Trade Mirel Osvan']).toBeUndefined();
});

it('drafts no institution that only glosses the name printed after it', () => {
  const { draft } = draftOf(
    article(['On May 2, the Lirvanian parliament, the Great Khural, voted to close the border with Varnel.']),
  );
  expect(draft.actors.some((a) => a.name === 'Lirvanian parliament')).toBe(false);
  expect(draft.actors.find((a) => a.name === 'Great Khural')).toBeDefined();
});

it('drafts a body named by a country’s adjective or a place’s possessive, with an adjective or before what it owns', () => {
  const { draft } = draftOf(
    article([
      'On May 2, a Lirvanian coast guard cutter stopped a barge off Pelka, and Dorva’s de facto parliament voted to protest. ' +
        'On May 4, the tiny Varnelian cabinet met in Pelka, and the Lirvanian navy held exercises.',
    ]),
  );
  const orgs = draft.actors.filter((a) => a.kind === 'organization').map((a) => a.name);
  expect(orgs).toEqual(
    expect.arrayContaining([
      'Lirvanian coast guard',
      'Dorva’s de facto parliament',
      'Varnelian cabinet',
      'Lirvanian navy',
    ]),
  );
});

it('types a name by a crossing or harbor appositive, and drafts no place for an office title', () => {
  const { draft } = draftOf(
    article([
      'On May 2, at Tsiskvali, the only rail crossing between the two states, guards turned back trucks. ' +
        'The special envoy of the OSCE Chairman-in-Office arrived in Pelka on May 4.',
    ]),
  );
  const kinds = Object.fromEntries(draft.actors.map((a) => [a.name, a.kind]));
  expect(kinds['Tsiskvali']).toBe('place');
  expect(kinds['OSCE Chairman-in-Office']).toBeUndefined();
});

it('keeps a capital that acts as "it" a place when the article also puts something in it', () => {
  const { draft } = draftOf(
    article([
      'The truce was signed in Velmir in 1994. On May 2, 2005, Velmir took its time to answer the note, and Ostrogaz cut its deliveries.',
    ]),
  );
  const kinds = Object.fromEntries(draft.actors.map((a) => [a.name, a.kind]));
  expect(kinds['Velmir']).toBe('place');
  expect(kinds['Ostrogaz']).toBe('organization');
});

it('drafts no institution that only glosses the name printed before it', () => {
  const { draft } = draftOf(
    article(['On May 2, the Great Khural, the Lirvanian parliament, voted to close the border with Varnel.']),
  );
  expect(draft.actors.some((a) => a.name === 'Lirvanian parliament')).toBe(false);
  expect(draft.actors.find((a) => a.name === 'Great Khural')).toBeDefined();
});

it('drafts a lower-case body named with its abbreviation, and no actor for an abbreviated thing', () => {
  const { draft } = draftOf(
    article([
      'On May 2, Lirvan and Varnel set up a joint fisheries commission (JFC) and signed a free-trade agreement (FTA). ' +
        'The JFC met in Pelka on May 9, and the FTA took effect.',
    ]),
  );
  const commission = draft.actors.find((a) => a.name === 'joint fisheries commission');
  expect(commission).toMatchObject({ kind: 'organization', aliases: ['JFC'] });
  expect(draft.actors.some((a) => a.name === 'FTA' || a.aliases.includes('FTA'))).toBe(false);
  expect(draft.actors.some((a) => a.name === 'JFC')).toBe(false);
});

it('drafts a parliament’s lower-case committee as a body, not a commission of no parliament', () => {
  const { draft } = draftOf(
    article([
      'On May 2, the port chief told the budget committee of parliament that trade had fallen. ' +
        'The Khural’s committee on fisheries has promised a hearing, and the commission on borders met in Pelka on May 4.',
    ]),
  );
  const orgs = draft.actors.filter((a) => a.kind === 'organization').map((a) => a.name);
  expect(orgs).toEqual(expect.arrayContaining(['budget committee of parliament', 'committee on fisheries']));
  expect(orgs.some((n) => n.startsWith('commission on borders'))).toBe(false);
});

it('drafts no organisation from a lone head word capitalised only because it starts a sentence', () => {
  const { draft } = draftOf(
    article([
      'On May 2, thousands marched in Varnel. Police detained 64 of them and released all but nine that night.',
    ]),
  );
  expect(draft.actors.some((a) => a.name === 'Police')).toBe(false);
});

it("drafts no actor for a dateline's city that the article never names in its text", () => {
  const { draft } = draftOf(
    article([
      'On May 2, the Varnel Dockers Union called a strike at the port of Varnel (Lirva Radio, Ostrov, May 2).',
    ]),
  );
  expect(draft.actors.some((a) => a.name === 'Ostrov')).toBe(false);
  expect(draft.sources[0]).toMatchObject({ outlet: 'Lirva Radio', place: 'Ostrov' });
});

it('keeps "the Line of X" or "the Gulf of X" whole, as a place', () => {
  const { draft } = draftOf(
    article(['On May 2, fighting broke out along the Line of Separation near Varnel.']),
  );
  expect(draft.actors.find((a) => a.name === 'Line of Separation')?.kind).toBe('place');
  expect(draft.actors.some((a) => a.name === 'Separation')).toBe(false);
});

it('drafts a city one travels to as a place, even when it speaks for its state', () => {
  const { draft } = draftOf(
    article([
      'On May 2, Pelmarov insists that the border has not moved. The minister’s visit to Pelmarov was put off, and Pelmarov says nothing has changed.',
    ]),
  );
  expect(draft.actors.find((a) => a.name === 'Pelmarov')?.kind).toBe('place');
});

it('drafts the country of an adjective whose name is printed only inside an outlet’s name', () => {
  const { draft } = draftOf(
    article([
      'On May 2, Pelvarian border guards detained a reporter of Pelvaria Today TV near Varnel. The Pelvarian ministry said nothing.',
    ]),
  );
  expect(draft.actors.find((a) => a.name === 'Pelvaria')?.kind).toBe('country');
  expect(draft.actors.some((a) => a.name === 'Pelvarian')).toBe(false);
});

it('splits a plural title from the first of the names it introduces', () => {
  const { draft } = draftOf(
    article([
      'On May 2, Deputy Energy Ministers Timur Osmanov of Lirvania and Pavel Drozd of Varnelia met in Pelka.',
    ]),
  );
  const people = draft.actors.filter((a) => a.kind === 'person');
  expect(people.map((a) => a.name).sort()).toEqual(['Pavel Drozd', 'Timur Osmanov']);
  expect(people.find((a) => a.name === 'Timur Osmanov')?.description).toBe('Deputy Energy Ministers');
});

describe('the real post-Soviet world', () => {
  const { draft } = draftOf(
    article([
      'On March 2, Gazprom halted deliveries to Moldova, Interfax reported. Kremlin spokesman Yuri Orlov told RIA Novosti on March 3 that talks would resume (Kommersant, March 4). ' +
        'Lukoil and KazMunayGas said they were not affected. The Gagauz leader Ion Bodrug said on March 5 that Gagauzia would not pay. ' +
        'Eurasianet and Azattyq covered the talks. The Kyrgyz parliament, the Jogorku Kenesh, met on March 6, while Belaruskali and the Russian FSB were silent. ' +
        'On March 7, Deputy Prime Minister Ana Lungu flew from Batumi to Nakhchivan, and NATO called for calm.',
    ]),
  );
  const kinds = Object.fromEntries(draft.actors.map((a) => [a.name, a.kind]));

  it('types the region’s companies, bodies and alliances as organisations', () => {
    for (const name of [
      'Gazprom',
      'Kremlin',
      'Lukoil',
      'KazMunayGas',
      'Jogorku Kenesh',
      'Belaruskali',
      'Russian FSB',
      'NATO',
    ])
      expect(kinds[name], name).toBe('organization');
  });

  it('types the news agencies, papers and websites as media', () => {
    for (const name of ['Interfax', 'RIA Novosti', 'Kommersant', 'Eurasianet', 'Azattyq'])
      expect(kinds[name], name).toBe('media');
  });

  it('types regions, cities and countries, and a region named by its adjective', () => {
    expect(kinds['Gagauzia']).toBe('place');
    expect(kinds['Gagauz']).toBeUndefined();
    expect(kinds['Batumi']).toBe('place');
    expect(kinds['Nakhchivan']).toBe('place');
    expect(kinds['Moldova']).toBe('country');
    expect(kinds['Kyrgyzstan']).toBe('country');
    expect(kinds['Ion Bodrug']).toBe('person');
  });

  it('cites the agencies named in the sentence and in brackets', () => {
    expect(draft.sources.map((s) => [s.outlet, s.date])).toEqual(
      expect.arrayContaining([
        ['RIA Novosti', '2009-03-03'],
        ['Kommersant', '2009-03-04'],
      ]),
    );
    expect(draft.sources.some((s) => s.outlet === 'Interfax')).toBe(true);
  });
});

it('drafts no person for a speaker that calls itself "it" (a city standing for its government)', () => {
  const { draft } = draftOf(
    article([
      'Talks resumed in Pelka on May 2. Ostrogard says it wants the border open, and in Ostrogard the mood was calm on May 3.',
    ]),
  );
  expect(draft.actors.find((a) => a.name === 'Ostrogard')?.kind).toBe('place');
});

it('drafts no actor for the name of a military exercise, but keeps the place it is named after when printed alone', () => {
  const { draft } = draftOf(
    article([
      'On June 3, Lirvania opened the Steppe Guardian exercises near Ostrogard, and the Varnel Shield 2012 drills followed on June 9 in Varnel.',
    ]),
  );
  const names = draft.actors.map((a) => a.name);
  expect(names).not.toContain('Steppe Guardian');
  expect(names).not.toContain('Varnel Shield');
  expect(names).toEqual(expect.arrayContaining(['Ostrogard', 'Varnel']));
});

it('reads the adjective of a region of several countries as no country of its own', () => {
  const { draft } = draftOf(
    article(['On May 4, the Lirvanian cabinet sold the port to Scandinavian and Anatolian investors.']),
  );
  const names = draft.actors.map((a) => a.name);
  expect(names).not.toContain('Scandinavia');
  expect(names).not.toContain('Anatolia');
  expect(names).toContain('Lirvania');
});

it('drafts a pipeline, named with a capital or a lower-case head, as a place', () => {
  const { draft } = draftOf(
    article([
      'On May 5, Lirvania stopped pumping oil through the Druzhba pipeline and delayed work on the Trans-Varnel Gas Pipeline (TVGP).',
    ]),
  );
  const kinds = Object.fromEntries(draft.actors.map((a) => [a.name, a.kind]));
  expect(kinds['Druzhba pipeline']).toBe('place');
  expect(kinds['Trans-Varnel Gas Pipeline']).toBe('place');
  expect(kinds['Druzhba']).toBeUndefined();
});

it('infers a country from its people named in the plural ("the Selvarians have offered …"), flagged for review', () => {
  const { draft } = draftOf(
    article(['On May 6, talks stalled in Pelka, and the Selvarians have offered to host the next round.']),
  );
  const country = draft.actors.find((a) => a.name === 'Selvaria');
  expect(country?.kind).toBe('country');
  expect(JSON.stringify(country?.review)).toContain('adjective');
  expect(draft.actors.some((a) => a.name === 'Selvarians')).toBe(false);
});

it("drafts a state's customs that acts as an organisation, not its officers", () => {
  const { draft } = draftOf(
    article([
      'On April 20, Lirvanian customs began searching every Varnelian lorry, and on April 22 Varnelian customs officers stopped Lirvanian buses.',
    ]),
  );
  const names = draft.actors.map((a) => a.name);
  expect(draft.actors.find((a) => a.name === 'Lirvanian customs')?.kind).toBe('organization');
  expect(names).not.toContain('Varnelian customs');
});

describe('one body named with and without its country', () => {
  const { draft } = draftOf(
    article([
      'On May 2, the Energy Ministry in Pelka said talks would go on. The Lirvanian Energy Ministry confirmed on May 3 that it would attend. ' +
        'On May 4, the Varnelian Interior Ministry and the Selvanian Interior Ministry traded notes, and Kordavia’s Interior Ministry stayed silent, although Kordavian officials had been invited.',
    ]),
  );
  const names = draft.actors.filter((a) => a.kind === 'organization').map((a) => a.name);

  it('merges the short form into the one full name that has it, whichever comes first', () => {
    expect(names.filter((n) => n.endsWith('Energy Ministry'))).toHaveLength(1);
  });

  it('merges a one-word body with the same body named after its country’s adjective', () => {
    const { draft: d } = draftOf(
      article([
        'On May 2, the Lirvanian Khural voted to close the border. On May 3, the Khural met again in Pelka.',
      ]),
    );
    const orgs = d.actors.filter((a) => a.kind === 'organization');
    expect(orgs.map((a) => a.name)).toEqual(['Lirvanian Khural']);
    expect(orgs[0]?.aliases).toContain('Khural');
  });

  it('keeps a short form that several bodies share apart, and names a body by its country’s possessive', () => {
    expect(names).toEqual(
      expect.arrayContaining([
        'Varnelian Interior Ministry',
        'Selvanian Interior Ministry',
        'Kordavia’s Interior Ministry',
      ]),
    );
  });
});

it('drafts a movement named before its translation in brackets, with the translation as an alias', () => {
  const { draft } = draftOf(
    article([
      'On May 7, Dana Orlova, who chairs the banned Jana Zhol (New Road) movement, was detained in Pelka.',
    ]),
  );
  const movement = draft.actors.find((a) => a.name === 'Jana Zhol');
  expect(movement?.kind).toBe('organization');
  expect(movement?.aliases).toContain('New Road');
});

it('drafts no place for an installation named after the company that owns it', () => {
  const { draft } = draftOf(
    article(['On May 8, fishermen blocked the gates of the KazTransOil oil terminal near Pelka.']),
  );
  const names = draft.actors.map((a) => a.name);
  expect(names).toContain('KazTransOil');
  expect(names).not.toContain('KazTransOil oil terminal');
});

it('reads "state" before another noun in an appositive as the adjective of a company, and alone as a country', () => {
  const { draft } = draftOf(
    article([
      'On May 9, Lirmar, the Varnelian state shipping company, signed a lease with Ostravia, a small state on the coast.',
    ]),
  );
  const kinds = Object.fromEntries(draft.actors.map((a) => [a.name, a.kind]));
  expect(kinds['Lirmar']).toBe('organization');
  expect(kinds['Ostravia']).toBe('country');
});

it('drafts a name whose tankers, shareholders or chief executive the article mentions as an organisation', () => {
  const { draft } = draftOf(
    article(['On May 10, Velmar’s tankers left Pelka, and Ostrogaz’s shareholders met in Lindau on May 12.']),
  );
  const kinds = Object.fromEntries(draft.actors.map((a) => [a.name, a.kind]));
  expect(kinds['Velmar']).toBe('organization');
});

it('drafts a speaker whose management the article mentions as an organisation, not a person', () => {
  const { draft } = draftOf(
    article([
      'On May 10, Veldmark said that wages would rise. Veldmark’s management met the union in Pelka on May 12.',
    ]),
  );
  expect(draft.actors.find((a) => a.name === 'Veldmark')?.kind).toBe('organization');
});

it('makes a name ending in a company word an organisation: Offshore, Petroleum, Shipping, Holding', () => {
  const { draft } = draftOf(
    article([
      'On May 2, a consortium led by Varna Offshore signed the deal, and Kelda Shipping joined on May 4.',
    ]),
  );
  const kinds = Object.fromEntries(draft.actors.map((a) => [a.name, a.kind]));
  expect(kinds['Varna Offshore']).toBe('organization');
  expect(kinds['Kelda Shipping']).toBe('organization');
});

it('guesses a country named only by an "-i" adjective before nouns, not a place named so', () => {
  const { draft } = draftOf(
    article([
      'On May 2, a Korvazi patrol boat stopped two trawlers, and Korvazi sailors boarded them, according to Korvazi and Lirvanian reports. ' +
        'Trucks waited near Tsirkheti on May 3, and the Ulgeti bridge stayed shut.',
    ]),
  );
  const byName = Object.fromEntries(draft.actors.map((a) => [a.name, a]));
  expect(byName['Korvaz']?.kind).toBe('country');
  expect(byName['Korvazi']).toBeUndefined();
  expect(byName['Tsirkhet']).toBeUndefined();
  expect(byName['Ulget']).toBeUndefined();
});

it('makes a fleet or squadron after its country’s possessive an organisation, not that country’s official', () => {
  const { draft } = draftOf(
    article([
      'On May 2, Russia’s Black Sea Fleet held drills off Sevastopol, and the Caspian Flotilla joined on May 3.',
    ]),
  );
  const kinds = Object.fromEntries(draft.actors.map((a) => [a.name, a.kind]));
  expect(kinds['Black Sea Fleet']).toBe('organization');
  expect(kinds['Caspian Flotilla']).toBe('organization');
});

it('drafts one outlet whose name ends in a number, and a Supreme Soviet as a body', () => {
  const { draft } = draftOf(
    article([
      'Rustavi 2 reported on May 2 that the Supreme Soviet of Abkhazia had voted to close the Inguri bridge.',
    ]),
  );
  const kinds = Object.fromEntries(draft.actors.map((a) => [a.name, a.kind]));
  expect(kinds['Rustavi 2']).toBe('media');
  expect(kinds['Rustavi']).toBeUndefined();
  expect(kinds['Supreme Soviet of Abkhazia']).toBe('organization');
});

describe('the real post-Soviet world: titles with a company, parties, hyphenated agencies', () => {
  const { draft } = draftOf(
    article([
      'On April 3, Rosneft CEO Pavel Sorin told Itar-Tass that exports would fall. United Russia and Nur Otan signed a pact on April 4, and Georgian Dream objected (Interfax-Ukraine, April 5). ' +
        'Rospotrebnadzor banned Moldovan wine on April 6, and Rosstat published new figures.',
    ]),
  );
  const kinds = Object.fromEntries(draft.actors.map((a) => [a.name, a.kind]));

  it('splits a company and its chief executive named by "CEO"', () => {
    expect(kinds['Pavel Sorin']).toBe('person');
    expect(kinds['Rosneft']).toBe('organization');
    expect(draft.actors.find((a) => a.name === 'Pavel Sorin')?.description).toBe('Rosneft CEO');
  });

  it('types the region’s parties with no head noun as organisations', () => {
    for (const name of ['United Russia', 'Nur Otan', 'Georgian Dream'])
      expect(kinds[name], name).toBe('organization');
  });

  it('types Russia’s watchdogs and statistics service as organisations', () => {
    for (const name of ['Rospotrebnadzor', 'Rosstat']) expect(kinds[name], name).toBe('organization');
  });

  it('reads a hyphenated agency as a medium and cites it when told', () => {
    expect(kinds['Itar-Tass']).toBe('media');
    expect(draft.sources.map((s) => s.outlet)).toEqual(
      expect.arrayContaining(['Itar-Tass', 'Interfax-Ukraine']),
    );
  });
});

it("merges a body named by its country's possessive with the one named by the country's adjective", () => {
  const { draft } = draftOf(
    article([
      'On April 6, the Russian Foreign Ministry summoned the envoy. On April 7, Russia’s Foreign Ministry said the talks were over.',
    ]),
  );
  const bodies = draft.actors.filter((a) => a.kind === 'organization');
  expect(bodies.map((a) => a.name)).toEqual(['Russian Foreign Ministry']);
  expect(bodies[0]?.aliases).toContain('Russia’s Foreign Ministry');
});

describe('a title of a committee "on" its field, then the holder', () => {
  it('splits the holder from the committee after a one-word, an "Affairs" or an abbreviated field', () => {
    const { draft } = draftOf(
      article([
        'Chairman of the Senate Committee on Defense Marta Kovac said on May 2 that the vote was illegal. ' +
          'Deputy Chairman of the Committee on Foreign Affairs Ivo Bren agreed. ' +
          'First Deputy Chairman of the Assembly Committee on CIS Affairs Petar Hollo said nothing.',
      ]),
    );
    const kinds = Object.fromEntries(draft.actors.map((a) => [a.name, a.kind]));
    expect(kinds).toMatchObject({
      'Marta Kovac': 'person',
      'Senate Committee on Defense': 'organization',
      'Ivo Bren': 'person',
      'Committee on Foreign Affairs': 'organization',
      'Petar Hollo': 'person',
      'Assembly Committee on CIS Affairs': 'organization',
    });
    expect(draft.quotes.find((q) => q.kind === 'reported')?.speaker).toBe('marta-kovac');
  });
});

describe('a full name that opens a sentence', () => {
  it('is the person its surname names later, unless another full name shares the surname', () => {
    const { draft } = draftOf(
      article([
        'Mira Holtan, who leads the opposition, accused the government of lying. Holtan said on May 2 that the vote was rigged.',
      ]),
    );
    expect(draft.actors.find((a) => a.name === 'Mira Holtan')?.kind).toBe('person');
    expect(draft.quotes.find((q) => q.kind === 'reported')?.speaker).toBe('mira-holtan');
  });

  it('is no name when its first word is an adverb or a time word ("Yesterday Holtan said")', () => {
    const { draft } = draftOf(
      article(['Yesterday Holtan said that the vote was rigged. Holtan said so again.']),
    );
    expect(draft.actors.map((a) => a.name)).toEqual(['Holtan']);
  });
});

describe('a real capital standing for its country', () => {
  it('is the country the article names, in the events and statements where the capital acts', () => {
    const { draft } = draftOf(
      article([
        'On May 3, Ukraine closed two border crossings with Belarus (UNIAN, May 3). Minsk protested on May 4. Kyiv answered that the crossings would reopen in June.',
      ]),
    );
    const names = new Map(draft.actors.map((a) => [a.id, a.name]));
    const protest = draft.events.find((e) => e.date.start === '2009-05-04');
    expect(protest?.actors.map((k) => names.get(k))).toEqual(['Belarus']);
    expect(protest?.places.map((k) => names.get(k))).toEqual(['Minsk']);
    const answer = draft.quotes.find((q) => q.kind === 'reported');
    expect(names.get(answer?.speaker ?? '')).toBe('Ukraine');
  });
});

describe('a capital printed only at the start of a sentence', () => {
  it('is a place when it takes a stance, and no plural or lower-case word is', () => {
    const { draft } = draftOf(
      article([
        'Kestrian troops crossed the Ulva river on May 3. Ostrovgrad was quick to call it an invasion. Farmers protested. Silence protested louder than words, and silence is what followed.',
      ]),
    );
    const kinds = Object.fromEntries(draft.actors.map((a) => [a.name, a.kind]));
    expect(kinds['Ostrovgrad']).toBe('place');
    expect(kinds['Farmers']).toBeUndefined();
    expect(kinds['Silence']).toBeUndefined();
  });
});

describe('a capital glossed with the name of what it is the capital of', () => {
  it('stands for it, whether the gloss comes after or before the capital', () => {
    for (const sentence of [
      'Ostrovgrad, the capital of breakaway Lirvania, protested on May 4 (Lirvan Press, May 4).',
      'Lirvania’s capital, Ostrovgrad, protested on May 4 (Lirvan Press, May 4).',
    ]) {
      const { draft } = draftOf(article([sentence]));
      const names = new Map(draft.actors.map((a) => [a.id, a.name]));
      const protest = draft.events.find((e) => e.date.start === '2009-05-04');
      expect(
        protest?.actors.map((k) => names.get(k)),
        sentence,
      ).toEqual(['Lirvania']);
      expect(
        protest?.places.map((k) => names.get(k)),
        sentence,
      ).toEqual(['Ostrovgrad']);
    }
  });
});

describe('bodies printed in lower case', () => {
  it('drafts one that acts, with a word of its field or level, not a bare head or a destination', () => {
    const { draft } = draftOf(
      article([
        'On May 3 the tax inspectorate fined the Kestrel bakery, and the district council met to discuss the fine. Bakers marched to the city administration on May 4. The ministry said nothing.',
      ]),
    );
    const names = draft.actors.map((a) => a.name);
    expect(names).toEqual(expect.arrayContaining(['tax inspectorate', 'district council']));
    expect(names).not.toContain('city administration');
    expect(names).not.toContain('ministry');
    expect(draft.actors.find((a) => a.name === 'tax inspectorate')?.kind).toBe('organization');
  });

  it('leaves out the short form of a body the article names in full', () => {
    const { draft } = draftOf(
      article([
        'On May 3 the Ostrov regional tax inspectorate fined the Kestrel bakery. On May 5 the tax inspectorate fined it again.',
      ]),
    );
    expect(draft.actors.map((a) => a.name)).not.toContain('tax inspectorate');
  });
});

describe('name forms of the region’s English-language press', () => {
  it('takes a spelling in parentheses as an alias, not an actor or a country', () => {
    const { draft } = draftOf(
      article([
        'Police in Ganja detained the activist Farid Aliyarli (spelled Aliyarly in some reports) on May 3. On May 5 a court remanded Aliyarli (Alijarli in Russian-language reports) for two months (Turan, May 5).',
      ]),
    );
    const person = draft.actors.find((a) => a.name === 'Farid Aliyarli');
    expect(person?.aliases).toEqual(expect.arrayContaining(['Aliyarly']));
    expect(draft.actors.map((a) => a.name)).not.toContain('Aliyarly');
    expect(draft.actors.map((a) => a.name)).not.toContain('Alijarl');
  });

  it('joins a plural that takes ’s to the body it owns, and reads "MP" as a title', () => {
    const { draft } = draftOf(
      article([
        'On May 3 the People’s Assembly of the republic voted to dissolve itself, and the Women’s Union protested (Interfax, May 3). Opposition MP Ruslan Tsoloev said the vote was illegal.',
      ]),
    );
    const kinds = Object.fromEntries(draft.actors.map((a) => [a.name, a.kind]));
    expect(kinds['People’s Assembly']).toBe('organization');
    expect(kinds['Women’s Union']).toBe('organization');
    expect(kinds['Assembly']).toBeUndefined();
    expect(kinds['MP']).toBeUndefined();
    expect(kinds['Ruslan Tsoloev']).toBe('person');
  });

  it('joins a plural in "-men" that takes ’s ("the Fishermen’s Cooperative"), and drafts a cooperative', () => {
    const { draft } = draftOf(
      article([
        'On July 10 the Gyzylsuw Fishermen’s Cooperative rejected the offer, and the Servicemen’s Union backed it (Turan TV, July 11).',
      ]),
    );
    const kinds = Object.fromEntries(draft.actors.map((a) => [a.name, a.kind]));
    expect(kinds['Gyzylsuw Fishermen’s Cooperative']).toBe('organization');
    expect(kinds['Servicemen’s Union']).toBe('organization');
    expect(kinds['Cooperative']).toBeUndefined();
  });

  it('drafts words spelling their abbreviation as a body, but not a document so abbreviated', () => {
    const { draft } = draftOf(
      article([
        'On July 28, Kazakhstan Temir Zholy (KTZ), the state railway company, halted 146 tank cars at the border. Talks on the Partnership and Cooperation Agreement (PCA) were put off.',
      ]),
    );
    const kinds = Object.fromEntries(draft.actors.map((a) => [a.name, a.kind]));
    expect(kinds['Kazakhstan Temir Zholy']).toBe('organization');
    expect(kinds['Partnership and Cooperation Agreement']).toBeUndefined();
  });

  it('drafts a body its appositive calls a laboratory: "Aqualab, an independent laboratory in Tavrakert,"', () => {
    const { draft } = draftOf(
      article([
        'On March 18 Aqualab, an independent laboratory in Tavrakert, reported cyanide in the samples.',
      ]),
    );
    expect(draft.actors.find((a) => a.name === 'Aqualab')?.kind).toBe('organization');
  });

  it('drafts "Varta Communications" as a body', () => {
    const { draft } = draftOf(
      article(['Varta Communications, the other applicant, had withdrawn on June 7.']),
    );
    expect(draft.actors.find((a) => a.name === 'Varta Communications')?.kind).toBe('organization');
  });
});

it('drafts names joined by a dash before a facility’s head as the facility, not as places of their own', () => {
  const { draft } = draftOf(
    article([
      'On May 3 an explosion shut the Karshi–Termez pipeline, and Uzbekneftegaz said repairs would take a week (Interfax, May 3).',
    ]),
  );
  const kinds = Object.fromEntries(draft.actors.map((a) => [a.name, a.kind]));
  expect(kinds['Karshi–Termez pipeline']).toBe('place');
  expect(kinds['Karshi']).toBeUndefined();
  expect(kinds['Termez']).toBeUndefined();
});

it('drafts no region from its adjective before a border or a zone, but does from its adjective before a body', () => {
  const { draft } = draftOf(
    article([
      'On May 3 two police posts along the Chechen border were attacked (Interfax, May 3). On May 4 Transnistrian customs officers closed the bridge.',
    ]),
  );
  const names = draft.actors.map((a) => a.name);
  expect(names).not.toContain('Chechnya');
  expect(names).toContain('Transnistria');
});

it('knows the region’s real bodies, parties, regions and towns by name', () => {
  const { draft } = draftOf(
    article([
      'On May 3 activists from Memorial told EurAsEC delegates in Nazran that Our Ukraine and Ata-Meken had sent observers to Dagestan (Kavkaz-Uzel, May 4).',
    ]),
  );
  const kinds = Object.fromEntries(draft.actors.map((a) => [a.name, a.kind]));
  expect(kinds).toMatchObject({
    Memorial: 'organization',
    EurAsEC: 'organization',
    'Our Ukraine': 'organization',
    'Ata-Meken': 'organization',
    Dagestan: 'place',
    Nazran: 'place',
    'Kavkaz-Uzel': 'media',
  });
});

describe('names inside titles and abbreviations', () => {
  it('reads a company’s governing organ in a title as the company', () => {
    const { draft } = draftOf(
      article([
        'Deputy Chairman of the Management Committee of Ostrogaz Ivan Dorn said on May 3 that prices would rise. Chairman of the Board of Kestrneft Lena Orlova agreed.',
      ]),
    );
    const kinds = Object.fromEntries(draft.actors.map((a) => [a.name, a.kind]));
    expect(kinds).toMatchObject({
      Ostrogaz: 'organization',
      Kestrneft: 'organization',
      'Ivan Dorn': 'person',
    });
    expect(
      Object.keys(kinds).some((n) => n.startsWith('Management Committee') || n.startsWith('Board')),
    ).toBe(false);
  });

  it('reads an organ "of the" company with a name of several words as the company', () => {
    const { draft } = draftOf(
      article([
        'Workers at the Vostrel Steel Corporation walked out on May 2. Chairman of the Supervisory Board of the Vostrel Steel Corporation Ivan Dorn said on May 3 that wages would not rise.',
      ]),
    );
    const names = draft.actors.map((a) => a.name);
    expect(names).toContain('Vostrel Steel Corporation');
    expect(names).toContain('Ivan Dorn');
    expect(names.some((n) => n.startsWith('Supervisory Board'))).toBe(false);
  });

  it('takes an abbreviation its hyphened parts spell as an alias, not a body', () => {
    const { draft } = draftOf(
      article(['On May 3 an explosion damaged the Karshi-Termez-Kabul (KTK) pipeline (Interfax, May 3).']),
    );
    expect(draft.actors.map((a) => a.name)).not.toContain('KTK');
  });

  it('drafts a body’s own unit named in lower case after it as the actor', () => {
    const { draft } = draftOf(
      article([
        'On May 3 the OSCE’s media freedom office expressed concern, and the Interior Ministry’s border protection unit denied the report (Interfax, May 3).',
      ]),
    );
    const names = draft.actors.map((a) => a.name);
    expect(names).toEqual(
      expect.arrayContaining(['OSCE’s media freedom office', 'Interior Ministry’s border protection unit']),
    );
    expect(names).not.toContain('OSCE');
  });

  it('reads two fields of one title joined by "and" as the title, not a name', () => {
    const { draft } = draftOf(
      article([
        'On May 3 Kestrian Deputy Transport and Communications Minister Ivan Dorn resigned (Interfax, May 3).',
      ]),
    );
    const kinds = Object.fromEntries(draft.actors.map((a) => [a.name, a.kind]));
    expect(kinds['Ivan Dorn']).toBe('person');
    expect(kinds['Transport']).toBeUndefined();
    expect(kinds['Communications Minister Ivan Dorn']).toBeUndefined();
  });
});

it('drafts a place goods go through, and a transport corridor named after its towns', () => {
  const { draft } = draftOf(
    article([
      'On May 3 the goods from China came through Torugart, and on May 4 Kestria closed the Ostrov-Lindau-Pelka corridor (Interfax, May 4).',
    ]),
  );
  const kinds = Object.fromEntries(draft.actors.map((a) => [a.name, a.kind]));
  expect(kinds['Torugart']).toBe('place');
  expect(kinds['Ostrov-Lindau-Pelka corridor']).toBe('place');
});

it('drafts no country from a language: "translated from the Russian", "Russian-language reports"', () => {
  const { draft } = draftOf(
    article([
      'On May 3 police detained Ivan Dorn, Kazakh-language newspapers reported (Interfax, May 3). This interview is reprinted in a translation from the Russian.',
    ]),
  );
  const names = draft.actors.map((a) => a.name);
  expect(names).not.toContain('Russia');
  expect(names).not.toContain('Kazakhstan');
});

it('reads "the consortium" as the company that leads "a consortium led by" it', () => {
  const { draft } = draftOf(
    article([
      'On May 2, Kestrgaz signed a production-sharing agreement with a consortium led by Nordvik Drilling (Interfax, May 2). The consortium has made it clear that it will not drill in contested waters.',
    ]),
  );
  const names = new Map(draft.actors.map((a) => [a.id, a.name]));
  const statement = draft.quotes.find((q) => q.kind === 'reported');
  expect(names.get(statement?.speaker ?? '')).toBe('Nordvik Drilling');
});

it('drafts a body whose two fields are joined by "and" whole, and no macro-region', () => {
  const { draft } = draftOf(
    article([
      'On May 3 the Kestrian National Security and Defense Council ordered the border closed, and the Council of Europe’s rapporteur on the North Caucasus asked why gas bound for Europe was held up (Interfax, May 3).',
    ]),
  );
  const names = draft.actors.map((a) => a.name);
  expect(names.some((n) => n.endsWith('National Security and Defense Council'))).toBe(true);
  expect(names).not.toContain('Defense Council');
  expect(names).not.toContain('North Caucasus');
  expect(names).not.toContain('Europe');
});

it('drafts full names that gloss a plural of people as persons, and their taking part as no new event', () => {
  const { draft } = draftOf(
    article([
      'In the summer of 2004, villagers from Delmar blocked the Ostrov road for a week, and the district administration paid them (Interfax, July 2, 2004). On May 3 police detained four men (Interfax, May 3). Two of the detained men, Ilgar Mammadli and Rasim Ozbekli, had taken part in the 2004 protest.',
    ]),
  );
  const kinds = Object.fromEntries(draft.actors.map((a) => [a.name, a.kind]));
  expect(kinds['Ilgar Mammadli']).toBe('person');
  expect(kinds['Rasim Ozbekli']).toBe('person');
  expect(draft.events.filter((e) => e.date.start.startsWith('2004'))).toHaveLength(1);
});

describe('a building named "House of" or "Palace of" a singular noun', () => {
  const { draft } = draftOf(
    article([
      'On March 8, teachers gathered in the Palace of Justice in Velmar, and on March 9 they marched to the House of Friendship. ' +
        'The House of Deputies debated the pay rise on March 10.',
    ]),
  );
  const kinds = Object.fromEntries(draft.actors.map((a) => [a.name, a.kind]));

  it('drafts the building whole, as a place', () => {
    expect(kinds['Palace of Justice']).toBe('place');
    expect(kinds['House of Friendship']).toBe('place');
    expect(kinds['House']).toBeUndefined();
    expect(kinds['Friendship']).toBeUndefined();
  });

  it('leaves a "House of" a plural (a chamber of people) to the other rules', () => {
    expect(kinds['House of Deputies']).not.toBe('place');
  });
});

describe('a body’s field closed by "and" or "and the", then its holder', () => {
  it('keeps the last field in the body and splits off the holder printed right after it', () => {
    const { draft } = draftOf(
      article([
        'Chairman of the Velmar Commission for Tariffs and Subsidies Oleg Branko said on May 2 that prices would rise. ' +
          'Mira Dask, director of the Institute for Peace and the Rule of Law, disagreed on May 3. ' +
          'Head of the Kestrian Center for Water and Energy Studies Ivo Lantar warned on May 4 that the dam was unsafe.',
      ]),
    );
    const kinds = Object.fromEntries(draft.actors.map((a) => [a.name, a.kind]));
    expect(kinds).toMatchObject({
      'Velmar Commission for Tariffs and Subsidies': 'organization',
      'Oleg Branko': 'person',
      'Institute for Peace and the Rule of Law': 'organization',
      'Kestrian Center for Water and Energy Studies': 'organization',
      'Ivo Lantar': 'person',
    });
    expect(Object.keys(kinds)).not.toContain('Rule of Law');
    expect(Object.keys(kinds)).not.toContain('Subsidies Oleg Branko');
  });

  it('reads a field after "for" as the body’s own name, a portfolio of title words as the title’s', () => {
    const { draft } = draftOf(
      article([
        'Director of the Center for Regional Assessments Anna Vell said on May 2 that the talks had failed. ' +
          'Deputy Secretary of the Security Council for Energy Security Toma Bik agreed on May 3.',
      ]),
    );
    const names = draft.actors.map((a) => a.name);
    expect(names).toEqual(
      expect.arrayContaining(['Center for Regional Assessments', 'Anna Vell', 'Toma Bik']),
    );
    expect(names).not.toContain('Center');
    expect(names.some((n) => n.includes('for Energy Security'))).toBe(false);
  });

  it('does not join a second party after "and the"', () => {
    const { draft } = draftOf(
      article([
        'The Ministry of Defense and the President disagreed on May 2 over the base (Interfax, May 2).',
      ]),
    );
    const names = draft.actors.map((a) => a.name);
    expect(names).toContain('Ministry of Defense');
    expect(names.some((n) => n.includes('and the'))).toBe(false);
  });
});

describe('a plural title inside a body’s name', () => {
  it('reads "Council of Commanders of …", "Council of Ministers of …" as one body, no person', () => {
    const { draft } = draftOf(
      article([
        'The Council of Commanders of the Northern Border Troops will meet in Velmar on July 10 (Interfax, May 2). ' +
          'The Council of Ministers of the Ostrovian Republic approved the plan on May 4.',
      ]),
    );
    const kinds = Object.fromEntries(draft.actors.map((a) => [a.name, a.kind]));
    expect(kinds).toMatchObject({
      'Council of Commanders of the Northern Border Troops': 'organization',
      'Council of Ministers of the Ostrovian Republic': 'organization',
    });
    expect(Object.values(kinds)).not.toContain('person');
  });
});

describe('a body’s fields listed with commas and closed by "and"', () => {
  it('keeps the list in the body’s name and splits off the holder after it', () => {
    const { draft } = draftOf(
      article([
        'Chairman of the Committee on Foreign Affairs, Public Works and Information of the Kestrian Assembly Ivo Lantar said on May 2 that the treaty was dead (Interfax, May 2). ' +
          'The Committee on Defense, Security and Border Affairs met on May 3.',
      ]),
    );
    const kinds = Object.fromEntries(draft.actors.map((a) => [a.name, a.kind]));
    expect(kinds).toMatchObject({
      'Committee on Foreign Affairs, Public Works and Information of the Kestrian Assembly': 'organization',
      'Ivo Lantar': 'person',
      'Committee on Defense, Security and Border Affairs': 'organization',
    });
  });

  it('leaves a list of countries after a body as parties of their own', () => {
    const { draft } = draftOf(
      article(['The Ministry of Energy, Russia and Ukraine disagreed on May 4 (Interfax, May 4).']),
    );
    expect(draft.actors.map((a) => a.name)).toEqual(
      expect.arrayContaining(['Ministry of Energy', 'Ukraine']),
    );
  });
});

describe('a country’s embassy as a party', () => {
  it('drafts an embassy that acts or speaks, not one that is only a building', () => {
    const { draft } = draftOf(
      article([
        'The Kestrian embassy said on May 2 that the visas would be issued (Interfax, May 2). ' +
          'The Ostrovian Embassy in Velmar was more careful on May 3. ' +
          'On May 4 several hundred students picketed the Dravian embassy, and police stood outside the Lirvan embassy.',
      ]),
    );
    const names = draft.actors.map((a) => a.name);
    expect(names).toEqual(expect.arrayContaining(['Kestrian embassy', 'Ostrovian Embassy in Velmar']));
    expect(names.some((n) => /Dravian embassy|Lirvan embassy/.test(n))).toBe(false);
  });

  it('drafts the embassy a letter went to when "the embassy" answers later', () => {
    const { draft } = draftOf(
      article([
        'On May 2 we wrote to the mayor and to the Velmarian embassy. Only the embassy replied (Interfax, May 3).',
      ]),
    );
    expect(draft.actors.map((a) => a.name)).toContain('Velmarian embassy');
  });
});

describe('a head of state’s lower-case office that acts', () => {
  it('drafts the presidential secretariat or administration when it acts, not where someone works', () => {
    const acting = draftOf(
      article([
        'The presidential secretariat, for its part, issued a statement on May 2 (Interfax, May 2). ' +
          'On May 3 the vote was delayed after the presidential administration asked for a pause.',
      ]),
    ).draft.actors.map((a) => a.name);
    expect(acting).toEqual(
      expect.arrayContaining(['presidential secretariat', 'presidential administration']),
    );
    const working = draftOf(
      article([
        'A source in the presidential administration, who asked not to be named, said on May 4 that the plan was dead (Interfax, May 4).',
      ]),
    ).draft.actors.map((a) => a.name);
    expect(working).not.toContain('presidential administration');
  });
});

describe('names sharing a plural region noun', () => {
  it('drafts each as a place, and a name in "-i" before "districts" as no country’s adjective', () => {
    const { draft } = draftOf(
      article([
        'On May 2 patrols recorded ten crossings in the Velmar and Dostani districts (Interfax, May 3). ' +
          'Farmers in the Orzhan and Kelbari regions blocked the road on May 4.',
      ]),
    );
    const kinds = Object.fromEntries(draft.actors.map((a) => [a.name, a.kind]));
    expect(kinds).toMatchObject({ Dostani: 'place', Kelbari: 'place' });
    expect(Object.keys(kinds)).not.toContain('Dostan');
    expect(Object.keys(kinds)).not.toContain('Kelbar');
  });
});

describe('a cascade or an air base named after a place', () => {
  it('drafts the installation as a place, an air base under its bare name too', () => {
    const { draft } = draftOf(
      article([
        'On May 2 Velmar proposed extending the lease on the Orzhan air base by ten years (Interfax, May 2). ' +
          'The deal covers the Kelbar-Tash cascade, under which the reservoirs are filled each spring. ' +
          'The new government will want Orzhan.',
      ]),
    );
    const byName = Object.fromEntries(draft.actors.map((a) => [a.name, a]));
    expect(byName['Orzhan air base']).toMatchObject({ kind: 'place', aliases: ['Orzhan'] });
    expect(byName['Kelbar-Tash cascade']?.kind).toBe('place');
    expect(Object.keys(byName)).not.toContain('Kelbar-Tash');
  });
});

describe('a joint body of two states named by its field in lower case', () => {
  it('drafts the joint group or the bilateral commission with its field', () => {
    const { draft } = draftOf(
      article([
        'On May 2 Velmar said the joint working group on the seabed could not meet until the ship was returned (Interfax, May 2). ' +
          'Ostrov will raise the matter at the next session of the bilateral subcommission on fisheries, scheduled for June 12. ' +
          'The mixed commission on border crossings met on May 20.',
      ]),
    );
    const names = draft.actors.map((a) => a.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'joint working group on the seabed',
        'bilateral subcommission on fisheries',
        'mixed commission on border crossings',
      ]),
    );
  });
});

describe('a body attached to an office', () => {
  it('keeps "under the President of …" and "under the Cabinet of …" in the body’s name, no person', () => {
    const { draft } = draftOf(
      article([
        'Anna Vell, a researcher at the Institute for Regional Studies under the President of Kestria, said on May 2 that the talks had failed (Interfax, May 2). ' +
          'The Council for Tariffs under the Cabinet of Ministers met on May 3.',
      ]),
    );
    const kinds = Object.fromEntries(draft.actors.map((a) => [a.name, a.kind]));
    expect(kinds).toMatchObject({
      'Institute for Regional Studies under the President of Kestria': 'organization',
      'Council for Tariffs under the Cabinet of Ministers': 'organization',
    });
    expect(kinds['Kestria']).not.toBe('person');
  });
});

describe('a capital that speaks for its state', () => {
  it('drafts "Marznavan" as a place when the article says "in Marznavan" as often as "Marznavan says"', () => {
    const { draft } = draftOf(
      article([
        'The exchange was postponed on May 19 (Kvarelta Press, May 20). The authorities in Marznavan informed the mediators that evening. Marznavan says the list is incomplete, and nobody in Marznavan expects it to change.',
      ]),
    );
    expect(draft.actors.find((a) => a.name === 'Marznavan')?.kind).toBe('place');
  });
});
