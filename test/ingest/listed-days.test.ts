// Days listed with "and" are dates of their own; a span needs "between" or two days running. A
// series "called" something is named, not an opinion; "announced for" a day is a plan.
import { describe, expect, it } from 'vitest';
import { findDates } from '../../ingest/stages/dates.js';
import { article, draftOf } from './helpers.js';

const texts = (sentence: string) => findDates(sentence, 0).map((d) => d.text);

describe('days joined by "and"', () => {
  it('are two dates: "on May 2 and May 9", "on July 9 and 30"', () => {
    expect(texts('The paper was closed on May 2 and May 9 by the ministry.')).toEqual(['May 2', 'May 9']);
    expect(texts('It appeared on July 9 and 30 in Martor.')).toEqual(['July 9', '30']);
  });

  it('stay a span after "between", for two days running, or for months', () => {
    expect(texts('Talks took place between May 3 and May 5 in Baku.')).toEqual(['between May 3 and May 5']);
    expect(texts('On July 9 and 10, the commission heard witnesses.')).toEqual(['July 9 and 10']);
    expect(texts('The bombings came in late March and early April 2004.')).toEqual([
      'late March and early April 2004',
    ]);
  });
});

describe('a series called something, and an installment announced for a day', () => {
  const { draft } = draftOf(
    article(
      [
        'Reporter Andrei Tsurcan worked for Martor. This summer he published three installments of a series called “The Sarnovo Pipeline”—on June 18, July 9 and July 30—tracing how fuel was resold (Martor, July 30). Martor’s fourth installment was announced for September 3.',
        'Tsurcan disappeared on August 27 (Martor, August 28).',
      ],
      'Publication: Eurasia Daily Monitor Volume: 12 Issue: 182',
    ),
  );
  const days = draft.events.map((e) => e.date.start);

  it('drafts each day of the series', () => {
    expect(days).toEqual(expect.arrayContaining(['2015-06-18', '2015-07-09', '2015-07-30']));
  });

  it('dates the announced installment in the article’s year, as a plan', () => {
    const planned = draft.events.find((e) => e.date.start.endsWith('-09-03'));
    expect(planned?.date.start).toBe('2015-09-03');
    expect(planned?.status).toBe('planned');
  });
});

describe('a hearing set or fixed for a day', () => {
  it('is a plan in the article’s year, not a year earlier', () => {
    const { draft } = draftOf(
      article(
        [
          'The port raised its dues on January 15, 2020. The tribunal held its first session by video link on April 6 and set the hearing on the merits for September 14–18 in Holmstad (Tranzit Review, April 8).',
          'The arbitration hearing, now fixed for September 14 to 18 in Holmstad, is the only date left.',
        ],
        'Publication: Eurasia Daily Monitor Volume: 17 Issue: 52',
      ),
    );
    const hearing = draft.events.filter((e) => e.date.end === '2020-09-18' || e.date.end === '2019-09-18');
    expect(hearing.map((e) => e.date.start)).toEqual(['2020-09-14', '2020-09-14']);
  });
});
