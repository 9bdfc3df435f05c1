import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

// A quote box's attribution: a capitalised part that ends in a role noun is the speaker's title,
// and the outlet comes after it.
describe('a quote box titled by a body and a role noun', () => {
  it('takes the part after "Green League deputy" as the outlet', () => {
    const { draft } = draftOf(
      article([
        'The port reopened on May 2.',
        '“Nobody asked us.”—Ivan Dorn, Green League deputy, Pelka Vesti, May 4',
      ]),
    );
    expect(draft.sources.map((s) => [s.outlet, s.date])).toEqual([['Pelka Vesti', '2009-05-04']]);
  });

  it('takes the part after "Harbor Union spokesman" as the outlet', () => {
    const { draft } = draftOf(
      article([
        'The strike ended on June 1.',
        '“We got half of what we asked.”—Olga Sand, Harbor Union spokesman, Varnel Courier, June 3',
      ]),
    );
    expect(draft.sources.map((s) => [s.outlet, s.date])).toEqual([['Varnel Courier', '2009-06-03']]);
  });
});

describe('a quote box whose speaker holds a title in a body', () => {
  it('takes the name after the body ("Chairman of the National Council’s Foreign Affairs Committee Tomasz Zelenka") as the speaker', () => {
    const { draft } = draftOf(
      article([
        'The court upheld the vote on April 27.',
        'QUOTE: “Ostrel now has a governor it can inaugurate.”—Chairman of the Dubranian National Council’s Foreign Affairs Committee Tomasz Zelenka, DTV, April 28',
      ]),
    );
    const quote = draft.quotes.find((q) => q.kind === 'direct');
    expect(quote?.speaker).toBe('tomasz-zelenka');
    expect(draft.sources.map((s) => [s.outlet, s.date])).toEqual([['DTV', '2009-04-28']]);
  });
});

describe('a dash after quoted words inside a sentence', () => {
  it('is no quote box attribution: "a series called “The Sarnovo Pipeline”—on June 18, July 9 and July 30—tracing …"', () => {
    const { draft } = draftOf(
      article([
        'This summer Andrei Tsurcan published a series called “The Sarnovo Pipeline”—on June 18, July 9 and July 30—tracing how fuel was resold (Martor, July 30).',
      ]),
    );
    expect(draft.sources.map((s) => [s.kind, s.outlet])).toEqual([['bracket', 'Martor']]);
  });
});

describe('a quote box whose attribution names no outlet', () => {
  it('gives the words to the speaker and drafts no source and no medium', () => {
    const { draft } = draftOf(
      article([
        '“A country that needs a law to tell its citizens whom to distrust has lost their trust.”—Hanna Lindqvist, Council Representative on Media Freedom, at the end of her visit to Varnesk, October 13',
        'The bill passed its first reading on October 15.',
      ]),
    );
    const quote = draft.quotes.find((q) => q.kind === 'direct');
    expect(draft.actors.find((a) => a.id === quote?.speaker)).toMatchObject({
      name: 'Hanna Lindqvist',
      kind: 'person',
    });
    expect(draft.sources).toEqual([]);
    expect(draft.actors.some((a) => a.kind === 'media')).toBe(false);
  });

  it('keeps the speaker a person when the article names her again ("According to Hanna Lindqvist, …")', () => {
    const { draft } = draftOf(
      article([
        '“A country that needs a law to tell its citizens whom to distrust has lost their trust.”—Hanna Lindqvist, Council Representative on Media Freedom, at the end of her visit to Varnesk, October 13',
        'According to Hanna Lindqvist, the law is vague.',
      ]),
    );
    expect(draft.actors.find((a) => a.name === 'Hanna Lindqvist')?.kind).toBe('person');
    expect(draft.sources).toEqual([]);
    expect(draft.quotes.filter((q) => q.kind === 'reported').map((q) => q.speaker)).toEqual([
      'hanna-lindqvist',
    ]);
  });
});
