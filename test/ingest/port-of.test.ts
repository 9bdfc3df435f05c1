// "The Port of Riga": a port named "of" its city is one body, not "Port" and a city.
import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

describe('a port named of its city', () => {
  it.each([
    ['The Port of Riga handled less coal in March than a year before.', 'Port of Riga'],
    ['Exports through the Port of Klaipeda rose by a fifth on May 6.', 'Port of Klaipeda'],
    ['Dockers were idle while the Port of Gdansk’s main quay was dredged in June.', 'Port of Gdansk'],
    ['A spokesman for the Port of Rotterdam said on April 2 that tankers were waiting.', 'Port of Rotterdam'],
  ])('drafts one body: %s', (sentence, name) => {
    const { draft } = draftOf(article([sentence]));
    const names = draft.actors.map((a) => a.name);
    expect(names).toContain(name);
    expect(names).not.toContain('Port');
    expect(draft.actors.find((a) => a.name === name)?.kind).toBe('organization');
  });

  it('keeps a gulf named of a place a place, after an opening "The" too', () => {
    const { draft } = draftOf(article(['The Gulf of Riga froze early on January 4.']));
    expect(draft.actors.find((a) => a.name === 'Gulf of Riga')?.kind).toBe('place');
  });
});
