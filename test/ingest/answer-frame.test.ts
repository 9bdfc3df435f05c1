// In an interview's answer, "I" or "we" in the frame a reported clause follows ("What I can tell you
// is that …", "I am sure that …", "we heard that …") is not the subject of the dated clause: the
// clause's own subject leads, not the interviewee.
import { describe, expect, it } from 'vitest';
import { draftOfAnswer } from './helpers.js';

const firstActorInAnswer = (answer: string, start: string) =>
  draftOfAnswer(answer).events.find((e) => e.date.start === start)?.actors[0];

describe('a pronoun in the frame before "that" in an answer', () => {
  it('leaves the lead to the clause’s subject ("What I can tell you is that …")', () => {
    expect(
      firstActorInAnswer(
        'What I can tell you is that in April the Ostrov Customs Service shut the crossing.',
        '2009-04',
      ),
    ).toBe('ostrov-customs-service');
  });

  it('does so after "I am sure that" too', () => {
    expect(
      firstActorInAnswer('I am sure that in April the Ostrov Customs Service shut the crossing.', '2009-04'),
    ).toBe('ostrov-customs-service');
  });

  it('keeps the interviewee’s side first when "we" is the clause’s own subject', () => {
    expect(firstActorInAnswer('In April we marched to the Ostrov Customs Service.', '2009-04')).toBe(
      'ostrov-weavers-union',
    );
  });
});
