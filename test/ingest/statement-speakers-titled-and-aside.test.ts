// Speakers of reported statements: a person whose title holds a body's abbreviation ("according to
// Central Commission (CCER) Chairwoman X"), a person past a relative clause naming a body ("Baluta,
// whom the assembly confirmed as governor, told …"), a senior official of a named ministry, and a
// body's officer named in apposition before a participle ("Dravkali’s chief executive, Boris Yantsen,
// …, saying that …").
import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const speakerNameOf = (paragraph: string, words: string) => {
  const { draft } = draftOf(article([paragraph]));
  const statement = draft.quotes.find(
    (q) => q.kind === 'reported' && q.evidence.some((e) => e.includes(words)),
  );
  return draft.actors.find((a) => a.id === statement?.speaker)?.name;
};

describe('the speaker of a reported statement', () => {
  it('is the chairwoman, not her commission: "According to … (CCER) Chairwoman Saule Ismailova, …"', () => {
    expect(
      speakerNameOf(
        'According to Central Commission for Elections and Referendums (CCER) Chairwoman Saule Ismailova, the referendum cannot be held while the border is closed.',
        'cannot be held',
      ),
    ).toBe('Saule Ismailova');
  });

  it('is the governor, not the assembly that confirmed him: "Baluta, whom the assembly confirmed …, told"', () => {
    expect(
      speakerNameOf(
        'The National Assembly met on April 7. Teodor Baluta became governor. Baluta, whom the assembly confirmed as governor on April 7, told deputies on April 21 that the ban would be lifted.',
        'would be lifted',
      ),
    ).toBe('Teodor Baluta');
  });

  it('is no one inside a relative clause: "X, who met Aalstad the following morning, said …" is X’s', () => {
    expect(
      speakerNameOf(
        'Envoy Karl Aalstad arrived on May 3. Democratic Choice leader Tsotne Bakuradze, who met Aalstad the following morning, said that his bloc would not come to any table.',
        'any table',
      ),
    ).toBe('Tsotne Bakuradze');
  });

  it('is an official of the ministry, not the ministry: "A senior official of the Eskarian Foreign Ministry, …, told"', () => {
    expect(
      speakerNameOf(
        'A senior official of the Eskarian Foreign Ministry, speaking on condition of anonymity, told Brennholt Dagblad that the ambassador was unlikely to return.',
        'unlikely to return',
      ),
    ).toBe('Eskarian Foreign Ministry official');
  });

  it('is the officer in apposition, not the company: "Dravkali’s chief executive, Boris Yantsen, …, saying that"', () => {
    expect(
      speakerNameOf(
        'Dravkali’s chief executive, Boris Yantsen, went further at the company’s annual shareholders’ meeting in Morvask on June 24, saying that a third of exports would stay on the sea route.',
        'sea route',
      ),
    ).toBe('Boris Yantsen');
  });

  it('is the minister who "told reporters at the close of the meeting", after the words', () => {
    expect(
      speakerNameOf(
        'The ministers agreed on 31 of the draft’s 33 articles, Dravonian Foreign Minister Viktor Selin told reporters at the close of the meeting.',
        '33 articles',
      ),
    ).toBe('Viktor Selin');
  });

  it('is a mother known by her son: "Eteri Margvelani, whose son Luka is …, told Interpress-M that"', () => {
    expect(
      speakerNameOf(
        'Eteri Margvelani, whose son Luka is one of the four soldiers taken at Bzhani, told Interpress-M that the women would drink only water.',
        'only water',
      ),
    ).toBe('Eteri Margvelani');
  });

  it('is a body’s unit named before "of" the body: "The Office … (OFE) of the Concord … (CED) said"', () => {
    expect(
      speakerNameOf(
        'The Office for Free Elections (OFE) of the Concord of Eastern Democracies (CED) said on June 5 that the count was clean.',
        'count was clean',
      ),
    ).toBe('Office for Free Elections');
  });

  it('is drafted when a full claim comes before a second predicate that a quotation finishes', () => {
    expect(
      speakerNameOf(
        'Stepan Lukach, the Dravgaz spokesman, said on April 7 that the company had no intention of running anybody’s pipes and would use its seat on the board only “to make sure the gas arrives” (Gazeta Korvenska, April 8).',
        'running anybody',
      ),
    ).toBe('Stepan Lukach');
  });

  it('is named after the words when a semicolon follows the attribution', () => {
    expect(
      speakerNameOf(
        'Drilling began regardless on May 11, ASOC chairman Vugar Rustamli told reporters in Sarvan the next day; he expected the well to reach its target depth by the end of August.',
        'Drilling began',
      ),
    ).toBe('Vugar Rustamli');
  });

  it('is nobody quoted words name: "“We drilled where our contract told us to drill,” Fenwick told the weekly"', () => {
    const { draft } = draftOf(
      article(['“We drilled where our contract told us to drill,” Alasdair Fenwick told the weekly.']),
    );
    expect(draft.actors.map((a) => a.name)).not.toContain('our contract');
  });
});
