// Dates of events in narrative prose: the article's year, relative days anchored on the narrative,
// plans later than the publication date, and the bodies and places events name.
import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

describe("the article's year", () => {
  it("counts Eurasia Daily Monitor's year from its volume, not from the latest year printed", () => {
    const { draft } = draftOf(
      article(
        [
          'The ferry line between Ostrava and Lindau, which reopened in October 2019 after a long dispute, stopped again on February 3. Kestria protested on February 5 (Kestinform, February 5).',
        ],
        'Publication: Eurasia Daily Monitor Volume: 18 Issue: 25',
      ),
    );
    expect(draft.events.map((e) => e.date.start)).toContain('2021-02-03');
  });
});

describe('a month-day in an issue early in the year', () => {
  const early = (paragraphs: string[], issue = 20) =>
    draftOf(article(paragraphs, `Publication: Eurasia Daily Monitor Volume: 6 Issue: ${issue}`)).draft;

  it('dates a past December in a February issue to the year before, its citation too', () => {
    const draft = early([
      'The tariff that the Kestrian cabinet adopted on December 12 came into force on January 15 (Kestinform, December 13). The port stayed shut until January 20 (Ostrov Herald, January 21).',
    ]);
    const dates = draft.events.map((e) => e.date.start);
    expect(dates).toContain('2008-12-12');
    expect(dates).toContain('2009-01-15');
    expect(draft.sources.find((s) => s.outlet === 'Kestinform')?.date).toBe('2008-12-13');
  });

  it('keeps a plan for December in the issue year, and a December in a late issue', () => {
    const planned = early([
      'The Kestrian cabinet will vote on the new tariff on December 12 (Kestinform, January 21).',
    ]);
    expect(planned.events.map((e) => e.date.start)).toContain('2009-12-12');
    const late = early(
      ['The Kestrian cabinet adopted the tariff on December 12 (Kestinform, December 13).'],
      240,
    );
    expect(late.events.map((e) => e.date.start)).toContain('2009-12-12');
  });
});

describe('a day offset in the narrative', () => {
  const { draft } = draftOf(
    article(
      [
        'On May 4, Temiria closed its border posts with Kestria (Kestinform, May 4). That night, Kestria recalled its consul from the border town of Ostrov.',
        'Kestrian Prime Minister Aldan Serikov, who was appointed in March 2007, kept silent. Two days later, Serikov dismissed the head of the customs service.',
      ],
      'Publication: Eurasia Daily Monitor Volume: 6 Issue: 90',
    ),
  );
  const dates = draft.events.map((e) => e.date.start);

  it('counts "two days later" from the last day told, not from a background month in a relative clause', () => {
    expect(dates).toContain('2009-05-06');
    expect(dates).not.toContain('2007-03-03');
  });

  it('reads "that night" as the day the narrative is on', () => {
    expect(draft.events.find((e) => e.evidence[0]?.startsWith('That night'))?.date.start).toBe('2009-05-04');
  });
});

describe('a plan in reported speech', () => {
  it('keeps a date after "would" in the article year, later than every date cited', () => {
    const { draft } = draftOf(
      article(
        [
          'On March 2, the Kestrian energy ministry announced that the pipeline would resume pumping on November 20 (Kestinform, March 2).',
        ],
        'Publication: Eurasia Daily Monitor Volume: 7 Issue: 41',
      ),
    );
    expect(draft.events.find((e) => e.date.start.endsWith('-11-20'))).toMatchObject({
      date: { start: '2010-11-20' },
      status: 'planned',
    });
  });
});

describe('dated sayings and dates named again', () => {
  const { draft } = draftOf(
    article(
      [
        'On May 3, the Kestrian daily Veloran Times reported that Kestria had sold its stake in the refinery. The Kestrian government denied the next day that any sale had taken place.',
        'The Temirian parliament is due to vote on the sale on June 9. Kestrian Prime Minister Aldan Serikov said on June 2 that the sale was off, while his deputy, speaking in Ostrov the same afternoon, claimed that it was not. Whatever the outcome, the vote on June 9 will show where Temiria stands.',
      ],
      'Publication: Eurasia Daily Monitor Volume: 6 Issue: 90',
    ),
  );
  const dates = draft.events.map((e) => e.date.start);

  it('drafts no event for "reported that" or "denied the next day that"', () => {
    expect(dates).not.toContain('2009-05-03');
    expect(dates).not.toContain('2009-05-04');
  });

  it('drafts no event for the day of a saying told by "speaking … the same afternoon"', () => {
    expect(draft.events.filter((e) => e.evidence[0]?.includes('speaking'))).toEqual([]);
  });

  it('drafts a planned happening named again as "the vote on June 9" once', () => {
    expect(dates.filter((d) => d === '2009-06-09')).toHaveLength(1);
  });
});

describe('a quoted phrase before a dated relative clause', () => {
  it('drafts the relative clause\'s happening ("citing “safety concerns” at the dam, which inspectors had declared safe in March")', () => {
    const { draft } = draftOf(
      article(
        [
          'On May 10, Kestrian Hydro closed the Ostrov dam to traffic, citing “safety concerns” at the dam, which its own inspectors had declared safe in March (Kestinform, May 10).',
        ],
        'Publication: Eurasia Daily Monitor Volume: 6 Issue: 90',
      ),
    );
    expect(draft.events.map((e) => e.date.start)).toContain('2009-03');
  });
});

describe('"the ministry" after two ministries', () => {
  it('names the ministry told last, even when a later word matches the other one', () => {
    const { draft } = draftOf(
      article(
        [
          'On May 1, the Temirian Ministry of Energy cut gas deliveries to Kestria (Kestinform, May 1). On May 2, the Kestrian Ministry of Finance blocked the accounts of the gas importer. Two days later, the ministry fined three Temirian banks.',
        ],
        'Publication: Eurasia Daily Monitor Volume: 6 Issue: 90',
      ),
    );
    const names = new Map(draft.actors.map((a) => [a.id, a.name]));
    const fined = draft.events.find((e) => e.date.start === '2009-05-04');
    expect(fined?.actors.map((k) => names.get(k))).toContain('Kestrian Ministry of Finance');
    expect(fined?.actors.map((k) => names.get(k))).not.toContain('Temirian Ministry of Energy');
  });
});

describe('an irregular past after a date later than every citation', () => {
  it('tells a past act ("froze"), not a plan, and moves the narrative', () => {
    const { draft } = draftOf(
      article(
        [
          'On May 1, Temiria cut gas deliveries to Kestria (Kestinform, May 1). On May 2, the Kestrian Ministry of Finance froze the accounts of the gas importer. Two days later, Kestria fined three Temirian banks.',
        ],
        'Publication: Eurasia Daily Monitor Volume: 6 Issue: 90',
      ),
    );
    expect(draft.events.find((e) => e.date.start === '2009-05-02')?.status).toBe('happened');
    expect(draft.events.map((e) => e.date.start)).toContain('2009-05-04');
  });
});

describe('a plan called off', () => {
  it('drafts the plan and the calling off, the latter as a past act', () => {
    const { draft } = draftOf(
      article(
        [
          'On May 20, Kestria closed the border (Kestinform, May 20). Negotiations between the Kestrian envoy Aldan Serikov and Temiria, scheduled for June 3 in Ostrov, were called off on May 28 (Kestinform, May 29).',
        ],
        'Publication: Eurasia Daily Monitor Volume: 6 Issue: 90',
      ),
    );
    const byDate = new Map(draft.events.map((e) => [e.date.start, e.status]));
    expect(byDate.get('2009-05-28')).toBe('happened');
    expect(byDate.get('2009-06-03')).toBe('planned');
  });
});

describe('the year told by an age', () => {
  it('takes the year from "the accord will be fifteen years old this June" after "the 2001 border accord"', () => {
    const { draft } = draftOf(
      article(
        [
          'Kestria and Temiria signed the 2001 border accord in Ostrov. The crossing was closed in May 2012. The accord will be fifteen years old this June. On March 3, the Kestrian border guards closed the crossing to Kestria again (Kestinform, March 4).',
        ],
        'Publication: Steppe Weekly Volume: 3 Issue: 4',
      ),
    );
    expect(draft.events.map((e) => e.date.start)).toContain('2016-03-03');
  });
});

describe('a capital the article never calls one', () => {
  const { draft } = draftOf(
    article(
      [
        'On May 4, the Kestrian border guards closed the crossing to Temirian trucks (Kestinform, Ostrov, May 4). That evening, the Temirian Foreign Ministry summoned Kestria’s ambassador in Lindau.',
        'Under the 1999 border treaty, Ostrov undertook to keep the crossing open. Two days later, the government in Lindau recalled its consul from the border town of Brest.',
      ],
      'Publication: Eurasia Daily Monitor Volume: 6 Issue: 90',
    ),
  );
  const names = new Map(draft.actors.map((a) => [a.id, a.name]));
  const actorsOn = (date: string) =>
    draft.events.filter((e) => e.date.start === date).flatMap((e) => e.actors.map((k) => names.get(k)));

  it('reads a city datelining an outlet named after a country as that country ("Kestinform, Ostrov")', () => {
    expect(actorsOn('1999')).toContain('Kestria');
  });

  it('reads "Kestria’s ambassador in Lindau" as Lindau standing for the one other country', () => {
    expect(actorsOn('2009-05-06')).toContain('Temiria');
  });
});

describe('"it" acting', () => {
  it('is the subject of the sentence before, in its clause and in ", and again from … to …"', () => {
    const { draft } = draftOf(
      article(
        [
          'Temirian officials like to recall that Temiria promised free transit to its neighbors. Yet it closed the pass for a week in March 2005, and again from late May 2007 to early June 2007 during a quarrel over tariffs (Kestinform, June 9).',
        ],
        'Publication: Eurasia Daily Monitor Volume: 6 Issue: 90',
      ),
    );
    const names = new Map(draft.actors.map((a) => [a.id, a.name]));
    const actorsOn = (date: string) =>
      draft.events.filter((e) => e.date.start === date).flatMap((e) => e.actors.map((k) => names.get(k)));
    expect(actorsOn('2005-03')).toContain('Temiria');
    expect(actorsOn('2007-05')).toContain('Temiria');
  });

  it('is the country when the sentence before named its capital ("Moscow promised … Yet it closed …")', () => {
    const { draft } = draftOf(
      article(
        [
          'Moscow promised free transit to Russia’s neighbors. Yet it closed the pass for a week in March 2005.',
        ],
        'Publication: Eurasia Daily Monitor Volume: 6 Issue: 90',
      ),
    );
    expect(draft.events.find((e) => e.date.start === '2005-03')?.actors[0]).toBe('russia');
  });

  it('acts by an irregular verb too ("it sold", "it sent")', () => {
    const { draft } = draftOf(
      article(
        [
          'The Kestrian Grain Board held most of the harvest in 2008. From March to May, it sold half of its stocks abroad, according to Deputy Minister Ivan Lupu (Kestinform, June 9).',
        ],
        'Publication: Eurasia Daily Monitor Volume: 6 Issue: 90',
      ),
    );
    const names = new Map(draft.actors.map((a) => [a.id, a.name]));
    const march = draft.events.find((e) => e.date.start === '2009-03');
    expect(march?.actors.map((k) => names.get(k))[0]).toBe('Kestrian Grain Board');
  });
});

describe('"after" in a relative date', () => {
  const { draft } = draftOf(
    article(
      [
        'The Kestrian editor Aldan Serikov was detained on March 20, two weeks after he printed a list of state contracts (Kestinform, March 21). On May 2, 2007, a Kestrian court jailed his predecessor for two years after a one-day trial.',
      ],
      'Publication: Eurasia Daily Monitor Volume: 6 Issue: 90',
    ),
  );
  const dates = draft.events.map((e) => e.date.start);

  it('dates the clause after "two weeks after" before the date the sentence told', () => {
    expect(dates).toContain('2009-03-06');
    expect(dates).not.toContain('2009-04-03');
  });

  it('reads "for two years after" as a length of time', () => {
    expect(dates).not.toContain('2009');
  });
});

describe('a date right after the saying verb', () => {
  it('dates the saying, not a happening ("…, the ministry said that evening.")', () => {
    const { draft } = draftOf(
      article(
        [
          'On May 4, the Kestrian border guards closed the crossing (Kestinform, May 4). Trucks could cross again within a week, the Kestrian Interior Ministry said that evening.',
        ],
        'Publication: Eurasia Daily Monitor Volume: 6 Issue: 90',
      ),
    );
    expect(draft.events.filter((e) => e.evidence[0]?.includes('said that evening'))).toEqual([]);
  });
});

describe('an action dated only by its citation', () => {
  it('reads "have begun" as a past action', () => {
    const { draft } = draftOf(
      article(
        [
          'On May 2, Temiria closed the border with Kestria (Kestinform, May 2). Kestrian farmers, for their part, have begun selling their grain through the port of Ostrov (Kestinform, May 4).',
        ],
        'Publication: Eurasia Daily Monitor Volume: 6 Issue: 90',
      ),
    );
    expect(draft.events.map((e) => e.date.start)).toContain('2009-05-04');
  });
});

describe('a surname two persons share', () => {
  it('is, in an event, the one whose full name was printed last', () => {
    const { draft } = draftOf(
      article(
        [
          'On May 2, Kestria expelled the journalist Timur Aliev, a nephew of Kestrian President Aidar Aliev (Kestinform, May 2). Aliev is due to visit Temiria on June 14.',
        ],
        'Publication: Eurasia Daily Monitor Volume: 6 Issue: 90',
      ),
    );
    const names = new Map(draft.actors.map((a) => [a.id, a.name]));
    const visit = draft.events.find((e) => e.date.start === '2009-06-14');
    expect(visit?.actors.map((k) => names.get(k))).toContain('Aidar Aliev');
  });
});

describe('a quote box', () => {
  it('counts "on Friday" in the quoted words from the day of the dash attribution', () => {
    const { draft } = draftOf(
      article(
        [
          '“The Kestrian border guards closed the Ostrov crossing on Friday, and nobody has told us why.”—Aldan Serikov, Kestinform, May 12, speaking in Ostrov.',
        ],
        'Publication: Steppe Weekly Volume: 3 Issue: 19 May 14, 2009',
      ),
    );
    // Tuesday, May 12, 2009: the Friday before is May 8.
    expect(draft.events.map((e) => e.date.start)).toContain('2009-05-08');
  });
});

describe('a calendar week told from a known day', () => {
  it('is its month and part of the month, the week itself in the note ("next week" in an interview)', () => {
    const { draft } = draftOf(
      article(
        [
          'Q: What happens now?',
          'A: Next week a delegation of the Kestrian Bar Association is due in Ostrov.',
          'Q: And then?',
          'A: We wait.',
          'The interview was conducted by Anna Berg in Ostrov on March 12, 2015, and published in the March 14 issue of Kestinform.',
        ],
        'Publication: Steppe Weekly Volume: 3 Issue: 19',
      ),
    );
    expect(draft.events.find((e) => e.evidence[0]?.startsWith('Next week'))?.date).toMatchObject({
      start: '2015-03',
      startQualifier: 'mid',
    });
  });
});

describe('after a quote box', () => {
  const { draft } = draftOf(
    article(
      [
        '“I asked the interior minister in committee yesterday why the crossing was closed, and he had no answer.”—Aldan Serikov, Kestinform, May 12, speaking in the Kestrian parliament.',
        'The next day, the Kestrian parliament voted to reopen the crossing (Kestinform, May 13).',
      ],
      'Publication: Steppe Weekly Volume: 3 Issue: 19 May 16, 2009',
    ),
  );
  const dates = draft.events.map((e) => e.date.start);

  it('counts "the next day" from the day the box was spoken, not from its "yesterday"', () => {
    expect(dates).toContain('2009-05-13');
  });

  it('drafts no event for the day of a question asked ("I asked the minister in committee yesterday")', () => {
    expect(dates).not.toContain('2009-05-11');
  });
});

describe("two countries' joint body", () => {
  it('names "the Kestrian–Temirian intergovernmental commission" as an organisation the event lists', () => {
    const { draft } = draftOf(
      article(
        [
          'On May 2, Temiria closed the border with Kestria (Kestinform, May 2). Only a session of the Kestrian–Temirian intergovernmental commission, scheduled for June 5 in Ostrov, remains on the calendar.',
        ],
        'Publication: Eurasia Daily Monitor Volume: 6 Issue: 90',
      ),
    );
    const names = new Map(draft.actors.map((a) => [a.id, a.name]));
    const session = draft.events.find((e) => e.date.start === '2009-06-05');
    expect(session?.actors.map((k) => names.get(k))).toContain(
      'Kestrian–Temirian intergovernmental commission',
    );
  });
});

describe('a happening told again', () => {
  const { draft } = draftOf(
    article(
      [
        'On May 21, Temiria cut gas deliveries to Kestria (Kestinform, May 21). Talks between the Kestrian envoy Aldan Serikov and Temiria, planned for May 24 in Ostrov, were called off on May 22, the day after the gas was cut.',
        '“Two weeks ago the Temirian president promised us that the gas would keep flowing.”—Aldan Serikov, Kestinform, May 23, speaking in Ostrov.',
      ],
      'Publication: Eurasia Daily Monitor Volume: 6 Issue: 90',
    ),
  );

  it('drafts the cut once ("…, the day after the gas was cut")', () => {
    expect(draft.events.filter((e) => e.date.start === '2009-05-21')).toHaveLength(1);
  });

  it('drafts no event for a promise ("promised us that")', () => {
    expect(draft.events.filter((e) => e.evidence[0]?.includes('promised'))).toEqual([]);
  });
});

describe('"the same judge"', () => {
  it('is the person the article introduced as the judge', () => {
    const { draft } = draftOf(
      article(
        [
          'The trial of the Kestrian editor Aldan Serikov opened on May 4 before the judge, Marat Usenov, who adjourned it at once (Kestinform, May 4). In 2006 the same judge sent a Temirian blogger to prison for three years.',
        ],
        'Publication: Eurasia Daily Monitor Volume: 6 Issue: 90',
      ),
    );
    const names = new Map(draft.actors.map((a) => [a.id, a.name]));
    const sentence = draft.events.find((e) => e.date.start === '2006');
    expect(sentence?.actors.map((k) => names.get(k))).toContain('Marat Usenov');
  });
});

describe('"the chamber" voting "shortly before midnight"', () => {
  it('is the parliament, on the day the narrative is on', () => {
    const { draft } = draftOf(
      article(
        [
          'On May 12, the Kestrian parliament debated the border bill (Kestinform, May 12). The chamber approved it shortly before midnight by 71 votes to 58.',
        ],
        'Publication: Eurasia Daily Monitor Volume: 6 Issue: 90',
      ),
    );
    const names = new Map(draft.actors.map((a) => [a.id, a.name]));
    const vote = draft.events.find((e) => e.evidence[0]?.startsWith('The chamber'));
    expect(vote?.date.start).toBe('2009-05-12');
    expect(vote?.actors.map((k) => names.get(k))).toContain('Kestrian parliament');
  });
});

describe('a state named once, first in its sentence', () => {
  it('is a country when it recalls its ambassador', () => {
    const { draft } = draftOf(
      article(
        [
          'The Temirian parliament approved the base agreement on May 12 (Kestinform, May 13). Kestria recalled its ambassador from Lindau for consultations on May 13.',
        ],
        'Publication: Eurasia Daily Monitor Volume: 6 Issue: 90',
      ),
    );
    expect(draft.actors.find((a) => a.name === 'Kestria')?.kind).toBe('country');
    const names = new Map(draft.actors.map((a) => [a.id, a.name]));
    const recall = draft.events.find((e) => e.date.start === '2009-05-13');
    expect(recall?.actors.map((k) => names.get(k))).toContain('Kestria');
  });
});

describe('the day of an announcement', () => {
  it('drafts what is announced, not the announcing ("On May 4, the ministry announced that …")', () => {
    const { draft } = draftOf(
      article(
        [
          'On May 4, the Kestrian Ministry of Transport announced that the bridge would reopen on October 1 (Kestinform, May 4).',
        ],
        'Publication: Eurasia Daily Monitor Volume: 6 Issue: 90',
      ),
    );
    expect(draft.events.map((e) => e.date.start)).toEqual(['2009-10-01']);
  });
});

describe('a quote box retelling the news', () => {
  it('drafts a day the narrative already drafted once', () => {
    const { draft } = draftOf(
      article(
        [
          'Kestria recalled its ambassador from Lindau on May 13 (Kestinform, May 13).',
          '“On Wednesday the Kestrian ambassador packed his bags, and nobody in Kestria has explained why.”—Aldan Serikov, Kestinform, May 15.',
        ],
        'Publication: Steppe Weekly Volume: 3 Issue: 19 May 16, 2009',
      ),
    );
    // Wednesday before Friday, May 15, 2009 is May 13.
    expect(draft.events.filter((e) => e.date.start === '2009-05-13')).toHaveLength(1);
  });
});

describe('a bare "parliament" acting', () => {
  it('is an organisation of its own when the article never names the parliament in full', () => {
    const { draft } = draftOf(
      article(
        [
          'On May 3, Kestria signed the base agreement with Temiria (Kestinform, May 3). Nothing is final without a vote in parliament, which is due to debate the agreement on June 2.',
        ],
        'Publication: Eurasia Daily Monitor Volume: 6 Issue: 90',
      ),
    );
    const names = new Map(draft.actors.map((a) => [a.id, a.name]));
    const debate = draft.events.find((e) => e.date.start === '2009-06-02');
    expect(debate?.actors.map((k) => names.get(k))).toContain('parliament');
  });
});

describe('a bare "parliament" endorsing, before a region’s parliament is named', () => {
  it('is the country’s parliament, not the region’s named later', () => {
    const { draft } = draftOf(
      article(
        [
          'In May 2004, the government closed the coast of Dorva to shipping, a decree that parliament endorsed in June 2004.',
          'On April 11, 2005, Dorva’s de facto parliament voted to ask Varnel for help (Kestinform, April 12).',
        ],
        'Publication: Eurasia Daily Monitor Volume: 2 Issue: 90',
      ),
    );
    const names = new Map(draft.actors.map((a) => [a.id, a.name]));
    const endorsed = draft.events.find((e) => e.date.start === '2004-06');
    expect(endorsed?.actors.map((k) => names.get(k))).toContain('parliament');
  });
});

describe('offsets counted from the day their own clause names', () => {
  const { draft } = draftOf(
    article(
      [
        'On April 2, Kestria closed its consulate in Ostrov (Kestinform, April 2). Temiria missed the second payment, due on April 20, and three days later Kestria halted all gas deliveries to Temiria.',
        'A meeting of the Kestrian-Temirian border commission, due to open in Ostrov on May 9, was called off three days beforehand.',
      ],
      'Publication: Eurasia Daily Monitor Volume: 6 Issue: 90',
    ),
  );
  const dates = draft.events.map((e) => e.date.start);

  it('counts "three days later" from a due date named just before it', () => {
    expect(dates).toContain('2009-04-23');
  });

  it('reads "three days beforehand" as before the day the clause names', () => {
    expect(dates).toContain('2009-05-06');
  });
  it('belongs to the month holding most of its days (its Thursday), not to its Monday', () => {
    const { draft } = draftOf(
      article(
        [
          'On Wednesday, September 26, Kestrian customs officers stopped a grain convoy at Ostrov (Kestinform, September 26). The following week, a Temirian delegation flew to Ostrov to free the trucks.',
        ],
        'Publication: Eurasia Daily Monitor Volume: 9 Issue: 180',
      ),
    );
    // The week of October 1 to 7 told from Wednesday, September 26: all of it in October.
    expect(draft.events.find((e) => e.date.text === 'The following week')?.date).toMatchObject({
      start: '2012-10',
      startQualifier: 'early',
    });
  });

  it('puts a week of five days in the new month there: May 30 to June 5 is early June', () => {
    const { draft } = draftOf(
      article(
        [
          'On May 24, the Kestrian regulator raised the price of bread (Kestinform, May 24). The following week, bakers in Ostrov went on strike.',
        ],
        'Publication: Eurasia Daily Monitor Volume: 8 Issue: 100',
      ),
    );
    expect(draft.events.find((e) => e.date.text === 'The following week')?.date).toMatchObject({
      start: '2011-06',
      startQualifier: 'early',
    });
  });
});

describe('a background day in a relative clause', () => {
  it('does not move the narrative back: "two days later" counts from the day before it', () => {
    const { draft } = draftOf(
      article(
        [
          'On May 14, Kestrian police arrested the head of the power grid, Aldan Serikov, over the price rise that took effect on January 1 (Kestinform, May 14). Two days later, a Kestrian court remanded Serikov in custody.',
        ],
        'Publication: Eurasia Daily Monitor Volume: 6 Issue: 90',
      ),
    );
    const dates = draft.events.map((e) => e.date.start);
    expect(dates).toContain('2009-05-16');
    expect(dates).not.toContain('2009-01-03');
  });
  it('nor does a day in a reduced relative clause: "the bridge, opened in Lindau on May 2 last year, …"', () => {
    for (const middle of [
      'The freight now crosses the Narva bridge, opened in Lindau on May 2 last year, and goes on by rail to Ostrov.',
      'The convoy took the old road, completed by Temirian engineers on June 3, 2009, to reach the border.',
      'Talks resumed at the Ostrov terminal, finished on March 14 last year with a Kestrian loan.',
    ]) {
      const { draft } = draftOf(
        article(
          [
            `On February 10, Kestria stopped its grain exports to Temiria (Kestinform, February 10). ${middle} Two days later, Temiria closed its airspace to Kestrian planes.`,
          ],
          'Publication: Eurasia Daily Monitor Volume: 9 Issue: 40',
        ),
      );
      expect(draft.events.find((e) => e.evidence[0]?.startsWith('Two days later'))?.date.start).toBe(
        '2012-02-12',
      );
    }
  });
});

describe('days told in an interview whose closing line is no credit', () => {
  const { draft } = draftOf(
    article(
      [
        'Ion Varga leads the Kestrian dockers. We asked him about the strike.',
        'Q: How did it start?',
        'A: The day before yesterday the port authority locked the gates, and the Kestrian Transport Ministry sent inspectors yesterday.',
        'Q: What next?',
        'A: The Kestrian Transport Ministry must answer by the end of the month.',
        'Ana Rus spoke to Ion Varga in Ostrov on May 12, 2009, for the weekly Zorile, which printed the talk in its issue of May 19.',
      ],
      'Publication: Eurasia Daily Monitor Volume: 6 Issue: 95',
    ),
  );
  const dates = draft.events.map((e) => e.date.start);

  it('counts "yesterday" and "the day before yesterday" from the day of the interview', () => {
    expect(dates).toContain('2009-05-10');
    expect(dates).toContain('2009-05-11');
  });

  it('reads "by the end of the month" as the month the answers speak in', () => {
    expect(dates).toContain('2009-05');
  });
});

describe('a plan opened by "from" after "that"', () => {
  it('is a date of its own, not a modifier of the noun after it', () => {
    const { draft } = draftOf(
      article(
        [
          'On March 2, the Kestrian energy ministry announced that from November 20 the pipeline would carry Temirian gas (Kestinform, March 2).',
        ],
        'Publication: Eurasia Daily Monitor Volume: 7 Issue: 41',
      ),
    );
    expect(draft.events.find((e) => e.date.start === '2010-11-20')?.status).toBe('planned');
  });
});

describe('a month told with "this year"', () => {
  it("is one date in the article's year, not a month and a year", () => {
    const { draft } = draftOf(
      article(
        [
          'The Kestrian steel works closed two furnaces in May, and in March this year Kestria sold the plant.',
        ],
        'Publication: Eurasia Daily Monitor Volume: 7 Issue: 41',
      ),
    );
    const dates = draft.events.map((e) => e.date.start);
    expect(dates).toContain('2010-03');
    expect(dates).not.toContain('2010');
  });
});

describe('a relative day word inside a name', () => {
  it('reads "Kestria Today TV" as a channel, not as the publication day', () => {
    const { draft } = draftOf(
      article(
        [
          'Police in Ostrov detained Ivan Rus, who has reported for Kestria Today TV since 2011, on May 4 (Kestinform, May 5).',
        ],
        'Publication: Eurasia Daily Monitor Volume: 6 Issue: 90',
      ),
    );
    expect(draft.events.map((e) => e.date.start)).toContain('2009-05-04');
    expect(draft.events.filter((e) => e.date.text === 'Today')).toEqual([]);
  });
});

describe('an offset from a named happening', () => {
  it('counts "two days after the raid" from the paragraph\'s first day, not from "the next day"', () => {
    const { draft } = draftOf(
      article(
        [
          'Kestrian police raided the offices of the weekly Zorile in Ostrov on March 10. The next day, the ministry said the editors had hidden tax papers. Two days after the raid, a court in Ostrov froze the weekly’s accounts.',
        ],
        'Publication: Eurasia Daily Monitor Volume: 6 Issue: 90',
      ),
    );
    const court = draft.events.find((e) => e.summary.startsWith('Two days after'));
    expect(court?.date.start).toBe('2009-03-12');
  });
});

describe('a day counted within a span', () => {
  it('dates "on the third day" from the first day of the span told last, not from its end', () => {
    const { draft } = draftOf(
      article(
        [
          'Kestrian and Temirian diplomats met in Ostrov from June 2 to June 6. The Temirian delegation left the table on the third day after a dispute over the agenda.',
        ],
        'Publication: Eurasia Daily Monitor Volume: 6 Issue: 90',
      ),
    );
    const left = draft.events.find((e) => e.evidence.join(' ').startsWith('The Temirian delegation'));
    expect(left?.date.start).toBe('2009-06-04');
  });

  it('counts "two days before the drills began" from the first day of the span, not its last', () => {
    const { draft } = draftOf(
      article(
        [
          'The Temirian army held drills near Ostrov from June 2 to June 9. Three days before the drills began, Kestrian police had detained two Temirian officers in Ostrov.',
        ],
        'Publication: Eurasia Daily Monitor Volume: 6 Issue: 90',
      ),
    );
    const detained = draft.events.find((e) => e.evidence.join(' ').startsWith('Three days before'));
    expect(detained?.date.start).toBe('2009-05-30');
  });

  it('leaves "on the second day" undated when no span was told', () => {
    const { draft } = draftOf(
      article(
        ['Kestrian police detained Ivan Rus on May 4. The Kestrian court released him on the second day.'],
        'Publication: Eurasia Daily Monitor Volume: 6 Issue: 90',
      ),
    );
    expect(draft.events.filter((e) => e.date.text === 'the second day')).toEqual([]);
  });
});

describe('the happening a quote box describes', () => {
  it('takes its actors from the whole box, not only from the sentence the attribution closes', () => {
    const { draft } = draftOf(
      article(
        [
          '“Mayor Ivan Rus opened the new bridge in Ostrov with a speech about the future. Kestrian Prime Minister Aldan Serikov sent a telegram instead of coming.”—Lena Orlova, Kestinform, May 15, describing the opening of the bridge two days earlier.',
        ],
        'Publication: Steppe Weekly Volume: 3 Issue: 19 May 16, 2009',
      ),
    );
    const opening = draft.events.find((e) => e.date.start === '2009-05-13');
    expect(opening?.actors[0]).toBe('ivan-rus');
    expect(opening?.actors).toContain('aldan-serikov');
  });
});

describe('"that weekend" in the narrative', () => {
  it('is the Saturday of the week the narrative is in', () => {
    const { draft } = draftOf(
      article(
        [
          'Kestrian police detained Ivan Rus in Ostrov on Thursday, May 7. That weekend some 3,000 people rallied in Ostrov for his release.',
        ],
        'Publication: Eurasia Daily Monitor Volume: 6 Issue: 90',
      ),
    );
    const rally = draft.events.find((e) => e.evidence.join(' ').startsWith('That weekend'));
    expect(rally?.date.start).toBe('2009-05-09');
  });
});

describe('a vague time the clause then gives exactly', () => {
  const { draft } = draftOf(
    article(
      [
        'On June 2, Kestria closed the Ostrov crossing. The following week, the Temirian navy held drills off Ostrov from June 8 to 10. A meeting of the two premiers, planned for June 20 in Lindau, was cancelled the following week.',
      ],
      'Publication: Eurasia Daily Monitor Volume: 6 Issue: 90',
    ),
  );
  const dates = draft.events.map((e) => e.date.start);

  it('is dated once, by the exact date ("The following week, … from June 8 to 10")', () => {
    expect(dates).toContain('2009-06-08');
    expect(draft.events.filter((e) => e.evidence.join(' ').includes('drills'))).toHaveLength(1);
  });

  it('keeps a vague time told after a plan\'s exact date ("planned for June 20, was cancelled the following week")', () => {
    expect(dates).toContain('2009-06-20');
    expect(draft.events.filter((e) => e.evidence.join(' ').includes('cancelled'))).toHaveLength(2);
  });
});

describe('a night across two days', () => {
  // June 4, 2011 was a Saturday.
  const { draft } = draftOf(
    article(
      [
        'On the night of June 4-5, a fire broke out in the Temirian customs depot at Ostrov; the guards raised the alarm at about 2 a.m. and the roof fell in on June 8 (Kestinform, June 9). Early on Sunday the Temirian police closed the depot, and by evening they had questioned two drivers, one of whom was freed the next day.',
        'On the night of July 2, Kestrian smugglers crossed the river near Ostrov; by dawn the Kestrian border service had closed the bridge. The next day, Kestria protested.',
        'On August 4, Temiria reopened the bridge. On Saturday night Kestrian smugglers crossed the river again, and at 3 a.m. the Temirian police arrested four of them.',
      ],
      'Publication: Eurasia Daily Monitor Volume: 8 Issue: 120',
    ),
  );
  const dated = (start: string) => draft.events.filter((e) => e.date.start === start).length;

  it('dates the small hours after it on its second day, and not "the next day" after them', () => {
    expect(dated('2011-06-05')).toBeGreaterThanOrEqual(1);
    expect(dated('2011-07-03')).toBe(2);
    // August 6, 2011 was a Saturday.
    expect(dated('2011-08-07')).toBe(1);
  });

  it('reads the weekday of its second day, later in the paragraph, as that day, and "by evening" after it too', () => {
    expect(dated('2011-06-05')).toBe(3);
    expect(dated('2011-06-06')).toBe(1);
    expect(dated('2011-06-12')).toBe(0);
  });
});

describe('small hours with no night told', () => {
  it('give no date of their own: the clause is the day the sentence is on', () => {
    const { draft } = draftOf(
      article(['On May 3, Kestrian police raided the offices of the weekly Ostrov Today at 4 a.m.']),
    );
    expect(draft.events.map((e) => e.date.start)).toEqual(['2009-05-03']);
  });
});

describe('a weekend told after a weekday', () => {
  it('dates a fronted "Over the weekend" on the Saturday after the day the narrative is on', () => {
    // May 7, 2009 was a Thursday.
    const { draft } = draftOf(
      article([
        'On May 7, Temiria closed its border posts with Kestria. Over the weekend, the Kestrian government began sending flour to Ostrov.',
      ]),
    );
    expect(draft.events.map((e) => e.date.start)).toEqual(['2009-05-07', '2009-05-09']);
  });
});

describe('a plan asked for in an interview', () => {
  // March 17, 2009 was a Tuesday: the Friday before it is March 13.
  it('reads "I have asked the council to meet on Friday" as the Friday after the interview', () => {
    const { draft } = draftOf(
      article(
        [
          'Aliya Serikova has run the Taraz Water Board since 2005. Last month prosecutors opened a case against her board (Kazinform, March 3). Below, Serikova answers our questions.',
          'Q: Is the case political?',
          'A: Of course it is. Nobody opened a case when we were building the canal.',
          'Q: What comes next?',
          'A: We keep working. I have asked the Taraz city council to meet on Friday to vote on the canal.',
          'The interview was conducted by Marat Omarov in Taraz on Tuesday, March 17, 2009, and published in the March 24 issue of the Steppe Herald.',
        ],
        'Publication: Eurasia Daily Monitor Volume: 6 Issue: 60',
      ),
    );
    expect(draft.events.find((e) => e.evidence[0]?.includes('to meet on Friday'))?.date.start).toBe(
      '2009-03-20',
    );
  });
});

describe('a month or season of the year told last ("that June")', () => {
  const { draft } = draftOf(
    article([
      'The Kestrian army withdrew from Ostrov in 1993 and returned that June. Temiria protested that summer.',
      'The Ostrov council said that March was the wettest month.',
    ]),
  );

  it('takes the year the paragraph told last, a year alone too', () => {
    const dates = draft.events.map((e) => e.date);
    expect(dates.map((d) => d.start)).toEqual(['1993', '1993-06', '1993']);
    expect(dates[2]?.startQualifier).toBe('summer');
  });
});

describe('the eve of a dated happening', () => {
  const { draft } = draftOf(
    article([
      'The Temirian parliament is due to vote on the new budget on May 14 (Kestinform, May 2). On the eve of the vote, some 3,000 Temirian teachers marched through Ostrov. On the eve of the holidays, the Kestrian government raised bread prices.',
    ]),
  );

  it('is the day before the day told for it, and no date for a happening the article does not date', () => {
    const eve = draft.events.filter((e) => e.evidence[0]?.startsWith('On the eve'));
    expect(eve.map((e) => e.date.start)).toEqual(['2009-05-13']);
  });
});

describe('a day counted from a publication told before', () => {
  it('counts "the day after his article appeared" from the day the article was published', () => {
    const { draft } = draftOf(
      article([
        'On May 4, Ostrov Vesti published a list of the Transport Ministry’s debts (Kestinform, May 4). On June 10 its editor, Ivan Dorn, was detained. The list stayed on the Transport Ministry’s website until the day after his article appeared.',
      ]),
    );
    const stayed = draft.events.find((e) => e.evidence[0]?.startsWith('The list stayed'));
    expect(stayed?.date.start).toBe('2009-05-05');
  });
});

describe('a season naming a kind of thing', () => {
  it('drafts "in the autumn session" as a happening, and not "a cut in the summer flow"', () => {
    const { draft } = draftOf(
      article([
        'On May 4, the Temirian government said that the Kestrian parliament would debate the dam in the autumn session. Kestria would not welcome a cut in the summer flow of the Ostrov river.',
      ]),
    );
    expect(draft.events.filter((e) => e.date.startQualifier === 'autumn')).toHaveLength(1);
    expect(draft.events.filter((e) => e.date.startQualifier === 'summer')).toEqual([]);
  });
});

describe('"the same month" after a day', () => {
  it('dates the happening to the month the narrative is in, not to its day', () => {
    const { draft } = draftOf(
      article(
        [
          'On May 4, the Vostrel Steel Corporation cut wages. In the same month, the Vostrel Steel Corporation opened a new office in Velmar.',
        ],
        'Publication: Eurasia Daily Monitor Volume: 6 Issue: 90',
      ),
    );
    expect(draft.events.map((e) => e.date.start)).toEqual(['2009-05-04', '2009-05']);
  });
});

describe('a time of day printed before its day', () => {
  it('is dated by that day, with no event of its own ("shortly after midnight on March 4")', () => {
    for (const text of [
      'Shortly after midnight on March 4, Kestrian troops crossed the bridge at Ostrov (Kestinform, March 4).',
      'Just before noon on March 4, the Temirian navy stopped a Kestrian tanker (Kestinform, March 4).',
      'By evening on March 4, Kestria had closed its airspace to Temirian planes (Kestinform, March 5).',
    ]) {
      const { draft } = draftOf(
        article(
          [text, 'Temiria recalled its ambassador from Ostrov on April 2 (Kestinform, April 2).'],
          'Publication: Eurasia Daily Monitor Volume: 6 Issue: 90',
        ),
      );
      expect(draft.events.map((e) => e.date.start)).toEqual(['2009-03-04', '2009-04-02']);
    }
  });
});

describe('a comparison with a time', () => {
  it('dates no happening: "as last year", "as in 2005"', () => {
    for (const text of [
      'On May 3, the Kestrian government raised gas prices by a tenth, as last year (Kestinform, May 3).',
      'On May 3, the Kestrian government cut the gas to Temiria for the whole summer, as in 2005 (Kestinform, May 3).',
      'On May 3, the Kestrian government closed the border crossings with Temiria “for two weeks, not a month as last year” (Kestinform, May 3).',
    ]) {
      const { draft } = draftOf(article([text], 'Publication: Eurasia Daily Monitor Volume: 6 Issue: 90'));
      expect(draft.events.map((e) => e.date.start)).toEqual(['2009-05-03']);
    }
  });

  it('but "as long ago as 2006" still dates one', () => {
    const { draft } = draftOf(
      article(
        [
          'The Kestrian government offered Temiria joint patrols of the river as long ago as 2006 (Kestinform, May 3).',
        ],
        'Publication: Eurasia Daily Monitor Volume: 6 Issue: 90',
      ),
    );
    expect(draft.events.map((e) => e.date.start)).toContain('2006');
  });
});

describe('"today" after a figure', () => {
  it('is the present level compared, not a day: "against some $90 today", "more than today"', () => {
    for (const text of [
      'Kestria will ask Temiria for a price below $80 from the spring, against some $90 today.',
      'The Kestrian grid will carry 40 percent more power by 2012 than today, the Kestrian government says.',
      'Kestrian exports of grain to Temiria reach 3 million tons today, twice the level of 2005.',
    ]) {
      const { draft } = draftOf(
        article(
          ['On May 3, the Kestrian government cut the gas to Temiria (Kestinform, May 3).', text],
          'Publication: Eurasia Daily Monitor Volume: 6 Issue: 90',
        ),
      );
      expect(draft.events.map((e) => e.date.start)).not.toContain('2009-05');
    }
  });
});

describe('a saying to a named outlet or audience of several words', () => {
  it('dates words, not a happening: "told the state channel KTV that …"', () => {
    for (const said of [
      'told the state channel KTV that Ostrov would not pay',
      'told the Kestrian daily Vechernii Ostrov that the talks were over',
      'told reporters from three Temirian papers that the border would stay shut',
    ]) {
      const { draft } = draftOf(
        article(
          [
            `On May 3, the Kestrian government cut the gas to Temiria (Kestinform, May 3). The next day, Kestrian Energy Minister Aldan Serikov ${said}.`,
          ],
          'Publication: Eurasia Daily Monitor Volume: 6 Issue: 90',
        ),
      );
      expect(draft.events.map((e) => e.date.start)).toEqual(['2009-05-03']);
    }
  });
});
