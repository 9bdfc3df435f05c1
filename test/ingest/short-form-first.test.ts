// A body named first in short and only later in full ("the National Bank", then "the National Bank of
// Georgia"; "the Water Agency", then "the Water Agency under the Cabinet of Ministers") is one body.
import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

describe('a body’s short form printed before its full name', () => {
  it.each([
    [
      'On March 2 the National Bank raised its rate by a point.',
      'Economists said on March 9 that the National Bank of Georgia had moved too late.',
      'National Bank',
    ],
    [
      'A spokesman for the State Agency for Water Use said on May 2 that the canal was dry.',
      'The State Agency for Water Use under the Cabinet of Ministers closed the sluices on May 4.',
      'State Agency for Water Use',
    ],
    [
      'The Supreme Council debated the budget on April 1.',
      'On April 8 the Supreme Council of Adjara rejected it.',
      'Supreme Council',
    ],
  ])('%s', (first, second, short) => {
    const { draft } = draftOf(article([first, second]));
    const bodies = draft.actors.filter((a) => a.kind === 'organization' && a.name.startsWith(short));
    expect(bodies).toHaveLength(1);
  });
});
