// A region's bodies printed in lower case: "the krai legislative assembly", "the tax police", "the
// oblast finance department" are bodies of their own; "in front of the city council" is a building.
import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

describe('a lower-case body of a krai, an oblast or a trade', () => {
  it.each([
    ['The krai legislative assembly rejected the budget on March 3.', 'krai legislative assembly'],
    ['On April 2 the krai administration banned the march.', 'krai administration'],
    ['The oblast finance department admitted on May 5 that revenue had fallen.', 'oblast finance department'],
    ['On March 30 the tax police searched the newspaper’s office.', 'tax police'],
    ['The regional traffic police fined forty drivers on June 8.', 'regional traffic police'],
  ])('%s', (sentence, name) => {
    const { draft } = draftOf(article([sentence]));
    expect(draft.actors.map((a) => [a.name, a.kind])).toContainEqual([name, 'organization']);
  });

  it.each([
    [
      'On May 1 some 300 drivers rallied in front of the krai administration in the rain.',
      'krai administration',
    ],
    ['On May 1 some 300 drivers rallied in front of the city council in the rain.', 'city council'],
  ])('is no body where it is only a building one stands in front of: %s', (sentence, name) => {
    const { draft } = draftOf(article([sentence]));
    expect(draft.actors.map((a) => a.name)).not.toContain(name);
  });
});
