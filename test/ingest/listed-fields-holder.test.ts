// "Chairman of the Latvian Parliament’s Committee on Economy, Budget and Finance Janis Ozols (no
// relation), a …": a body's fields listed with commas and "and" run on to the holder's plain full
// name after them, whatever follows the name.
import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

describe('listed fields, then the holder', () => {
  it.each([
    [
      'Chairman of the Latvian Parliament’s Committee on Economy, Budget and Finance Janis Ozols (no relation), a liberal, said on May 3 that taxes would rise.',
      'Committee on Economy, Budget and Finance',
    ],
    [
      'Chairman of the Estonian Parliament’s Committee on Agriculture, Trade and Industry Arvo Tamm (no relation) warned on June 4 that the quays would close.',
      'Committee on Agriculture, Trade and Industry',
    ],
  ])('%s', (sentence, body) => {
    const { draft } = draftOf(article([sentence]));
    const kinds = Object.fromEntries(draft.actors.map((a) => [a.name, a.kind]));
    expect(kinds[body]).toBe('organization');
  });
});
