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

describe('a credit line naming the issue with a word before "edition"', () => {
  it('cites the outlet, dated by the issue: "first appeared in the September 8 weekend edition of Ora Noua"', () => {
    const draft = interview(
      'The interview was conducted by Irina Solcan in Korvalin on September 5, 2018, and first appeared in the September 8 weekend edition of Ora Noua.',
    );
    const credit = draft.sources.find((s) => s.raw.startsWith('The interview was conducted'));
    expect(credit?.outlet).toBe('Ora Noua');
    expect(credit?.date?.slice(5)).toBe('09-08');
  });
});

describe('a credit line that names no outlet', () => {
  it('takes no month for one: "and published on July 9"', () => {
    const draft = interview(
      'The interview was conducted by Lala Sultanli in Sarvan on June 16, 2015, and published on June 20.',
    );
    expect(draft.actors.map((a) => a.name)).not.toContain('June');
    expect(draft.sources.map((s) => s.outlet)).not.toContain('June');
  });
});
