// An offset counted from a happening the text names ("the day after the injunction", "a week after
// prosecutors charged him") counts from that happening's day; and the days a story passes by (a
// document's date, the day a law takes effect) do not move it.
import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const HEADER = 'Publication: Eurasia Daily Monitor Volume: 10 Issue: 90 May 30, 2013';
const draft = (paragraphs: string[]) => draftOf(article(paragraphs, HEADER)).draft;
const eventsOf = (paragraphs: string[]) =>
  draft(paragraphs).events.map((e) => ({ date: e.date.start, evidence: e.evidence.join(' ') }));
const dateOf = (events: { date: string; evidence: string }[], words: string) =>
  events.filter((e) => e.evidence.includes(words)).map((e) => e.date);

describe('an offset from a named happening', () => {
  it('counts "the day after the injunction" from the day the injunction was issued', () => {
    const events = eventsOf([
      'The Velmar Shipping Company, which had warned as early as November 20, 2012, that the dues would ruin it, sued the port in the Tarsk city court on April 2; on April 11, the court issued an injunction suspending the dues. Minister Pavel Orlov lodged an appeal the day after the injunction.',
    ]);
    expect(dateOf(events, 'lodged an appeal')).toEqual(['2013-04-12']);
  });

  it('counts "two days before the vote" from the day the vote was told', () => {
    const events = eventsOf([
      'Parliament voted on the budget in Tarsk on March 14. Weeks earlier, on February 2, the miners of Ostrov had marched on the city hall. The mayor of Ostrov resigned two days before the vote.',
    ]);
    expect(dateOf(events, 'resigned two days before')).toEqual(['2013-03-12']);
  });

  it('keeps the paragraph’s first day when no earlier clause names the happening', () => {
    const events = eventsOf([
      'On May 4 police in Tarsk detained the editor Pavel Orlov. On May 6 his lawyer filed a complaint. Two days after the arrest, a court in Tarsk fined him.',
    ]);
    expect(dateOf(events, 'a court in Tarsk fined him')).toEqual(['2013-05-06']);
  });

  it('reads a plan after the offset as the plan’s day, not a happening named "due"', () => {
    const events = eventsOf([
      'A visit to Tarsk by the Ostrovian foreign minister, planned for May 16, was called off two days before he was due.',
    ]);
    expect(events.map((e) => e.date)).toContain('2013-05-14');
  });

  it('reads ", a week after prosecutors charged him" as a week before the day it follows', () => {
    const events = eventsOf([
      'On February 12, Mayor Ivan Dolgov of Tarsk resigned, a week after anti-corruption prosecutors charged him with abuse of office.',
    ]);
    const dates = events.map((e) => e.date);
    expect(dates).toContain('2013-02-12');
    expect(dates).toContain('2013-02-05');
    expect(dates).not.toContain('2013-02-19');
  });
});

describe('days the story passes by', () => {
  it('does not move to a document’s date: "a memorandum, dated January 20"', () => {
    const events = eventsOf([
      'On March 2, the daily Tarsk Courier published a memorandum, dated January 20, in which lawyers had warned against the dues; Minister Pavel Orlov resigned two days later.',
    ]);
    const dates = events.map((e) => e.date);
    expect(dates).toContain('2013-03-04');
    expect(dates).not.toContain('2013-01-22');
  });

  it('does not move to the day a law takes effect: "raising the fee from April 1 … the same evening"', () => {
    const events = eventsOf([
      'On February 26, parliament passed the law raising the transit fee by 40 percent from April 1, and President Ivan Dolgov signed it the same evening.',
    ]);
    // (The law passed and was signed on February 26; it takes effect on April 1.)
    expect(events.map((e) => e.date).sort()).toEqual(['2013-02-26', '2013-02-26', '2013-04-01']);
  });
});

describe('words that come with an act', () => {
  it('dates the act: "X resigned two days later, telling Radio Tarsk that …"', () => {
    const events = eventsOf([
      'On March 2, Parliament in Tarsk censured Minister Pavel Orlov. Orlov resigned two days later, telling Radio Tarsk that he had not seen the report.',
    ]);
    expect(dateOf(events, 'Orlov resigned two days later')).toEqual(['2013-03-04']);
  });

  it('leaves a saying a saying: "X replied two days later, telling …" drafts no event', () => {
    const events = eventsOf([
      'On March 2, Parliament in Tarsk censured Minister Pavel Orlov. Orlov replied two days later, telling Radio Tarsk that he had not seen the report.',
    ]);
    expect(dateOf(events, 'Orlov replied')).toEqual([]);
  });
});

describe('"the night before the vote" in an answer', () => {
  const dates = (answer: string) =>
    draftOf(
      article(
        [
          'Zoltán Kertész chairs the Civic Alliance. When the motion of no confidence came to a vote on April 5, his nine deputies abstained and the government fell. Below, Kertész answers our questions.',
          'Q: Why?',
          `A: ${answer}`,
          'Q: And now?',
          'A: We wait.',
          'The interview was conducted by Ana Rus in Ravnigrad on April 29, 2011.',
        ],
        'Publication: Eurasia Daily Monitor Volume: 8 Issue: 91',
      ),
    ).draft.events.map((e) => ({ date: e.date.start, evidence: e.evidence.join(' ') }));

  it('counts from the vote the story told, not from "this morning"’s vote of the answer', () => {
    const events = dates(
      'This morning the vote in the presidency was unanimous. On the night before the vote I went to see the prime minister and we talked for two hours. The next morning my deputies met at eight.',
    );
    expect(dateOf(events, 'On the night before the vote')).toEqual(['2011-04-04']);
    expect(dateOf(events, 'The next morning')).toEqual(['2011-04-05']);
  });
});
