// "estimates that …" reports a judgement, as "argues that" does; "estimated the cost at $5 million"
// still reports a figure, and "estimated the losses" with neither reports nothing.
import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const reported = (text: string) =>
  draftOf(text)
    .draft.quotes.filter((q) => q.kind === 'reported')
    .map((q) => q.evidence[0]);

describe('estimates that', () => {
  it('reports a judgement in the present', () => {
    const text = article(['Ivan Petrov estimates that a third of the shops in the town have closed.']);
    expect(reported(text)).toEqual([
      'Ivan Petrov estimates that a third of the shops in the town have closed.',
    ]);
  });

  it('reports a judgement in the past after an appositive', () => {
    const text = article([
      'Lev Orlov, an economist at the Trade Institute in Minsk, estimated that wages had fallen by half.',
    ]);
    expect(reported(text)).toHaveLength(1);
  });

  it('reports nothing for an estimate without its figure or clause', () => {
    const text = article(['Ivan Petrov estimated the losses and left for Kyiv.']);
    expect(reported(text)).toEqual([]);
  });
});
