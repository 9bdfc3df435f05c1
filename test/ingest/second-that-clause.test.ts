import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const statementsOf = (text: string) =>
  draftOf(text)
    .draft.quotes.filter((q) => q.kind === 'reported')
    .map((q) => q.speaker);

// Words that run into a quotation and go on in a second "that" clause ("said X “…” and that …") are
// reported words of the same speaker, whether the verb is finite or a participle.
describe('a second "that" clause after a quotation', () => {
  it('keeps "told … that the city “…,” but that …" as a statement', () => {
    const text = article([
      'Mayor Tomas Lind told the radio that the city “will not pay a single coin more,” but that the buses would keep running until the spring.',
    ]);
    expect(statementsOf(text)).toEqual(['tomas-lind']);
  });

  it('keeps "said the ministry “…” and that …" as a statement', () => {
    const text = article([
      'Spokesman Ivo Kral said the ministry “stands by every figure” and that it would publish the full audit in May.',
    ]);
    expect(statementsOf(text)).toEqual(['ivo-kral']);
  });

  it('keeps ", telling X that the plan “…” and that …" as the subject\'s statement past an "and" in a name', () => {
    const text = article([
      'Marek Dolinski of the Institute for Energy and Transport in Warsaw disagreed, telling Rzeczpospolita that the plan “cannot survive a cold winter” and that the deficit would decide the matter.',
    ]);
    expect(statementsOf(text)).toEqual(['marek-dolinski']);
  });
});
