import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const interview = (credit: string) =>
  draftOf(
    article(
      [
        'Nino Gelashvili has run the Batumi Port Authority since 2006. Last month the ministry cut its budget (Civil Georgia, May 3). Below, Gelashvili answers our questions.',
        'Q: Will the ferry run this summer?',
        'A: It will. Nobody asked us when the budget was cut.',
        'Q: What comes next?',
        'A: We keep working. The new pier will open in June whatever the ministry says.',
        credit,
      ],
      'Publication: Eurasia Daily Monitor Volume: 6 Issue: 60',
    ),
  ).draft;

describe('an interview credit line whose outlet opens with a number', () => {
  it.each([
    [
      'The interview was conducted by Ana Beridze in Batumi on May 10, 2009, and published in the May 21 issue of 7 Dghe.',
      '7 Dghe',
    ],
    [
      'The interview was conducted by Oleh Moroz in Kyiv on June 2, 2009, and published in the June 9 issue of 5 Kanal Weekly.',
      '5 Kanal Weekly',
    ],
  ])('takes the whole name as the outlet, not the month: %s', (credit, outlet) => {
    const draft = interview(credit);
    expect(draft.sources.find((s) => s.kind === 'in-sentence')?.outlet).toBe(outlet);
    expect(draft.actors.map((a) => a.name)).not.toContain(credit.includes('May') ? 'May' : 'June');
  });
});
