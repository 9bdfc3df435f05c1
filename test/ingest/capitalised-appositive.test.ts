// A speaker before an appositive that opens with a capitalised post ("Deputy Chairman of …") or a
// possessive ("Norway's Minister of …"): the person named first speaks, not the body in the post.
import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const speakersOf = (text: string) =>
  draftOf(text)
    .draft.quotes.filter((q) => q.kind === 'reported')
    .map((q) => q.speaker);

describe('a capitalised appositive after the speaker', () => {
  it('reads past a capitalised post of a body', () => {
    const text = article([
      'The canal was closed in April.',
      'Pavel Orlov, Deputy Chairman of the State Committee for Water under the President of Uzbekistan, said on May 4 that the canal would reopen.',
    ]);
    expect(speakersOf(text)).toEqual(['pavel-orlov']);
  });

  it('reads past a post opened by a country in the possessive, and a relative clause after it', () => {
    const text = article([
      'Talks opened in Astana on May 3.',
      'Ivan Dolgov, Kazakhstan’s Minister of Energy and Mines, who led the delegation, told reporters afterwards that the deal would be signed in June.',
    ]);
    expect(speakersOf(text)).toEqual(['ivan-dolgov']);
  });

  it('reads past a post opened by a body in the possessive', () => {
    const text = article([
      'The port lost a third of its cargo in May.',
      'Ambassador Olga Ris, the Council’s envoy, left Riga on May 2. Deputy Minister Janis Ozols, Latvia’s Deputy Minister of Transport, insisted that the losses would be made up by the autumn.',
    ]);
    expect(speakersOf(text)).toEqual(['janis-ozols']);
  });
});
