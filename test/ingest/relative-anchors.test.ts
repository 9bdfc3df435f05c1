// Relative dates counted from the happening they follow, not from the latest date told: an offset
// whose "after" opens a clause of its own dates that clause's happening before the day beside it.
import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const header = 'Publication: Eurasia Daily Monitor Volume: 6 Issue: 90';
const datesOf = (paragraphs: string[], issue = header) =>
  draftOf(article(paragraphs, issue)).draft.events.map((e) => e.date.start);

describe('an offset whose "after" opens a clause with a subject of its own', () => {
  it("dates a possessive subject's act before the day beside it", () => {
    const dates = datesOf([
      'The Kestrian delegation left the talks on March 9, two days after Temiria’s ministry raised the transit fee.',
    ]);
    expect(dates).toContain('2009-03-07');
    expect(dates).not.toContain('2009-03-11');
  });

  it('dates an act told with an irregular verb before the day beside it', () => {
    const dates = datesOf([
      'Kestrian police arrested the journalist Aigul Temirova on April 20, three days after she spoke to Radio Liberty about the contracts.',
    ]);
    expect(dates).toContain('2009-04-17');
    expect(dates).not.toContain('2009-04-23');
  });

  it("dates a pronoun subject's irregular act before the day beside it", () => {
    const dates = datesOf([
      'Temirian Prime Minister Aldan Serikov resigned on June 12, a week after they wrote to President Kasym Orazov about the budget.',
    ]);
    expect(dates).toContain('2009-06-05');
  });
});

describe('"by morning"', () => {
  it('is the morning after a night told', () => {
    const dates = datesOf([
      'On the night of May 3, armed men attacked a Kestrian customs post near Ostrov; by morning, the Kestrian Interior Ministry had closed the road to all traffic.',
    ]);
    expect(dates).toEqual(expect.arrayContaining(['2009-05-03', '2009-05-04']));
  });

  it('is the day the narrative is on when no night was told', () => {
    // (In an issue of late October: issue 90 appeared in April, when a past October 9 was 2008's.)
    const dates = datesOf(
      [
        'Shortly after midnight on October 9, a fire broke out at the Temirian oil depot in Varna; by the morning, Temirian firefighters had put it out.',
      ],
      'Publication: Eurasia Daily Monitor Volume: 6 Issue: 210',
    );
    expect(dates).toEqual(['2009-10-09', '2009-10-09']);
  });
});

describe('a state reached "by" a later time', () => {
  it('leaves "Two days later" counting from the act it follows, not from "the following morning"', () => {
    const dates = datesOf([
      'On May 3, the Temirian railway halted forty grain wagons bound for Kestria at the border; by the following morning, Kestrian customs officers had begun turning back Temirian trucks. Two days later, Kestrian Foreign Minister Aldan Serikov summoned the Temirian ambassador.',
    ]);
    expect(dates).toEqual(['2009-05-03', '2009-05-04', '2009-05-05']);
  });

  it('leaves "Three days later" counting from the act, not from "the evening of the next day"', () => {
    const dates = datesOf([
      'On March 10, Kestrigaz cut the gas supply to the Temirian border region; by the evening of the next day, the Temirian parliament had met in emergency session. Three days later, Temirian President Kasym Orazov flew to Ostrov.',
    ]);
    expect(dates).toEqual(['2009-03-10', '2009-03-11', '2009-03-13']);
  });

  it('leaves "The next day" counting from the act, not from "by the next day"', () => {
    const dates = datesOf([
      'On June 2, Temirian border guards detained six Kestrian fishermen; by the next day, their families had blocked the road to the port. The next day, the Kestrian Foreign Ministry summoned the Temirian ambassador.',
    ]);
    expect(dates).toEqual(['2009-06-02', '2009-06-03', '2009-06-03']);
  });
});

describe('an offset whose subject refers back to one of several days told', () => {
  const list =
    'On April 2, Temirian police detained three Kestrian students in Varna; on April 3, Kestrian Foreign Minister Aldan Serikov protested in a note; and on April 5, the Temirian parliament debated the budget for the coming year.';
  const dateOf = (second: string, opening: string) =>
    draftOf(article([`${list} ${second}`], header)).draft.events.find((e) =>
      e.evidence[0]?.startsWith(opening),
    )?.date.start;

  it('counts "the following day" from the day that told the subject', () => {
    expect(dateOf('The students were released in Varna the following day.', 'The students')).toBe(
      '2009-04-03',
    );
  });

  it('counts an opening "Two days later" from the day that told the subject', () => {
    expect(dateOf('Two days later, the detained students were sent home to Kestria.', 'Two days')).toBe(
      '2009-04-04',
    );
  });

  it('counts from the last day told when the subject belongs to it', () => {
    expect(dateOf('The parliament adjourned the next day without a vote.', 'The parliament')).toBe(
      '2009-04-06',
    );
  });
});

describe('an offset after a span that "ended"', () => {
  it('counts "two days after the talks ended" from the last day of the talks', () => {
    const dates = datesOf([
      'Kestrian and Temirian negotiators met in Ostrov from May 4 to May 6. Kestria reopened the border crossing at Varna two days after the talks ended.',
    ]);
    expect(dates).toContain('2009-05-08');
  });

  it('counts "a week after the exercises finished" from their last day', () => {
    const dates = datesOf([
      'The Temirian navy held exercises off Varna from June 10 to June 14. Kestria recalled its ambassador from Temiria a week after the exercises finished.',
    ]);
    expect(dates).toContain('2009-06-21');
  });
});

describe('an offset from a happening whose day the article never gave', () => {
  it('dates nothing when a named subject and a past verb follow "after"', () => {
    const dates = datesOf([
      'On May 4, Temiria closed its border crossing at Varna. The Kestrian blockade of the port came four weeks after Kestrigaz more than doubled the price of gas.',
    ]);
    expect(dates).toEqual(['2009-05-04']);
  });

  it('dates nothing when a passive clause follows "after"', () => {
    const dates = datesOf([
      'On June 2, Kestrian President Kasym Orazov signed the new constitution in Ostrov. The Kestrian referendum was held barely seven weeks after the text was adopted.',
    ]);
    expect(dates).toEqual(['2009-06-02']);
  });
});

describe('an offset before a plan told as a clause', () => {
  it('dates nothing from the narrative when the plan is "due to" happen', () => {
    const dates = datesOf([
      'On May 14, Kestria banned Temirian cheese. The quarrel has broken out a week before the new Kestrian customs code is due to take effect, on July 1.',
    ]);
    expect(dates).not.toContain('2009-05-07');
    expect(dates).toContain('2009-07-01');
  });
});

describe('an offset after a coarse date opening its sentence', () => {
  it('counts from that date, not from a later day told before it', () => {
    const { draft } = draftOf(
      article(
        [
          'On May 4, 2009, Kestrian police detained the editor Aldan Serikov in Ostrov.',
          'In March 2007 Serikov published the contracts of the Kestrian oil ministry. Three weeks later, Kestrian police searched his office in Varna.',
        ],
        header,
      ),
    );
    const search = draft.events.find((e) => e.evidence[0]?.startsWith('Three weeks later'));
    expect(search?.date.start).toBe('2007-03');
  });
});
