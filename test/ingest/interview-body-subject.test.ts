// In an interview's answer, "officials at X told me that …" is X acting: the body the unnamed people
// speak for leads the event, not the interviewee the answer's "me" or "my" stands for.
import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const HEADER = 'Publication: Eurasia Daily Monitor Volume: 6 Issue: 90';
const interview = (answer: string) =>
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
  ).draft;

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
