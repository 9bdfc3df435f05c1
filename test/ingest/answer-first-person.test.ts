// In an interview's answer the interviewee's "we" is his organisation and "I" is himself: when he
// speaks of himself ("I", "me", "my"), he leads the organisation he also names as "we" or "our".
import { describe, expect, it } from 'vitest';
import { draftOfAnswer } from './helpers.js';

const actorsInAnswer = (answer: string, start: string) =>
  draftOfAnswer(answer).events.find((e) => e.date.start === start)?.actors;

describe('"I" and "we" in an answer', () => {
  it('puts the interviewee first when she acts herself ("On May 3 I walked the picket line of our members")', () => {
    expect(
      actorsInAnswer('On May 3 I walked the picket line of our members.', '2009-05-03')?.slice(0, 2),
    ).toEqual(['dina-kerey', 'ostrov-weavers-union']);
  });

  it('puts her first when she is told and "we" then act ("She came to me on May 4, and we filed …")', () => {
    expect(
      actorsInAnswer(
        'She came to me on May 4, and we filed a complaint with the Ostrov Customs Service.',
        '2009-05-04',
      )?.[0],
    ).toBe('dina-kerey');
  });

  it('keeps the organisation first when only "we" acts ("On May 5 we marched")', () => {
    expect(actorsInAnswer('On May 5 we marched to the mill gates.', '2009-05-05')?.slice(0, 2)).toEqual([
      'ostrov-weavers-union',
      'dina-kerey',
    ]);
  });
});
