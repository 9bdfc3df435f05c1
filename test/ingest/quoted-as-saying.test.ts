// "X quoted Y as saying that …": Y's words, whether Y is named or an unnamed source.
import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const statementsOf = (text: string) => draftOf(text).draft.quotes.filter((q) => q.kind === 'reported');

describe('"quoted … as saying that"', () => {
  it('gives the words to an unnamed source the outlet quoted', () => {
    const text = article([
      'Latvijas Gaze raised its prices on May 2 (LETA, May 3).',
      'The daily quoted a source in the Economy Ministry as saying that the prices would fall in autumn.',
      'Reuters quoted officials in Vilnius as saying that Lithuania would not follow.',
    ]);
    const { draft } = draftOf(text);
    const names = statementsOf(text).map((q) => draft.actors.find((a) => a.id === q.speaker)?.name);
    expect(names).toEqual(['Economy Ministry source', 'Vilnius officials']);
  });

  it('still gives them to a person named there', () => {
    const text = article([
      'Latvijas Gaze raised its prices on May 2. The daily quoted Economy Minister Anna Lis as saying that the prices would fall.',
    ]);
    expect(statementsOf(text).map((q) => q.speaker)).toEqual(['anna-lis']);
  });
});
