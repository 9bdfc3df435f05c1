// Issue 17's "better drafts": institutions named by a country's adjective, definite references
// ("the committee"), one-word company names, calendar weeks, citations whose dates carry a year,
// acts beside an opinion, and first-person answers in an interview.
import { describe, expect, it } from 'vitest';
import { draftArticle } from '../../ingest/pipeline.js';
import { indexActors } from '../../ingest/files/registry.js';
import { article, draftOf } from './helpers.js';

/** The first actor of the event drafted on May 3, 2012 from `text`. */
const firstOn = (text: string) =>
  draftOf(article([text], 'Publication: Eurasia Daily Monitor Volume: 9 Issue: 80')).draft.events.find(
    (e) => e.date.start === '2012-05-03',
  )?.actors[0];

describe('institutions, references and companies', () => {
  const { draft } = draftOf(
    article(
      [
        'On December 14, 2011, the Georgian parliament voted to suspend the gas agreement with Azerbaijan (Civil.ge, Tbilisi, December 15, 2011). On April 10, Naftogaz halved its deliveries to Odesa. The Ukrainian State Security Service opened a case against the company on April 12.',
        'On April 20, the Tbilisi city court fined two activists. The Inguri dam, whose turbines were rebuilt in 2011, closed on April 22. Two days later, the service charged the editor of a local weekly; the court confirmed the charges the following week (Interfax, April 30).',
        'The Moldovan budget for 2012, which parliament adopted on November 30, 2011, counts on the revenue. Engineers said the dam would reopen in June.',
      ],
      'Publication: Eurasia Daily Monitor Volume: 9 Issue: 80',
    ),
  );
  const byName = new Map(draft.actors.map((a) => [a.name, a]));
  const eventOn = (start: string) => draft.events.find((e) => e.date.start === start);
  const namesOf = (ids: readonly string[]) => ids.map((id) => draft.actorRefs.find((r) => r.id === id)?.name);

  it('drafts "the Georgian parliament" and "the Tbilisi city court" as organisations', () => {
    expect(byName.get('Georgian parliament')?.kind).toBe('organization');
    expect(byName.get('Tbilisi city court')?.kind).toBe('organization');
    expect(namesOf(eventOn('2011-12-14')?.actors ?? [])).toContain('Georgian parliament');
  });

  it('drafts a one-word company of the region by its name ("Naftogaz") and makes it the actor of its event', () => {
    expect(byName.get('Naftogaz')?.kind).toBe('organization');
    expect(namesOf(eventOn('2012-04-10')?.actors ?? [])).toContain('Naftogaz');
  });

  it('reads "the company", "the service", "the court", "the dam" and a bare "parliament" as the actor named before', () => {
    expect(namesOf(eventOn('2012-04-12')?.actors ?? [])).toContain('Naftogaz');
    expect(namesOf(eventOn('2012-04-24')?.actors ?? [])).toContain('Ukrainian State Security Service');
    expect(namesOf(eventOn('2011-11-30')?.actors ?? [])).toContain('Georgian parliament');
    const dam = draft.events.find((e) => e.date.start === '2011');
    expect(namesOf([...(dam?.actors ?? []), ...(dam?.places ?? [])])).toContain('Inguri dam');
  });

  it('reads "the coast guard" as the state’s coast guard named before ("a Temirian coast guard cutter")', () => {
    const { draft: guarded } = draftOf(
      article(
        [
          'On May 3, the Temirian coast guard stopped a Kestrian trawler near Ostrov. By May 20, the coast guard had seized two more boats, one on May 9 and one on May 15.',
        ],
        'Publication: Eurasia Daily Monitor Volume: 9 Issue: 80',
      ),
    );
    const guard = guarded.actorRefs.find((r) => r.name === 'Temirian coast guard')?.id;
    const on = (start: string) => guarded.events.find((e) => e.date.start === start)?.actors ?? [];
    expect(guard).toBeDefined();
    expect(on('2012-05-09')).toContain(guard);
    expect(on('2012-05-15')).toContain(guard);
  });

  it('reads a body named again by a lower-case phrase as the body named before', () => {
    expect(
      firstOn(
        'The Ostrov city council met in April. On May 3 the city council voted to close the Kestrian Grain Company depot.',
      ),
    ).toBe('ostrov-city-council');
    expect(
      firstOn(
        'The State Tax Inspectorate of Kestria audited the mill in April. On May 3 the tax inspectorate fined the Ostrov Grain Company.',
      ),
    ).toBe('state-tax-inspectorate-of-kestria');
    expect(
      firstOn(
        'The Ostrov Regional Akimat banned the rally in April. On May 3 the akimat fined the Ostrov Weavers Union.',
      ),
    ).toBe('ostrov-regional-akimat');
  });

  it('reads "the movement" as the body once printed with that noun next to its name', () => {
    expect(
      firstOn(
        'Dina Kerey leads the banned Tuz Yoly (Salt Road) movement in Ostrov. On May 3 the movement picketed the Kestrian Grain Company depot.',
      ),
    ).toBe('tuz-yoly');
    expect(
      firstOn(
        'In April the police raided the offices of the Ak Tobe party in Ostrov. On May 3 the party called a strike at the Varnel mill.',
      ),
    ).toBe('ak-tobe');
    expect(
      firstOn(
        'The Varnel Anti-Fraud Bureau opened its case in April. On May 3 the bureau searched the Kestrian Grain Company depot.',
      ),
    ).toBe('varnel-anti-fraud-bureau');
  });

  it('reads deputies or lawmakers acting as the legislature named before, not when they ask or say or are another country’s', () => {
    const on = (text: string) =>
      draftOf(article([text], 'Publication: Eurasia Daily Monitor Volume: 9 Issue: 80')).draft.events.find(
        (e) => e.date.start === '2012-05-03',
      )?.actors ?? [];
    const assembly = 'The Kestrian State Assembly debated the loan in April.';
    for (const act of [
      'On May 3, by 88 votes, deputies approved the Ostrov Grain Company loan.',
      'On May 3 opposition lawmakers had blocked the vote on the Varnel bridge.',
      'On May 3 several MPs walked out of the chamber in protest at the Varnel mill closure.',
    ])
      expect(on(`${assembly} ${act}`)[0]).toBe('kestrian-state-assembly');
    expect(
      on(
        `${assembly} On May 3 deputies asked the Ostrov Grain Company to pay its taxes, the Varnel Herald reported.`,
      ),
    ).not.toContain('kestrian-state-assembly');
    // (nor another country's members)
    expect(on(`${assembly} On May 3 Temirian deputies walked out of the Varnel talks.`)).not.toContain(
      'kestrian-state-assembly',
    );
  });

  it('reads "his government" as the country of the person’s title, and "its government" as the country named last', () => {
    const actorsOn = (text: string, start: string) =>
      draftOf(article([text], 'Publication: Eurasia Daily Monitor Volume: 9 Issue: 80')).draft.events.find(
        (e) => e.date.start === start,
      )?.actors;
    expect(
      actorsOn(
        'Kestrian President Ivan Lupu spoke in Ostrov on May 2. In July, his government closed the border.',
        '2012-07',
      ),
    ).toEqual(['kestria']);
    expect(
      actorsOn(
        'The Kestrian envoy left Temiria on May 1. On May 2, Kestria recalled its ambassador. In July, its government fined the Temirian Grain Company.',
        '2012-07',
      )?.[0],
    ).toBe('kestria');
  });

  it('keeps the year a bracket citation prints after its day ("December 15, 2011")', () => {
    expect(draft.sources.find((s) => s.outlet === 'Civil.ge')?.date).toBe('2011-12-15');
  });

  it('dates "the following week" to its month and part of the month, the week itself in the note', () => {
    const week = draft.events.find((e) => e.date.text === 'the following week');
    // The week of April 30 to May 6 has six of its days in May: its month is May's (its Thursday's).
    expect(week?.date).toMatchObject({ start: '2012-05', startQualifier: 'early' });
    expect(week?.date.note).toMatch(/week of 2012-04-30/);
  });
});

describe('dates and clauses that are or are not happenings', () => {
  const { draft } = draftOf(
    article(
      [
        'On March 16, 2011, the Rada passed the language bill. The next day, President Viktor Yanukovych called the vote "a provocation" and ordered border troops to the Crimean isthmus (UNIAN, March 18). Prime Minister Mykola Azarov told journalists on March 20 that the talks would resume in April.',
        'Farmers warned that a delay beyond mid-May would cost Ukraine a third of its harvest (Interfax-Ukraine, March 21).',
      ],
      'Publication: Eurasia Daily Monitor Volume: 8 Issue: 55',
    ),
  );

  it('drafts an act beside an opinion ("called … and ordered …")', () => {
    expect(draft.events.some((e) => /ordered border troops/.test(e.evidence[0] ?? ''))).toBe(true);
  });

  it('drafts an accusation beside a cut ("On January 4, X accused Y of “…” and cut transit volumes")', () => {
    const other = draftOf(
      article([
        'On January 4, Dravgaz accused Lusogaz of “taking from the transit pipe what it refuses to buy” and cut transit volumes by a fifth.',
      ]),
    ).draft;
    expect(other.events.map((e) => e.date.start)).toContain('2009-01-04');
  });

  it('drafts the plan inside reported words, not the day they were said', () => {
    const starts = draft.events.map((e) => e.date.start);
    expect(starts).toContain('2011-04');
    expect(starts).not.toContain('2011-03-20');
  });

  it('reads "mid-May" as one date, and a limit ("beyond mid-May") as no happening', () => {
    expect(draft.events.some((e) => /mid-May/.test(e.date.text ?? ''))).toBe(false);
  });
});

describe('an interview’s first person', () => {
  const { draft } = draftOf(
    article(
      [
        'Natalia Sedletska has edited Skhemy, the investigative weekly of the Ukrainian capital, since 2014. Below, she answers our questions.',
        'Q: When did the pressure start?',
        'A: Last month we published the land registry of the Kyiv region. On Sunday the police searched our office.',
        'Q: What next?',
        'A: I will testify next month. On Saturday readers queued outside the office for the new issue.',
        'The interview was conducted by Oleh Pavlenko in Kyiv on May 10, 2017, and published in the May 12 issue of the Kyiv Post.',
      ],
      'Publication: Eurasia Daily Monitor Volume: 14 Issue: 60',
    ),
  );
  const namesOf = (ids: readonly string[]) => ids.map((id) => draft.actorRefs.find((r) => r.id === id)?.name);

  it('makes "we" and "our" the interviewee’s organisation, dated from the day of the interview', () => {
    const published = draft.events.find((e) => e.date.start === '2017-04');
    expect(namesOf(published?.actors ?? [])).toContain('Skhemy');
    const search = draft.events.find((e) => e.date.text === 'Sunday');
    expect(search?.date.start).toBe('2017-05-07');
  });

  it('makes "the office" in her answer her organisation’s', () => {
    const queue = draft.events.find((e) => e.date.text === 'Saturday');
    expect(queue?.date.start).toBe('2017-05-06');
    expect(namesOf(queue?.actors ?? [])).toContain('Skhemy');
  });

  it('leaves the "A:" label out of every evidence', () => {
    for (const e of draft.events) expect(e.evidence[0]).not.toMatch(/^A:/);
  });
});

describe('statements by unnamed speakers', () => {
  const { draft } = draftOf(
    article(
      [
        'On March 3, 2010, President Mikheil Saakashvili stayed away from the ceremony; his aides say he will visit the dam in April (Civil.ge, March 4). The Georgian Ministry of Energy did not comment. Officials in the ministry told Rustavi-2 TV on March 5 that the tender would be reopened.',
        'Saakashvili’s office announced on March 6 that the president had "no time for rumors" (Interpressnews, March 6). The committee of the Georgian parliament, for its part, has asked for the hearing to be closed, according to his spokesman.',
      ],
      'Publication: Eurasia Daily Monitor Volume: 7 Issue: 44',
    ),
  );
  const speakerOf = (fragment: string) => {
    const q = draft.quotes.find((x) => x.evidence[0]?.includes(fragment));
    return draft.actors.find((a) => a.id === q?.speaker);
  };

  it('drafts "his aides" as an actor named after the person they speak for, flagged for review', () => {
    const aides = speakerOf('his aides say');
    expect(aides).toMatchObject({ name: "Mikheil Saakashvili's aides", kind: 'organization' });
    expect(aides?.aliases).toContain('his aides');
    expect(aides?.review?.flags?.join(' ')).toMatch(/unnamed speaker/);
  });

  it('drafts "officials in the ministry" after the ministry named before', () => {
    expect(speakerOf('Officials in the ministry')?.name).toBe('Georgian Ministry of Energy officials');
  });

  it('gives a quotation of "Saakashvili’s office" to the office, not to the president', () => {
    const q = draft.quotes.find((x) => x.kind === 'direct' && x.text === 'no time for rumors');
    expect(draft.actors.find((a) => a.id === q?.speaker)?.name).toBe("Mikheil Saakashvili's office");
  });

  it('drafts "according to his spokesman" as a statement of the spokesman (a person)', () => {
    expect(speakerOf('according to his spokesman')).toMatchObject({ kind: 'person' });
  });

  it('drafts no actor for a group that does not speak', () => {
    expect(draft.actors.filter((a) => /aides|officials|office|spokesman/.test(a.name))).toHaveLength(4);
  });
});

describe('names, titles and quotations in real-world prose', () => {
  const { draft } = draftOf(
    article(
      [
        'On May 4, 2010, Russian border guards detained a Georgian fishing boat near Ochamchire. On May 8, Inguri Hydro halved its deliveries to Sukhumi. On May 9, State Minister for Reintegration Temur Iakobashvili described the detention as "piracy" and recalled his envoy (Civil.ge, May 9).',
        'Deputy Head of the Security Service of Ukraine Volodymyr Rokytsky met him on May 10. "We will not wait," Iakobashvili said (Interfax, May 10). "Nobody," he added, "will be forgotten." The officer who led the raid said that the boat would be returned.',
        'The Abkhaz parliament, for its part, demanded compensation on May 11. The parliament voted to close the crossing "until the boat is returned" (Apsnypress, May 11).',
      ],
      'Publication: Eurasia Daily Monitor Volume: 7 Issue: 95',
    ),
  );
  const byName = new Map(draft.actors.map((a) => [a.name, a]));
  const speakerName = (text: string) =>
    draft.actors.find((a) => a.id === draft.quotes.find((q) => q.text === text)?.speaker)?.name;

  it('drafts a country printed only as its adjective ("Russian border guards")', () => {
    expect(byName.get('Russia')?.kind).toBe('country');
    const detention = draft.events.find((e) => e.date.start === '2010-05-04');
    expect(detention?.actors).toContain(byName.get('Russia')?.id);
  });

  it('makes a subject that acts on "its" an organisation ("Inguri Hydro halved its deliveries")', () => {
    expect(byName.get('Inguri Hydro')?.kind).toBe('organization');
  });

  it('splits "Minister for Reintegration" and "Security Service of Ukraine" from the names they title', () => {
    expect(byName.get('Temur Iakobashvili')).toMatchObject({
      kind: 'person',
      description: 'State Minister for Reintegration',
    });
    expect(byName.get('Volodymyr Rokytsky')?.kind).toBe('person');
    expect(byName.get('Security Service of Ukraine')?.kind).toBe('organization');
  });

  it('splits a body accredited "to" a country from the person who speaks for it', () => {
    const drafted = draftOf(
      article([
        'Spokeswoman for the OSCE Mission to Georgia Anna Lindqvist said on May 11 that the talks would go on. Head of the EU Delegation to Armenia Piet Vermeer said on May 12 that he agreed.',
      ]),
    ).draft;
    const kinds = new Map(drafted.actors.map((a) => [a.name, a.kind]));
    expect(kinds.get('Anna Lindqvist')).toBe('person');
    expect(kinds.get('OSCE Mission to Georgia')).toBe('organization');
    expect(kinds.get('Piet Vermeer')).toBe('person');
    expect(kinds.get('EU Delegation to Armenia')).toBe('organization');
  });

  it('keeps a one-word quotation someone is said to have used, and never joins quotations across sentences', () => {
    expect(speakerName('piracy')).toBe('Temur Iakobashvili');
    expect(draft.quotes.map((q) => q.text)).toContain('Nobody, will be forgotten.');
    expect(draft.quotes.map((q) => q.text)).toContain('We will not wait,');
  });

  it('gives a body’s words to the body when no person speaks them', () => {
    expect(speakerName('until the boat is returned')).toBe('Abkhaz parliament');
  });

  it('drafts "the officer who led the raid" as an unnamed speaker', () => {
    const statement = draft.quotes.find(
      (q) => q.kind === 'reported' && /officer who led/.test(q.evidence[0] ?? ''),
    );
    expect(draft.actors.find((a) => a.id === statement?.speaker)).toMatchObject({
      name: 'officer who led the raid',
      kind: 'person',
    });
  });
});

describe('names in other Latin alphabets and scripts', () => {
  const result = draftArticle(
    article(
      [
        'On March 3, Rəşad Məmmədov, the governor of the Şəkili district, closed the Qəbələ road (Turan, Baku, March 4). On March 5, Paweł Łukasik of the Gdańsk port authority met Məmmədov in Şəkili.',
        'The Georgian foreign ministry protested on March 6; its note named the village of ხევი (Civil Georgia, March 7).',
      ],
      'Publication: Eurasia Daily Monitor Volume: 9 Issue: 80',
    ),
    { registry: indexActors([]) },
  );

  it('drafts the article (ids are ASCII kebab-case whatever letters the names use)', () => {
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const ids = [
      ...result.draft.actors.map((a) => a.id),
      ...result.draft.events.flatMap((e) => [e.id, ...e.actors, ...(e.places ?? [])]),
    ];
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(result.draft.actors.map((a) => a.id)).toContain('rasad-mammadov');
  });
});
