import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const statementsOf = (text: string) =>
  draftOf(text)
    .draft.quotes.filter((q) => q.kind === 'reported')
    .map((q) => [q.speaker, q.evidence.join(' ')]);

describe('"reminded" reports words', () => {
  it('reads "reminded reporters that …" as a second statement of the same speaker', () => {
    const text = article([
      'Mayor Ivo Brandt said that the port was safe and reminded reporters that the law forbids its sale.',
    ]);
    expect(statementsOf(text)).toEqual([
      ['ivo-brandt', 'Mayor Ivo Brandt said that the port was safe'],
      ['ivo-brandt', 'and reminded reporters that the law forbids its sale.'],
    ]);
  });

  it('reads "reminds the council that …" with a hearer named by its noun', () => {
    const text = article([
      'Ivo Brandt, the mayor, spoke on Monday. Brandt reminds the council that the budget is fixed.',
    ]);
    expect(statementsOf(text)).toEqual([
      ['ivo-brandt', 'Brandt reminds the council that the budget is fixed.'],
    ]);
  });

  it('reads a body reminding a named party "of" a debt, but not a memory', () => {
    const text = article([
      'On May 2, Nordgas reminded Kestrogas of a debt of $40 million. The old film reminded him of his youth.',
    ]);
    expect(statementsOf(text)).toEqual([
      ['nordgas', 'On May 2, Nordgas reminded Kestrogas of a debt of $40 million.'],
    ]);
  });
});
