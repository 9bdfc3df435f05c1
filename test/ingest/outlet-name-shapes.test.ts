import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const draftFor = (paragraphs: string[]) => draftOf(article(paragraphs)).draft;
const sourcesOf = (paragraphs: string[]) =>
  draftFor(paragraphs).sources.map((s) => [s.outlet, s.date ?? null]);

// Outlets whose names English prose prints in their own sentence case, or opening with a number, and
// outlets a speaker "spoke to".
describe('outlet names with a lower-case last word', () => {
  it('keeps the last word of "Ukrainska pravda" after "told"', () => {
    expect(
      sourcesOf([
        'Olena Marchuk, a deputy in Kyiv, told Ukrainska pravda on March 4 that the vote would wait.',
      ]),
    ).toContainEqual(['Ukrainska pravda', '2009-03-04']);
  });

  it('keeps the last word of "Novaya gazeta" in a report by a named writer', () => {
    expect(
      sourcesOf([
        'According to an article by Pavel Lenski in Novaya gazeta on April 2, the mill had stopped paying its workers.',
      ]).map(([outlet]) => outlet),
    ).toEqual(['Novaya gazeta']);
  });

  it('drafts the outlet of an interview credit line with its lower-case word', () => {
    const draft = draftOf(
      article(
        [
          'Tomas Vaitkus has led the dockers at the port since 2001. Below, he answers our questions.',
          'Q: Will the cranes run this winter?',
          'A: They will. Nobody asked us when the budget was cut.',
          'Q: What comes next?',
          'A: We keep working. The new berth will open in June whatever the ministry says.',
          'The interview was conducted by Rasa Petraitė in Klaipėda on May 10, 2009, and published in the May 12 issue of Lietuvos žinios.',
        ],
        'Publication: Eurasia Daily Monitor Volume: 6 Issue: 60',
      ),
    ).draft;
    expect(draft.sources.find((s) => s.kind === 'in-sentence')?.outlet).toBe('Lietuvos žinios');
    expect(draft.actors.map((a) => a.name)).not.toContain('Lietuvos');
  });
});

describe('outlet names that open with a number', () => {
  it('takes "in 7 Dghe on May 3" after a report by a named writer', () => {
    expect(
      sourcesOf([
        'According to a report by Eka Lomidze in 7 Dghe on May 3, the customs post had closed for a week.',
      ]),
    ).toContainEqual(['7 Dghe', '2009-05-03']);
  });
});

describe('outlets a speaker spoke to', () => {
  it('takes "who spoke to Interfax on May 5" as a source', () => {
    expect(
      sourcesOf([
        'The plant stopped on May 4, according to its director, Ivan Petrov, who spoke to Interfax on May 5.',
      ]),
    ).toContainEqual(['Interfax', '2009-05-05']);
  });

  it('takes no outlet from one who spoke to a person', () => {
    const draft = draftFor([
      'Ivan Petrov, the director, met Anna Sokolova on May 4. Sokolova later spoke to Petrov on May 6 about the debt.',
    ]);
    expect(draft.sources.map((s) => s.outlet)).not.toContain('Petrov');
  });

  it('takes no source from an interviewee who says "I spoke to" an outlet', () => {
    expect(
      sourcesOf(['They came for me two days after I spoke to Interfax about the debts.']).map(([o]) => o),
    ).not.toContain('Interfax');
  });
});
