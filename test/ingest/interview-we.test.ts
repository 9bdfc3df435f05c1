// Whom an interviewee's "we" stands for: the body the introduction says they lead, in whichever of
// its sentences, not the first body named beside them.
import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const { draft } = draftOf(
  article(
    [
      'Nadia Pirova worked for thirty years at the tractor works, and she kept her savings in Zlatobank. Five days after the bank was closed on February 4, she was elected to lead the Union of Zlatobank Depositors (UZD). Below, Pirova talks about the money and the protests.',
      'Q: What have you done since?',
      'A: We called off the march we had planned for April 27, because the city wanted a fight. On Friday we handed in our petition.',
      'Q: And now?',
      'A: Now we wait.',
      'The interview was conducted by Ivo Marek in Marensk on May 28, 2013, and published in the June 1 issue of Kapital.',
    ],
    'Publication: Eurasia Daily Monitor Volume: 10 Issue: 104',
  ),
);

describe('an interviewee’s "we"', () => {
  it('is the body she was elected to lead, not the bank she saved in', () => {
    const called = draft.events.find((e) => e.date.start === '2013-04-27');
    expect(called?.actors[0]).toBe('union-of-zlatobank-depositors');
    expect(called?.actors).not.toContain('zlatobank');
  });
});
