// "Gerrit van Loon", "Ursula von der Leyen": a lower-case particle between a given name and a surname
// is part of one person's name.
import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

describe('a name with a lower-case particle', () => {
  it.each([
    ['Dutch envoy Pieter van Vliet said on May 3 that the talks had stalled.', 'Pieter van Vliet'],
    ['Commission President Ursula von der Leyen said on May 4 that gas was short.', 'Ursula von der Leyen'],
    [
      'NATO Secretary General Jaap de Hoop Scheffer arrived in Tbilisi on October 1.',
      'Jaap de Hoop Scheffer',
    ],
    ['The report by Anna van den Berg was published on March 2.', 'Anna van den Berg'],
  ])('%s', (sentence, name) => {
    const { draft } = draftOf(article([sentence]));
    expect(draft.actors.map((a) => [a.name, a.kind])).toContainEqual([name, 'person']);
  });
});
