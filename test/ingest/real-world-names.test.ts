// Real-world names as real articles print them: a state under its official name ("the Russian
// Federation", "the People’s Republic of China") is one actor with its short name, and no word of it an
// actor apart; a middle initial is inside a name; the country in a title ("US Secretary of …") acts.
import { describe, expect, it } from 'vitest';
import { draftsUnder } from './helpers.js';

const { draft } = draftsUnder('Publication: Eurasia Daily Monitor Volume: 10 Issue: 94');

/** Each drafted actor as "kind: name / alias / …". */
const actorsOf = (...paragraphs: string[]) =>
  draft(...paragraphs).actors.map((a) => `${a.kind}: ${[a.name, ...(a.aliases ?? [])].join(' / ')}`);

describe('official names of known states', () => {
  it('"the People’s Republic of China" is China, not "Republic of China" (Taiwan)', () => {
    const actors = actorsOf(
      'The People’s Republic of China signed a gas deal with Turkmenistan on May 3. China will pay in yuan.',
    );
    expect(actors.filter((a) => /China/.test(a))).toHaveLength(1);
    expect(actors.join('\n')).toMatch(
      /^country: (People’s Republic of China|China) \/ (China|People’s Republic of China)$/m,
    );
  });
  it('"the Republic of China" stays Taiwan, apart from China', () => {
    const actors = actorsOf('The Republic of China and China quarrelled over the strait on May 6.');
    expect(actors.filter((a) => /China/.test(a))).toHaveLength(2);
  });
  it('"the Russian Federation", "the Kyrgyz Republic", "the Czech Republic": no "Federation" or "Republic" apart', () => {
    const actors = actorsOf(
      'The Russian Federation called a meeting on May 6. The Kyrgyz Republic closed its border on May 9 and Kyrgyzstan reopened it on May 10. The Czech Republic protested on May 11.',
    );
    expect(actors).not.toContainEqual(expect.stringMatching(/: (Federation|Republic)\b/));
    expect(actors).toContainEqual(expect.stringMatching(/^country: .*Kyrgyz Republic/));
    expect(actors.filter((a) => /Kyrgyz/.test(a))).toHaveLength(1);
    expect(actors).toContain('country: Czech Republic');
  });
  it('"the United States of America" is one name, with no place "America"', () => {
    const actors = actorsOf(
      'The United States of America spoke on May 7; the United States said more on May 8.',
    );
    expect(actors).not.toContainEqual(expect.stringMatching(/: America$/));
    expect(actors.filter((a) => /United States/.test(a))).toHaveLength(1);
  });
  it('"the Republic of Moldova" and "Moldova" are one actor; so are an invented state’s two names', () => {
    expect(
      actorsOf('The Republic of Moldova protested on May 5. Moldova recalled its envoy on May 6.'),
    ).toEqual([
      expect.stringMatching(/^country: (Republic of Moldova|Moldova) \/ (Moldova|Republic of Moldova)$/),
    ]);
    const orvenia = actorsOf(
      'The Republic of Orvenia protested on May 5. Orvenia recalled its envoy on May 6.',
    );
    expect(orvenia.filter((a) => /Orvenia/.test(a))).toHaveLength(1);
  });
  it('a state named by its own words before "Republic" is a country: "the Donetsk People’s Republic"', () => {
    const d = draft('The Donetsk People’s Republic held a vote on May 5.');
    expect(d.actors.map((a) => `${a.kind}: ${a.name}`)).toContain('country: Donetsk People’s Republic');
    expect(d.events.map((e) => e.date.start)).toContain('2013-05-05');
  });
});

describe('real names as real articles print them', () => {
  it('"George W. Bush", "Richard G. Lugar": a middle initial is inside the name', () => {
    const d = draft(
      'US President George W. Bush said on May 3 that he would go. Senator Richard G. Lugar arrived on May 5.',
    );
    const persons = d.actors.filter((a) => a.kind === 'person').map((a) => a.name);
    expect(persons).toEqual(['George W. Bush', 'Richard G. Lugar']);
  });
  it('"US Secretary of Defense Donald Rumsfeld": the United States is an actor, and Rumsfeld leads the event', () => {
    const d = draft('US Secretary of Defense Donald Rumsfeld visited Baku on August 12.');
    const names = (ids: readonly string[]) => ids.map((id) => d.actors.find((a) => a.id === id)?.name);
    expect(d.actors.map((a) => `${a.kind}: ${a.name}`)).toContain('country: US');
    expect(names(d.events[0]?.actors ?? []).slice(0, 2)).toEqual(['Donald Rumsfeld', 'US']);
  });
  it('"UK Foreign Secretary Jack Straw": the country in the title is an actor', () => {
    const d = draft('UK Foreign Secretary Jack Straw arrived in Tashkent on May 8.');
    expect(d.actors.map((a) => `${a.kind}: ${a.name}`)).toContain('country: UK');
  });
  it('"Uzbekistan’s Minister of Foreign Affairs Sodiq Safoyev flew …": the minister leads, not his country', () => {
    const d = draft('Uzbekistan’s Minister of Foreign Affairs Sodiq Safoyev flew to Moscow on May 4.');
    expect(d.actors.find((a) => a.id === d.events[0]?.actors[0])?.name).toBe('Sodiq Safoyev');
  });
});

describe('Baltic names, broadcasters and long committee titles', () => {
  const persons = (...paragraphs: string[]) =>
    draft(...paragraphs)
      .actors.filter((a) => a.kind === 'person')
      .map((a) => a.name);
  it('Latvian and Lithuanian names ending in "-s" are persons ("Aivars Lembergs", "his assistant, Rolands Zarins")', () => {
    expect(persons('Aivars Lembergs was arrested on May 3.')).toEqual(['Aivars Lembergs']);
    expect(persons('Police arrested him and his assistant, Rolands Zarins, at the border on May 2.')).toEqual(
      ['Rolands Zarins'],
    );
    expect(persons('Rolandas Paksas was impeached on April 6.')).toEqual(['Rolandas Paksas']);
  });
  it('plurals ending in "-ns" stay no persons ("Fair Elections", "Displaced Persons")', () => {
    expect(persons('The Fair Elections group and the Displaced Persons committee met on May 3.')).toEqual([]);
  });
  it('"“…,” she said" after a Lithuanian man and a woman is the woman’s: "-aitis" is a man’s, "-ūtė" a woman’s', () => {
    const d = draft(
      'Justas Kalvaitis was indicted on June 4. Kalvaitis’s lawyer, Ona Griciūtė, told the paper that her client had no wish to be exchanged. “He is innocent,” she said.',
    );
    expect(
      d.actors.find((a) => a.id === d.quotes.find((q) => q.text.includes('innocent'))?.speaker)?.name,
    ).toBe('Ona Griciūtė');
  });
  it('"Meeting Nurgaliev and …, he ordered": a participle opening the sentence is no word of a name', () => {
    expect(
      persons('Meeting Nurgaliev in the Kremlin on October 13, he ordered that the city be sealed off.'),
    ).toEqual(['Nurgaliev']);
  });
  it('"Channel 5" keeps its number', () => {
    const d = draft('Oleksandr Turchynov said on Channel 5 on May 3 that his investigation had been closed.');
    expect(d.actors.map((a) => `${a.kind}: ${a.name}`)).toContain('media: Channel 5');
  });
  it('"Chairman of the State Duma Committee on CIS Affairs and Relations with Compatriots Andrei Kokoshin"', () => {
    const d = draft(
      'Chairman of the State Duma Committee on CIS Affairs and Relations with Compatriots Andrei Kokoshin argued on November 15 that the treaty would last.',
    );
    expect(d.actors.map((a) => `${a.kind}: ${a.name}`)).toEqual([
      'organization: State Duma Committee on CIS Affairs and Relations with Compatriots',
      'person: Andrei Kokoshin',
    ]);
  });
});

describe('who reports is no outlet when the article says otherwise', () => {
  const outlets = (...paragraphs: string[]) => draft(...paragraphs).sources.map((s) => s.outlet);
  it('"Austria’s OMV reported a one-third drop": a country’s company measuring a figure', () => {
    expect(outlets('On January 1, Austria’s OMV reported a one-third drop at its Baumgarten hub.')).toEqual(
      [],
    );
  });
  it('"FSB Director Nikolai Patrushev reported the operation to President Vladimir Putin": an official', () => {
    expect(
      outlets(
        'That evening FSB Director Nikolai Patrushev reported the operation to President Vladimir Putin.',
      ),
    ).toEqual([]);
  });
  it('an outlet reporting is still one: "Interfax reported on May 3 that …"', () => {
    expect(outlets('Interfax reported on May 3 that the talks had failed.')).toEqual(['Interfax']);
  });
});

describe('outlets and persons as real articles print them', () => {
  it('"for Zerkalo nedeli": an outlet’s lower-case last word is a word of its name, outside a citation too', () => {
    const d = draft(
      'The interview was conducted in Kyiv on January 26 by Olena Hrytsak for Zerkalo nedeli, which published it on February 4.',
    );
    expect(d.actors.map((a) => `${a.kind}: ${a.name}`)).toContain('media: Zerkalo nedeli');
  });
  it('"George W. Bush met Putin": a common given name with a middle initial is a person', () => {
    const d = draft('George W. Bush met Vladimir Putin in Bratislava on February 24.');
    expect(d.actors.filter((a) => a.kind === 'person').map((a) => a.name)).toEqual([
      'George W. Bush',
      'Vladimir Putin',
    ]);
  });
});

describe('bodies, broadcasters and towns', () => {
  it('"the Confederation of Independent Trade Unions of Tolbaria (CITU)" is one body', () => {
    const d = draft(
      'Gulzhan Omarova, whose Confederation of Independent Trade Unions of Tolbaria (CITU) has been suspended since May 23, argued on May 30 that the vacancies were in the wrong places.',
    );
    expect(d.actors.map((a) => `${a.kind}: ${a.name}`)).toContain(
      'organization: Confederation of Independent Trade Unions of Tolbaria',
    );
    expect(d.actors.map((a) => a.name)).not.toContain('Independent Trade Unions');
  });
  it('"Canal 7" and "Rustavi 2" are broadcasters; the "Karakum Canal" is a waterway', () => {
    const kinds = draft(
      'Canal 7 broadcast it on May 3, Rustavi 2 on May 4. Water from the Karakum Canal ran out on May 5.',
    ).actors.map((a) => `${a.kind}: ${a.name}`);
    expect(kinds).toEqual(
      expect.arrayContaining(['media: Canal 7', 'media: Rustavi 2', 'place: Karakum Canal']),
    );
  });
  it('"the Drubeni video": a town’s name in "-eni" makes no country "Druben"', () => {
    const d = draft('Our correspondents saw the same ballot stuffing as in the Drubeni video on March 15.');
    expect(d.actors.map((a) => a.name)).not.toContain('Druben');
  });
});

describe('known bodies whose names hold small words', () => {
  const orgs = (...paragraphs: string[]) =>
    draft(...paragraphs)
      .actors.filter((a) => a.kind === 'organization')
      .map((a) => a.name);
  it('"the OSCE Office for Democratic Institutions and Human Rights", "the Organization for Security and Cooperation in Europe" are whole', () => {
    expect(
      orgs(
        'Observers from the OSCE Office for Democratic Institutions and Human Rights (ODIHR) left on May 3. The Organization for Security and Cooperation in Europe met on May 4.',
      ),
    ).toEqual(
      expect.arrayContaining([
        'OSCE Office for Democratic Institutions and Human Rights',
        'Organization for Security and Cooperation in Europe',
      ]),
    );
  });
  it('a name that only ends like a known one does not swallow the words before it: "Georgia and the European Union"', () => {
    const d = draft('Georgia and the European Union signed a visa deal on May 3.');
    expect(d.actors.map((a) => a.name)).toEqual(expect.arrayContaining(['Georgia', 'European Union']));
  });
});

describe('surnames that look like adjectives', () => {
  it('"Robert Kocharian", "the Kocharian administration": no country "Kocharia"; "Lech Kaczynski", "the Kaczynski government": no "Kaczynsk"', () => {
    const d = draft(
      'Armenian President Robert Kocharian met Aliyev on February 10. The Kocharian administration said on February 11 that talks would go on. Polish President Lech Kaczynski spoke on May 3, and the Kaczynski government vetoed the deal on May 4.',
    );
    const countries = d.actors.filter((a) => a.kind === 'country').map((a) => a.name);
    expect(countries).toEqual(expect.arrayContaining(['Armenia', 'Poland']));
    expect(countries).not.toEqual(expect.arrayContaining(['Kocharia']));
    expect(countries).not.toEqual(expect.arrayContaining(['Kaczynsk']));
  });
  it('an adjective of an invented country still names it: "the Kestrian navy"', () => {
    const d = draft('The Kestrian navy seized a trawler on May 3.');
    expect(d.actors.map((a) => `${a.kind}: ${a.name}`)).toContain('country: Kestria');
  });
  it('"Ambassador-at-Large Valery Nesterushkin" is a title and its holder', () => {
    const d = draft('Russian Ambassador-at-Large Valery Nesterushkin arrived in Chisinau on October 12.');
    expect(d.actors.filter((a) => a.kind === 'person').map((a) => a.name)).toEqual(['Valery Nesterushkin']);
  });
});

describe('bodies named for two fields', () => {
  it('"the Coalition for Democracy and Civil Society", "the Institute for War and Peace Reporting" are one body each', () => {
    const d = draft(
      'The Coalition for Democracy and Civil Society said on May 3 that it would watch the vote. The Institute for War and Peace Reporting agreed on May 4.',
    );
    expect(d.actors.filter((a) => a.kind === 'organization').map((a) => a.name)).toEqual([
      'Coalition for Democracy and Civil Society',
      'Institute for War and Peace Reporting',
    ]);
  });
});

describe('a known body under its two names', () => {
  it('"the European Union" and "the EU", "NATO" and "the North Atlantic Treaty Organization" are one actor each', () => {
    const d = draft(
      'The European Union protested on May 3. The EU envoy left on May 4. NATO and the North Atlantic Treaty Organization met on May 5.',
    );
    expect(d.actors.filter((a) => a.kind === 'organization')).toHaveLength(2);
  });
});
