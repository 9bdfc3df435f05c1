// A minister's portfolio after the title is part of the title, not a place or a person.
import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const names = (paragraph: string) => draftOf(article([paragraph])).draft.actors.map((a) => a.name);

describe('the portfolio after "Minister of"', () => {
  it('drafts no actor for fields joined by "and"', () => {
    const drafted = names(
      'Pavel Orlov, an aide to the Minister of Social Affairs and Health, said on May 3 that the clinic in Dorsk would close.',
    );
    expect(drafted).toContain('Pavel Orlov');
    expect(drafted).not.toContain('Social Affairs');
    expect(drafted).not.toContain('Health');
  });

  it('drafts no actor for a portfolio of three fields', () => {
    const drafted = names(
      'The Minister of Agriculture, Fisheries and Food met the farmers in Dorsk on June 2.',
    );
    expect(drafted.filter((n) => /Agriculture|Fisheries|Food/.test(n))).toEqual([]);
  });

  it('keeps the place after a title that is not a portfolio', () => {
    const drafted = names('The Ambassador to Georgia and the Mayor of Dorsk met on June 2.');
    expect(drafted).toEqual(expect.arrayContaining(['Georgia', 'Dorsk']));
  });
});
