// Fixes found by reading why statements of our articles were missed: the people who speak for a body
// placed by its city ("Officials at the ministry in Rautala told …").
import { describe, expect, it } from 'vitest';
import { draftsUnder } from './helpers.js';

const { draft, kinds, statementSpeaker } = draftsUnder(
  'Publication: Eurasia Daily Monitor Volume: 10 Issue: 94',
);

const aliasesOf = (d: ReturnType<typeof draft>, name: string) =>
  d.actors.find((a) => a.name === name)?.aliases ?? [];

describe('officials of a body the article places by its city', () => {
  it('an unnamed ministry: the officials speak, and the ministry is an actor of its own', () => {
    const text = 'Officials at the ministry in Rautala told her that I would be home by Easter.';
    expect(statementSpeaker(/would be home/, text)).toBe('Officials at the ministry in Rautala');
    expect(draft(text).actors.map((a) => a.name)).toContain('ministry in Rautala');
  });
  it('a named ministry: the officials keep the city in their printed phrase', () => {
    const text = 'Officials at the Finance Ministry in Ardani said that taxes would rise.';
    expect(statementSpeaker(/taxes would rise/, text)).toBe('Finance Ministry officials');
    expect(aliasesOf(draft(text), 'Finance Ministry officials')).toContain(
      'Officials at the Finance Ministry in Ardani',
    );
  });
  it('a ministry told again ("the ministry") is not stretched over the next city', () => {
    const d = draft(
      'The Energy Ministry said on May 4 that the plant would close. Officials at the ministry in Rautala told her that I would be home by Easter.',
    );
    expect(d.actors.map((a) => a.name)).not.toContain('Energy Ministry officials');
  });
  it('the body alone still speaks as itself', () => {
    expect(statementSpeaker(/would appeal/, 'The ministry in Kerven said that it would appeal.')).toBe(
      'ministry in Kerven',
    );
  });
});

describe('officials after a day or a month', () => {
  it('"On Monday officials at the prosecutor’s office told …": the day is no adjective of theirs', () => {
    expect(
      statementSpeaker(
        /withdrawn complaint/,
        "On Monday officials at the prosecutor's office told our lawyer that a withdrawn complaint cannot be revived.",
      ),
    ).toBe("officials at the prosecutor's office");
    expect(
      statementSpeaker(
        /taken offline/,
        'In January officials at the ministry told me that the plant could not be taken offline.',
      ),
    ).toBe('officials at the ministry');
  });
  it('a treasury is a workplace, and a named body’s headquarters part of the phrase', () => {
    expect(
      statementSpeaker(
        /salaries/,
        'Officials at the regional treasury told Gvirdis Moambe that September salaries would be paid late.',
      ),
    ).toBe('Officials at the regional treasury');
    const d = draft('Officials at the Border Troops headquarters say that the colonel retired in July.');
    expect(aliasesOf(d, 'Border Troops officials')).toContain('Officials at the Border Troops headquarters');
  });
});

describe('a contest or a plan on the calendar', () => {
  const { eventsOn: eventsIn } = draftsUnder('Publication: Eurasia Daily Monitor Volume: 11 Issue: 120');
  it('"holds parliamentary elections in November", "faces re-election in December": this year, ahead', () => {
    expect(eventsIn('Kyrgyzstan holds parliamentary elections in November (AKIpress, July 3).')).toEqual([
      '2014-11',
    ]);
    expect(
      eventsIn(
        'Governor Oral Zhaksybekov, who faces re-election in December, said on July 2 that the law was just.',
      ),
    ).toContain('2014-12');
  });
  it('"postponed from July 1 to July 28" names two days, not a span', () => {
    const d = draftsUnder('Publication: Eurasia Daily Monitor Volume: 11 Issue: 120').draft(
      'On July 14, ACO envoy Maral Ovezova warned that the joint operating committee, whose first meeting has already been postponed from July 1 to July 28, would not survive another week (Kabar, July 15).',
    );
    const days = d.events.map((e) => [e.date.start, e.date.end ?? null]);
    expect(days).toContainEqual(['2014-07-01', null]);
    expect(days).toContainEqual(['2014-07-28', null]);
  });
  it('a span stays a span: "the talks ran from July 1 to July 28"', () => {
    const d = draftsUnder('Publication: Eurasia Daily Monitor Volume: 11 Issue: 120').draft(
      'Kyrgyz and Tajik negotiators held talks from July 1 to July 28 (Kabar, July 29).',
    );
    expect(d.events.map((e) => [e.date.start, e.date.end])).toContainEqual(['2014-07-01', '2014-07-28']);
  });
});

describe('bodies named beside who leads, owns or registered them', () => {
  it('"The Turkish-led Egeport consortium": the consortium is a body, Turkey a country', () => {
    expect(
      kinds('The Turkish-led Egeport consortium withdrew on February 19, citing risks in the accounts.'),
    ).toMatchObject({ Egeport: 'organization', Turkey: 'country' });
  });
  it('"the Tergestani state shipping line Tergesflot": a body after its kind', () => {
    expect(
      kinds(
        'On April 3, the Tergestani state shipping line Tergesflot opened a rail-ferry service from its new port at Qaratash.',
      ).Tergesflot,
    ).toBe('organization');
  });
  it('"a Cyprus-registered company": Cyprus, not a body called "Cyprus-registered"', () => {
    const named = kinds(
      'The bank sold the port to Trans-Orient Terminals (TOT), a Cyprus-registered company, on May 3 (Interfax, May 4).',
    );
    expect(named.Cyprus).toBe('country');
    expect(named['Cyprus-registered']).toBeUndefined();
  });
  it('"a Swiss-registered trader" names no state, and "the Western-led consortium" no body', () => {
    const named = kinds(
      'A Swiss-registered trader and the Western-led consortium signed the deal on May 3 (Interfax, May 4).',
    );
    expect(named.Switzerland).toBeUndefined();
    expect(named['Western-led']).toBeUndefined();
  });
});

describe('the title of a law or a treaty', () => {
  it('names no actor: "the Law on Freedom of Conscience and Religious Associations"', () => {
    const named = kinds(
      'Police sealed the prayer house under the Law on Freedom of Conscience and Religious Associations, which entered into force on February 1 (Aina, February 13).',
      'Parliament passed the Law on the Transparency of Foreign Funding on March 3, and the Treaty on Allied Relations with Russia was signed on June 2.',
    );
    expect(Object.keys(named)).not.toContain('Conscience');
    expect(Object.keys(named)).not.toContain('Foreign Funding');
    expect(Object.keys(named)).not.toContain('Treaty on Allied Relations');
    expect(named.Russia).toBe('country');
  });
  it('keeps a sea it names: "a Convention on the Legal Status of the Varesh Sea"', () => {
    expect(
      kinds(
        'The presidents meet on August 12 to sign a Convention on the Legal Status of the Varesh Sea (Khabar, August 2).',
      )['Varesh Sea'],
    ).toBe('place');
  });
});

describe('a job before a full name', () => {
  it('"led by crane operator Kamran Aghayev": a person, not a body', () => {
    expect(
      kinds(
        'The Independent Union of Safarabad Dockworkers (IUSD), led by crane operator Kamran Aghayev, first stopped work from March 5 to 7.',
      )['Kamran Aghayev'],
    ).toBe('person');
  });
  it('"the state operator Ukrtransgaz" is still a body', () => {
    expect(
      kinds('The state operator Ukrtransgaz cut the pressure on March 5 (Interfax, March 6).').Ukrtransgaz,
    ).toBe('organization');
  });
});

describe('reported words', () => {
  it('after an appositive with a two-word possessive: "Shavkat Ergashev, Bakyt Sultanaliev’s counterpart …, told"', () => {
    expect(
      statementSpeaker(
        /protocol void/,
        'First Deputy Foreign Minister Shavkat Ergashev, Bakyt Sultanaliev’s counterpart on the commission, told Zarpress on July 18 that Zarafia would consider the protocol void.',
      ),
    ).toBe('Shavkat Ergashev');
  });
  it('a full clause, then a quoted alternative: a statement as well as a quotation', () => {
    const text =
      'Aram Vardanyan told Kari TV on April 30 that his supporters would remain on Liberty Square until the second round “or until the court steals it.”';
    expect(statementSpeaker(/remain on Liberty Square/, text)).toBe('Aram Vardanyan');
    expect(
      draft(text)
        .quotes.filter((q) => q.kind === 'direct')
        .map((q) => q.text),
    ).toEqual(['or until the court steals it.']);
  });
  it('a quotation that completes the clause stays a quotation only', () => {
    expect(
      statementSpeaker(
        /found/,
        'CEC Chairwoman Lidiya Markova told Tavrenia-1 television that evening that the commission had found “not one violation capable of changing the result.”',
      ),
    ).toBeUndefined();
  });
});

describe('a full clause, then a quoted reason or condition', () => {
  it('"… would be moved from April 20 to May 15 “so that the voice of the port can be heard”"', () => {
    expect(
      statementSpeaker(
        /final round/,
        'Transport Minister Elnur Mammadli announced on April 9 that the final round of bidding for Denizyol, the state ferry-and-port consortium, would be moved from April 20 to May 15 “so that the voice of the port can be heard” (DTV, April 9).',
      ),
    ).toBe('Elnur Mammadli');
  });
});

describe('a leading date, a deed, then words joined by "and"', () => {
  const { eventsOn: eventsIn } = draftsUnder('Publication: Eurasia Daily Monitor Volume: 4 Issue: 71');
  it('dates the deed: "On March 5, Prime Minister X received the leaders and promised that …"', () => {
    expect(
      eventsIn(
        'On March 5, Prime Minister Farid Alasgarov received the leaders and promised that no docker would be dismissed.',
      ),
    ).toEqual(['2007-03-05']);
  });
  it('dates the deed before "and then told …": "On March 5, X signed it and then told journalists that …"', () => {
    expect(
      eventsIn(
        'On March 5, Prime Minister Farid Alasgarov signed the decree and then told journalists that no docker would be dismissed.',
      ),
    ).toEqual(['2007-03-05']);
  });
  it('not a saying alone: "On March 5, X said that …"', () => {
    expect(
      eventsIn('On March 5, Prime Minister Farid Alasgarov said that no docker would be dismissed.'),
    ).toEqual([]);
  });
});

describe('an act, then a time clause counted from words', () => {
  it('"On April 14, the commission suspended his license, a week after he told journalists that …" dates the act', () => {
    const { eventsOn: eventsIn } = draftsUnder('Publication: Eurasia Daily Monitor Volume: 6 Issue: 86');
    expect(
      eventsIn(
        'Rustam Egamberdiyev defends them. On April 14, the Qualification Commission of the Dalvarian Ministry of Justice suspended his license for six months, a week after he told foreign journalists that his clients had been beaten in custody (Aina, no. 15, April 16).',
      ),
    ).toContain('2009-04-14');
  });
});

describe('a name printed two ways, and a naming clause', () => {
  const { speakerOf } = draftsUnder('Publication: Eurasia Daily Monitor Volume: 4 Issue: 71');
  it('"Mamedli" of Elnur Mammadli: a doubled letter single, one vowel else', () => {
    const text = [
      'Transport Minister Elnur Mammadli announced on April 9 that the round would be moved (DTV, April 9).',
      'Mamedli, whose ministry supervises Denizyol, has dismissed the claim as “a fairy tale for the election season.”',
    ];
    expect(speakerOf('fairy tale', ...text)).toBe('Elnur Mammadli');
  });
  it('"an account that the Kuvandian Foreign Ministry dismissed as “…”" is the ministry’s', () => {
    expect(
      speakerOf(
        'invented after the fact',
        'The State Committee for National Security of Zarafia said that it had detained two Kuvandian citizens on July 12, an account that the Kuvandian Foreign Ministry dismissed as “invented after the fact” (Sadoi Naukent, July 19).',
      ),
    ).toBe('Kuvandian Foreign Ministry');
  });
});

describe('an act a report tells in the past perfect', () => {
  const { eventsOn: eventsIn } = draftsUnder('Publication: Eurasia Daily Monitor Volume: 11 Issue: 64');
  it('with an adverb: "reported on March 28 that the Border Service had also moved …"', () => {
    expect(
      eventsIn(
        'Kuvandia-1 TV reported on March 28 that the Kuvandian Border Service had also moved two armored personnel carriers into Sary-Bel.',
      ),
    ).toContain('2014-03-28');
  });
  it('with an aside: "reported on April 12 that the commission, to general surprise, had voted …"', () => {
    expect(
      eventsIn(
        'Nerkapress reported on April 12 that the Central Election Commission, to general surprise, had voted seven to six to recount those precincts.',
      ),
    ).toContain('2014-04-12');
  });
});

describe('a campaign or a defence that speaks for someone', () => {
  it('"Kharebava’s campaign … arguing that", "His defence team said": the group, not the person', () => {
    expect(
      statementSpeaker(
        /no power to reopen/,
        'Prime Minister Tamaz Kharebava won the first round. On April 21, Kharebava’s campaign petitioned the Constitutional Court, arguing that the CEC had no power to reopen results.',
      ),
    ).toBe("Tamaz Kharebava's campaign");
    expect(
      statementSpeaker(
        /unfair/,
        'Former customs chief Tofiq Huseynli is on trial. His defence team said that the trial was unfair.',
      ),
    ).toBe("Tofiq Huseynli's defence team");
  });
});

describe('an opening place, then a role and a name', () => {
  it('"In Chorbog, the head of the district administration, Davron Yusupov, claimed": Chorbog a place', () => {
    const text =
      'Spokesman Aibek Yusupov said nothing. In Chorbog, the head of the district administration, Davron Yusupov (no relation to the spokesman), claimed that the bank had been cut by provocateurs.';
    expect(kinds(text).Chorbog).toBe('place');
    expect(statementSpeaker(/provocateurs/, text)).toBe('Davron Yusupov');
  });
});

describe('generic speakers', () => {
  it('"Diplomats from several EU states, who …, said": the states they come from are in the phrase', () => {
    expect(
      statementSpeaker(
        /drafted before/,
        'Diplomats from several EU states, who raised the law with the Foreign Ministry in April, said privately that the answer had been drafted before the report was published.',
      ),
    ).toBe('Diplomats from several EU states');
  });
  it('a sentence before that ends in "the report." is no body’s name before the noun', () => {
    expect(
      statementSpeaker(
        /would not come/,
        'The ministry rejected the report. Diplomats said privately that the minister would not come.',
      ),
    ).toBe('Diplomats');
  });
  it('"an OSCE official in Vienna" is still that body’s, not a generic speaker', () => {
    expect(
      kinds('An OSCE official in Vienna said on May 3 that the mission would stay (Interfax, May 4).')[
        'official in Vienna'
      ],
    ).toBeUndefined();
  });
});

describe('a document named by its own head', () => {
  it('"the Criminal Code", "the Varaza Water Treaty", "the Ardel Transit Agreement" are no actors', () => {
    const named = Object.keys(
      kinds(
        'On May 3, prosecutors charged him under the Criminal Code (Interfax, May 4).',
        'On June 2, Kestria and Temiria signed the Varaza Water Treaty, and on June 9 Kestria initialled the Ardel Transit Agreement (Interfax, June 10).',
      ),
    );
    expect(named).not.toContain('Criminal Code');
    expect(named).not.toContain('Varaza Water Treaty');
    expect(named).not.toContain('Ardel Transit Agreement');
  });
  it('a body named for a law stays a body: "the Commission for Democratic Law"', () => {
    expect(
      kinds('On May 3, the Commission for Democratic Law criticized the bill (Interfax, May 4).')[
        'Commission for Democratic Law'
      ],
    ).toBe('organization');
  });
});

describe('an interview answer’s nested words (read from 409–420)', () => {
  const { speakerOf: nestedSpeaker, kinds: kindsIn } = draftsUnder(
    'Publication: Eurasia Daily Monitor Volume: 13 Issue: 109',
  );
  const interview = (answer: string) => [
    'Elena Munteanu is a lawyer in Lisnevo who represents the families of three fishermen held in Russia (Lisnevo Post, June 1).',
    'Q: Have you seen your clients?',
    `A: ${answer}`,
    'The interview was conducted by Ion Rusu in Lisnevo on June 7, 2016, and published in the June 9 issue of the Lisnevo Post.',
  ];
  it('"kept me waiting for five hours, then handed my passport back and said, “…”": the officer’s', () => {
    expect(
      nestedSpeaker(
        'not in my computer',
        ...interview(
          'Two weeks ago I drove to the border. The officer at the crossing kept me waiting for five hours, then handed my passport back and said, "Your clients are not in my computer, madam." So I drove home.',
        ),
      ),
    ).toBe('officer at the crossing');
  });
  it('"The ministry told me, “Be patient.”": an unnamed body, not a person', () => {
    expect(kindsIn(...interview('We wait. The ministry told me, "Be patient."')).ministry).toBe(
      'organization',
    );
  });
});

describe('a second quotation inside the words reported after the first', () => {
  it('"“…,” its chairman said, adding that employers paid migrants “in promises”" is two quotations', () => {
    const d = draft(
      'The Association of Sarystani Banks disagreed. “Our people are not going back to Russia this summer, because there is nothing to go back for,” its chairman, Kanat Ermekov, said, adding that Russian employers now paid migrants “in promises” (Novy Kommentator, Moscow, May 20).',
    );
    expect(d.quotes.filter((q) => q.kind === 'direct').map((q) => q.text)).toEqual([
      'Our people are not going back to Russia this summer, because there is nothing to go back for,',
      'in promises',
    ]);
  });
  it('a split quotation told "that day" still joins', () => {
    const d = draft(
      'Rustam Yusupov was defiant. “We will finish the dam,” he told reporters that day, “whatever Sarykand says.”',
    );
    expect(d.quotes.filter((q) => q.kind === 'direct')).toHaveLength(1);
  });
});

describe('a full name in commas after a role', () => {
  it('"Northbay’s chief executive, Graham Whitlock, was due …": a person, though he says nothing', () => {
    expect(
      kinds(
        'Northbay’s chief executive, Graham Whitlock, was due in Sarykent on April 10 but called off the visit on April 6.',
      )['Graham Whitlock'],
    ).toBe('person');
  });
});

describe('a legislature named for the people', () => {
  it('"the People’s Kenes" is one name', () => {
    expect(kinds('On May 3, the People’s Kenes passed the budget.')['People’s Kenes']).toBe('organization');
  });
});

describe('a full name joined by "and" to a person’s', () => {
  it('"the co-rapporteurs, Ingrid Halvorsen and Luca Ferrante, met …": both persons', () => {
    expect(
      kinds(
        'On June 28, the co-rapporteurs of the Parliamentary Assembly of the Council of Europe (PACE), Ingrid Halvorsen and Luca Ferrante, met Dudek in Merensk.',
      )['Luca Ferrante'],
    ).toBe('person');
  });
  it('a ministry’s field is no one: "Minister of Labor Ivan Petrov and Human Welfare"', () => {
    expect(
      kinds('On June 28, Ivan Petrov and Human Welfare officials met in Merensk (Interfax, June 29).')[
        'Human Welfare'
      ],
    ).not.toBe('person');
  });
});

describe('"People’s" and its word are a whole name', () => {
  it('a post’s holder after it is a person: "… of the People’s Kenes Arman Sadykov warned"', () => {
    expect(
      statementSpeaker(
        /tariff increase/,
        'Deputy Chairman of the Budget and Finance Committee of the People’s Kenes Arman Sadykov warned that the tariff increase would drive pensioners away.',
      ),
    ).toBe('Arman Sadykov');
  });
  it('"of" and a body’s head go on: "the People’s Assembly of Dagestan", "the People’s Democratic Party"', () => {
    const named = Object.keys(
      kinds(
        'On May 3, the People’s Assembly of Dagestan and the People’s Democratic Party met (RIA, May 4).',
      ),
    );
    expect(named).toEqual(
      expect.arrayContaining(['People’s Assembly of Dagestan', 'People’s Democratic Party']),
    );
  });
});
