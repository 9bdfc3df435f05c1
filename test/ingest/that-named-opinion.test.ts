// A relative clause with "that" which names the happening ("drills that the opposition called a
// provocation") is someone's name for it, as with "which" or "whom": the happening stays an event.
import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

describe('an opinion inside a "that" relative clause', () => {
  const { draft } = draftOf(
    article(
      [
        'On April 4, the Kestrian army held drills near Ostrov that Temir TV called a provocation.',
        'From April 9 to April 12, Temirian border guards ran checks on the Veloran road that local traders described as a siege.',
        'On April 15, the Kestrian Assembly passed a fishing law that the opposition termed a gift to the trawler owners.',
        'On April 20, the Temirian cabinet called the vote a mistake.',
      ],
      'Publication: Eurasia Daily Monitor Volume: 9 Issue: 70',
    ),
  );
  const dated = (start: string) => draft.events.filter((e) => e.date.start === start);

  it('drafts drills that an outlet "called" something', () => {
    expect(dated('2012-04-04')).toHaveLength(1);
  });

  it('drafts checks over a range that traders "described as" something', () => {
    expect(dated('2012-04-09')).toHaveLength(1);
  });

  it('drafts a law passed that the opposition "termed" something', () => {
    expect(dated('2012-04-15')).toHaveLength(1);
  });

  it('still skips the clause whose own verb is the opinion ("called the vote a mistake")', () => {
    expect(dated('2012-04-20')).toHaveLength(0);
  });
});
