// The main actor first: the one who acts in an event's clause leads its actors, so a record's
// first actor (the one an embed names first, the one `/actor` lists it under first) is who did it.
import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const HEADER = 'Publication: Eurasia Daily Monitor Volume: 6 Issue: 90';
const firstActorOn = (text: string, start: string) =>
  draftOf(article([text], HEADER)).draft.events.find((e) => e.date.start === start)?.actors[0];

describe('the main actor of an event', () => {
  it('is the subject of its clause, not a name the sentence printed before it', () => {
    expect(
      firstActorOn(
        'On May 3, Kestria closed the Ostrov crossing; the next day, the Temirian Foreign Ministry summoned the Kestrian ambassador.',
        '2009-05-04',
      ),
    ).toBe('temirian-foreign-ministry');
  });

  it('is the person a title’s country adjective qualifies ("Temirian Premier Ivan Lupu")', () => {
    expect(
      firstActorOn(
        'On May 4, Temirian Premier Ivan Lupu dismissed the head of the Ostrov power grid.',
        '2009-05-04',
      ),
    ).toBe('ivan-lupu');
  });

  it('is never a name after a preposition when the clause has a subject of its own', () => {
    expect(
      firstActorOn(
        'In the Kestrian capital on May 6, the Temirian Foreign Ministry signed a transit protocol.',
        '2009-05-06',
      ),
    ).toBe('temirian-foreign-ministry');
  });

  it('is the antecedent of a relative clause that holds the date ("…, which opened in 2006")', () => {
    expect(
      firstActorOn(
        'President Ivan Lupu of Temiria visited the Ostrov Gas Company, which was founded in 2006.',
        '2006',
      ),
    ).toBe('ostrov-gas-company');
  });

  it('is the subject of a reported clause, not the one who reported it', () => {
    expect(
      firstActorOn(
        'Temirian Premier Ivan Lupu said on May 2 that the Kestrian State Security Committee would question him on May 9.',
        '2009-05-09',
      ),
    ).toBe('kestrian-state-security-committee');
  });

  it('is the interviewee’s organisation when the answer says "we"', () => {
    const { draft } = draftOf(
      article(
        [
          'Dina Kerey has chaired the Ostrov Weavers Union since 2004. Below, Kerey answers our questions.',
          'Q: What happened?',
          'A: On May 3 we marched to the mill gates.',
          'Q: And now?',
          'A: The mill is closed.',
          'The interview was conducted by Ana Rus in Ostrov on May 12, 2009, and published in the Steppe Herald on May 14.',
        ],
        HEADER,
      ),
    );
    const march = draft.events.find((e) => e.date.start === '2009-05-03');
    expect(march?.actors.slice(0, 2)).toEqual(['ostrov-weavers-union', 'dina-kerey']);
  });

  it('is the named subject of an answer’s clause that says "our" but not "we" ("the court will hear our appeal")', () => {
    const { draft } = draftOf(
      article(
        [
          'Dina Kerey has chaired the Ostrov Weavers Union since 2004. Below, Kerey answers our questions.',
          'Q: What happened?',
          'A: The Ostrov District Court will hear our appeal on May 19.',
          'Q: And now?',
          'A: The mill is closed.',
          'The interview was conducted by Ana Rus in Ostrov on May 12, 2009, and published in the Steppe Herald on May 14.',
        ],
        HEADER,
      ),
    );
    expect(draft.events.find((e) => e.date.start === '2009-05-19')?.actors[0]).toBe('ostrov-district-court');
  });
});

describe('the main actor of an event, by the grammar of its clause', () => {
  const actorsOn = (text: string, start: string) =>
    draftOf(article([text], HEADER)).draft.events.find((e) => e.date.start === start)?.actors;

  it('is the country of a capital that acts ("Ostrov’s refusal …")', () => {
    expect(
      firstActorOn(
        'In Ostrov, the Kestrian capital, crowds gathered. Ostrov’s refusal to join the Temirian Customs Union in 2002 angered the Kestrian opposition.',
        '2002',
      ),
    ).toBe('kestria');
  });

  it('is the country of a capital its agency is datelined in, the agency named by a clipped country', () => {
    const cases: [string, string][] = [
      [
        'Trawlers from Temiria stayed home after the Temirian Foreign Ministry protested to Kestria (TemPress, Varnel, May 2). On May 4, Varnel summoned the Kestrian envoy.',
        'temiria',
      ],
      [
        'Exporters in Lirvania lost millions, the Lirvanian Trade Ministry said (Lir-Inform, Dorsk, May 2). On May 4, Dorsk closed the border with Kestria.',
        'lirvania',
      ],
      [
        'Farmers in Ulgaria blamed Kestria, and the Ulgarian parliament met (UlgNews, Sarn, May 2). On May 4, Sarn cancelled the talks with the Kestrian delegation.',
        'ulgaria',
      ],
    ];
    for (const [text, country] of cases) expect(firstActorOn(text, '2009-05-04')).toBe(country);
  });

  it('is the antecedent of "who", whatever the relative clause names after it', () => {
    expect(
      firstActorOn(
        'The quarrel worried Temirian President Ivan Lupu, who met Kestrian Premier Oleg Dunai in Ostrov on May 2.',
        '2009-05-02',
      ),
    ).toBe('ivan-lupu');
  });

  it('is the antecedent of "which" followed by its verb, not a name the verb governs', () => {
    expect(
      firstActorOn(
        'The loan needs the Kestrian State Assembly, which had approved a credit for the Ostrov Gas Company in 2008.',
        '2008',
      ),
    ).toBe('kestrian-state-assembly');
  });

  it('is the subject that opens a relative clause ("which a patrol from Kestria stopped")', () => {
    expect(
      firstActorOn(
        'The crew sailed on the Ostrov Grain Company freighter, which a patrol boat from Kestria stopped on May 2.',
        '2009-05-02',
      ),
    ).toBe('kestria');
  });

  it('is the antecedent of a second relative clause joined by "and"', () => {
    expect(
      firstActorOn(
        'Kestria fined the Ostrov Grain Company, which a court in Temiria had cleared on May 2 and whose ships were seized three days later.',
        '2009-05-05',
      ),
    ).toBe('ostrov-grain-company');
  });

  it('is the subject of a list item after a colon, not the subject before the colon', () => {
    expect(
      firstActorOn(
        'The Temirian envoy left. Temiria’s reprisals were many: on May 3, the Kestrian State Assembly doubled the port dues.',
        '2009-05-03',
      ),
    ).toBe('kestrian-state-assembly');
  });

  it('is the place where it happened when no named actor acts ("a truce was agreed in Ostrov")', () => {
    const actors = actorsOn('A truce was agreed in Ostrov on May 5, under the eye of Kestria.', '2009-05-05');
    expect(actors?.[0]).toBe('ostrov');
  });

  it('is the person a lower-case role after a name or adjective introduces ("the Kestrian deputy prime minister, X")', () => {
    expect(
      firstActorOn('The Kestrian deputy prime minister, Ivan Lupu, flew to Ostrov on May 7.', '2009-05-07'),
    ).toBe('ivan-lupu');
    expect(
      firstActorOn('On May 8, Ostrov Grain Company chairman Pavel Orlov signed the lease.', '2009-05-08'),
    ).toBe('pavel-orlov');
  });

  it('is not the person a verb before the role takes as object ("Kestria recalled its ambassador, X")', () => {
    expect(
      firstActorOn('On May 9, Kestria recalled its ambassador, Ivan Lupu, from Ostrov.', '2009-05-09'),
    ).toBe('kestria');
  });

  it('is the subject of a time clause that holds the date ("since Kestria disbanded … in 2004")', () => {
    expect(
      firstActorOn(
        'The Temirian airfield at Ostrov has stood empty since Kestria disbanded its last regiment in 2004.',
        '2004',
      ),
    ).toBe('kestria');
    expect(
      firstActorOn(
        'On May 3, Kazakhstan closed the Ostrov crossing after Russia doubled the tariffs.',
        '2009-05-03',
      ),
    ).toBe('kazakhstan');
  });

  it('is the capital where it happened, not its country, when no named actor acts', () => {
    expect(
      firstActorOn(
        'Kyrgyzstan wants the border drawn. The joint border commission met in Bishkek on May 5.',
        '2009-05-05',
      ),
    ).toBe('bishkek');
  });

  it('is what a time clause after the date tells, when the main clause names no one', () => {
    expect(
      firstActorOn(
        'The crisis began on April 20, when the Kestrian customs service detained four engineers from the Temirian Power Company.',
        '2009-04-20',
      ),
    ).toBe('kestrian-customs-service');
  });

  it('is the person a possessive title names ("Kestria’s late President Ivan Lupu")', () => {
    expect(
      firstActorOn(
        'The Kestrian envoy left. The talks lapsed in 2002, when Kestria’s late President Ivan Lupu broke them off.',
        '2002',
      ),
    ).toBe('ivan-lupu');
  });

  it('is the agent of a passive ("was bought by the Kestrian State Bank")', () => {
    expect(
      firstActorOn(
        'The Temirian Power Company was bought by the Kestrian State Bank on May 3.',
        '2009-05-03',
      ),
    ).toBe('kestrian-state-bank');
  });

  it('is the body whose officers act ("officers of the … Committee detained …")', () => {
    expect(
      firstActorOn(
        'On May 3, officers of the Kestrian State Security Committee detained Temirian Deputy Minister Ivan Lupu.',
        '2009-05-03',
      ),
    ).toBe('kestrian-state-security-committee');
  });

  it('is the name that opens a clause with "that" ("the deal that the Ostrov Grain Company signed")', () => {
    expect(
      firstActorOn(
        'The Kestrian State Assembly annulled the deal that the Ostrov Grain Company signed with the Temirian Power Company on May 3.',
        '2009-05-03',
      ),
    ).toBe('ostrov-grain-company');
  });

  it('is who is asked to act ("had asked the city council to meet again on May 9")', () => {
    expect(
      firstActorOn(
        'The Ostrov city council met in April. Ivan Lupu, the Kestrian envoy, said he had asked the city council to meet again on May 9.',
        '2009-05-09',
      ),
    ).toBe('ostrov-city-council');
  });

  it('is not the "he" of a subordinate clause ("detained him after he photographed …")', () => {
    expect(
      firstActorOn(
        'The Kestrian envoy Ivan Lupu sold the Ostrov Grain Company. On May 8, officers of the Temirian State Security Service detained him after he photographed a Temirian base.',
        '2009-05-08',
      ),
    ).toBe('temirian-state-security-service');
  });

  it('is the person "who" stands for, not the body named after the person', () => {
    expect(
      firstActorOn(
        'The strike spread. Union leader Ivan Lupu of the Ostrov Weavers Union, who visited the Kestrian State Assembly on May 3, asked for talks.',
        '2009-05-03',
      ),
    ).toBe('ivan-lupu');
  });

  it('never is a place a possessive qualifies after a preposition ("in Kestria’s Ural district")', () => {
    expect(
      firstActorOn(
        "On the night of May 3, an explosion damaged a depot of the Ostrov Grain Company near the village of Bolat in Kestria's Ural district.",
        '2009-05-03',
      ),
    ).toBe('ostrov-grain-company');
  });

  it('is the place an unnamed group is of ("the de facto authorities in Ostrov announced …")', () => {
    const { draft } = draftOf(
      article(
        [
          'On May 3 the Kestrian envoy left. That evening, the de facto authorities in Ostrov announced that they were cutting all contacts with the Temirian Grain Company.',
        ],
        HEADER,
      ),
    );
    const evening = draft.events.find((e) => e.evidence[0]?.startsWith('That evening'));
    expect(evening?.actors[0]).toBe('ostrov');
  });
});

describe('a lower-case head naming again a corporation', () => {
  it('is the corporation named before ("the corporation" after "the Vostrel Steel Corporation")', () => {
    expect(
      firstActorOn(
        'Workers at the Vostrel Steel Corporation walked out in April. On May 4 the corporation cut the night shift.',
        '2009-05-04',
      ),
    ).toBe('vostrel-steel-corporation');
  });

  it('is not a board "of" that corporation: only the words before "of" name a body’s kind', () => {
    expect(
      firstActorOn(
        'Workers at the Vostrel Steel Corporation walked out in April. The Supervisory Council of the Vostrel Steel Corporation met in secret. On May 4 the corporation cut the night shift.',
        '2009-05-04',
      ),
    ).toBe('vostrel-steel-corporation');
  });
});
