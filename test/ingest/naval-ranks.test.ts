import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

describe('a naval rank before a name ("Captain First Rank")', () => {
  it('is the title, not part of the person’s name', () => {
    const { draft } = draftOf(
      article([
        'On May 2, Captain First Rank Oleg Sorin told reporters that the frigate had left Sevastopol.',
        'Captain Second Rank Ivan Belov said on May 3 that the crew was safe.',
      ]),
    );
    const persons = draft.actors.filter((a) => a.kind === 'person').map((a) => a.name);
    expect(persons).toEqual(expect.arrayContaining(['Oleg Sorin', 'Ivan Belov']));
    expect(persons.filter((n) => /Rank/.test(n))).toEqual([]);
  });
});
