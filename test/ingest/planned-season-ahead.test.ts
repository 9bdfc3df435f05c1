// A plan's season or "end of the year" lies ahead of the time it is told from: "in October they
// promised work by the spring" is the next spring, and "will reopen before the end of the year"
// counts from the time of writing, not from the past the narrative last told.
import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const HEADER = 'Publication: Eurasia Daily Monitor Volume: 6 Issue: 90';
const datesOf = (paragraphs: string[]) =>
  draftOf(article(paragraphs, HEADER)).draft.events.map((e) => `${e.date.start} ${e.evidence[0] ?? ''}`);

describe('a planned season or end of the year', () => {
  it('puts a spring promised in the autumn in the next year', () => {
    const dates = datesOf([
      'On October 14, 2008, the Kestrian Transport Ministry told the Ostrov drivers that the new bridge would open by the spring.',
    ]);
    expect(dates.some((d) => d.startsWith('2009 ') && d.includes('by the spring'))).toBe(true);
  });

  it('keeps a spring promised in the winter in the same year', () => {
    const dates = datesOf([
      'On January 20, 2008, the Kestrian Transport Ministry told the Ostrov drivers that the new bridge would open by the summer.',
    ]);
    expect(dates.some((d) => d.startsWith('2008 ') && d.includes('by the summer'))).toBe(true);
  });

  it('counts "will … before the end of the year" from the time of writing', () => {
    const dates = datesOf([
      'On October 12, 2007, a fire broke out at the Ostrov refinery.',
      'The Kestrian Energy Ministry says the refinery will reopen before the end of the year.',
    ]);
    expect(dates.some((d) => d.startsWith('2009-12 '))).toBe(true);
    expect(dates.some((d) => d.startsWith('2007-12 '))).toBe(false);
  });

  it('leaves a past "by the end of the year" to the narrative\'s year', () => {
    const dates = datesOf([
      'On March 3, 2007, the Ostrov refinery closed its second unit, and by the end of the year the Kestrian Energy Ministry had sold the plant.',
    ]);
    expect(dates.some((d) => d.startsWith('2007-12 '))).toBe(true);
  });
});
