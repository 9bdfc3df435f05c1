// Sentences a news analysis plausibly prints that this session's rules first misread (found on review).
import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const draft = (paragraph: string) => draftOf(article([paragraph])).draft;
const kindOf = (paragraph: string, name: string) =>
  draft(paragraph).actors.find((a) => a.name === name)?.kind;

describe('names', () => {
  it('keeps a bank of a republic a bank, and a company called a miner a company', () => {
    expect(
      kindOf(
        'The National Bank of the Republic of Kazakhstan devalued the tenge on May 3.',
        'National Bank of the Republic of Kazakhstan',
      ),
    ).toBe('organization');
    expect(
      kindOf('Kazakhmys, the copper miner, cut 3,000 jobs on May 3. Kazakhmys said so.', 'Kazakhmys'),
    ).not.toBe('person');
  });

  it('reads no role without an article in a clause: "Unlike Vardenia, member states of the bloc favour sanctions."', () => {
    expect(
      kindOf(
        'The Vardenian government objected on May 2. Unlike Vardenia, member states of the bloc favour sanctions.',
        'Vardenia',
      ),
    ).toBe('country');
  });

  it('keeps a shared commission’s two-word field: "on trade and economic cooperation"', () => {
    const names = draft(
      'The intergovernmental commission on trade and economic cooperation met on May 3.',
    ).actors.map((a) => a.name);
    expect(names).toContain('intergovernmental commission on trade and economic cooperation');
  });

  it('keeps a town named as a person’s given name: "Vladimir Putin opened a plant in Vladimir"', () => {
    expect(kindOf('Vladimir Putin opened a tractor plant in Vladimir on May 3.', 'Vladimir')).toBe('place');
  });

  it('starts a holder’s title at its first title word: "Since Monday Minister of Fuel and Energy Oleg Sidorov …"', () => {
    const sidorov = draft(
      'Since Monday Minister of Fuel and Energy Oleg Sidorov has refused to comment, and on May 3 he said that the talks were off.',
    ).actors.find((a) => a.name === 'Oleg Sidorov');
    expect(sidorov?.description).toBe('Minister of Fuel and Energy');
  });
});

describe('events and sources', () => {
  it('reads "called the elections in Belarus neither free nor fair" as an opinion, not a vote called', () => {
    const events = draft(
      'On May 3, OSCE observers called the elections in Belarus neither free nor fair.',
    ).events;
    expect(events).toEqual([]);
  });

  it('takes no person for "her" when it is a possessive: "police detained her brother in Minsk"', () => {
    const events = draft(
      'Anna Petrova runs a shelter. On May 3, police detained her brother in Minsk.',
    ).events;
    expect(events.find((e) => e.date.start === '2009-05-03')?.actors).not.toContain('anna-petrova');
  });

  it('keeps an outlet whose correspondent wrote: "a correspondent of Kaztag wrote that …"', () => {
    const sources = draft('On May 3, a correspondent of Kaztag wrote that the border was closed.').sources;
    expect(sources.map((s) => s.outlet)).toContain('Kaztag');
  });
});

// Found on review of the thirty-third round of rules.
describe('names, round two', () => {
  it('keeps a quote box credited to an outlet alone the outlet’s: "—Dubpress, May 4"', () => {
    const d = draft(
      '“The talks have failed, and nobody in Varnesk will pretend otherwise.” —Dubpress, May 4',
    );
    expect(d.actors.find((a) => a.name === 'Dubpress')?.kind).toBe('media');
    expect(d.sources.map((s) => s.outlet)).toEqual(['Dubpress']);
  });

  it('keeps people who vote against or reject a bill, or found a party, persons', () => {
    expect(
      kindOf('Vadim Kalinov rejected the amendments on May 5, saying they were unlawful.', 'Vadim Kalinov'),
    ).toBe('person');
    expect(kindOf('Andrei Tsurcan voted against the bill on May 5.', 'Andrei Tsurcan')).toBe('person');
    expect(kindOf('Andrei Tsurcan joined the party Vadim Kalinov founded in 2005.', 'Vadim Kalinov')).toBe(
      'person',
    );
  });

  it('drafts no person from "the Economist Intelligence Unit", nor a body from a country’s membership', () => {
    expect(
      draft('According to the Economist Intelligence Unit, growth will slow in 2014.').actors.map(
        (a) => a.kind,
      ),
    ).not.toContain('person');
    expect(
      kindOf('Tavrenia’s membership in the alliance was discussed in Brussels on May 5.', 'Tavrenia'),
    ).not.toBe('organization');
  });

  it('drafts no committee "on Monday set"', () => {
    expect(
      draft('The intergovernmental commission on Monday set a deadline for the talks.').actors.map(
        (a) => a.name,
      ),
    ).not.toContain('intergovernmental commission on Monday set');
  });
});

describe('dates and quotations, round two', () => {
  it('reads no day in "the sixth Duma" or "the eleventh hour"', () => {
    const d = draft(
      'He was a deputy of the sixth Duma. Vadim Kalinov negotiated with Ulmergaz until the eleventh hour.',
    );
    expect(d.events.map((e) => e.date.start)).toEqual([]);
  });

  it('drafts no happening from a reply in words ("responded on May 5 by saying that …")', () => {
    const d = draft('The Tavrenian Foreign Ministry responded on May 5 by saying that the report was false.');
    expect(d.events).toEqual([]);
  });

  it('keeps "the party called the arrests illegal" an opinion, and "described the deal as “Moscow’s Trojan Horse”" a quotation', () => {
    expect(draft('On May 5, Kalinov’s party called the arrests illegal.').events).toEqual([]);
    expect(
      draft('Vadim Kalinov described the pipeline deal as “Moscow’s Trojan Horse” on May 5.').quotes.map(
        (q) => q.text,
      ),
    ).toContain('Moscow’s Trojan Horse');
  });
});
