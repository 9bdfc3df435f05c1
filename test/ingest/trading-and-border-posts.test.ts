import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const actorsOf = (paragraphs: string[]) =>
  Object.fromEntries(draftOf(article(paragraphs)).draft.actors.map((a) => [a.name, a]));

describe('a market, a checkpoint or an oil refinery named after a place', () => {
  const actors = actorsOf([
    'On April 8, police raided the Velkor market and detained forty traders. ' +
      'Two days later the guards closed the Ardam checkpoint on the mountain road, and on April 12 ' +
      'a pump failed at the Norvik oil refinery, which stopped taking crude.',
  ]);

  it('drafts each as a place under its whole name, not its bare name', () => {
    expect(actors['Velkor market']?.kind).toBe('place');
    expect(actors['Ardam checkpoint']?.kind).toBe('place');
    expect(actors['Norvik oil refinery']?.kind).toBe('place');
    expect(actors['Velkor']).toBeUndefined();
    expect(actors['Norvik']).toBeUndefined();
  });

  it('keeps the bare name as the alias of a market or checkpoint printed bare again', () => {
    const again = actorsOf([
      'On April 8, the guards shut the Ardam checkpoint. Lorries waited at Ardam until April 11.',
    ]);
    expect(again['Ardam checkpoint']?.aliases).toContain('Ardam');
    expect(again['Ardam']).toBeUndefined();
  });
});

describe('a group of states named by its region', () => {
  it('drafts "the Nordic states" as one place, not "Nordic"', () => {
    const actors = actorsOf([
      'On March 2, the mill said it would sell more paper to the Nordic states this year.',
    ]);
    expect(actors['Nordic states']?.kind).toBe('place');
    expect(actors['Nordic']).toBeUndefined();
  });
});

describe('a facility whose name already ends in its own head', () => {
  it('does not draft "the Trans-Velkor Pipeline oil terminal" as a terminal of its own', () => {
    const actors = actorsOf([
      'On May 5, workers at the Trans-Velkor Pipeline oil terminal went on strike for a week.',
    ]);
    expect(actors['Trans-Velkor Pipeline oil terminal']).toBeUndefined();
  });
});

describe('a terminal named after a place or after its owner', () => {
  it('drafts "the Sarvik terminal" as a place, with "Sarvik" as its alias', () => {
    const actors = actorsOf([
      'On July 3, the first tanker of the summer docked at the Sarvik terminal. A second reached Sarvik on July 9.',
    ]);
    expect(actors['Sarvik terminal']?.kind).toBe('place');
    expect(actors['Sarvik terminal']?.aliases).toContain('Sarvik');
    expect(actors['Sarvik']).toBeUndefined();
  });

  it('leaves "the Dalmor terminal" to its owner when the article deals with Dalmor', () => {
    const actors = actorsOf([
      'On July 3, dockers at the Dalmor terminal walked out. The union signed a wage deal with Dalmor on July 20.',
    ]);
    expect(actors['Dalmor terminal']).toBeUndefined();
  });
});
