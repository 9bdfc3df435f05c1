import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const actorsOf = (paragraphs: string[]) => draftOf(article(paragraphs)).draft.actors;

describe('a company named once with its country’s name after it, otherwise by its one word', () => {
  it('is one organisation ("the chairman of Tolvagaz Tolvarii", then "Tolvagaz said")', () => {
    const actors = actorsOf([
      'On May 2, 2009, the chairman of Tolvagaz Tolvarii, Ivar Denk, met the Tolvarian prime minister (Harbor News, May 3). Tolvagaz said on May 4 that it had paid. Tolvagaz later denied that it owed more, and Tolvagaz asked for a loan.',
    ]);
    const company = actors.filter((a) => a.name.startsWith('Tolvagaz'));
    expect(company).toHaveLength(1);
    expect(company[0]?.kind).toBe('organization');
  });

  it('works for a long form printed after a preposition of place too ("delivered to Sarnogaz Sarnii")', () => {
    const actors = actorsOf([
      'On June 2, 2009, the gas was delivered to Sarnogaz Sarnii, a Sarnian official said (Harbor News, June 3). Sarnogaz signed the deal on June 5, and Sarnogaz paid the first bill a week later.',
    ]);
    const company = actors.filter((a) => a.name.startsWith('Sarnogaz'));
    expect(company).toHaveLength(1);
    expect(company[0]?.kind).toBe('organization');
  });
});
