// Happenings a saying or a naming word once hid: an address to a gathering ("told a crowd in
// Kalashahr on March 21", "Speaking to the provincial council on August 16"), an act told with its
// words ("On April 20, X resigned …, telling reporters that …"), and a vote on a "so-called" law.
import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const datesOf = (paragraph: string) => draftOf(article([paragraph])).draft.events.map((e) => e.date.start);

describe('happenings beside words', () => {
  it('dates words told to a crowd: "“…,” he told a crowd in Kalashahr on March 21"', () => {
    expect(
      datesOf(
        'President Kurbanali Dostov was defiant. “We will not beg,” he told a crowd in Kalashahr on March 21.',
      ),
    ).toEqual(['2009-03-21']);
  });

  it('leaves "“…,” he told parliament on May 12" a quotation’s date, as most writers do', () => {
    expect(
      datesOf(
        'Prime Minister Goran Lipovac was blunt. “An offer is an offer,” he told parliament on May 12.',
      ),
    ).toEqual([]);
  });

  it('dates an address to "the provincial council" and to "sailors"', () => {
    expect(
      datesOf(
        'Governor Sodnom Munkhbayar denied it. Speaking to the provincial council on August 16, Munkhbayar said the deal was dead.',
      ),
    ).toEqual(['2009-08-16']);
    expect(
      datesOf(
        'Admiral Gennady Lavrentiev was blunt. Speaking to sailors in Solmar on May 18, Lavrentiev said the fleet would stay.',
      ),
    ).toEqual(['2009-05-18']);
  });

  it('dates an act told with its words after an aside: "On April 20, X, speaker of Y, resigned …, telling …"', () => {
    expect(
      datesOf(
        'On April 20, Zafar Ismoilov, speaker of the Supreme Kengash, resigned after three days without a quorum, telling reporters that he had no wish to chair empty chairs.',
      ),
    ).toEqual(['2009-04-20']);
  });

  it('reads no opinion into "so-called": the vote on the "so-called energy amendment" is a happening', () => {
    expect(
      datesOf(
        'On January 29 the Kogu, Ilmara’s parliament, voted 58 to 31 to postpone the referendum on the so-called energy sovereignty amendment.',
      ),
    ).toEqual(['2009-01-29']);
  });
});
