import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const statementsOf = (text: string) =>
  draftOf(text)
    .draft.quotes.filter((q) => q.kind === 'reported')
    .map((q) => [q.speaker, q.evidence.join(' ')]);

// Any verb that reports a claim may stand inside the words it reports.
describe('an attribution set inside the words, with verbs beyond "said"', () => {
  it('reads "X, he explained, was …"', () => {
    const text = article([
      'Mayor Ivo Brandt met the press on Monday. The plant, he explained, was ready for sale.',
    ]);
    expect(statementsOf(text)).toEqual([['ivo-brandt', 'The plant, he explained, was ready for sale']]);
  });

  it('reads "X, Y admitted, had …" and "X, Y maintains, is …"', () => {
    const text = article([
      'Mayor Ivo Brandt met the press on Monday. The budget, Brandt admitted, had run dry in March.',
      'Finance Minister Lena Marsh was in Bonn. The tax, Marsh maintains, is fair to everyone.',
    ]);
    expect(statementsOf(text).map(([speaker]) => speaker)).toEqual(['ivo-brandt', 'lena-marsh']);
  });
});
