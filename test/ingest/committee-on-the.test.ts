import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const names = (paragraphs: string[]) => draftOf(article(paragraphs)).draft.actors.map((a) => a.name);

describe('"Chairman of the X Committee on the Y Firstname Lastname"', () => {
  it('names the committee with its field after "on the", and the holder after it', () => {
    const drafted = names([
      'Chairman of the Senate Committee on the Budget and Tax Policy Maria Lind said on May 2 that the deficit would grow.',
      'Deputy Chairman of the Committee on the Fuel and Energy Complex Ivan Orlov told reporters on May 3 that prices would rise.',
    ]);
    expect(drafted).toEqual(
      expect.arrayContaining([
        'Senate Committee on the Budget and Tax Policy',
        'Maria Lind',
        'Committee on the Fuel and Energy Complex',
        'Ivan Orlov',
      ]),
    );
    expect(drafted.filter((n) => /Complex Ivan|Budget$|^Senate Committee$/.test(n))).toEqual([]);
  });

  it('joins no other body to what follows "on the" ("a statement by the Foreign Ministry on the Black Sea Fleet")', () => {
    const drafted = names([
      'On May 4, a statement by the Foreign Ministry on the Black Sea Fleet was published.',
    ]);
    expect(drafted).toEqual(expect.arrayContaining(['Foreign Ministry', 'Black Sea Fleet']));
  });
});
