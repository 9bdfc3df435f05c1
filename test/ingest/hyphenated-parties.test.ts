import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const namesOf = (sentence: string) => draftOf(article([sentence])).draft.actors.map((a) => a.name);

describe('two parties joined by a hyphen, as plain typing joins them', () => {
  it('drafts each party of "EU-Russia talks" and "the Russia-Ukraine deal", as with an en dash', () => {
    for (const dash of ['-', '–']) {
      const names = namesOf(
        `The EU${dash}Russia talks planned for July 3 were put off, and the Russia${dash}Ukraine deal stalled.`,
      );
      expect(names).toEqual(expect.arrayContaining(['EU', 'Russia', 'Ukraine']));
      expect(names.some((n) => n.includes(`${dash}`))).toBe(false);
    }
  });

  it('keeps a hyphenated name that is one place or one person whole', () => {
    const names = namesOf(
      'Special Representative Hans-Dieter Krämer flew from Ust-Kamenogorsk to Nagorno-Karabakh on May 4.',
    );
    expect(names).toEqual(
      expect.arrayContaining(['Hans-Dieter Krämer', 'Ust-Kamenogorsk', 'Nagorno-Karabakh']),
    );
  });
});
