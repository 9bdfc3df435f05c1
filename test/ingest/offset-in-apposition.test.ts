// An offset in apposition to a day ("On May 13, two days after the bombing, …") says how long before
// or after that day something else happened; it does not move the story on.
import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const datesOf = (paragraphs: string[]) =>
  draftOf(
    article(paragraphs, 'Publication: Eurasia Daily Monitor Volume: 10 Issue: 90 May 30, 2013'),
  ).draft.events.map((e) => e.date.start);

describe('an offset in apposition to a day', () => {
  it('dates "eight days after the president’s stroke" eight days before February 17', () => {
    const dates = datesOf([
      'Prime Minister Rauf Sadykhov, who has exercised President Ilyas Tokhtarov’s powers since February 17, eight days after the president’s stroke, spoke to no one.',
    ]);
    expect(dates).toContain('2013-02-09');
    expect(dates).not.toContain('2013-02-25');
  });

  it('dates "one week before the auction" a week after May 19', () => {
    const dates = datesOf([
      'On May 19, one week before the auction of the plant, the State Property Fund in Kyiv raised the price.',
    ]);
    expect(dates).toEqual(expect.arrayContaining(['2013-05-19', '2013-05-26']));
    expect(dates).not.toContain('2013-05-12');
  });

  it('keeps the story on the day: "A week later" counts from May 13, not from the bombing', () => {
    const dates = datesOf([
      'On May 13, two days after the bombing of the embassy, police in Tashkent arrested three men. A week later the court in Tashkent released them.',
    ]);
    expect(dates).toEqual(expect.arrayContaining(['2013-05-11', '2013-05-13', '2013-05-20']));
    expect(dates).not.toContain('2013-05-15');
  });

  it('needs the day right before it: "Two days after the arrests" opening a sentence counts on', () => {
    const dates = datesOf([
      'Police in Tashkent arrested three men on May 13. Two days after the arrests, the court in Tashkent released them.',
    ]);
    expect(dates).toContain('2013-05-15');
  });
});

describe('a comparison is no date', () => {
  it('drafts nothing from "a week later than planned"', () => {
    const dates = datesOf(['Schools in Tashgorod reopened only on January 25, a week later than planned.']);
    expect(dates).toEqual(['2013-01-25']);
  });
});

describe('a day told in a reduced relative clause', () => {
  it('does not move the story back: "The levy imposed on April 8 remains …", then "the same evening"', () => {
    const { draft } = draftOf(
      article(
        [
          'The protocol was initialed in Velmont on September 6. The transit levy imposed on April 8 remains in force. In Tsilvar, President Aleko Sardani praised the protocol, and in a televised address the same evening he promised the strikers free treatment.',
        ],
        'Publication: Eurasia Daily Monitor Volume: 10 Issue: 190 October 10, 2013',
      ),
    );
    const evening = draft.events.find((e) => e.evidence.some((x) => x.includes('televised address')));
    expect(evening?.date.start).toBe('2013-09-06');
  });
});
