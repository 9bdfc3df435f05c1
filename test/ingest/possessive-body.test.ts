import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const statementsOf = (text: string) =>
  draftOf(text)
    .draft.quotes.filter((q) => q.kind === 'reported')
    .map((q) => q.speaker);

// "Brandt's ministry said …": the body speaks, not the person who heads it.
describe('a person’s body as the speaker', () => {
  it('gives "X’s ministry said that …" to the one ministry of the article', () => {
    const text = article([
      'Kestrian Water Minister Ivo Brandt visited the dam on May 2. On May 4, the Kestrian Water Ministry closed the gates. Brandt’s ministry said the next day that the dam was safe.',
    ]);
    expect(statementsOf(text)).toEqual(['kestrian-water-ministry']);
  });

  it('gives "X’s committee warned that …" to the one committee of the article', () => {
    const text = article([
      'Deputy Lena Marsh chairs the Kestrian Budget Committee. On June 9, Marsh’s committee warned that the deficit would grow.',
    ]);
    expect(statementsOf(text)).toEqual(['kestrian-budget-committee']);
  });
});

describe('a person’s body as the speaker of a quotation', () => {
  const quotesOf = (text: string) =>
    draftOf(text)
      .draft.quotes.filter((q) => q.kind === 'direct')
      .map((q) => q.speaker);

  it('gives the quotation after "X’s ministry announced" to the ministry X’s title names', () => {
    const text = article([
      'Kestrian Water Minister Ivo Brandt met Kestrian Foreign Minister Lena Marsh on May 2. The Kestrian Water Ministry and the Kestrian Foreign Ministry then met. The talks broke up on May 9, the day Brandt’s ministry announced that it saw “nothing to fear.”',
    ]);
    expect(quotesOf(text)).toEqual(['kestrian-water-ministry']);
  });

  it('gives the quotation after "X’s committee said" to the article’s one committee', () => {
    const text = article([
      'Deputy Lena Marsh chairs the Kestrian Budget Committee. On June 9, Marsh’s committee said that the plan was “a dream on paper.”',
    ]);
    expect(quotesOf(text)).toEqual(['kestrian-budget-committee']);
  });
});
