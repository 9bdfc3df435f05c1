// In an interview's answer, "I" or "we" in the frame a reported clause follows ("What I can tell you
// is that …", "I am sure that …", "we heard that …") is not the subject of the dated clause: the
// clause's own subject leads, not the interviewee.
import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const HEADER = 'Publication: Eurasia Daily Monitor Volume: 6 Issue: 90';
const firstActorInAnswer = (answer: string, start: string) =>
  draftOf(
    article(
      [
        'Dina Kerey has chaired the Ostrov Weavers Union since 2004. Below, Kerey answers our questions.',
        'Q: What happened?',
        `A: ${answer}`,
        'Q: And now?',
        'A: The mill is closed.',
        'The interview was conducted by Ana Rus in Ostrov on May 12, 2009, and published in the Steppe Herald on May 14.',
      ],
      HEADER,
    ),
  ).draft.events.find((e) => e.date.start === start)?.actors[0];

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
