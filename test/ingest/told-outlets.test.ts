import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const sourcesOf = (paragraphs: string[]) =>
  draftOf(article(paragraphs)).draft.sources.map((s) => [s.outlet, s.raw]);

// The outlet someone spoke to: after the participle "telling", after a medium described in lower
// case ("the state channel X"), and after "speaking by telephone to".
describe('outlets told or spoken to', () => {
  it('takes "…, telling Kommersant that …" as a source', () => {
    expect(
      sourcesOf([
        'Boris Lind, a deputy energy minister, disagreed on March 3, telling Kommersant that the price was final.',
      ]),
    ).toContainEqual(['Kommersant', 'telling Kommersant']);
  });

  it('takes "telling the daily Izvestia" as that daily, not the paper cited before', () => {
    expect(
      sourcesOf(['Anna Roos hit back the next day, telling the daily Izvestia that nobody had asked her.']),
    ).toContainEqual(['Izvestia', 'telling the daily Izvestia']);
  });

  it('takes "told the state channel Belarus-1" when the article names no such outlet before', () => {
    expect(
      sourcesOf([
        'On June 2, Deputy Minister Pavel Korn told the state channel Belarus-1 that the checks would go on.',
      ]),
    ).toContainEqual(['Belarus-1', 'Deputy Minister Pavel Korn told the state channel Belarus-1']);
  });

  it('takes "Speaking by telephone to the opposition weekly Svoboda" as a source', () => {
    expect(
      sourcesOf([
        'Speaking by telephone to the opposition weekly Svoboda, Ivan Grot said that he would not return.',
      ]).map(([outlet]) => outlet),
    ).toContain('Svoboda');
  });
});

// An outlet's correspondent or sources: the outlet is the possessor, not "X’s Y".
describe('an outlet named in the possessive', () => {
  it('takes "according to Interfax’s Minsk correspondent" as Interfax', () => {
    expect(
      sourcesOf([
        'The talks stalled on May 4, according to Interfax’s Minsk correspondent (Interfax, Moscow, May 5).',
      ]).map(([outlet]) => outlet),
    ).toEqual(['Interfax', 'Interfax']);
  });

  it('takes "according to Kommersant’s sources in the bank" as Kommersant', () => {
    expect(
      sourcesOf(['The loan was signed on June 1, according to Kommersant’s sources in the bank.']).map(
        ([outlet]) => outlet,
      ),
    ).toEqual(['Kommersant']);
  });

  it('takes "told Kommersant’s correspondent" as Kommersant', () => {
    expect(
      sourcesOf(['Lev Orlov told Kommersant’s correspondent on May 9 that the deal was off.']).map(
        ([outlet]) => outlet,
      ),
    ).toEqual(['Kommersant']);
  });
});
