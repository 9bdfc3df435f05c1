// Guards from the second reading of round 40 (review 40): sentences on which the round's first rules
// misfired, each kept as the reviewer found it should read.
import { describe, expect, it } from 'vitest';
import { draftsUnder } from './helpers.js';

const { draft, eventsOn, eventActors, kinds } = draftsUnder(
  'Publication: Eurasia Daily Monitor Volume: 7 Issue: 50',
);

/** Each event as "day status". */
const statuses = (...paragraphs: string[]) =>
  draft(...paragraphs).events.map((e) => `${e.date.start}${e.date.end ? `/${e.date.end}` : ''} ${e.status}`);

describe('days of a quotation', () => {
  it('keeps a day only the quoted sentence tells', () => {
    expect(
      eventsOn(
        'Levan Tsereteli, the leader of the Civic Party, spoke to reporters on June 9. “The police searched our office in Gvirdi on June 4 and took every computer,” he said.',
      ),
    ).toContain('2010-06-04');
  });
});

describe('"that night" in the past perfect', () => {
  it('goes back to the noun’s day: "after the December 19 vote. He had been detained that night"', () => {
    expect(
      eventsOn(
        'Opposition leader Giorgi Beridze was jailed on May 14 for his part in the riot after the December 19 vote. He had been detained that night on Freedom Square, along with 600 others.',
      ),
    ).toContain('2009-12-19');
  });
});

describe('an act from a day is no rule taking effect', () => {
  it('moves the story to "from January 3" when supplies were cut', () => {
    expect(
      eventsOn(
        'On December 30, Veskgaz refused to sign the new contract. Over the price of its winter imports Borsavgaz cut supplies to the three northern districts from January 3. Two days later, the Veskarian cabinet met in emergency session.',
      ),
    ).toContain('2010-01-05');
  });
});

describe('bare "customs"', () => {
  it('is never a customs union', () => {
    expect(
      eventActors(
        'Veskaria joined the Eurasian Customs Union in 2010. On May 4, Veskarian customs officers at the Kalvene crossing detained three Morvanian trucks.',
      ).find((e) => e.startsWith('2010-05-04')),
    ).not.toMatch(/Customs Union/);
  });
  it('is not another country’s service', () => {
    expect(
      eventActors(
        'The Veskarian Customs Department said on February 10 that it would inspect every train. On February 12, Morvanian customs officers at Rudava turned back a Veskarian freight train.',
      ).find((e) => e.startsWith('2010-02-12')),
    ).not.toMatch(/Customs Department/);
  });
  it('is no actor as the object of an arrest', () => {
    expect(
      eventActors(
        'The Veskarian Customs Department was set up in 1998. On June 3, police arrested two customs officers in Rudava accused of taking bribes.',
      ).find((e) => e.startsWith('2010-06-03')),
    ).not.toMatch(/Customs Department/);
  });
});

describe('"called" as an opinion still', () => {
  const before = 'The Supreme Court opened the case on January 20.';
  it.each([
    'On March 3, Economy Minister Arman Sadykov called 2009 the worst year in the history of the steel industry.',
    'On March 3, Justice Minister Ana Berishvili called the referendum on autonomy unconstitutional.',
    'On March 3, opposition leader Levan Tsereteli called the election, held under the amended law, a fraud.',
  ])('skips "%s"', (sentence) => {
    expect(eventsOn(before, sentence)).not.toContain('2010-03-03');
  });
});

describe('plans put off, and what was not put off', () => {
  it.each([
    [
      'The board of Kalvene Port delayed the vote, and the Dockers’ Union stayed on strike until May 20, when the port authority gave in.',
      '2010-05-20 happened',
    ],
    [
      'The talks, postponed twice in the spring, resumed in Geneva on June 2 and ran until June 30 without a result.',
      '2010-06-30 happened',
    ],
    [
      'Police first held Levan Tsereteli on May 3 for a day; they detained him again on June 2, this time until June 5, when a court in Gvirdi freed him.',
      '2010-06-05 happened',
    ],
    [
      'Trains on the northern line were delayed on March 3 to March 5 by snowdrifts near Kalvene.',
      '2010-03-03/2010-03-05 happened',
    ],
  ])('reads "%s" as told', (sentence, expected) => {
    expect(statuses(sentence)).toContain(expected);
  });
});

describe('a list of years', () => {
  it('drafts no event for views held in 2008 and 2010', () => {
    expect(
      eventsOn(
        'Arman Kozlov has changed his mind more than once. In 2008, Kozlov believed the pipeline would pay for itself; in 2010, he called it a mistake; and in 2011, he described it as the only sensible route.',
      ),
    ).toEqual([]);
  });
});

describe('titles that are names', () => {
  it('reads "Cardinal Health" and "Deacon Street" as no people', () => {
    const k = kinds(
      'Cardinal Health, the American drug distributor, said on May 3 that it would leave the Veskarian market. Deacon Street in Dravnik was closed on May 4.',
    );
    expect(k['Health']).toBeUndefined();
    expect(k['Street']).toBeUndefined();
  });
});

describe('a date modifying a noun', () => {
  it('stays a modifier before a subject when it is no weekday: "The May 3 they remember"', () => {
    expect(eventsOn('The May 3 they remember in Kalvene was a day of mourning.')).not.toContain('2010-05-03');
  });
});
