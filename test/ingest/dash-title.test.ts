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
