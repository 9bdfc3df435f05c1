// "said Moldova wanted a new contract": a clause without "that" opened by a name and a past verb is
// the words reported, as one opened by a name and a modal is ("said Moldova would sign").
import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const reported = (text: string) =>
  draftOf(text)
    .draft.quotes.filter((q) => q.kind === 'reported')
    .map((q) => q.evidence[0]);

describe('a name and a past verb after the reporting verb', () => {
  it('reports "said Moldova wanted …"', () => {
    const text = article(['Ivan Petrov said Moldova wanted a new contract.']);
    expect(reported(text)).toEqual(['Ivan Petrov said Moldova wanted a new contract.']);
  });

  it('reports "said Warsaw shared …" after a long title', () => {
    const text = article(['Polish Foreign Ministry spokesman Adam Nowak said Warsaw shared the concern.']);
    expect(reported(text)).toHaveLength(1);
  });

  it('reports nothing for a name without a clause', () => {
    const text = article(['Ivan Petrov said goodbye to Moldova in March.']);
    expect(reported(text)).toEqual([]);
  });
});
