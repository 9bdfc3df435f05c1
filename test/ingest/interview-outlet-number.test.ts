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

describe('an interview credit line that says in which language it appeared', () => {
  it.each([
    [
      'The interview was conducted by Peter Hudec in Bratislava on February 10, 2009, and published in Slovak in the February 12 issue of the weekly Trend.',
      'Trend',
      '2009-02-12',
    ],
    [
      'The interview was conducted by Ihar Kouzal in Vilnius on June 14, 2009, and first appeared, in Belarusian, in the June 22 issue of Nasha Niva.',
      'Nasha Niva',
      '2009-06-22',
    ],
    ['This interview first appeared in Georgian in Rezonansi on May 14.', 'Rezonansi', '2009-05-14'],
  ])('takes the outlet after the language, not the language: %s', (credit, outlet, date) => {
    const source = interview(credit).sources.find((s) => s.kind === 'in-sentence');
    expect(source).toMatchObject({ outlet, date });
  });
});
