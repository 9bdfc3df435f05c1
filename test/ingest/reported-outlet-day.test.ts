// An outlet that wrote or reported, printed right after a day with no comma between.
import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

describe('"On February 11 Dalga wrote …"', () => {
  it('names the outlet without the day, and dates the citation by it', () => {
    const { draft } = draftOf(
      article([
        'Mammadli edits the independent weekly Dalga. On February 11 Dalga wrote that the president had suffered a stroke.',
      ]),
    );
    expect(draft.actors.map((a) => a.name)).not.toContain('February 11 Dalga');
    expect(draft.sources.find((s) => s.raw === 'Dalga wrote')).toMatchObject({
      outlet: 'Dalga',
      date: '2009-02-11',
    });
  });
});

describe('a place the speakers come from', () => {
  it('is no outlet: "drivers from Istrevia reported crossing in under an hour"', () => {
    const { draft } = draftOf(
      article([
        'Deputy Foreign Minister Irina Petrushina said on June 2 that the checks applied to every truck, although drivers from Istrevia reported crossing in under an hour (Lendpress, June 2).',
      ]),
    );
    expect(draft.sources.map((s) => s.outlet)).not.toContain('Istrevia');
  });
});
