import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const quotesOf = (text: string) =>
  draftOf(text)
    .draft.quotes.filter((q) => q.kind === 'direct')
    .map((q) => [q.speaker, q.text]);

// "in his words", "in her view": the clause is the opinion of the person the pronoun names.
describe('a clause given "in his words" or "in her view"', () => {
  it('gives "X, in his words, is “…”" to the man named before', () => {
    const text = article([
      'Deputy Minister Oskar Lemm spoke to reporters in Varna on May 3. The treaty, in his words, is “a door that opens only one way.”',
    ]);
    expect(quotesOf(text)).toEqual([['oskar-lemm', 'a door that opens only one way.']]);
  });

  it('gives "the plan was, in her view, “…”" to the woman named before', () => {
    const text = article([
      'Senator Greta Holm read the budget on Monday. The plan was, in her view, “a wish list”.',
    ]);
    expect(quotesOf(text)).toEqual([['greta-holm', 'a wish list']]);
  });

  it('gives "in his own words" to him as well', () => {
    const text = article([
      'Mayor Tomas Varga closed the market on Friday. The stalls were, in his own words, “a danger to everyone who walks past.”',
    ]);
    expect(quotesOf(text)).toEqual([['tomas-varga', 'a danger to everyone who walks past.']]);
  });
});
