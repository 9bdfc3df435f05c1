import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

function actorsOf(paragraphs: string[]) {
  const { draft } = draftOf(article(paragraphs));
  return draft.actors;
}
const named = (actors: ReturnType<typeof actorsOf>, name: string) => actors.find((a) => a.name === name);

describe('facilities with a lower-case head of a prison, a station or a plant', () => {
  it('drafts "the Dorvik prison" as a place, and the bare name later as the town it is named after', () => {
    const actors = actorsOf([
      'On March 2, 2009, the opposition leader Ivar Lenk was moved to the Dorvik prison, his lawyer said (Harbor News, March 3). Visitors to Dorvik wait for hours.',
    ]);
    expect(named(actors, 'Dorvik prison')?.kind).toBe('place');
    expect(named(actors, 'Dorvik prison')?.aliases).not.toContain('Dorvik');
    expect(named(actors, 'Dorvik')?.kind).toBe('place');
  });

  it('drafts a detention center, a nuclear plant and a metro as places', () => {
    const actors = actorsOf([
      'On April 4, 2009, dozens of students were held at the Selvara detention center (Harbor News, April 5).',
      'The government said on April 6 that the Marnov nuclear plant would restart its second reactor, and that the Ostrava metro would run all night (Harbor News, April 7).',
    ]);
    expect(named(actors, 'Selvara detention center')?.kind).toBe('place');
    expect(named(actors, 'Marnov nuclear plant')?.kind).toBe('place');
    expect(named(actors, 'Ostrava metro')?.kind).toBe('place');
  });

  it('leaves a body that owns the facility a body ("the KGB\'s detention center", "the FSB prison")', () => {
    const actors = actorsOf([
      'On May 5, 2009, two reporters were taken to the KGB’s detention center and then to the FSB prison, their editor said (Harbor News, May 6).',
    ]);
    expect(actors.map((a) => a.name)).not.toContain('KGB detention center');
    expect(actors.map((a) => a.name)).not.toContain('FSB prison');
  });

  it('drafts a pipeline named by a region’s adjective ("the Caspian coastal pipeline") as a place', () => {
    const actors = actorsOf([
      'On June 8, 2009, the three governments signed an agreement on the Caspian coastal pipeline, and the ministers promised to finish the Central Asian pipeline by 2012 (Harbor News, June 9).',
    ]);
    expect(named(actors, 'Caspian coastal pipeline')?.kind).toBe('place');
    expect(named(actors, 'Central Asian pipeline')?.kind).toBe('place');
  });

  it('does not make a pipeline of a country’s adjective ("the Russian pipeline")', () => {
    const actors = actorsOf([
      'On June 8, 2009, Tolvaria said it would stop using the Russian pipeline (Harbor News, June 9).',
    ]);
    expect(actors.map((a) => a.name)).not.toContain('Russian pipeline');
  });
});
