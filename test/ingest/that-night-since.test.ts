// "that night" points back to the last day printed, and a day after "since" starts a state told
// as background: neither follows nor moves the day the story has reached.
import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const HEADER = 'Publication: Eurasia Daily Monitor Volume: 6 Issue: 120';
const eventsOf = (text: string) =>
  draftOf(article([text], HEADER)).draft.events.map((e) => ({
    date: e.date.start,
    evidence: e.evidence.join(' '),
  }));
const dateOf = (text: string, words: string) => eventsOf(text).find((e) => e.evidence.includes(words))?.date;

describe('"that night", "that evening"', () => {
  it('is the day printed just before, though the story had reached a later one', () => {
    expect(
      dateOf(
        'On June 2, a court in Ostrov jailed Ivan Lupu, who had organised the rally of March 5. His brother was detained at the rally that night.',
        'His brother was detained',
      ),
    ).toBe('2009-03-05');
  });

  it('is the night of a day told in a background clause', () => {
    expect(
      dateOf(
        'On June 5, Temirian police questioned the opposition leader Ivan Lupu, who was fined on June 3 for the march after the vote of April 12. Lupu was beaten in a police van that night.',
        'Lupu was beaten',
      ),
    ).toBe('2009-04-12');
  });

  it('is the day its own sentence told before it, even one counted from another ("On Monday, …")', () => {
    const events = draftOf(
      article([
        'The protest peaked on Saturday, May 9, when crowds filled the square. On Monday, Lupu announced a sit-in, and the first tents went up that night.',
      ]),
    ).draft.events;
    expect(events.find((e) => e.date.text === 'that night')?.date.start).toBe('2009-05-11');
  });

  it('still follows the story when no day was printed before it', () => {
    expect(
      dateOf(
        'On May 7, Kestrian troops closed the Ostrov crossing. The next day the border guards left. That night the crossing was reopened.',
        'That night the crossing',
      ),
    ).toBe('2009-05-08');
  });
});

describe('a day after "since"', () => {
  it('does not move the story back: "the next day" counts from the act before it', () => {
    expect(
      dateOf(
        'On May 5, the Kestrian gas company cut the supply of the Ostrov plant, which, the company said, had taken gas without paying since New Year’s Day. The plant closed the next day.',
        'The plant closed',
      ),
    ).toBe('2009-05-06');
  });

  it('does not move it back from a month-day either', () => {
    expect(
      dateOf(
        'On July 9, Temirian police detained Ivan Lupu, the editor of the Ostrov Herald, which, by its own account, had been watched since March 2. Lupu was released two days later.',
        'Lupu was released',
      ),
    ).toBe('2009-07-11');
  });
});

describe('a day told in the past perfect', () => {
  it('does not move the story back: "had been postponed two days earlier", "On April 28, X had asked …"', () => {
    expect(
      dateOf(
        'On May 2, the Kestrian envoy Ivan Lupu met President Pavel Orlov in Ostrov. The visit had been postponed two days earlier at the request of the Temirian Foreign Ministry. Opposition leader Anna Varga, who met Lupu the following morning, said the talks were off.',
        'who met Lupu the following morning',
      ),
    ).toBe('2009-05-03');
    expect(
      dateOf(
        'On May 2, the Kestrian envoy Ivan Lupu met President Pavel Orlov in Ostrov. On April 28, the Temirian Foreign Ministry had asked for a delay. The next day, Lupu left for Varnel.',
        'Lupu left for Varnel',
      ),
    ).toBe('2009-05-03');
  });

  it('still moves it when the past perfect is the reported words ("said on May 11 that the track had been …")', () => {
    expect(
      dateOf(
        'On May 2, Kestrian Railways closed the Ostrov line. Its spokesman Ivan Lupu said on May 11 that the track had been worn out. The next day, Kestrian Railways ran the first trains again.',
        'ran the first trains again',
      ),
    ).toBe('2009-05-12');
  });
});
