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

describe('sources named in the sentence (general forms)', () => {
  it('reads "according to a report in X on <date> (p.N)", and "told the paper" takes that outlet', () => {
    const { draft } = draftOf(
      article([
        'The customs post at Varnel closed on May 4, according to a report in Morska Zarya on May 6 (p.5). ' +
          'Its chief, Oleg Partan, told the paper that the closure was temporary.',
      ]),
    );
    const report = draft.sources.find((s) => s.raw.startsWith('according to'));
    expect(report).toMatchObject({
      raw: 'according to a report in Morska Zarya on May 6 (p.5)',
      outlet: 'Morska Zarya',
      date: '2009-05-06',
      page: '5',
    });
    expect(draft.sources.some((s) => s.outlet === 'May 6')).toBe(false);
    expect(draft.sources.find((s) => s.raw.includes('told the paper'))).toMatchObject({
      outlet: 'Morska Zarya',
      date: '2009-05-06',
    });
  });

  it('reads "told X television" as a citation of X', () => {
    const { draft } = draftOf(
      article([
        'The minister, Pavel Orun, resigned on May 8. "I am tired," Orun told Lirva-2 television on May 9.',
      ]),
    );
    expect(draft.sources.find((s) => s.outlet === 'Lirva-2')).toMatchObject({ date: '2009-05-09' });
    expect(draft.actors.find((a) => a.name === 'Lirva-2')?.kind).toBe('media');
  });

  it('dates "told X" by the bracket citing X in the same sentence', () => {
    const { draft } = draftOf(
      article([
        'The mayor, Irina Soltan, was fired on May 2. "It was coming," Soltan told the Varnel Courier, "for a year" (Varnel Courier, no. 4, May 3).',
      ]),
    );
    expect(draft.sources.filter((s) => s.outlet === 'Varnel Courier').map((s) => s.date)).toEqual([
      '2009-05-03',
      '2009-05-03',
    ]);
  });

  it('dates "told X." by the bracket citing X after the quotation that goes on in the next sentence', () => {
    const { draft } = draftOf(
      article([
        'The port reopened on May 2. Three days later, "It was too late," the harbour master told the Varnel Courier. "Half the boats had left" (Varnel Courier, May 6).',
      ]),
    );
    expect(draft.sources.filter((s) => s.outlet === 'Varnel Courier').map((s) => s.date)).toEqual([
      '2009-05-06',
      '2009-05-06',
    ]);
  });

  it('reads a byline before the outlet in a bracket: "(Author Name, Outlet Herald, date)"', () => {
    const { draft } = draftOf(article(['The port reopened on May 2 (Lena Orlova, Varnel Courier, May 3).']));
    expect(draft.sources.find((s) => s.raw.startsWith('Lena Orlova'))).toMatchObject({
      outlet: 'Varnel Courier',
      author: 'Lena Orlova',
      date: '2009-05-03',
    });
  });

  it('takes the outlet a quote box names with "interviewed by", not the speaker\'s description', () => {
    const { draft } = draftOf(
      article([
        'The port reopened on May 2.',
        '“Nobody wanted this.”—Lena Orlova, Varnelian economist, interviewed by Radio Pelka, May 4',
      ]),
    );
    expect(draft.sources.find((s) => s.raw.startsWith('Lena Orlova'))).toMatchObject({
      outlet: 'Radio Pelka',
      author: 'Lena Orlova',
    });
  });

  it('keeps the day a quote box\'s speaker was told off the outlet\'s name ("speaking to X on May 4.")', () => {
    const { draft } = draftOf(
      article([
        'The port reopened on May 2.',
        '“Nobody asked us.”—Lena Orlova, a docker from Pelka, speaking to Radio Pelka on May 4.',
        '“We were told nothing.”—Ivo Brant, a crane driver, in an interview with Varnel Courier in May 2009',
      ]),
    );
    expect(draft.sources.find((s) => s.raw.startsWith('Lena Orlova'))).toMatchObject({
      outlet: 'Radio Pelka',
      date: '2009-05-04',
    });
    expect(draft.sources.find((s) => s.raw.startsWith('Ivo Brant'))?.outlet).toBe('Varnel Courier');
    expect(draft.actors.map((a) => a.name)).not.toContain('Radio Pelka on May 4.');
  });

  it('takes an outlet quoting a described speaker, dated by the bracket, the speaker still speaking', () => {
    const { draft } = draftOf(
      article([
        'According to two senior diplomats quoted by the Pelka Herald, the talks had failed on May 2 (Pelka Herald, May 4).',
      ]),
    );
    const quoted = draft.sources.filter((s) => s.outlet === 'Pelka Herald');
    expect(quoted.map((s) => s.raw)).toContain(
      'According to two senior diplomats quoted by the Pelka Herald',
    );
    expect(quoted.every((s) => s.date === '2009-05-04')).toBe(true);
  });

  it('takes the outlet a quote box names after "to", the speaker staying a person', () => {
    const { draft } = draftOf(
      article([
        'The port reopened on May 2.',
        '“Nobody asked us.”—Ivan Dorn, a retired harbor pilot, to Pelka Vesti, May 4',
      ]),
    );
    expect(draft.sources.find((s) => s.raw.startsWith('Ivan Dorn'))).toMatchObject({
      outlet: 'Pelka Vesti',
      author: 'Ivan Dorn',
      date: '2009-05-04',
    });
    expect(draft.actors.find((a) => a.name === 'Ivan Dorn')?.kind).toBe('person');
  });

  it('reads a title after the quote box speaker as a description, the outlet after it or in the closing bracket', () => {
    const { draft } = draftOf(
      article([
        'The port reopened on May 2.',
        '“Nobody asked us.”—Ivan Dorn, Deputy Transport Minister, Pelka Vesti, May 4',
        '“Nobody will.”—Lena Orlova, Transport Minister, speaking to parliament on May 5 (Varnel Courier, May 6)',
      ]),
    );
    expect(draft.sources.map((s) => [s.outlet, s.date])).toEqual([
      ['Pelka Vesti', '2009-05-04'],
      ['Varnel Courier', '2009-05-06'],
    ]);
    expect(draft.sources[1]?.raw).toMatch(/^Lena Orlova, Transport Minister, .*\(Varnel Courier, May 6\)$/);
  });

  it('dates an interview given to an outlet named with its kind, and a report citing its sources', () => {
    const { draft } = draftOf(
      article([
        'The minister said in an interview with Pelka television on May 4 that the port would reopen. Pelka Vesti, citing sources in the ministry, claimed on May 5 that it would not.',
      ]),
    );
    expect(draft.sources.map((s) => [s.outlet, s.date])).toEqual([
      ['Pelka', '2009-05-04'],
      ['Pelka Vesti', '2009-05-05'],
    ]);
  });

  it("takes a body's own website as the outlet, the body staying an organisation", () => {
    const { draft } = draftOf(
      article([
        'The treaty was suspended on May 2, the cabinet confirmed (Pelvarian Defence Ministry website, May 2).',
      ]),
    );
    expect(draft.sources.map((s) => [s.outlet, s.date])).toEqual([
      ['Pelvarian Defence Ministry', '2009-05-02'],
    ]);
    const body = draft.actors.find((a) => a.name === 'Pelvarian Defence Ministry');
    expect(body?.kind).toBe('organization');
  });

  it('takes a described speaker telling a cited outlet as an in-sentence source', () => {
    const { draft } = draftOf(
      article([
        'A retired Pelvarian general, speaking on condition of anonymity, told Harbour Courier that the base would close (Harbour Courier, May 4).',
      ]),
    );
    expect(draft.sources.map((s) => [s.kind, s.outlet, s.date, s.raw])).toEqual([
      [
        'in-sentence',
        'Harbour Courier',
        '2009-05-04',
        'A retired Pelvarian general, speaking on condition of anonymity, told Harbour Courier',
      ],
      ['bracket', 'Harbour Courier', '2009-05-04', 'Harbour Courier, May 4'],
    ]);
  });

  it('cites "(see PD, May 4)" in an article of Pelvar Daily as Pelvar Daily', () => {
    const { draft } = draftOf(
      article(
        ['The talks were postponed at the envoy’s request (see PD, May 4).'],
        'Publication: Pelvar Daily Volume: 9 Issue: 12 June 20, 2009',
      ),
    );
    expect(draft.sources.map((s) => [s.outlet, s.date, s.raw])).toEqual([
      ['Pelvar Daily', '2009-05-04', 'PD, May 4'],
    ]);
  });
});

describe('an outlet told something, known by no word of its own', () => {
  const { draft } = draftOf(
    article([
      'Deputy Minister Ivo Sand met Mayor Petar Dovlan in Ostrogard on May 2. ' +
        'Sand told Veltnik on May 3 that the deal was off. ' +
        'Sand told Dovlan that the port would close, and Lindau told Ostrogard that it would wait.',
    ]),
  );

  it('takes one unknown word after "told" and before a date or a clause as the outlet', () => {
    expect(draft.sources.map((s) => [s.outlet, s.date])).toEqual([['Veltnik', '2009-05-03']]);
    expect(draft.actors.find((a) => a.name === 'Veltnik')?.kind).toBe('media');
  });
});
