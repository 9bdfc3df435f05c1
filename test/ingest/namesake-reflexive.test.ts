// "Petrova himself said": of two people who share a surname, "himself" or "herself" tells which speaks.
import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const statementsOf = (text: string) => draftOf(text).draft.quotes.filter((q) => q.kind === 'reported');

describe('namesakes told apart by a reflexive', () => {
  it('gives "X himself said" to the man and "X herself said" to the woman', () => {
    const text = article([
      'Transport Minister Andris Ozols raised rail tariffs on May 2 (LETA, May 3). Deputy Anna Ozols, no relation to the minister, criticized the rise on May 4.',
      'The ministry defended the tariff, and Ozols himself said the next day that it would stay until winter.',
      'Ozols herself said on May 6 that she would ask for a vote in the Saeima.',
    ]);
    const speakers = statementsOf(text)
      .filter((q) => /Ozols (?:him|her)self said/.test(q.evidence[0] ?? ''))
      .map((q) => q.speaker);
    expect(speakers).toEqual(['andris-ozols', 'anna-ozols']);
  });
});
