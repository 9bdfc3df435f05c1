// A body told by its kind before the name ("the opposition party Free Tavrenia") or by what only a
// body has after it ("Free Tavrenia’s chairwoman"), though the name holds a country's.
import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const kindOf = (paragraph: string, name: string) =>
  draftOf(article([paragraph])).draft.actors.find((a) => a.name === name)?.kind;

describe('a body whose name holds a country’s', () => {
  it('is an organisation after its kind: "the opposition party Free Tavrenia", "the youth movement Nashi"', () => {
    expect(
      kindOf('On May 2 the opposition party Free Tavrenia called a rally in Ostrel.', 'Free Tavrenia'),
    ).toBe('organization');
    expect(kindOf('On April 27 the youth movement Nashi began a blockade of the embassy.', 'Nashi')).toBe(
      'organization',
    );
  });

  it('is an organisation before what only a body has: "Free Tavrenia’s chairwoman"', () => {
    expect(
      kindOf(
        'Free Tavrenia’s chairwoman, Daria Kostenko, called the ruling a receipt on April 27.',
        'Free Tavrenia',
      ),
    ).toBe('organization');
  });
});

describe('an appositive opened by an owner’s possessive', () => {
  it('tells a body: "Honest Ballot, Tavrenia’s largest election-monitoring network,"', () => {
    expect(
      kindOf(
        'Zarina Alimbekova has coordinated the Chardak branch of Honest Ballot, Tavrenia’s largest independent election-monitoring network, since 2013.',
        'Honest Ballot',
      ),
    ).toBe('organization');
  });

  it('keeps a company one actor with its name less its legal form’s letters ("PKN Orlen" and "Orlen")', () => {
    const { draft } = draftOf(
      article([
        'PKN Orlen, Poland’s largest oil company, was preparing a purchase in May. On May 26, Orlen’s management board signed an agreement.',
      ]),
    );
    const orlen = draft.actors.filter((a) => /Orlen/.test(a.name));
    expect(orlen).toHaveLength(1);
    expect([orlen[0]?.name, ...(orlen[0]?.aliases ?? [])].sort()).toEqual(['Orlen', 'PKN Orlen']);
  });
});

describe('a name that passes bills', () => {
  it('is a body: "The National Veche passed the bill at first reading", "the Veche votes on …"', () => {
    expect(
      kindOf(
        'The National Veche passed the bill at first reading on September 25, by 58 votes.',
        'National Veche',
      ),
    ).toBe('organization');
  });
});

describe('a person glossed by a trade', () => {
  it('is a person: "Anvar Yusufi, a former headmaster, has run the camp …"', () => {
    expect(
      kindOf(
        'Anvar Yusufi, a former headmaster, has run the refugee camp outside Shurobod since October 1.',
        'Anvar Yusufi',
      ),
    ).toBe('person');
  });
});
