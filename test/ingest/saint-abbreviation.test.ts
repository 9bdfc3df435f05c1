// "St." before a capitalised word is the first word of a name, not a name of its own.
import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

describe('a name abbreviated with "St."', () => {
  it('keeps "St. Petersburg" whole', () => {
    const { draft } = draftOf(
      article([
        'The grain left St. Petersburg on May 4 by rail, and the mayor of St. Petersburg welcomed the deal.',
      ]),
    );
    const names = draft.actors.map((a) => a.name);
    expect(names).toContain('St. Petersburg');
    expect(names).not.toContain('St');
    expect(names).not.toContain('Petersburg');
  });
});
