// Sources of the newest blind round: "the same day" after a dated citation, and news agencies by name.
import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const toldDates = (paragraph: string, outlet: string) =>
  draftOf(article(['The talks opened on March 2 in Dorsk.', paragraph]))
    .draft.sources.filter((s) => s.kind === 'in-sentence' && s.outlet === outlet)
    .map((s) => s.date);

describe('an outlet told something "the same day"', () => {
  it('takes the date of the dated citation just before it in the paragraph', () => {
    expect(
      toldDates(
        'The minister said that the deal was dead (Interfax, March 9). A Polish diplomat told Reuters the same day that Warsaw agreed.',
        'Reuters',
      ),
    ).toEqual(['2009-03-09']);
  });

  it('keeps the narrative date when the narrative names a later day in between', () => {
    expect(
      toldDates(
        'The mine flooded on March 9 (Interfax, March 9). The next day, the owner was arrested. His lawyer told Reuters the same day that the arrest was illegal.',
        'Reuters',
      ),
    ).toEqual(['2009-03-10']);
  });
});

describe('news agencies known by their initials', () => {
  it('drafts NHK, IRNA and BNS as media outlets', () => {
    const { draft } = draftOf(
      article([
        'The port director told BNS on May 4 that cargo had fallen. An Iranian official told IRNA that Tehran agreed. The governor told NHK that the ferries would keep running.',
      ]),
    );
    for (const name of ['BNS', 'IRNA', 'NHK'])
      expect(draft.actors.find((a) => a.name === name)?.kind, name).toBe('media');
  });
});
