import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const sourcesOf = (paragraphs: string[]) =>
  draftOf(article(paragraphs)).draft.sources.map((s) => [s.outlet, s.date]);

// A known outlet reports in an aside ("X, which reported …") or points something out ("as X pointed
// out"), and the date may follow what it reported ("reported the vote on May 6").
describe('outlets that report in an aside or point something out', () => {
  it('takes "Interfax, which reported the vote on May 6, …" when Interfax is cited', () => {
    expect(
      sourcesOf([
        'The Rada passed the budget on May 5 (Interfax, May 5). Interfax, which reported the vote on May 6, also quoted the speaker.',
      ]),
    ).toContainEqual(['Interfax', '2009-05-06']);
  });

  it('takes "as Kommersant pointed out on June 4" when Kommersant is cited', () => {
    expect(
      sourcesOf([
        'The pipeline stopped on June 2 (Kommersant, June 3). The price, as Kommersant pointed out on June 4, had not changed.',
      ]),
    ).toContainEqual(['Kommersant', '2009-06-04']);
  });

  it('does not take a company "which reported a loss" for an outlet', () => {
    expect(
      sourcesOf(['Norvik Steel, which reported a loss on May 2, closed its second furnace.']).map(
        ([outlet]) => outlet,
      ),
    ).not.toContain('Norvik Steel');
  });
});
