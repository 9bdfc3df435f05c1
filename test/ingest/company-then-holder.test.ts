// "Chairman of the Board of Baltic Tanker Ivo Tamm": after a title's "of", a company of two words and
// then its holder's full name; and "Naftogaz" is the short form of "Naftogaz Ukrainy".
import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

describe('a two-word company between a title and its holder', () => {
  it.each([
    [
      'Chairman of the Board of Baltic Tanker Ivo Tamm said on May 2 that the quay was full.',
      'Baltic Tanker',
      'Ivo Tamm',
    ],
    [
      'Chairman of the Management Board of Ventspils Nafta Juris Lujans said on May 3 that cargo fell.',
      'Ventspils Nafta',
      'Juris Lujans',
    ],
    [
      'Deputy Chairman of the Board of Narva Energia Peeter Kask warned on June 1 that tariffs would rise.',
      'Narva Energia',
      'Peeter Kask',
    ],
  ])('%s', (sentence, company, person) => {
    const { draft } = draftOf(article([sentence]));
    expect(draft.actors.find((a) => a.name === company)?.kind).toBe('organization');
    expect(draft.actors.find((a) => a.name === person)?.kind).toBe('person');
  });
});

describe('a company word before its country’s name', () => {
  it('is one company with the company word alone', () => {
    const { draft } = draftOf(
      article([
        'Chairman of the Board of Beltransgaz Belarusi Ivan Sidorov said on May 3 that Belarus would pay.',
        'Beltransgaz later denied that it had asked for a loan.',
      ]),
    );
    const names = draft.actors.map((a) => a.name);
    expect(names).toContain('Beltransgaz Belarusi');
    expect(names).not.toContain('Beltransgaz');
  });

  it('keeps a company line of another name apart', () => {
    const { draft } = draftOf(
      article([
        'Gazprom said on May 3 that Gazprom Export would sign the contract with the Lithuanian buyers.',
        'Gazprom Export later denied that it had asked for a discount.',
      ]),
    );
    const names = draft.actors.map((a) => a.name);
    expect(names).toContain('Gazprom');
    expect(names).toContain('Gazprom Export');
  });
});
