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
    expect(resolveFirst('The plant will open next year.')?.spec.start).toBe('2012');
    expect(resolveFirst('The floods came last spring.')?.spec).toMatchObject({
      start: '2010',
      startQualifier: 'spring',
    });
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
