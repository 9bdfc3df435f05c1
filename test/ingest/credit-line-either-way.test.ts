// A credit line "X spoke to Y …" names the interviewer and the interviewee in either order: the
// interviewee is the one the introduction names too.
import { describe, expect, it } from 'vitest';
import { draftOf } from './helpers.js';

const interview = (credit: string) =>
  draftOf(`Interview: The Master Of The Rig

Publication: Eurasia Daily Monitor Volume: 12 Issue: 117

Teymur Huseynzade has worked on drilling rigs for thirty years. On May 21, a patrol ship took his rig in tow (DravInform, May 28). Huseynzade talks here about the night of the towing.

Q: When did you understand that they meant to take the rig?

A: Only when they told me so. The commander called me on the evening of the 20th.

Q: What now?

A: The crew has gone home.

${credit}
`).draft;
const answerer = (credit: string) => {
  const draft = interview(credit);
  const answer = draft.quotes.find((q) => q.kind === 'direct' && q.text.startsWith('Only when'));
  return draft.actors.find((a) => a.id === answer?.speaker)?.name;
};

describe('a credit line that says who spoke to whom', () => {
  it('gives the answers to the one the introduction names when the interviewer comes first', () => {
    expect(
      answerer(
        'Lala Sultanli spoke to Teymur Huseynzade in Sarvan on June 16, 2015; the interview first appeared in the Varesh Observer on June 20.',
      ),
    ).toBe('Teymur Huseynzade');
  });

  it('and when the interviewee comes first', () => {
    expect(
      answerer(
        'Teymur Huseynzade spoke to Lala Sultanli in Sarvan on June 16, 2015; the interview first appeared in the Varesh Observer on June 20.',
      ),
    ).toBe('Teymur Huseynzade');
  });
});
