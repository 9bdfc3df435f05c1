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
