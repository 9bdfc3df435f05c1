// Who leads an event whose clause names a group of people or a thing "in" or "of" a place: the place
// as the scene (a capital there is the city, not its government), and the group's body when a short
// time phrase without a comma opens the clause.
import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const HEADER = 'Publication: Eurasia Daily Monitor Volume: 6 Issue: 90';
const firstActorOn = (text: string, start: string) =>
  draftOf(article([text], HEADER)).draft.events.find((e) => e.date.start === start)?.actors[0];

describe('a capital after "in" or "of" in the subject', () => {
  it('is the city where it happened, not its country ("the water pressure in Tbilisi fell")', () => {
    expect(
      firstActorOn(
        'Georgia imports most of its gas. On May 3, the water pressure in Tbilisi fell by half.',
        '2009-05-03',
      ),
    ).toBe('tbilisi');
    expect(
      firstActorOn(
        'Azerbaijan has built new roads. On May 4, the night buses in Baku stopped running for a week.',
        '2009-05-04',
      ),
    ).toBe('baku');
  });

  it('still stands for its country when the capital itself acts ("Baku closed the border")', () => {
    expect(
      firstActorOn(
        'Azerbaijan has built new roads. On May 5, Baku closed the border with Georgia.',
        '2009-05-05',
      ),
    ).toBe('azerbaijan');
  });
});

describe('a short time phrase without a comma before a group of a body', () => {
  it('leaves the body the subject ("Ten days ago a delegation of the X left Y")', () => {
    const text = (lead: string) =>
      `Tajikistan wants a loan. ${lead} a delegation of the Northern Grain Bank left Dushanbe without signing anything on May 12.`;
    for (const lead of ['Ten days ago', 'Last Thursday', 'Yesterday'])
      expect(firstActorOn(text(lead), '2009-05-12')).toBe('northern-grain-bank');
  });
});

describe('a source the clause opens with ("According to X, …")', () => {
  it('is no actor: the subject after it leads', () => {
    expect(
      firstActorOn(
        'According to Ivan Petrov, the staff of the Northern Grain Bank walked out on May 6.',
        '2009-05-06',
      ),
    ).toBe('northern-grain-bank');
    expect(
      firstActorOn(
        'According to a report in the Merovo Herald on May 9, police in Ostrovets detained forty Green League activists two days earlier.',
        '2009-05-07',
      ),
    ).toBe('ostrovets');
  });
});

describe('"it" after a time word ("… since it was founded in 2004")', () => {
  it('is the body the clause named before it, which leads its founding', () => {
    expect(
      firstActorOn(
        'Ivan Petrov has chaired the Lake Fishers Union, a small guild, since it was founded in 2004.',
        '2004',
      ),
    ).toBe('lake-fishers-union');
    expect(
      firstActorOn('Oleg Sirko has led the Green League since its founding congress in 2003.', '2003'),
    ).toBe('green-league');
  });
});

describe('a pronoun that opens a clause after a time phrase ("the following day he and X signed")', () => {
  it('leads with the person it stands for, though the sentence named him before', () => {
    expect(
      firstActorOn(
        'Dravonian Premier Ivan Petrov flew to Merovo on May 2, and the following day he and his Baltorian counterpart, Premier Oleg Sirko, signed a transit protocol.',
        '2009-05-03',
      ),
    ).toBe('ivan-petrov');
    expect(
      firstActorOn(
        'Dravonian Premier Ivan Petrov arrived in Merovo on May 4; the next morning he and Premier Oleg Sirko of Baltoria opened the new bridge.',
        '2009-05-05',
      ),
    ).toBe('ivan-petrov');
  });
});

describe('a capital before a relative clause about something unnamed', () => {
  it('is its country when it acts ("Tbilisi says that a commission, which toured …")', () => {
    expect(
      firstActorOn(
        'Georgia has asked for an audit. Tbilisi also says that a joint commission, which toured the dams from May 12 to May 16, found nothing.',
        '2009-05-12',
      ),
    ).toBe('georgia');
  });

  it('stays the city after a preposition ("the talks in Tbilisi, which opened on May 13")', () => {
    expect(
      firstActorOn(
        'Georgia has asked for an audit. The talks in Tbilisi, which opened on May 13, ended without a deal.',
        '2009-05-13',
      ),
    ).toBe('tbilisi');
  });
});

describe('a clause after a quotation that ends with a comma (“…,” and …)', () => {
  it('is a clause of its own, with its own subject', () => {
    expect(
      firstActorOn(
        'Premier Ivan Petrov told reporters that the border would stay “closed for now,” and the next morning the Dravonian Interior Ministry announced that it would reopen on May 20.',
        '2009-05-20',
      ),
    ).toBe('dravonian-interior-ministry');
  });
});

describe('a date without a comma before the subject ("on May 18 it banned …", "In May the leaders of X …")', () => {
  it('leaves the subject after it', () => {
    expect(
      firstActorOn(
        'Two days later, the Dravonian Interior Ministry revoked four licenses, and on May 18 it banned Baltorian trucks from the ring road.',
        '2009-05-18',
      ),
    ).toBe('dravonian-interior-ministry');
    expect(
      firstActorOn(
        'Turkey stayed away. In May the heads of Georgia’s and Armenia’s rail companies signed a tariff deal with Turkey.',
        '2009-05',
      ),
    ).toBe('georgia');
  });
});
