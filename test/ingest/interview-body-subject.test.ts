// In an interview's answer, "officials at X told me that …" is X acting: the body the unnamed people
// speak for leads the event, not the interviewee the answer's "me" or "my" stands for.
import { describe, expect, it } from 'vitest';
import { draftOfAnswer } from './helpers.js';

const interview = draftOfAnswer;

describe('a body whose unnamed people act in an answer', () => {
  it('leads the event ("officials at the X told me that … next month")', () => {
    const cases: [string, string][] = [
      [
        'Last week officials at the Ostrov Labor Inspectorate told me that the mill would be inspected on May 20.',
        'ostrov-labor-inspectorate',
      ],
      [
        'Officials in the Ostrov Tax Committee told my lawyer that our accounts would be frozen on May 21.',
        'ostrov-tax-committee',
      ],
    ];
    for (const [answer, body] of cases) {
      const event = interview(answer).events.find((e) => e.date.start.startsWith('2009-05-2'));
      expect(event?.actors[0]).toBe(body);
    }
  });

  it('still hides a place the group is in ("the printing house in Ostrov told us")', () => {
    const event = interview(
      'On May 9 the printing house in Ostrov told us that it would print nothing more.',
    ).events.find((e) => e.date.start === '2009-05-09');
    expect(event?.actors[0]).not.toBe('ostrov');
  });
});
