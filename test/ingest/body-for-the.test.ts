// "the Agency for the Protection of Competition": a body's head named for its task after "for the",
// and its holder after the whole name; "X, Deputy Chairman of the …, said": the person speaks.
import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

describe('a body named for its task', () => {
  it.each([
    [
      'The Agency for the Protection of Competition fined the bakery chain on May 2.',
      'Agency for the Protection of Competition',
    ],
    [
      'The Fund for the Development of Small Business lent the farmers money in April.',
      'Fund for the Development of Small Business',
    ],
    [
      'Lawyers from the Bureau for the Defence of Prisoners visited the camp on June 3.',
      'Bureau for the Defence of Prisoners',
    ],
    [
      'The Committee for the Management and Use of State Property sold the mill on May 3.',
      'Committee for the Management and Use of State Property',
    ],
  ])('%s', (sentence, name) => {
    const { draft } = draftOf(article([sentence]));
    expect(draft.actors.map((a) => [a.name, a.kind])).toContainEqual([name, 'organization']);
  });

  it('parts the holder printed after a body attached to an office', () => {
    const { draft } = draftOf(
      article([
        'Deputy Chairman of the State Agency for the Management of Water Resources under the President of Uzbekistan Rustam Aliev said on May 6 that the rivers were low.',
      ]),
    );
    const names = draft.actors.map((a) => a.name);
    expect(names).toContain('Rustam Aliev');
    expect(names).toContain(
      'State Agency for the Management of Water Resources under the President of Uzbekistan',
    );
  });
});

describe('a capitalised title in apposition', () => {
  it.each([
    'Rustam Aliev, Deputy Chairman of the State Agency for the Management of Water Resources, said on May 6 that the rivers were low.',
    'Rustam Aliev, Deputy Chairman of the State Water Agency, said on May 6 that the rivers were low.',
    'Rustam Aliev, First Deputy Head of the Water Agency under the Cabinet of Ministers, told reporters on May 6 that the rivers were low.',
  ])('gives the words to the person: %s', (sentence) => {
    const { draft } = draftOf(article([sentence]));
    const speaker = draft.quotes.find((q) => q.kind === 'reported')?.speaker;
    expect(draft.actors.find((a) => a.id === speaker)?.name).toBe('Rustam Aliev');
  });
});
