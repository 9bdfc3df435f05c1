import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const speakersOf = (text: string) =>
  draftOf(text)
    .draft.quotes.filter((q) => q.kind === 'reported')
    .map((q) => q.speaker);

describe('a post holder after a long title "of" a body or field', () => {
  it('names the person after "Minister of X and Y", not "Y Firstname Lastname"', () => {
    const text = article([
      'Minister of Water and Forestry Tomas Adler told reporters on June 3 that the dam would be finished in May.',
    ]);
    const { draft } = draftOf(text);
    expect(draft.actors.map((a) => a.name)).toContain('Tomas Adler');
    expect(speakersOf(text)).toEqual(['tomas-adler']);
  });

  it('names the person after a department of a ministry given with a possessive', () => {
    const text = article([
      'Head of the Interior Ministry’s Office for Migration Lena Marsh said on June 4 that the camps were full.',
    ]);
    expect(speakersOf(text)).toEqual(['lena-marsh']);
  });

  it('names the person after "Minister for X and Y"', () => {
    const text = article([
      'Minister for Roads and Bridges Piet Vos said that the new toll would not be raised this year.',
    ]);
    expect(speakersOf(text)).toEqual(['piet-vos']);
  });

  it('drafts no actor for the field before "and" in "Minister of X and Y Firstname Lastname"', () => {
    const text = article([
      'Deputy Minister of Culture and Tourism Lena Vogel said on May 2 that the festival would open.',
      'On May 9, Minister of Labor and Social Protection Anna Berg said that pensions would rise.',
      'First Deputy Minister of Fuel and Energy Ivan Sorokin told reporters that the pipeline was safe.',
    ]);
    const names = draftOf(text).draft.actors.map((a) => a.name);
    expect(names).toEqual(expect.arrayContaining(['Lena Vogel', 'Anna Berg', 'Ivan Sorokin']));
    expect(names.filter((n) => /^(?:Culture|Tourism|Labor|Fuel|Energy)$/.test(n))).toEqual([]);
  });

  it('keeps a country named before "and" after a title "of"', () => {
    const text = article([
      'On May 9, the President of Moldova and Romanian Prime Minister Ion Popa met in Chisinau.',
    ]);
    expect(draftOf(text).draft.actors.map((a) => a.name)).toContain('Moldova');
  });
});

describe('a post holder after a title "of" a body and its place', () => {
  it('splits the place off the holder after "(ABBR) of Country" and "Mission in Country"', () => {
    const text = article([
      'Chairman of the State Customs Committee (SCC) of Georgia Levan Beridze said on May 2 that the border would stay open.',
      'Head of the European Union Monitoring Mission in Georgia Hans Berg told reporters on May 3 that the patrols would go on.',
      'Head of the Organization for Economic Development and Regional Cooperation (OEDRC) Observation Mission in Moldova Anna Lindqvist said on May 4 that the vote had been fair.',
    ]);
    const names = draftOf(text).draft.actors.map((a) => a.name);
    expect(names).toEqual(expect.arrayContaining(['Levan Beridze', 'Hans Berg', 'Anna Lindqvist']));
    expect(names.filter((n) => /^(?:Georgia|Moldova) \p{Lu}/u.test(n))).toEqual([]);
  });
});

describe('a post holder after a body whose last field takes two words', () => {
  it('keeps the whole field and names the holder after it', () => {
    const text = article([
      'Chairman of the Senate Committee on Water and Land Reclamation Olga Marin told reporters on May 4 that the canal was dry.',
      'Head of the Assembly Committee on Science and Higher Education Pavel Lind said on May 5 that fees would rise.',
    ]);
    const names = draftOf(text).draft.actors.map((a) => a.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'Senate Committee on Water and Land Reclamation',
        'Assembly Committee on Science and Higher Education',
        'Olga Marin',
        'Pavel Lind',
      ]),
    );
    expect(speakersOf(text)).toEqual(['olga-marin', 'pavel-lind']);
  });
});
