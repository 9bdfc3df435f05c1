// More citation shapes: a weekly's issue covering "21–27 November" (day first; the first day is
// recorded), and a quote box's "IRT radio, February 10" (the medium in lower case is no part of the
// outlet's name, so a later "(IRT, February 13)" is the same outlet), and an outlet whose name opens
// with a number ("24 Saati").
import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const sourcesOf = (paragraphs: string[]) =>
  draftOf(
    article(paragraphs, 'Publication: Eurasia Daily Monitor Volume: 6 Issue: 214 December 1, 2009'),
  ).draft.sources.map((s) => ({ outlet: s.outlet, date: s.date }));

describe('more citation shapes', () => {
  it('dates a day-first issue range by its first day: "no. 46, 21–27 November"', () => {
    expect(
      sourcesOf([
        'A court in Solmar freed the two men on November 20 (Zerkalo Drevnika, no. 46, 21–27 November).',
      ]),
    ).toEqual([{ outlet: 'Zerkalo Drevnika', date: '2009-11-21' }]);
  });

  it('names the outlet of "IRT radio, February 10" in a quote box "IRT"', () => {
    const sources = sourcesOf([
      '“We did not need to be faster.” —Madis Tammelaan, Governor of the Bank of Ilmara, IRT radio, November 10',
      'The bank cut its reserve requirement on November 12 (IRT, November 13).',
    ]);
    expect(sources.map((s) => s.outlet)).toEqual(['IRT', 'IRT']);
  });

  it('cites an outlet whose name opens with a number: "(24 Saati, October 10, p.2)"', () => {
    expect(
      sourcesOf(['He was freed on bail on October 8 (Rustavi-2, October 8; 24 Saati, October 10, p.2).']),
    ).toEqual([
      { outlet: 'Rustavi-2', date: '2009-10-08' },
      { outlet: '24 Saati', date: '2009-10-10' },
    ]);
  });
});

describe('"told the station"', () => {
  it('is the broadcaster cited last, a quote box’s too, past a newspaper cited since', () => {
    const sources = sourcesOf([
      'Colonel Bakhtiyor Rasulov told Nuri Sogd that 1,400 trucks were waiting (Nuri Sogd, November 4).',
      '“They close the road, we close the river.” —Dilshod Rakhimbekov, leader of the Party of Free Farmers, Radio Erkin Sado, November 3',
      'Rakhimbekov told the station on November 5 that the reservation was the price of 50 votes.',
    ]);
    expect(sources.at(-1)?.outlet).toBe('Radio Erkin Sado');
  });

  it('leaves a bare "the paper" to the last newspaper cited in the text', () => {
    const sources = sourcesOf([
      'Colonel Bakhtiyor Rasulov said on November 4 that 1,400 trucks were waiting (Nuri Sogd, November 4).',
      'Rakhimbekov told the paper on November 5 that the reservation was the price of 50 votes.',
    ]);
    expect(sources.at(-1)?.outlet).toBe('Nuri Sogd');
  });
});
