import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const kindOf = (paragraphs: string[], name: string) =>
  draftOf(article(paragraphs)).draft.actors.find((a) => a.name === name)?.kind;

describe('an appositive whose head is a role after a body’s name', () => {
  it('makes a person of "X, a Party of Regions deputy" and "X, the Gazprom Bank chairman"', () => {
    expect(
      kindOf(
        ['Anna Lysenko, a Party of Regions deputy from Kharkiv, said on May 2 that the deal was bad.'],
        'Anna Lysenko',
      ),
    ).toBe('person');
    expect(
      kindOf(
        ['Pavel Orlov, the Gazprom Bank chairman, told reporters on May 3 that the loan was safe.'],
        'Pavel Orlov',
      ),
    ).toBe('person');
    expect(
      kindOf(
        ['Tamar Beridze, a Labor Party member of the city council, said on May 4 that she would resign.'],
        'Tamar Beridze',
      ),
    ).toBe('person');
  });

  it('keeps a body a body when no role follows ("X, a Tavria Holding company")', () => {
    expect(
      kindOf(
        ['Vostok Energo, a Tavria Holding company, said on May 5 that it had cancelled the flights.'],
        'Vostok Energo',
      ),
    ).toBe('organization');
  });
});

describe('a name between commas after a role "of" a body', () => {
  it('makes a person of "the chairman of Naftogaz Ukrainy, Ihor Danylyshyn, with …"', () => {
    const paragraphs = [
      'The contracts were signed on January 19 by the chairman of Naftogaz Ukrainy, Ihor Danylyshyn, with the two prime ministers looking on.',
    ];
    const actors = draftOf(article(paragraphs)).draft.actors;
    expect(actors.find((a) => a.name === 'Ihor Danylyshyn')?.kind).toBe('person');
  });
});

describe('a chief executive before the name', () => {
  it('keeps "Chief Executive" out of the name: "Gazprom Chief Executive Aleksei Belyakov"', () => {
    const paragraphs = [
      'Talks broke down on January 1, when Gazprom Chief Executive Aleksei Belyakov left Kyiv.',
    ];
    const names = draftOf(article(paragraphs)).draft.actors.map((a) => a.name);
    expect(names).toContain('Aleksei Belyakov');
    expect(names.some((n) => n.includes('Executive'))).toBe(false);
  });
});

describe('an appositive that ends at an abbreviation in parentheses', () => {
  it('makes a person of "X, the Special Representative of the Council of Baltic Towns (CBT), spent …"', () => {
    const paragraphs = [
      'Talks made little headway. Lars Ekdahl, the Special Representative of the Council of Baltic Towns (CBT), spent May 5 to May 7 in Narvik, where he met the mayor.',
    ];
    const draft = draftOf(article(paragraphs)).draft;
    expect(draft.actors.find((a) => a.name === 'Lars Ekdahl')?.kind).toBe('person');
    expect(draft.actors.find((a) => a.name === 'Council of Baltic Towns')?.kind).toBe('organization');
  });

  it('reads no appositive after a sentence’s opening place ("In Toravel, the answer came from …")', () => {
    const paragraphs = [
      'The company asked for more on May 3. In Toravel, the answer came from Chairman of the Board of the Northern Port Company (NPC) Arne Dahl. The talks ended there on May 4.',
    ];
    const draft = draftOf(article(paragraphs)).draft;
    expect(draft.actors.find((a) => a.name === 'Toravel')?.kind).toBe('place');
  });
});
