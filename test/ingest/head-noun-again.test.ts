// "the OSCE Mission to Georgia …, the Mission said": a body's head noun, capitalised, names again the
// one body of the article whose name has it before what "to", "for", "in" or "of" adds.
import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

describe('a body named again by its capitalised head noun', () => {
  it.each([
    [
      'On May 3 the OSCE Mission to Georgia sent observers to the border.',
      'Two days later, the Mission announced that the talks had failed.',
      'OSCE Mission to Georgia',
    ],
    [
      'The Central Commission for Elections counted the ballots on March 2.',
      'On March 4 the Commission declared the vote valid.',
      'Central Commission for Elections',
    ],
    [
      'The Supreme Council of Abkhazia passed the land law on May 2.',
      'On May 9 the Council overturned it.',
      'Supreme Council of Abkhazia',
    ],
  ])('%s %s', (first, second, name) => {
    const { draft } = draftOf(article([first, second]));
    const names = draft.actors.map((a) => a.name);
    expect(names).toContain(name);
    expect(names).not.toContain(second.match(/the (\p{Lu}\p{Ll}+)/u)?.[1]);
  });
});
