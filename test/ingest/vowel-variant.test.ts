import { describe, expect, it } from 'vitest';
import { vowelVariant } from '../../ingest/stages/actors/spelling.js';
import { article, draftOf } from './helpers.js';

describe('a surname told again in another transliteration of one vowel', () => {
  it('is the person already named (Nurmatov / Nurmotov)', () => {
    const { draft } = draftOf(
      article([
        'Foreign Minister Ravshan Nurmotov said on May 28 that the talks would resume.',
        'Nurmatov, for his part, is due in Novoborsk on June 10.',
      ]),
    );
    const people = draft.actors.filter((a) => a.kind === 'person');
    expect(people.map((a) => a.name)).toEqual(['Ravshan Nurmotov']);
  });

  it('keeps apart short names and names that differ in more than one vowel or in a consonant', () => {
    expect(vowelVariant('mirkomilov', 'mirkamilov')).toBe(true);
    expect(vowelVariant('petrov', 'putrov')).toBe(false);
    expect(vowelVariant('mirkomilov', 'markamilov')).toBe(false);
    expect(vowelVariant('mirkomilov', 'mirkomilav')).toBe(true);
    expect(vowelVariant('mirkomilov', 'mirkomirov')).toBe(false);
  });
});
