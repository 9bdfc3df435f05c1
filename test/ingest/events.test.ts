// Dense analysis styles: a second happening on the same day after a semicolon, "last year",
// a range across the new year, a year used again as a modifier, and headline titles.
import { describe, expect, it } from 'vitest';
import { headline } from '../../ingest/stages/events.js';
import { article, draftOf } from './helpers.js';

describe('events in dense prose', () => {
  const { draft } = draftOf(
    article(
      [
        'Relations between Kestria and Temiria are governed by a 1998 treaty. On March 3, 2012, Kestria, the upstream state, closed the dam gates; by evening, Temiria had recalled its ambassador from Veloran (Kestinform, March 4).',
        'The Temirian parliament, which ratified the 1998 treaty in 2001, met again on March 20. The sowing of cotton, which began on April 20 last year, failed in Temiria. From late December to early February, Veloran suffered blackouts (Temir TV, March 21).',
      ],
      'Publication: Eurasia Daily Monitor Volume: 9 Issue: 60',
    ),
  );
  const dated = (start: string) => draft.events.filter((e) => e.date.start === start);

  it('drafts the same-day clause after a semicolon as an event of its own', () => {
    expect(dated('2012-03-03').map((e) => e.title)).toEqual([
      'Kestria closed the dam gates',
      'Temiria had recalled its ambassador from Veloran',
    ]);
  });

  it('drafts a same-day clause with time words of its own ("…; that evening, …") once', () => {
    const { draft } = draftOf(
      article(
        [
          'On May 4, Kestria closed the Ostrov crossing; that evening, Temirian Premier Ivan Lupu called an emergency session of the Temirian cabinet (Temir TV, May 5).',
        ],
        'Publication: Eurasia Daily Monitor Volume: 6 Issue: 90',
      ),
    );
    const evening = draft.events.filter((e) => e.evidence.join(' ').includes('emergency session'));
    expect(draft.events.filter((e) => e.date.start === '2009-05-04')).toHaveLength(2);
    expect(evening.length).toBeGreaterThan(0);
  });

  it('reads "April 20 last year" and a range across the new year', () => {
    expect(dated('2011-04-20')).toHaveLength(1);
    expect(dated('2011-12')[0]?.date).toMatchObject({ startQualifier: 'late', end: '2012-02' });
  });

  it('drafts a year used as a modifier once ("a 1998 treaty", then "the 1998 treaty")', () => {
    expect(dated('1998')).toHaveLength(1);
    expect(dated('2001')).toHaveLength(1);
  });
});

describe('headline', () => {
  it('drops the time phrase, appositives, citations and trailing clauses', () => {
    expect(
      headline(
        'On the morning of April 16, Ulgarenergo, the state hydropower company, began filling the reservoir, saying it had no choice (Kestinform, April 16)',
        20,
      ),
    ).toBe('Ulgarenergo began filling the reservoir');
    expect(headline('Kestinform reported on April 11 that the shepherds had been released', 30)).toBe(
      'The shepherds had been released',
    );
    expect(headline('Late on Friday, March 9, the two ministers signed the accord in Lisk', 22)).toBe(
      'The two ministers signed the accord in Lisk',
    );
  });

  it('ends a long title where a phrase ends, keeping the verb, never on a small word', () => {
    expect(
      headline(
        'On Monday, the national customs service ordered a full physical inspection of every freight wagon entering the country at the main border crossing',
        3,
      ),
    ).toBe('The national customs service ordered a full physical inspection of every freight wagon');
    expect(
      headline(
        'By evening the police had detained four local men, one of whom was released the next morning after a fine',
      ),
    ).toBe('By evening the police had detained four local men');
    // No phrase ends in time: the words that fit and an ellipsis, not a cut that reads as whole.
    const title = headline(
      'Talks between the two ministers of transport and the three deputy governors of the northern provinces were called off',
    );
    expect(title.endsWith('…')).toBe(true);
    expect(title).not.toMatch(/\b(?:of|the|and)…$/);
  });

  it('names a person without the long title that holds an organisation', () => {
    expect(
      headline('Deputy Chairman of the State Gas Company Board Pavel Orlov signed the accord on Friday'),
    ).toBe('Pavel Orlov signed the accord on Friday');
    expect(headline('State Minister for Regional Affairs Lena Kask walked out of the session')).toBe(
      'Lena Kask walked out of the session',
    );
    // The name of a body is not a person's: "Ministry of Energy and Mineral Resources" stays.
    expect(headline('The Ministry of Energy and Mineral Resources announced a new tariff')).toBe(
      'The Ministry of Energy and Mineral Resources announced a new tariff',
    );
  });

  it('drops a participle aside between a subject and its verb', () => {
    expect(
      headline('A visit to the capital by the foreign minister, planned for May 14, was called off', 48),
    ).toBe('A visit to the capital by the foreign minister was called off');
  });

  it('keeps the relative clause the date is in', () => {
    const clause = 'The Ulgar dam, whose first stone President Ormanov laid in 2006, opened in January 2010';
    expect(headline(clause, clause.indexOf('2006'))).toBe(
      'The Ulgar dam, whose first stone President Ormanov laid in 2006',
    );
    expect(headline(clause, clause.indexOf('January'))).toBe('The Ulgar dam opened in January 2010');
  });
});

describe('statements in analysis prose', () => {
  const { draft } = draftOf(
    article(
      [
        'On March 3, 2012, Kestria closed the dam gates (Kestinform, March 4). According to Temirian Water Minister Nurbol Kaldarov, some 40,000 hectares were by then at risk. The Temirian Agriculture Ministry replies that the farmers cannot wait that long (Temir TV, March 6).',
      ],
      'Publication: Eurasia Daily Monitor Volume: 9 Issue: 61',
    ),
  );

  it('takes "according to <name>" and an organisation that replies as statements', () => {
    const statements = draft.quotes.filter((q) => q.kind === 'reported');
    expect(statements.map((q) => [q.speaker, q.text.slice(0, 30)])).toEqual([
      ['nurbol-kaldarov', 'According to Temirian Water Mi'],
      ['temirian-agriculture-ministry', 'The Temirian Agriculture Minis'],
    ]);
  });
});

describe('an interview’s relative dates', () => {
  it('count from the day of the interview', () => {
    const { draft } = draftOf(
      article(
        [
          'Aliya Serikova runs the Taraz Water Board. Prosecutors charged Serikova on March 2 (Kazinform, March 3).',
          'Q: What happened?',
          'A: Two weeks ago the Taraz Water Board lost its license.',
          'Q: And now?',
          'A: We wait for the court.',
          'The interview was conducted by Marat Omarov in Taraz on March 20, 2009, and published in the March 24 issue of the Steppe Herald.',
        ],
        'Publication: Eurasia Daily Monitor Volume: 6 Issue: 61',
      ),
    );
    expect(draft.events.map((e) => e.date.start)).toContain('2009-03-06');
  });
});

describe('an event dated only by its citation', () => {
  it('is drafted with the citation’s date and a flag saying so; a saying or a denial is not', () => {
    const { draft } = draftOf(
      article(
        [
          'On April 10, 2012, Kestria closed the border (Kestinform, April 10). Temirian customs officers had begun turning back Kestrian fuel trucks at Kaskabel (Kestinform, April 14). Kestrian officials said the trucks were late (Kestinform, April 15). The Temirian customs chief denied that any truck had been turned back (Temir TV, April 16).',
        ],
        'Publication: Eurasia Daily Monitor Volume: 9 Issue: 62',
      ),
    );
    const byCitation = draft.events.filter((e) => e.date.start === '2012-04-14');
    expect(byCitation).toHaveLength(1);
    expect(byCitation[0]?.review?.flags).toContainEqual(expect.stringMatching(/^dated only by its citation/));
    expect(draft.events.some((e) => e.date.start === '2012-04-15')).toBe(false);
    expect(draft.events.some((e) => e.date.start === '2012-04-16')).toBe(false);
  });

  it('counts a visit ("has called at Ostrov", "arrived in") among the acts', () => {
    const { draft } = draftOf(
      article(
        [
          'A Temirian frigate has called at Ostrov on a courtesy visit (Kestinform, April 14). A Kestrian trade delegation arrived in Veloran with new proposals (Temir TV, April 16).',
        ],
        'Publication: Eurasia Daily Monitor Volume: 9 Issue: 62',
      ),
    );
    const dates = draft.events.map((e) => e.date.start);
    expect(dates).toContain('2012-04-14');
    expect(dates).toContain('2012-04-16');
  });
});

describe('a dated saying', () => {
  it('is a statement, not an event', () => {
    const { draft } = draftOf(
      article(
        [
          'On April 28, 2011, Deputy Chairman Ruslan Temirov said on television that the weekly had broken the law (Kestria-24 TV, April 28). On April 21, the State Security Committee charged Daulet Kuspanov (Novaya Vest, April 22).',
        ],
        'Publication: Eurasia Daily Monitor Volume: 8 Issue: 62',
      ),
    );
    expect(draft.events.map((e) => e.date.start)).toEqual(['2011-04-21']);
    expect(draft.quotes.some((q) => q.kind === 'reported' && q.speaker === 'ruslan-temirov')).toBe(true);
  });
});

describe('dates that tell no happening', () => {
  const { draft } = draftOf(
    article(
      [
        'On May 4, Kestria raised the transit fee for Temirian trucks (Kestinform, May 4). Under a deal signed in Ostrov on June 2, 2005, fees were to stay frozen through 2012.',
        'Aldan Serikov and Temirian Premier Ivan Lupu met in Ostrov on May 6, and Serikov told journalists five days later that the meeting had achieved nothing.',
        'Temiria is gambling: if the trucks go to Veloran this summer, Kestria may lose them for good.',
      ],
      'Publication: Eurasia Daily Monitor Volume: 6 Issue: 90',
    ),
  );
  const dates = draft.events.map((e) => e.date.start);

  it('skips the end of a span ("frozen through 2012")', () => {
    expect(dates).toContain('2005-06-02');
    expect(dates).not.toContain('2012');
  });

  it('skips the day of a saying counted as an offset ("told … five days later that")', () => {
    expect(dates).toContain('2009-05-06');
    expect(dates).not.toContain('2009-05-11');
  });

  it('skips a date in a condition ("if … this summer")', () => {
    expect(dates.filter((d) => d.startsWith('2009') && d.length === 4)).toEqual([]);
  });

  it('skips a charge in words ("accused him on May 8 of …"), not a person "accused of" something', () => {
    const charged = draftOf(
      article(
        [
          'Kestrian Interior Minister Aldan Serikov accused the Temirian consul on May 8 of “stirring up the dockers.” Ivan Rus, a Temirian trader accused of smuggling, was detained in Ostrov on May 9.',
        ],
        'Publication: Eurasia Daily Monitor Volume: 6 Issue: 90',
      ),
    ).draft.events.map((e) => e.date.start);
    expect(charged).not.toContain('2009-05-08');
    expect(charged).toContain('2009-05-09');
  });
});

describe('acts in an interview', () => {
  const { draft } = draftOf(
    article(
      [
        'Ion Varga leads the Kestrian dockers. We asked him about the strike.',
        'Q: Has the prosecutor called you?',
        'A: On May 8 his office called again and asked me to come back on May 19.',
        'Q: Police in Veloran detained two of your men on May 4. What next?',
        'A: We wait. In April the crane drivers from Veloran stopped work too. In March the last freighter left the quay, because her owners in Veloran ordered her home.',
        'Ana Rus spoke to Ion Varga in Ostrov on May 12, 2009, for the weekly Zorile, which printed the talk in its issue of May 19.',
      ],
      'Publication: Eurasia Daily Monitor Volume: 6 Issue: 95',
    ),
  );
  const dates = draft.events.map((e) => e.date.start);

  it('drafts a call made ("his office called again") and the day asked for ("asked me to come back on …")', () => {
    expect(dates).toContain('2009-05-08');
    expect(draft.events.find((e) => e.date.start === '2009-05-19')?.status).toBe('planned');
  });

  it('places an answer’s happening whose clause names no place (a reason after it may) where the credit line sets the interview', () => {
    const places = (start: string) => draft.events.find((e) => e.date.start === start)?.places;
    expect(places('2009-05-08')).toEqual(['ostrov']);
    expect(places('2009-04')).toEqual(['veloran']);
    expect(places('2009-03')).toEqual(['veloran', 'ostrov']);
  });

  it('drafts no event from a question that recalls the news ("… detained two of your men on May 4. What next?")', () => {
    expect(dates).not.toContain('2009-05-04');
  });

  it('drafts no event from the closing line that tells of the interview', () => {
    expect(draft.events.filter((e) => e.evidence.join(' ').startsWith('Ana Rus'))).toEqual([]);
  });
});

describe('a day told in more than one sentence', () => {
  const { draft } = draftOf(
    article(
      [
        'On May 4, thousands of people marched through the centre of Ostrov, in what Kestrian opposition leaders called the largest rally in a decade. Police detained forty marchers the same night.',
        'On May 6 Serikov told a meeting of Kestrian mayors: "Nobody will be punished."',
        'The next day, Kestria released the marchers (Kestinform, May 7).',
      ],
      'Publication: Eurasia Daily Monitor Volume: 6 Issue: 90',
    ),
    [
      { id: 'ostrov', name: 'Ostrov', kind: 'place', aliases: [] },
      { id: 'aldan-serikov', name: 'Aldan Serikov', kind: 'person', aliases: ['Serikov'] },
    ] as never,
  );
  const on = (start: string) => draft.events.filter((e) => e.date.start === start);

  it('keeps a happening someone gave a name to ("in what … called the largest rally")', () => {
    expect(on('2009-05-04').length).toBe(2);
  });

  it('gives a happening "the same night" the place where that day was told', () => {
    expect(on('2009-05-04').every((e) => e.places.includes('ostrov'))).toBe(true);
  });

  it('drafts no event from a saying before a colon and a quotation', () => {
    expect(on('2009-05-06')).toEqual([]);
  });
});

describe('a notice of the sayer’s own act', () => {
  it('drafts "told its customers that it would take no new orders", not "warned that it would"', () => {
    const { draft } = draftOf(
      article(
        [
          'On May 4, Kestria told Temirian shippers that it would take no new orders for June. On May 6, Temiria warned that it would close the border. On May 8, the Kestrian state printer told Temirian papers that its presses were fully booked.',
        ],
        'Publication: Eurasia Daily Monitor Volume: 6 Issue: 90',
      ),
    );
    const dates = draft.events.map((e) => e.date.start);
    expect(dates).toContain('2009-05-04');
    expect(dates).not.toContain('2009-05-06');
    expect(dates).toContain('2009-05-08');
  });
});

describe('a date in doubt', () => {
  it('drafts nothing from "will see whether … worked in April", but keeps "Whether … will be clear on May 9"', () => {
    const { draft } = draftOf(
      article(
        [
          'Then the Kestrian government will see whether the Temirian mine pays the men who worked in April. Whether that is enough will be clear on May 9, when the Kestrian parliament holds its vote.',
        ],
        'Publication: Eurasia Daily Monitor Volume: 6 Issue: 90',
      ),
    );
    const dates = draft.events.map((e) => e.date.start);
    expect(dates).not.toContain('2009-04');
    expect(dates).toContain('2009-05-09');
  });
});

describe('words said at a named occasion', () => {
  const { draft } = draftOf(
    article(
      [
        'At a press conference in Ostrov on March 4, Aldan Serikov claimed that the dam was safe. Speaking at a session of the Kestrian parliament on March 6, he said that the tariff would stay. Serikov said on March 7 that he would resign.',
        'Kestrian Premier Aldan Serikov announced on March 9 that the Kestrian parliament would vote on the tariff on March 16.',
      ],
      'Publication: Eurasia Daily Monitor Volume: 6 Issue: 40',
    ),
  );
  const dates = draft.events.map((e) => e.date.start);

  it('drafts the occasion ("at a press conference on …", "speaking at a session … on …"), not a bare saying', () => {
    expect(dates).toContain('2009-03-04');
    expect(dates).toContain('2009-03-06');
    expect(dates).not.toContain('2009-03-07');
  });

  it('drafts the announced happening, not the day of an announcement that dates it', () => {
    expect(dates).toContain('2009-03-16');
    expect(dates).not.toContain('2009-03-09');
  });
});

describe('"we" in an interview', () => {
  it('counts the interviewee among those who act', () => {
    const { draft } = draftOf(
      article(
        [
          'Dina Kerey has chaired the Ostrov Weavers Union since 2004. Below, Kerey answers our questions.',
          'Q: What happened?',
          'A: On May 3 about fifty of us marched to the mill gates.',
          'Q: And now?',
          'A: The mill is closed.',
          'The interview was conducted by Ana Rus in Ostrov on May 12, 2009, and published in the Steppe Herald on May 14.',
        ],
        'Publication: Eurasia Daily Monitor Volume: 6 Issue: 96',
      ),
    );
    const march = draft.events.find((e) => e.date.start === '2009-05-03');
    expect(march?.actors).toContain('dina-kerey');
  });
});

describe('what an editor prints, in an interview', () => {
  it('is the paper’s act as well as the editor’s ("I printed the letter again")', () => {
    const { draft } = draftOf(
      article(
        [
          'Dina Kerey has edited Ostrov Vesti, the only daily in the town, since 2004. Below, Kerey answers our questions.',
          'Q: What did you do?',
          'A: I printed the mayor’s letter again on May 3, under a new headline.',
          'Q: And now?',
          'A: Now we wait.',
          'The interview was conducted by Ana Rus in Ostrov on May 12, 2009, and published in the Steppe Herald on May 14.',
        ],
        'Publication: Eurasia Daily Monitor Volume: 6 Issue: 96',
      ),
    );
    const printed = draft.events.find((e) => e.date.start === '2009-05-03');
    expect(printed?.actors).toEqual(expect.arrayContaining(['dina-kerey', 'ostrov-vesti']));
  });
});

describe('an opinion in an interview’s answer', () => {
  it('dates no happening ("This year I think the ministry has understood us"), but an act beside it does', () => {
    const { draft } = draftOf(
      article(
        [
          'Ion Varga leads the Kestrian dockers. We asked him about the strike.',
          'Q: Has anything changed?',
          'A: This year I think the Kestrian Transport Ministry has finally understood us. On May 6 the Kestrian Transport Ministry reopened one berth.',
          'Q: And now?',
          'A: Now we wait.',
          'Ana Rus spoke to Ion Varga in Ostrov on May 12, 2009, for the weekly Zorile, which printed the talk in its issue of May 19.',
        ],
        'Publication: Eurasia Daily Monitor Volume: 6 Issue: 95',
      ),
    );
    const dates = draft.events.map((e) => e.date.start);
    expect(dates).not.toContain('2009');
    expect(dates).toContain('2009-05-06');
  });
});

describe('news told again in an interview’s answer', () => {
  const { draft } = draftOf(
    article(
      [
        'Ion Varga leads the Kestrian dockers. In April, Kestrian police closed the port of Ostrov to his union, and on May 3 a court fined him.',
        'Q: What happened in April?',
        'A: In April the Kestrian police came with dogs and pushed our men off the quay.',
        'Q: And since?',
        'A: On May 6 the Kestrian Transport Ministry reopened one berth for us.',
        'Ana Rus spoke to Ion Varga in Ostrov on May 12, 2009, for the weekly Zorile, which printed the talk in its issue of May 19.',
      ],
      'Publication: Eurasia Daily Monitor Volume: 6 Issue: 95',
    ),
  );

  it('drafts a date the introduction has drafted once, from the introduction', () => {
    const april = draft.events.filter((e) => e.date.start === '2009-04');
    expect(april).toHaveLength(1);
    expect(april[0]?.evidence.join(' ')).not.toContain('dogs');
  });

  it('still drafts what only the answer tells', () => {
    expect(draft.events.map((e) => e.date.start)).toContain('2009-05-06');
  });
});

describe('a clause after ", and" on the same date', () => {
  const { draft } = draftOf(
    article(
      [
        'On June 2, Kestrian President Aldan Serikov dismissed the mayor of Ostrov, and named him consul in Temiria. On June 9, Kestria closed the Ostrov crossing, and Temirian customs officers turned back forty trucks.',
        'A lawyer who joined the Kestrian bar in 1990, Ivan Rus was elected to the council in 1999, and he is widely regarded in Ostrov as the heir of the Temirian trade lobby.',
      ],
      'Publication: Eurasia Daily Monitor Volume: 9 Issue: 60',
    ),
  );
  const dated = (start: string) => draft.events.filter((e) => e.date.start === start);

  it('drafts a second act with a subject of its own', () => {
    expect(dated('2012-06-09')).toHaveLength(2);
  });

  it('drafts no second event from a verb that shares the subject before it ("…, and named him …")', () => {
    expect(dated('2012-06-02')).toHaveLength(1);
  });

  it('drafts no second event from a present state ("…, and he is widely regarded as …")', () => {
    expect(dated('1990')).toHaveLength(1);
    expect(dated('1999')).toHaveLength(1);
  });
});

describe('a saying dated after "said on" or "told <outlet> on"', () => {
  const { draft } = draftOf(
    article(
      [
        'Serikov’s trip to Lindau, planned for June 3, has been called off, his spokesman said on May 20. The new tariffs, Temirian Deputy Minister Ivan Lupu told Temir TV on May 21, merely “restore fairness.”',
      ],
      'Publication: Eurasia Daily Monitor Volume: 9 Issue: 60',
    ),
  );
  const dates = draft.events.map((e) => e.date.start);

  it('drafts the plan, not the day of the saying', () => {
    expect(dates).toContain('2012-06-03');
    expect(dates).not.toContain('2012-05-20');
    expect(dates).not.toContain('2012-05-21');
  });
});

describe('an act told by a dated report', () => {
  const { draft } = draftOf(
    article(
      [
        'Kestinform reported on May 9 that Temiria had already closed the Ostrov crossing for the whole of June. Temir TV reported on May 12 that Kestria had warned Temirian traders about new tariffs. Kestinform reported on May 15 that the Kestrian police had released the two drivers the previous day.',
      ],
      'Publication: Eurasia Daily Monitor Volume: 6 Issue: 90',
    ),
  );
  const dates = draft.events.map((e) => e.date.start);

  it('dates a past act with no date of its own by the report, not by what it covers ("for the whole of June")', () => {
    expect(dates).toContain('2009-05-09');
    expect(dates).not.toContain('2009-06');
  });

  it('drafts no event from a reported warning, and dates an act with its own date by that date', () => {
    expect(dates).not.toContain('2009-05-12');
    expect(dates).toContain('2009-05-14');
    expect(dates).not.toContain('2009-05-15');
  });
});

describe('acts and states told around a dated clause', () => {
  const { draft } = draftOf(
    article(
      [
        'On May 3, Kestrian police stopped a Temirian bus near Ostrov and took it to Veloran, where its driver was held until May 6. Veloran answered on May 7 with a formal protest. Ostrov replied on May 8 by expelling the Kestrian consul.',
        'On May 10, Temirsut announced that it had closed its Ostrov depot. On May 11, Veloran announced that it was recalling its consul from Ostrov. On May 12, the Kestrian ministry announced that the tariffs would be reviewed on June 1.',
        'Kestria and Temiria agreed on May 14 that their ministers would meet in Ostrov on May 20. The meeting was called off two days before it was due to take place, when Veloran asked for more time.',
        'Temir TV reported on May 22 that Kestria had closed the Ostrov crossing, three days after a Temirian patrol had detained two Kestrian drivers.',
      ],
      'Publication: Eurasia Daily Monitor Volume: 6 Issue: 90',
    ),
  );
  const dates = draft.events.map((e) => e.date.start);

  it('drafts no happening at the end of a hold ("was held until May 6")', () => {
    expect(dates).toContain('2009-05-03');
    expect(dates).not.toContain('2009-05-06');
  });

  it('drafts a reply made with a document ("answered on May 7 with a formal protest")', () => {
    expect(dates).toContain('2009-05-07');
  });

  it('drafts a reply made in deeds ("replied on May 8 by expelling the consul")', () => {
    expect(dates).toContain('2009-05-08');
  });

  it('dates an act announced ("that it had closed …", "that it was recalling …") by the announcement, a plan with its own date not', () => {
    expect(dates).toContain('2009-05-10');
    expect(dates).toContain('2009-05-11');
    expect(dates).not.toContain('2009-05-12');
  });

  it('counts "two days before it was due to take place" from the day the plan was set for', () => {
    expect(dates).toContain('2009-05-18');
  });

  it('dates nothing by an offset from a past-perfect clause after it ("three days after a patrol had detained …")', () => {
    expect(dates).toContain('2009-05-22');
    expect(dates).not.toContain('2009-05-25');
  });
});

describe('an offset from the day something began', () => {
  it('counts "a week before they started" from the day told as the one something began', () => {
    const { draft } = draftOf(
      article(
        [
          'On May 10, Kestrian dockers led by Ion Varga began a strike in Ostrov. On May 14, a court in Veloran banned the strike. Varga had warned the port authority in Ostrov a week before they started.',
        ],
        'Publication: Eurasia Daily Monitor Volume: 6 Issue: 95',
      ),
    );
    const dates = draft.events.map((e) => e.date.start);
    expect(dates).toContain('2009-05-03');
    expect(dates).not.toContain('2009-05-07');
  });
});

describe('announcements, sayings beside an act, and happenings named again by their date', () => {
  const { draft } = draftOf(
    article(
      [
        'On April 8, the Temirian cabinet announced that the state railway would buy forty new wagons. Temirsut announced on April 9 that it would close its Ostrov depot, a step that, as Temir TV noted on April 11, it had threatened before.',
        'On April 14, Kestrian Premier Ivan Lupu recalled his ambassador from Veloran, while the Temirian ministry insisted that its guards had done nothing wrong (Kestinform, April 15).',
        'On April 20, the Kestrian parliament passed a resolution on the dam. Deputies in Veloran expect the resolution of April 20 to be challenged in court. On the night of April 20, Temirian police closed the Ostrov crossing.',
      ],
      'Publication: Eurasia Daily Monitor Volume: 6 Issue: 70',
    ),
  );
  const dated = (start: string) => draft.events.filter((e) => e.date.start === start);

  it('drafts a decision announced with no date of its own on the day of the announcement', () => {
    expect(dated('2009-04-08')).toHaveLength(1);
    // (the date in the aside after the comma dates no announced news)
    expect(dated('2009-04-09')).toHaveLength(1);
  });

  it('drafts an act whose sentence goes on with a saying of someone else after ", while"', () => {
    expect(dated('2009-04-14')).toHaveLength(1);
  });

  it('drafts nothing for "the resolution of April 20" named again, but "the night of April 20" is a time', () => {
    expect(dated('2009-04-20').flatMap((e) => e.evidence)).toEqual([
      'On April 20, the Kestrian parliament passed a resolution on the dam.',
      'On the night of April 20, Temirian police closed the Ostrov crossing.',
    ]);
  });
});

describe('acts beside a relative clause, a request, and an occasion after the date', () => {
  const { draft } = draftOf(
    article(
      [
        'On June 3, Kestrian police detained a trader in Ostrov whom they described as the head of a smuggling ring.',
        'According to Temir TV, Temirsut had been asked on June 5 to stop its trains at the Ostrov crossing.',
        'The next day, after a closed hearing of the Kestrian Assembly, its chairman, Ion Varga, said that most deputies backed the ban.',
        'Temirsut, the company that had planned to open a depot in Ostrov on June 9, said on June 11 that it would wait.',
      ],
      'Publication: Eurasia Daily Monitor Volume: 6 Issue: 110',
    ),
  );
  const dated = (start: string) => draft.events.filter((e) => e.date.start === start);

  it('drafts an arrest whose relative clause names the man ("whom they described as …")', () => {
    expect(dated('2009-06-03')).toHaveLength(1);
  });

  it('drafts a request made of the subject ("had been asked on June 5 to stop …")', () => {
    expect(dated('2009-06-05')).toHaveLength(1);
  });

  it('drafts the occasion told right after the date ("The next day, after a closed hearing of …, … said")', () => {
    expect(dated('2009-06-06')).toHaveLength(1);
  });

  it('drafts the plan of a relative clause after a noun ("the company that had planned to … on June 9, said")', () => {
    expect(dated('2009-06-09')).toHaveLength(1);
  });
});

describe('addresses to a body, names for a happening, and a payment due', () => {
  const { draft } = draftOf(
    article(
      [
        'Speaking to the cabinet on July 2, Premier Ivan Lupu said that the dam would be finished in time. Speaking to journalists on July 3, Lupu said that the dam was safe. Speaking to students at Ostrov University on July 4, Lupu said that the dam would pay for itself.',
        'On July 6, Kestrian President Ion Varga telephoned Lupu to congratulate him on what the Temirian presidential press service called a bold step.',
        'On July 8, Kestria and Temiria signed a loan, with a first tranche due by August 20. The next day, Kestrian Premier Ion Varga flew to Ostrov.',
      ],
      'Publication: Eurasia Daily Monitor Volume: 6 Issue: 120',
    ),
  );
  const dated = (start: string) => draft.events.filter((e) => e.date.start === start);

  it('drafts an address to a body ("Speaking to the cabinet on July 2"), not words to journalists', () => {
    expect(dated('2009-07-02')).toHaveLength(1);
    expect(dated('2009-07-03')).toHaveLength(0);
  });

  it('drafts words to a gathering ("Speaking to students at Ostrov University on July 4")', () => {
    expect(dated('2009-07-04')).toHaveLength(1);
  });

  it('drafts an act beside a long name for it ("what the … presidential press service called …")', () => {
    expect(dated('2009-07-06')).toHaveLength(1);
  });

  it('counts "The next day" from the signing, not from a payment "due by" a later day', () => {
    expect(dated('2009-07-09')).toHaveLength(1);
    expect(dated('2009-08-21')).toHaveLength(0);
  });
});

describe('a year naming an arrangement', () => {
  it('drafts "the 2005 fishing arrangement" as a happening of 2005, as "the 2005 agreement" is', () => {
    const { draft } = draftOf(
      article(
        [
          'Kestria still honours the 2005 fishing arrangement with Temiria, Ion Varga says (Temir TV, May 4).',
        ],
        'Publication: Eurasia Daily Monitor Volume: 6 Issue: 80',
      ),
    );
    expect(draft.events.map((e) => e.date.start)).toContain('2005');
  });
});

describe('a denial or a reply dated as a saying', () => {
  const { draft } = draftOf(
    article(
      [
        'On May 2, Kestrian police closed the Ostrov market. Traders said that the police had beaten two of them, a charge the Interior Ministry denied the next day. The governor dismissed the reports on May 5. The Temirian embassy replied on May 6 that it had not been told. On May 9, Temirian Premier Ivan Lupu dismissed the customs chief, and his appeal was denied on May 12.',
      ],
      'Publication: Eurasia Daily Monitor Volume: 9 Issue: 60',
    ),
  );
  const dates = draft.events.map((e) => e.date.start);

  it('drafts no happening on the day of a denial, a dismissed report or a reply', () => {
    expect(dates).toContain('2012-05-02');
    expect(dates).not.toContain('2012-05-03');
    expect(dates).not.toContain('2012-05-05');
    expect(dates).not.toContain('2012-05-06');
  });

  it('still drafts a person dismissed and a passive ruling', () => {
    expect(dates).toContain('2012-05-09');
    expect(dates).toContain('2012-05-12');
  });
});

describe('a saying told by "telling … that"', () => {
  it('dates no happening by the day of the words', () => {
    const { draft } = draftOf(
      article(
        [
          'On May 2, Kestrian police closed the Ostrov market. The Kestrian interior minister Ivan Lupu went further the next day, telling state radio that the traders would be fined.',
        ],
        'Publication: Eurasia Daily Monitor Volume: 9 Issue: 60',
      ),
    );
    const dates = draft.events.map((e) => e.date.start);
    expect(dates).toContain('2012-05-02');
    expect(dates).not.toContain('2012-05-03');
  });
});

describe('a comparison with a past date', () => {
  it('dates no happening ("lower than it was on this date last year", "lowest level since 2004")', () => {
    const { draft } = draftOf(
      article(
        [
          'On May 2, Kestrian police closed the Ostrov market. The Ostrov reservoir is six meters lower than it was on this date last year. The Kestrian Central Bank said its reserves stood at their lowest level since 2004.',
        ],
        'Publication: Eurasia Daily Monitor Volume: 9 Issue: 60',
      ),
    );
    const dates = draft.events.map((e) => e.date.start);
    expect(dates).toContain('2012-05-02');
    expect(dates).not.toContain('2011');
    expect(dates).not.toContain('2004');
  });
});

describe('a day the article awaits an answer on', () => {
  it('is the happening drafted on that day, told again; a day not drafted yet stays', () => {
    const { draft } = draftOf(
      article(
        [
          'The Kestrian cabinet is due to meet in Ostrov on May 9. Whether Ivan Lupu and the Kestrian cabinet approve the new tariff will become clear on May 9. Whether the Temirian Foreign Ministry accepts it will be known by May 20.',
        ],
        'Publication: Eurasia Daily Monitor Volume: 9 Issue: 60',
      ),
    );
    const dates = draft.events.map((e) => e.date.start);
    expect(dates.filter((d) => d === '2012-05-09')).toHaveLength(1);
    expect(dates).toContain('2012-05-20');
  });
});

describe('a notice of the sayer’s own act', () => {
  const { draft } = draftOf(
    article(
      [
        'On May 7, the Ostrov Grain Company told its customers that it would take no more orders. On May 8, the Ostrov Power Company told us that it would cut the power in the villages on May 20.',
      ],
      'Publication: Eurasia Daily Monitor Volume: 9 Issue: 60 May 10, 2012',
    ),
  );
  const dates = draft.events.map((e) => e.date.start);

  it('is dated by the notice when the act has no date of its own', () => {
    expect(dates).toContain('2012-05-07');
  });

  it('is a saying when the act told has its own date, which is the happening', () => {
    expect(dates).toContain('2012-05-20');
    expect(dates).not.toContain('2012-05-08');
  });
});

describe('a saying without "that"', () => {
  it('dates no happening by "the next day X said the price would …", but the date it tells stays', () => {
    const { draft } = draftOf(
      article(
        [
          'On May 2, Kestrian police closed the Ostrov market. The next day the Ostrov Grain Company said the price of bread would double on June 1.',
        ],
        'Publication: Eurasia Daily Monitor Volume: 9 Issue: 60',
      ),
    );
    const dates = draft.events.map((e) => e.date.start);
    expect(dates).toContain('2012-05-02');
    expect(dates).toContain('2012-06-01');
    expect(dates).not.toContain('2012-05-03');
  });
});

describe('a move someone named, after the act', () => {
  it('keeps the act: "declared force majeure on January 15, a move that the chief executive, X, called “…”"', () => {
    const { draft } = draftOf(
      article([
        'Karsungaz declared force majeure on January 15, a move that Ulmergaz’s chief executive, Vadim Orlik, called “a certificate of convenience” that same evening.',
      ]),
    );
    expect(draft.events.map((e) => e.date.start)).toContain('2009-01-15');
  });
});

describe('a same-day clause after a semicolon', () => {
  it('drafts "…; within the hour, Karsungaz had stopped pumping gas" as a happening of the same day', () => {
    const { draft } = draftOf(
      article([
        'In the early hours of January 9, an explosion tore open the gas pipeline near Kokzhar; within the hour, Karsungaz, the state gas company, had stopped pumping gas into the line.',
      ]),
    );
    expect(draft.events.filter((e) => e.date.start === '2009-01-09').map((e) => e.evidence[0])).toEqual(
      expect.arrayContaining([expect.stringMatching(/^within the hour, Karsungaz/)]),
    );
  });
});

describe('an act told beside a saying of someone else', () => {
  it('keeps the act: "Two days later, the prosecutor-general opened a case, even though the minister told TV-1 on May 2 that …"', () => {
    const { draft } = draftOf(
      article([
        'Reporter Andrei Tsurcan disappeared on August 27. Two days later, Prosecutor-General Pavel Tabarcea opened a criminal case for kidnapping, even though Interior Minister Ion Caraman told Pontara TV-1 on September 2 that the police were examining every version.',
      ]),
    );
    expect(draft.events.some((e) => /^Two days later, Prosecutor-General/.test(e.evidence[0] ?? ''))).toBe(
      true,
    );
  });
});
