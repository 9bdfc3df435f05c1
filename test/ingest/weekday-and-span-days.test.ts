// Days told by their place: "the Friday before last" (a week before last Friday), "On Monday the
// talks begin again" (a schedule in the present: the coming Monday), "on the last day" of a span.
import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

/** An interview given on Tuesday, July 24, 2012, whose first answer is `answer`. */
const answerDates = (answer: string) =>
  draftOf(
    article(
      [
        'Baatar Oyuntsetseg chairs the Khurendal Herders Union. Below, she answers our questions.',
        'Q: What happened?',
        `A: ${answer}`,
        'Q: And now?',
        'A: We wait.',
        'The interview was conducted by Ana Rus in Tsagaanbulag on July 24, 2012.',
      ],
      'Publication: Eurasia Daily Monitor Volume: 9 Issue: 146',
    ),
  ).draft.events.map((e) => e.date.start);

describe('weekdays in an answer', () => {
  it('dates "the Friday before last" a week before last Friday', () => {
    expect(answerDates('The court in Bayan-Khot lifted the customs ban on the Friday before last.')).toEqual([
      '2012-07-13',
    ]);
  });

  it('dates "On Monday the talks begin again" the coming Monday', () => {
    expect(answerDates('On Monday the talks begin again in Kamengrad.')).toEqual(['2012-07-30']);
  });

  it('still dates a past act "On Monday" the Monday before', () => {
    expect(answerDates('On Monday the police closed the road to Kamengrad.')).toEqual(['2012-07-23']);
  });
});

describe('a day of a span', () => {
  it('dates "on the last day" the span’s last day', () => {
    const events = draftOf(
      article([
        'Delegations of Tagharistan and Sogdara met in Sverdanov from April 4 to 6 and signed an interim protocol on the last day.',
      ]),
    ).draft.events.map((e) => e.date.start);
    // (The meeting from April 4; the protocol on April 6.)
    expect(events.sort()).toEqual(['2009-04-04', '2009-04-06']);
  });
});
