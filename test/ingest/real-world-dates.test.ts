// Dates as real articles print them (session 43): "of that year", a term that holds "until" a day,
// a summit a country "hosts" in a month, words told to supporters at a rally.
import { describe, expect, it } from 'vitest';
import { draftOf, draftsUnder } from './helpers.js';

/** An article of EDM Volume 3, Issue 8: January 2006. */
const { draft } = draftsUnder('Publication: Eurasia Daily Monitor Volume: 3 Issue: 8');
const datesOf = (...paragraphs: string[]) => draft(...paragraphs).events.map((e) => e.date.start);

describe('the year of a date that prints none', () => {
  it('"on May 9 of that year": the year the sentence printed before it', () => {
    expect(
      datesOf(
        'Alu Alkhanov was elected in August 2004 after the assassination of Akhmad Kadyrov on May 9 of that year, and Kadyrov’s son was named deputy premier on May 10 of that year.',
      ),
    ).toContain('2004-05-10');
  });
  it('"of that year" skips a citation’s year and a modifier’s: "under the 1995 law … of that year"', () => {
    expect(
      datesOf('In 2004, Islam Karimov signed a decree under the 1995 law on May 9 of that year.'),
    ).toContain('2004-05-09');
    expect(
      datesOf(
        'The law was drafted in 2002 (Kommersant, March 5, 2004), and Vladimir Putin signed it on May 9 of that year.',
      ),
    ).toContain('2002-05-09');
  });
  it('"is guaranteed only until July 1", told in January: July ahead, not July past', () => {
    expect(
      datesOf(
        'Gazprom cut supplies to Ukraine on January 1 (Interfax, January 1). Kommersant reported on January 5 that the RosUkrEnergo price is guaranteed only until July 1 (Kommersant, January 5).',
      ),
    ).toContain('2006-07-01');
  });
  it('"Russia hosts the G8 summit in St. Petersburg in July": the abbreviation ends no clause', () => {
    expect(datesOf('Russia hosts the G8 summit in St. Petersburg in July.')).toEqual(['2006-07']);
  });
});

describe('words told to a gathering', () => {
  it('"Saakashvili told supporters in Batumi on May 7 that …" is an event as well as a statement', () => {
    const d = draft(
      'Mikheil Saakashvili told supporters in Batumi on May 7 that Georgia would be whole again.',
    );
    expect(d.events.map((e) => e.date.start.slice(5))).toEqual(['05-07']);
    expect(d.quotes.filter((q) => q.kind === 'reported')).toHaveLength(1);
  });
});

describe('an election with no state printed is the home country’s', () => {
  // (An article whose title names the country it is about.)
  const actorsOfEvents = (...paragraphs: string[]) => {
    const d = draftOf(
      `Georgia Goes To The Polls\n\nPublication: Eurasia Daily Monitor Volume: 3 Issue: 8\n\n${paragraphs.join('\n\n')}\n`,
    ).draft;
    return d.events.map(
      (e) => `${e.date.start} ${e.actors.map((id) => d.actors.find((a) => a.id === id)?.name).join(', ')}`,
    );
  };
  it('"Parliamentary elections are due on October 14": the vote of the country the article is about', () => {
    expect(
      actorsOfEvents(
        'Georgia’s president, Ivan Dorn, dissolved parliament on January 3. Georgia has been in crisis since March, and Georgia’s budget is frozen.',
        'Parliamentary elections are due on October 14.',
      ),
    ).toContain('2006-10-14 Georgia');
  });
  it('an election printed with its state keeps that state: "the Ukrainian presidential election of December 26"', () => {
    const events = actorsOfEvents(
      'Georgia’s president, Ivan Dorn, dissolved parliament on January 3. Georgia has been in crisis since March, and Georgia’s budget is frozen.',
      'Ivan Dorn watched the Ukrainian presidential election of December 26 closely.',
    );
    expect(events.find((e) => e.startsWith('2005-12-26') || e.startsWith('2006-12-26'))).not.toMatch(
      /Korvenia/,
    );
  });
  it('no vote is a speaker: a quotation after "a referendum on independence" keeps its speaker', () => {
    const d = draft(
      'Velesh has been in crisis since March. On February 12 the Supreme Council of Velesh voted to hold a referendum on independence “at the earliest technically possible date.”',
    );
    expect(d.quotes.map((q) => d.actors.find((a) => a.id === q.speaker)?.name)).toEqual([
      'Supreme Council of Velesh',
    ]);
  });
});

describe('a day after the issue, told in the past', () => {
  const late2007 = draftsUnder('Publication: Eurasia Daily Monitor Volume: 4 Issue: 190');
  it('"Smirnov, re-elected on December 10 with 82 percent" in an October issue: last December', () => {
    const d = late2007.draft(
      'Moldova’s president spoke on October 5 (Infotag, October 5). Igor Smirnov, re-elected on December 10 with 82 percent, refused to attend.',
    );
    expect(d.events.map((e) => e.date.start)).toEqual(['2007-10-05', '2006-12-10']);
  });
  it('"talks scheduled on December 10" stay ahead', () => {
    const d = late2007.draft(
      'Moldova’s president spoke on October 5 (Infotag, October 5). The talks, scheduled on December 10, were confirmed by Igor Smirnov.',
    );
    expect(d.events.map((e) => e.date.start)).toContain('2007-12-10');
  });
});

describe('deeds that share a clause with words', () => {
  const late2007 = draftsUnder('Publication: Eurasia Daily Monitor Volume: 4 Issue: 190');
  it('"called in the ambassadors accredited in Chisinau and set out what his office calls …" is a deed', () => {
    const d = late2007.draft(
      'On October 10, Moldovan President Vladimir Voronin called in the ambassadors accredited in Chisinau and set out what his office calls a package of confidence-building measures.',
    );
    expect(d.events.map((e) => e.date.start)).toEqual(['2007-10-10']);
  });
  it('"At its summit in Astana on July 5, the SCO called on …": words said at a summit date the summit', () => {
    const d = late2007.draft(
      'At its summit in Astana on July 5, the Shanghai Cooperation Organization (SCO) called on the members of the coalition to set a final timeline.',
    );
    expect(d.events.map((e) => e.date.start)).toEqual(['2007-07-05']);
  });
  it('"called in a statement for restraint" stays words only', () => {
    const d = late2007.draft(
      'On October 12, the Moldovan Foreign Ministry called in a statement for restraint on all sides.',
    );
    expect(d.events).toEqual([]);
  });
});
