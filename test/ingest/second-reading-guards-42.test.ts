// Guards for the misfires a second reading of this round's rules found (review 42): each text was
// drafted wrongly by a rule of the round before its mend.
import { describe, expect, it } from 'vitest';
import { draftsUnder } from './helpers.js';

const { draft, kinds, statementSpeaker, eventsOn } = draftsUnder(
  'Publication: Eurasia Daily Monitor Volume: 10 Issue: 100',
);
const names = (...paragraphs: string[]) => Object.keys(kinds(...paragraphs));

describe('"from X to Y" after a verb of motion is a span, not a plan put off', () => {
  it('"refugees moved to camps near Gori from March 3 to March 10": one event that happened', () => {
    const d = draft('Some 3,000 refugees moved to camps near Gori from March 3 to March 10, the UNHCR said.');
    expect(d.events.map((e) => [e.date.start, e.date.end, e.status])).toEqual([
      ['2013-03-03', '2013-03-10', 'happened'],
    ]);
  });
  it('"trains were delayed from April 2 to April 9": one span', () => {
    expect(eventsOn('Trains on the Poti line were delayed from April 2 to April 9 by repairs.')).toEqual([
      '2013-04-02',
    ]);
  });
  it('"moved the vote from May 18 to June 1" still names two days', () => {
    expect(eventsOn('The Central Election Commission moved the vote from May 18 to June 1.')).toEqual([
      '2013-05-18',
      '2013-06-01',
    ]);
  });
});

describe('a law’s or a treaty’s title ends where a name of its own begins', () => {
  it('keeps the president who signed it, the company that agreed, the city it was signed in', () => {
    expect(
      names('On May 3, parliament adopted the Law on Elections and President Mikheil Saakashvili signed it.'),
    ).toContain('Mikheil Saakashvili');
    expect(
      names('On May 3, Naftogaz signed the Memorandum on Gas Transit and Gazprom agreed to pay.'),
    ).toContain('Gazprom');
    expect(names('On May 3, Armenia signed the Treaty on Good-Neighborliness in Yerevan.')).toContain(
      'Yerevan',
    );
    expect(names('On May 3, Putin signed a Decree on Mikhail Khodorkovsky’s pardon.')).toContain(
      'Mikhail Khodorkovsky',
    );
  });
  it('keeps the seas, lakes and known places a title names', () => {
    expect(names('On May 3, the states signed the Convention on the Caspian Sea.')).toContain('Caspian Sea');
    expect(names('On May 3, Armenia adopted the Law on the Protection of Lake Sevan.')).toContain(
      'Lake Sevan',
    );
    expect(names('On May 3, Russia adopted the Law on the Status of Crimea and Sevastopol.')).toEqual(
      expect.arrayContaining(['Crimea', 'Sevastopol']),
    );
  });
  it('drafts no "UN" or "Sea" from "the UN Convention on the Law of the Sea"', () => {
    expect(names('On May 3, Georgia ratified the UN Convention on the Law of the Sea.')).toEqual(['Georgia']);
  });
});

describe('a time clause that closes before the saying', () => {
  it('"On April 14, a day after X reported the leak, the minister told parliament that …" dates the words only', () => {
    expect(
      eventsOn(
        'On April 14, a day after Rustavi-2 reported the leak, Interior Minister Irakli Garibashvili told parliament that the tapes were fake.',
      ),
    ).toEqual([]);
  });
});

describe('kind cues', () => {
  it('an oil field named with its consortium stays a place', () => {
    expect(
      kinds(
        'On May 3, the Kashagan consortium delayed first oil again. Output at the Kashagan field will not start before 2014.',
      )['Kashagan field'],
    ).toBe('place');
  });
  it('"the Kremlin-backed Nashi movement" is a body', () => {
    expect(kinds('On May 3, the Kremlin-backed Nashi movement staged a rally in Moscow.').Nashi).toBe(
      'organization',
    );
  });
  it('"the rail line Tbilisi–Poti" drafts no body', () => {
    expect(names('On May 3, Georgia closed the rail line Tbilisi–Poti.')).not.toContain('Tbilisi–Poti');
  });
});

describe('officials and a month', () => {
  it('"Officials at the ministry in March told …": the month is when, not where', () => {
    expect(
      statementSpeaker(
        /dues/,
        'Officials at the ministry in March told the union that the dues would stay suspended.',
      ),
    ).toBe('Officials at the ministry');
  });
});

describe('a state or a wish before "and said" is no deed', () => {
  it('"seemed irritated and said that …" drafts no event; "held talks … and promised" does', () => {
    expect(
      eventsOn(
        'On March 5, Prime Minister Bidzina Ivanishvili seemed irritated and said that the talks were over.',
      ),
    ).toEqual([]);
    expect(
      eventsOn(
        'On March 5, Prime Minister Bidzina Ivanishvili held talks with the union’s leaders and promised that no docker would be dismissed.',
      ),
    ).toEqual(['2013-03-05']);
  });
});

describe('a contest told as a habit', () => {
  it('"holds parliamentary elections in November every four years" is not this year’s plan', () => {
    expect(
      eventsOn('Georgia holds parliamentary elections in November every four years (Civil.ge, May 3).'),
    ).not.toContain('2013-11');
  });
});
