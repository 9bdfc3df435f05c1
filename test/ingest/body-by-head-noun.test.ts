import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const statementsOf = (text: string) =>
  draftOf(text)
    .draft.quotes.filter((q) => q.kind === 'reported')
    .map((q) => q.speaker);

// "according to the embassy" names the one body whose head noun is "embassy", also when a place or
// a field follows the head ("the British Embassy in Tallinn", "the Chamber of Commerce"), and also
// when the phrase ends the sentence.
describe('a body named by its head noun', () => {
  it('gives "according to the embassy" to the Embassy in a city', () => {
    const text = article([
      'The British Embassy in Tallinn said on Monday that its staff were safe. A trade delegation is due in Tallinn on May 4, according to the embassy, to discuss fuel deliveries.',
    ]);
    expect(statementsOf(text)).toEqual(['british-embassy-in-tallinn', 'british-embassy-in-tallinn']);
  });

  it('gives a sentence-final "according to the chamber." to the Chamber of Commerce', () => {
    const text = article([
      'The Chamber of Commerce in Vilnius surveyed its members in June. Half of them plan to hire more staff, according to the chamber.',
    ]);
    expect(statementsOf(text)).toEqual(['chamber-of-commerce']);
  });
});
