// A date in a leading time clause ("When the Union promised us a market in 2007, we believed it")
// dates that clause's happening: the opinion of the main clause does not drop it.
import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const HEADER = 'Publication: Eurasia Daily Monitor Volume: 9 Issue: 60';
const datesOf = (paragraphs: string[]) =>
  draftOf(article(paragraphs, HEADER)).draft.events.map((e) => e.date.start);

describe('an opinion after a leading time clause', () => {
  it('drafts the promise of "When … promised … in 2007, we believed it"', () => {
    expect(
      datesOf([
        'When the Kestrian Transport Ministry promised the hauliers a new road in 2007, the hauliers believed it and bought trucks.',
      ]),
    ).toContain('2007');
  });

  it('drafts the visit of "After … visited … in May, the papers called …"', () => {
    expect(
      datesOf([
        'After Kestrian President Ivan Lupu visited Ostrov in May, the local papers called the visit a turning point.',
      ]),
    ).toContain('2012-05');
  });

  it('drafts the day a time clause tells: "On May 4, as … opened …, the papers called …"', () => {
    expect(
      datesOf([
        'On May 4, as Kestrian President Ivan Lupu opened the new bridge, the local papers called it a turning point.',
      ]),
    ).toContain('2012-05-04');
  });

  it('still drops the opinion’s own date ("On May 4, Lupu called the bridge a disgrace")', () => {
    expect(
      datesOf(['On May 4, Kestrian President Ivan Lupu called the new bridge a disgrace to the country.']),
    ).not.toContain('2012-05-04');
  });
});
