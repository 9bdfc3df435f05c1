import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

describe('citations', () => {
  it('parses bracketed citations: outlet, place, date, page, number, irregular forms', () => {
    const { draft } = draftOf(
      article([
        'The cabinet resigned on May 3 after the vote failed (Itar-Tass, Minsk, May 3). ' +
          'Prices rose sharply in the east (Kommersant, May 5, p.4). ' +
          'The governor denied it (Radio Liberty, Kiev May 6). ' +
          'Its deputy was dismissed on May 7 (Zerkalo Nedeli, no. 18, 8 May).',
      ]),
    );
    const byOutlet = Object.fromEntries(draft.sources.map((s) => [s.outlet, s]));
    expect(byOutlet['Itar-Tass']).toMatchObject({
      raw: 'Itar-Tass, Minsk, May 3',
      place: 'Minsk',
      date: '2009-05-03',
      dateYearInferred: true,
      kind: 'bracket',
    });
    expect(byOutlet['Kommersant']).toMatchObject({ date: '2009-05-05', page: '4' });
    expect(byOutlet['Radio Liberty']).toMatchObject({ place: 'Kiev', date: '2009-05-06' });
    expect(byOutlet['Radio Liberty']?.note).toMatch(/no comma/);
    expect(byOutlet['Zerkalo Nedeli']).toMatchObject({ number: '18', date: '2009-05-08' });
  });

  it('leaves parentheses that are not citations alone', () => {
    const { draft } = draftOf(
      article([
        'In 2009 the Eurasian Economic Union (EEU) held talks on May 9 (Victory Day) with the SVR (foreign intelligence) present (Interfax, May 10).',
      ]),
    );
    expect(draft.sources.map((s) => s.raw)).toEqual(['Interfax, May 10']);
  });

  it('finds sources named in the sentence, with the outlet before a bracket', () => {
    const { draft } = draftOf(
      article([
        'Opposition leader Timur Sadykov was arrested on April 2, Kabar reported that day. ' +
          'According to an article by Elena Rudnik in Vedomosti on April 9, the charges were dropped. ' +
          'The weekly Delo (no. 14, 11 April) wrote that the case was closed.',
      ]),
    );
    const raws = draft.sources.map((s) => [s.raw, s.outlet, s.date ?? null, s.author ?? null]);
    expect(raws).toContainEqual(['Kabar reported that day', 'Kabar', '2009-04-02', null]);
    expect(raws).toContainEqual([
      'According to an article by Elena Rudnik in Vedomosti on April 9',
      'Vedomosti',
      '2009-04-09',
      'Elena Rudnik',
    ]);
    expect(raws).toContainEqual(['Delo (no. 14, 11 April)', 'Delo', '2009-04-11', null]);
  });
});
