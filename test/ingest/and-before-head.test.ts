// "the Latvian Logistics and Freight Forwarding Association": "and" inside a body's name, before its
// head, joins two fields of one body.
import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

describe('"and" between two fields before a body’s head', () => {
  it.each([
    [
      'The Latvian Logistics and Freight Forwarding Association said on May 3 that rail cargo fell.',
      'Latvian Logistics and Freight Forwarding Association',
    ],
    [
      'On June 4 the Kazakh Mining and Metals Workers Union called a strike.',
      'Kazakh Mining and Metals Workers Union',
    ],
    [
      'Chairman of the Lithuanian Ports and Logistics Association Rimas Zukas said on May 3 that fees rose.',
      'Lithuanian Ports and Logistics Association',
    ],
  ])('%s', (sentence, name) => {
    const { draft } = draftOf(article([sentence]));
    expect(draft.actors.map((a) => [a.name, a.kind])).toContainEqual([name, 'organization']);
  });

  it('keeps two countries apart', () => {
    const { draft } = draftOf(article(['Talks between the Estonia and Latvia Railways stalled on May 3.']));
    expect(draft.actors.map((a) => a.name)).toContain('Estonia');
  });
});
