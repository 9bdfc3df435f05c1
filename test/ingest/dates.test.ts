import { describe, expect, it } from 'vitest';
import { findDates, isPlannedAt, resolveDate } from '../../ingest/stages/dates.js';
import { article, draftOf } from './helpers.js';

const ctx = { year: 2011, reference: '2011-05-20' };
function resolveFirst(text: string, context: Parameters<typeof resolveDate>[1] = ctx) {
  const d = findDates(text)[0];
  if (!d) throw new Error(`no date in ${text}`);
  return resolveDate(d, context, isPlannedAt(text, d.start, d.text));
}

describe('findDates and resolveDate', () => {
  it('resolves month-day to the article year, marked as inferred', () => {
    expect(resolveFirst('The council met on April 14 in the capital.')?.spec).toMatchObject({
      start: '2011-04-14',
      yearInferred: true,
    });
  });

  it('keeps printed years, day-month order and month-year', () => {
    expect(resolveFirst('signed on 3 November 1998 in the capital')?.spec).toMatchObject({
      start: '1998-11-03',
      yearInferred: false,
    });
    expect(resolveFirst('elected in August 2009')?.spec.start).toBe('2009-08');
    expect(resolveFirst('founded in 1993, the party')?.spec.start).toBe('1993');
  });

  it('reads ranges with qualifiers and a shared year', () => {
    const spec = resolveFirst('fighting in late November and early December 2010 left many dead')?.spec;
    expect(spec).toMatchObject({
      start: '2010-11',
      startQualifier: 'late',
      end: '2010-12',
      endQualifier: 'early',
    });
  });

  it('moves a past month-day after every cited date into the year before', () => {
    expect(
      resolveFirst('The strike began on December 12 and ended soon.', { year: 2011, reference: '2011-01-15' })
        ?.spec.start,
    ).toBe('2010-12-12');
  });

  it('resolves relative dates against the narrative, and the publication when printed', () => {
    expect(
      resolveFirst('Four days later the talks collapsed.', { ...ctx, narrative: '2011-02-27' })?.spec.start,
    ).toBe('2011-03-03');
    expect(resolveFirst('On Friday the envoy left.', { ...ctx, narrative: '2011-03-07' })?.spec.start).toBe(
      '2011-03-11',
    );
    expect(
      resolveFirst('The day before, crowds gathered.', { ...ctx, narrative: '2011-03-01' })?.spec.start,
    ).toBe('2011-02-28');
    expect(
      resolveFirst('Last week the minister resigned.', { ...ctx, published: '2011-05-25' })?.spec,
    ).toMatchObject({
      start: '2011-05',
      startQualifier: 'mid',
      note: 'the week of 2011-05-16 to 2011-05-22',
    });
  });

  it('resolves "last week" only to a month when the publication date is not printed, and says why', () => {
    const r = resolveFirst('Last week the minister resigned.');
    expect(r?.spec.start).toBe('2011-05');
    expect(r?.doubt).toMatch(/publication date/);
  });

  it('cannot resolve a relative date with no anchor', () => {
    expect(resolveFirst('Two days later he left.', { year: 2011 })).toBeUndefined();
  });

  it('marks future and planned dates', () => {
    expect(isPlannedAt('The summit is due to open on July 3 in the capital.', 29, 'July 3')).toBe(true);
    expect(isPlannedAt('The summit opened on July 3 in the capital.', 21, 'July 3')).toBe(false);
    // A sitting's present tense is its schedule; another verb's present tense is no plan.
    expect(isPlannedAt('On Monday the board sits in closed session.', 3, 'Monday')).toBe(true);
    expect(isPlannedAt('On Monday the board says little.', 3, 'Monday')).toBe(false);
    expect(resolveFirst('The plant will open next year.')?.spec.start).toBe('2012');
    expect(resolveFirst('The floods came last spring.')?.spec).toMatchObject({
      start: '2010',
      startQualifier: 'spring',
    });
  });

  it('reads the span a thing covers ("the lists for the period from May 2 to May 9") as a modifier', () => {
    expect(findDates('asked for the crossing lists for the period from May 2 to May 9')[0]?.modifier).toBe(
      true,
    );
    expect(findDates('the talks ran from May 2 to May 9')[0]?.modifier).toBe(false);
  });

  it('reads a holiday on a fixed day after a preposition ("on New Year’s Eve", "on Nowruz 2010") as that day', () => {
    expect(resolveFirst('On New Year’s Eve the gas stopped.')?.spec.start).toBe('2010-12-31');
    expect(resolveFirst('The bazaar closed on Nowruz 2010 for a week.')?.spec).toMatchObject({
      start: '2010-03-21',
      yearInferred: false,
    });
    expect(findDates('On Nowruz 2010 the bazaar closed.').map((d) => d.text)).toEqual(['Nowruz 2010']);
    expect(findDates('the Victory Day parade was cancelled')).toEqual([]);
  });

  it('reads "by the middle of 2012" and "at the end of March" as the year or month with its part', () => {
    expect(resolveFirst('the study will be finished by the middle of 2012')?.spec).toMatchObject({
      start: '2012',
      startQualifier: 'mid',
    });
    expect(resolveFirst('the rig left at the end of March')?.spec).toMatchObject({
      start: '2011-03',
      startQualifier: 'late',
    });
    expect(findDates('by the beginning of 2009 the line was idle').map((d) => d.text)).toEqual([
      'the beginning of 2009',
    ]);
  });

  it('does not take a decade for a year ("in the 1990s", "the early 2000s")', () => {
    expect(findDates('since the collapse of the old order in the 1990s')).toEqual([]);
    expect(findDates("the boom of the 2000's and the crash of 2008").map((d) => d.text)).toEqual(['2008']);
  });

  it('does not take numbers, modifiers or bare months for dates', () => {
    expect(findDates('some 2,000 signatures and 1500 troops')).toEqual([]);
    expect(findDates('at the March congress')[0]).toBeUndefined();
    expect(findDates('the 1998 crisis').at(0)?.modifier).toBe(true);
    expect(findDates('May the talks succeed')).toEqual([]);
  });

  it('reads "before the end of the year" as December of the narrative year, and "until the end of the year" as no date', () => {
    const [end] = findDates('the mill will be sold before the end of the year');
    expect(end && resolveDate(end, { ...ctx, narrative: '2011-06-02' }, false)?.spec.start).toBe('2011-12');
    expect(findDates('the rooms are taken until the end of the year')).toEqual([]);
  });

  it('reads a weekday naming a kind of thing as a modifier ("the Sunday bazaar"), not "the Sunday before"', () => {
    expect(findDates('the farmers bring honey to the Sunday bazaar').at(0)?.modifier).toBe(true);
    expect(findDates('they met on the Sunday before the ballot').at(0)?.modifier).toBe(false);
    expect(findDates('on Sunday the guards left').at(0)?.modifier).toBe(false);
  });

  it('reads a span whose last day prints no month ("from June 3 to 6"), but not a count after it', () => {
    expect(resolveFirst('the drills ran from June 3 to 6 off the cape')?.spec).toMatchObject({
      start: '2011-06-03',
      end: '2011-06-06',
    });
    expect(findDates('between March 8 and 11 the envoys met twice').at(0)?.text).toBe(
      'between March 8 and 11',
    );
    expect(findDates('on April 2 to 40 percent').at(0)?.text).toBe('April 2');
    expect(findDates('sank on May 9 and 12 fishermen drowned').at(0)?.text).toBe('May 9');
  });

  it('reads an offset from a named happening beside a date as that date, not a second one', () => {
    expect(findDates('freed only on May 10, a week after his arrest.').map((d) => d.text)).toEqual([
      'May 10',
    ]);
    expect(findDates('on May 25, three days after the council elected its chair').map((d) => d.text)).toEqual(
      ['May 25', 'three days after'],
    );
  });

  it('reads "on the 27th" as that day of the narrative\'s month, and no ordinal without "on"', () => {
    const nth = findDates('the strike followed on the 27th')[0]!;
    expect(resolveDate(nth, { ...ctx, narrative: '2011-05-12' })?.spec.start).toBe('2011-05-27');
    expect(findDates('the 21st round of talks')).toEqual([]);
  });

  it('reads an offset before a past-perfect clause as no date ("two days after a court had fined …")', () => {
    expect(
      findDates('the bank closed its branches, two days after a court had fined it').map((d) => d.text),
    ).toEqual([]);
  });

  it('reads "that weekend" as the Saturday of the anchor\'s week, that very day on a Saturday', () => {
    const weekend = findDates('that weekend they marched')[0]!;
    expect(resolveDate(weekend, { ...ctx, narrative: '2011-05-12' })?.spec.start).toBe('2011-05-14');
    expect(resolveDate(weekend, { ...ctx, narrative: '2011-05-14' })?.spec.start).toBe('2011-05-14');
  });

  it('reads a month alone after "planned for" or "scheduled for" as a date, not after any "for"', () => {
    expect(findDates('the visit, planned for September, was put off').map((d) => d.text)).toEqual([
      'September',
    ]);
    expect(findDates('the hearing is scheduled for March').map((d) => d.text)).toEqual(['March']);
    expect(findDates('a name for March babies')).toEqual([]);
  });

  it('reads a date after an offer or a promise to act as a plan ("offered to mediate in July")', () => {
    expect(isPlannedAt('the Latvians have offered to mediate in July', 38, 'July')).toBe(true);
    expect(isPlannedAt('the mayor promised to reopen the bridge in August', 43, 'August')).toBe(true);
    expect(isPlannedAt('the union agreed to a truce in July', 28, 'July')).toBe(false);
  });

  it('counts "the following month" from a month and "the following year" from a year exactly', () => {
    const month = findDates('I quit the following month')[0]!;
    expect(resolveDate(month, { ...ctx, narrative: '2010-10' })?.spec.start).toBe('2010-11');
    const year = findDates('it closed the following year')[0]!;
    expect(resolveDate(year, { ...ctx, narrative: '2004' })?.spec.start).toBe('2005');
    const week = findDates('it closed the following week')[0]!;
    expect(resolveDate(week, { ...ctx, narrative: '2004-03' })?.spec.start).toBe('2004-03');
  });
});

describe('the article year', () => {
  it('comes from an EDM volume when the text prints only background years', () => {
    const text = article(
      [
        'The pipeline, idle since 2009, was reopened on March 14 by the Georgian Energy Ministry (Interpressnews, March 15).',
      ],
      'Publication: Eurasia Daily Monitor Volume: 13 Issue: 58',
    );
    const { draft, report } = draftOf(text);
    expect(draft.events.map((e) => e.date.start)).toContain('2016-03-14');
    expect(report.items.map((i) => i.message)).toContainEqual(
      expect.stringContaining('inferred from its volume (Eurasia Daily Monitor 13)'),
    );
  });

  it('comes from the text for a publication whose volumes are not known years', () => {
    const text = article(
      [
        'The pipeline was reopened on March 14, 2012 by the Georgian Energy Ministry (Interpressnews, March 15).',
      ],
      'Publication: Caucasus Weekly Volume: 13 Issue: 58',
    );
    expect(draftOf(text).draft.sources[0]?.date).toBe('2012-03-15');
  });
});

describe('"due" after the date', () => {
  it('reads "On Monday I am due in court again" as a plan', () => {
    expect(isPlannedAt('On Monday I am due in court again.', 3, 'Monday')).toBe(true);
    expect(isPlannedAt('On Monday I was in court again.', 3, 'Monday')).toBe(false);
  });
});

describe('parts of a day, a week, a month and a year told without a date', () => {
  const on = (text: string, narrative: string) => {
    const d = findDates(text)[0];
    if (!d) throw new Error(`no date in ${text}`);
    return resolveDate(d, { ...ctx, narrative }, isPlannedAt(text, d.start, d.text))?.spec;
  };

  it('reads a weekday told with a time of day ("late on Tuesday", "Tuesday night") as the narrative\'s own day when it is that weekday', () => {
    // May 3, 2011 was a Tuesday.
    expect(on('Late on Tuesday the guards let the trucks through.', '2011-05-03')?.start).toBe('2011-05-03');
    expect(on('On Tuesday night the guards let the trucks through.', '2011-05-03')?.start).toBe('2011-05-03');
    expect(on('On Tuesday the guards let the trucks through.', '2011-05-03')?.start).toBe('2011-05-10');
    expect(on('Late on Tuesday the guards let the trucks through.', '2011-05-01')?.start).toBe('2011-05-03');
  });

  it('reads "late last month" and "early next year" with the part of the month or year', () => {
    const published = { ...ctx, published: '2011-05-25' };
    expect(resolveFirst('Late last month the mill shut.', published)?.spec).toMatchObject({
      start: '2011-04',
      startQualifier: 'late',
    });
    expect(resolveFirst('The mill will reopen early next year.', published)?.spec).toMatchObject({
      start: '2012',
      startQualifier: 'early',
    });
  });

  it('reads a plan for a month long gone by the day of writing as next year\'s ("will hold a congress in January")', () => {
    const published = { ...ctx, published: '2011-10-20' };
    expect(resolveFirst('The union will hold a congress in January.', published)?.spec.start).toBe('2012-01');
    expect(resolveFirst('The union held a congress in January.', published)?.spec.start).toBe('2011-01');
    expect(resolveFirst('The congress was planned for September.', published)?.spec.start).toBe('2011-09');
  });

  it('reads such a plan from the day the story has reached when no day of publication is known', () => {
    const told = { year: 2004, narrative: '2004-12-14' };
    expect(resolveFirst('The repeat election is due on January 12.', told)?.spec.start).toBe('2005-01-12');
  });

  it('reads a day named "as the date of" what is to come as a plan', () => {
    const text = 'The commission confirmed January 12 as the date of the repeat election.';
    expect(isPlannedAt(text, text.indexOf('January 12'), 'January 12')).toBe(true);
  });

  it('reads a month alone after "from" as a date ("would double from January")', () => {
    expect(findDates('the price would double from January')[0]?.text).toBe('from January');
  });

  it("reads the present tense of a sitting's end or a term's lapse before the date as a plan", () => {
    const at = (text: string, date: string) => isPlannedAt(text, text.indexOf(date), date);
    expect(at('The assembly rises for the summer in mid-July.', 'mid-July')).toBe(true);
    expect(at('Our contract with the port lapses in 2030.', '2030')).toBe(true);
    expect(at('The assembly rose for the summer in mid-July.', 'mid-July')).toBe(false);
  });

  it('reads "last March" as the latest March gone and "next April" as the first April to come', () => {
    const published = { ...ctx, published: '2011-09-12' };
    expect(resolveFirst('Last March the mill shut for a week.', published)?.spec.start).toBe('2011-03');
    expect(resolveFirst('The mill shut last November.', published)?.spec.start).toBe('2010-11');
    expect(resolveFirst('The mill will reopen next October.', published)?.spec.start).toBe('2011-10');
    expect(resolveFirst('The mill will reopen next April.', published)?.spec.start).toBe('2012-04');
  });

  it('reads "a fortnight later" as fourteen days, and "the previous Friday" as the Friday before the narrative', () => {
    // May 11, 2011 was a Wednesday.
    expect(on('A fortnight later, the mill shut.', '2011-05-11')?.start).toBe('2011-05-25');
    expect(on('The previous Friday, the mill had shut.', '2011-05-11')?.start).toBe('2011-05-06');
    expect(on('On the preceding Wednesday the mill had shut.', '2011-05-11')?.start).toBe('2011-05-04');
  });

  it('reads "earlier in the day", and "the evening before" standing alone, from the narrative\'s day', () => {
    expect(on('Earlier in the day, the guards had left.', '2011-05-11')?.start).toBe('2011-05-11');
    expect(on('The evening before, the guards had left.', '2011-05-11')?.start).toBe('2011-05-10');
    expect(findDates('they were freed the morning after the envoys met')).toEqual([]);
  });

  it('reads "this morning" as the day the words are given', () => {
    expect(
      resolveFirst('The governor rang me this morning.', { ...ctx, published: '2011-05-25' })?.spec.start,
    ).toBe('2011-05-25');
  });

  it('reads "by evening" and "by nightfall" as the day the narrative is on', () => {
    expect(on('and by nightfall the rebels had left the town', '2011-04-02')?.start).toBe('2011-04-02');
    expect(findDates('and by evening the roads were open').map((d) => d.text)).toEqual(['by evening']);
  });

  it('marks the small hours ("by dawn", "at 3 a.m.") and a date after "the night of"', () => {
    expect(findDates('by dawn the village was empty')[0]?.relative?.smallHours).toBe(true);
    expect(findDates('the generators stopped just after 3 a.m. and the town went dark')[0]?.text).toBe(
      'just after 3 a.m.',
    );
    expect(findDates('in the early hours the convoy turned back')[0]?.relative?.smallHours).toBe(true);
    expect(findDates('On the night of June 8, the dam gave way')[0]?.night).toBe(true);
    expect(findDates('On June 8, the dam gave way')[0]?.night).toBeUndefined();
    expect(findDates('On Saturday night the dam gave way')[0]?.night).toBe(true);
    expect(findDates('the dam gave way at 3 a.m. on June 9').map((d) => d.text)).toEqual(['June 9']);
    expect(findDates('the dam gave way at dawn on Sunday').map((d) => d.text)).toEqual(['Sunday']);
  });

  it('reads a fronted "over the weekend" as that weekend, but not one trailing a clause nor "of June 3-4"', () => {
    expect(on('Over the weekend, the miners went back underground.', '2011-04-07')?.start).toBe('2011-04-09');
    expect(on('At the weekend the miners went back underground.', '2011-04-07')?.start).toBe('2011-04-09');
    // April 9, 2011 was a Saturday: the following weekend is the next one.
    expect(on('The following weekend the miners marched.', '2011-04-09')?.start).toBe('2011-04-16');
    expect(findDates('the miners went back underground over the weekend').map((d) => d.text)).toEqual([]);
    // the last item of a list after a semicolon is fronted in its clause too
    expect(
      findDates('the union met; and over the weekend the miners went back underground').map((d) => d.text),
    ).toEqual(['over the weekend']);
    expect(findDates('Over the weekend of June 3-4, the miners marched').map((d) => d.text)).toEqual([
      'June 3-4',
    ]);
  });

  it('reads "the week before last" as one calendar week two weeks back, not "the week before"', () => {
    const [d] = findDates('the parcel came the week before last');
    expect(d?.text).toBe('the week before last');
    expect(d && resolveDate(d, { ...ctx, published: '2011-05-25' })?.spec).toMatchObject({
      start: '2011-05',
      note: 'the week of 2011-05-09 to 2011-05-15',
    });
  });

  it('reads "at the start of the month" and "in the middle of the year" as parts of the narrative\'s month and year', () => {
    expect(on('at the start of the month the mill shut', '2011-03-18')).toMatchObject({
      start: '2011-03',
      startQualifier: 'early',
    });
    expect(on('in the middle of the year the mill shut', '2011-03-18')).toMatchObject({
      start: '2011',
      startQualifier: 'mid',
    });
    expect(findDates('prices have doubled since the start of the year')).toEqual([]);
  });

  it('reads "in the spring" as the spring of the narrative\'s year, and not "the spring of 2004" twice', () => {
    expect(on('the ferry line closed in the spring', '2011-10-03')).toMatchObject({
      start: '2011',
      startQualifier: 'spring',
    });
    expect(findDates('in the spring of 2004 the ferry line closed').map((d) => d.text)).toEqual([
      'spring of 2004',
    ]);
    expect(findDates('the spring water is cold')).toEqual([]);
    expect(findDates('a cut in the summer flow').at(0)?.modifier).toBe(true);
    expect(findDates('it will be heard in the autumn, the clerk said').at(0)?.modifier).toBe(false);
  });
});

describe('a plan put off or asked for', () => {
  it("reads the new month of a plan put off as a plan, next year when it comes before the narrative's month", () => {
    const text = 'the fair, due in May, was postponed until March';
    const d = findDates(text).at(-1)!;
    expect(isPlannedAt(text, d.start, d.text)).toBe(true);
    expect(resolveDate(d, { ...ctx, narrative: '2011-05-02' }, true)?.spec.start).toBe('2012-03');
    expect(resolveDate(d, { ...ctx, narrative: '2011-02-02' }, true)?.spec.start).toBe('2011-03');
  });

  it('reads "rescheduled for January" as the new month of a plan put off', () => {
    const text = 'the fair was rescheduled for January';
    const d = findDates(text)[0]!;
    expect(d.putOff).toBe(true);
    expect(resolveDate(d, { ...ctx, narrative: '2011-11-20' }, true)?.spec.start).toBe('2012-01');
  });

  it('keeps a plan not put off in the narrative\'s year ("were due to meet in March")', () => {
    const text = 'the envoys were due to meet in March';
    const d = findDates(text)[0]!;
    expect(resolveDate(d, { ...ctx, narrative: '2011-05-02' }, true)?.spec.start).toBe('2011-03');
  });

  it('reads what someone has asked others to do as a plan ("I have asked the board to meet on Monday")', () => {
    const text = 'I have asked the board to meet on Monday';
    expect(isPlannedAt(text, text.indexOf('Monday'), 'Monday')).toBe(true);
    const past = 'The board met on Monday';
    expect(isPlannedAt(past, past.indexOf('Monday'), 'Monday')).toBe(false);
  });
});
