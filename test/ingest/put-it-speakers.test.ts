// "As one Riga trader put it, “…”", "A Latvian banker close to the government, who …, put it more
// bluntly: “…”": an unnamed speaker of "put it", drafted after the article's phrase (decision 012).
import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const quotesOf = (text: string) => {
  const { draft } = draftOf(text);
  return draft.quotes
    .filter((q) => q.kind === 'direct')
    .map((q) => [draft.actors.find((a) => a.id === q.speaker)?.name ?? q.speaker, q.text]);
};

describe('an unnamed speaker of "put it"', () => {
  it('reads "As one <place> <noun> put it, …"', () => {
    const text = article([
      'Prices rose again in May. As one Riga trader put it, “the tax is written in Moscow and paid in Riga.”',
    ]);
    expect(quotesOf(text)).toEqual([['one Riga trader', 'the tax is written in Moscow and paid in Riga.']]);
  });

  it('reads "<a country’s> <noun> close to …, who …, put it <adverb>:"', () => {
    const text = article([
      'A Latvian banker close to the government, who asked not to be named, put it more bluntly: “Brussels talks. Moscow pays.”',
    ]);
    expect(quotesOf(text)).toEqual([
      ['A Latvian banker close to the government', 'Brussels talks. Moscow pays.'],
    ]);
  });

  it('reads a plain "the <noun> of <place> put it to"', () => {
    const text = article([
      'The mayor left in June. The owner of a bakery in Riga put it to us simply: “No flour, no bread.”',
    ]);
    expect(quotesOf(text)).toEqual([['owner of a bakery in Riga', 'No flour, no bread.']]);
  });

  it('drafts no one for a deed ("put it on the list")', () => {
    const text = article(['In March the cabinet put it on the privatization list.']);
    expect(draftOf(text).draft.actors.map((a) => a.name)).toEqual([]);
  });
});
