import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const kindOf = (paragraphs: string[], name: string) =>
  draftOf(article(paragraphs)).draft.actors.find((a) => a.name === name)?.kind;

// What is bought, sold or held in shares is a company, though a preposition stands before its name.
describe('a company named after a purchase or a stake', () => {
  it('reads "completed its purchase of Varnok Steel" as an organization', () => {
    expect(
      kindOf(
        ['On May 4, the Kestrian bank completed its purchase of Varnok Steel for $90 million.'],
        'Varnok Steel',
      ),
    ).toBe('organization');
  });

  it('reads "sold a stake in the Ostrel Grain Terminal" as an organization', () => {
    expect(
      kindOf(
        ['In 2004 the city sold a majority stake in the Ostrel Grain Terminal to a group of local traders.'],
        'Ostrel Grain Terminal',
      ),
    ).toBe('organization');
  });

  it('still reads "a stake in the Ostrel grain terminal" as the place of the works', () => {
    expect(
      kindOf(
        ['In 2004 the city sold a majority stake in the Ostrel grain terminal to local traders.'],
        'Ostrel',
      ),
    ).toBe('place');
  });
});
