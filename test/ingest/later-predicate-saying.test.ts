// A date in a first predicate ("met the envoy on May 3") joined by "and" to a later saying ("and, a
// week later, told reporters that …") dates the first predicate's happening, not the words.
import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const HEADER = 'Publication: Eurasia Daily Monitor Volume: 9 Issue: 60';
const datesOf = (paragraphs: string[]) =>
  draftOf(article(paragraphs, HEADER)).draft.events.map((e) => e.date.start);

describe('a saying as a later predicate after the date', () => {
  it('drafts the meeting of "met … on May 3 and, a week later, told …"', () => {
    expect(
      datesOf([
        'Kestrian President Ivan Lupu met the Temirian envoy on May 3 and, a week later, told the dockers that the state would rebuild the port.',
      ]),
    ).toContain('2012-05-03');
  });

  it('drafts the visit of "visited … on March 8 and then said …"', () => {
    expect(
      datesOf([
        'Temirian Premier Ana Rus visited Ostrov on March 8 and then said that the talks had gone well.',
      ]),
    ).toContain('2012-03-08');
  });

  it('still reads "On May 2, Lupu and Rus told …" as a saying', () => {
    expect(
      datesOf([
        'On May 2, Kestrian President Ivan Lupu and Temirian Premier Ana Rus told the dockers that the port would reopen.',
      ]),
    ).not.toContain('2012-05-02');
  });
});

describe('a date leading the clause of both predicates', () => {
  it('still reads "Last Friday Lupu waved us through and said that …" as a saying', () => {
    expect(
      datesOf([
        'Last Friday Kestrian President Ivan Lupu waved the convoy through and said that the port would reopen.',
      ]),
    ).not.toContain('2012-03-09');
  });
});
