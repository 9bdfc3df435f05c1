// Fixes found by reading why the events and statements of 271–288 were missed: each a form any
// writer uses (a figure's thousands separator, a plural's possessive, a post without a name).
import { describe, expect, it } from 'vitest';
import { draftsUnder } from './helpers.js';

const { draft, statementSpeaker, eventActors, kinds } = draftsUnder(
  'Publication: Eurasia Daily Monitor Volume: 18 Issue: 40',
);

/** The evidence of every reported statement of the draft. */
function statements(...paragraphs: string[]): string[] {
  return draft(...paragraphs)
    .quotes.filter((q) => q.kind === 'reported')
    .map((q) => [q.evidence].flat().join(' '));
}

describe('reported words that run into a quotation after a clause of their own', () => {
  it('reads past a figure’s thousands separator: "told the Majlis that 11,400 people … and that “…”"', () => {
    expect(
      statements(
        'Labour Minister Dilnoza Saidova told the Majlis on June 15 that 11,400 people had been flown home since February and that “the state has done what a state can do.”',
      ).some((e) => e.includes('11,400 people had been flown home')),
    ).toBe(true);
  });
  it('keeps "warned that X had spent four years abroad and should be “…”" as a statement', () => {
    expect(
      statementSpeaker(
        /four years/,
        'Radu Moraru warned on June 13 that Bryntsev had spent four years working for a foreign firm and should be “received politely and watched carefully.”',
      ),
    ).toBe('Radu Moraru');
  });
  it('still reports "told deputies that the quotas had been “…”" as the quotation only', () => {
    expect(
      statements(
        'Energy Minister Timur Almasov told deputies that the old quotas had been “written for a country without electricity.”',
      ),
    ).toEqual([]);
  });
});

describe('measures announced', () => {
  it('reads "announced an open-ended sit-in" and "announced an audit of X" as statements', () => {
    expect(
      statementSpeaker(
        /sit-in/,
        'The talks failed on May 3. On Monday, Tsotne Bakuradze announced an open-ended sit-in.',
      ),
    ).toBe('Tsotne Bakuradze');
    expect(
      statementSpeaker(
        /audit/,
        'The spill was found on March 11. On March 20, the State Tax Service announced an audit of the company’s accounts.',
      ),
    ).toBe('State Tax Service');
  });
});

describe('attributions after the words', () => {
  it('drafts "…, Deputy Minister X told Y TV on March 16, while …" as X’s statement', () => {
    expect(
      statementSpeaker(
        /fourteen flights/,
        'By mid-March, fourteen flights had brought about 2,600 people home, Deputy Minister Ulugbek Ergashev told Karsakia-1 TV on March 16, while the number at the border kept rising.',
      ),
    ).toBe('Ulugbek Ergashev');
  });
});

describe('a pronoun set inside the words', () => {
  it('gives "Mamytov, he claimed, had crossed …" to the "he" of the sentence before, not Mamytov', () => {
    expect(
      statementSpeaker(
        /other bank/,
        'Border guard Rustam Nazarov told reporters on May 3 that his men had fired warning shots. Mamytov, he claimed, had crossed to the other bank at night with two other men.',
      ),
    ).toBe('Rustam Nazarov');
  });
  it('still gives "The talks, he said, went well" after his name to him', () => {
    expect(
      statementSpeaker(/went well/, 'Ivan Petrov arrived in Baku on May 3. The talks, he said, went well.'),
    ).toBe('Ivan Petrov');
  });
});

describe('a person and a post without a name', () => {
  it('gives "Mirbek Tokoev at the geology agency called …" to Tokoev', () => {
    expect(
      statementSpeaker(
        /blockade/,
        'The talks failed on May 3. Mirbek Tokoev at the geology agency called the blockade an opposition operation.',
      ),
    ).toBe('Mirbek Tokoev');
  });
  it('gives "Borkgidro itself claimed that …" to Borkgidro, past the reflexive', () => {
    expect(
      statementSpeaker(
        /81 percent/,
        'The gates of Borkgidro, the state hydropower company, opened on May 2. Borkgidro itself claimed that the reservoir stood at only 81 percent of its design level.',
      ),
    ).toBe('Borkgidro');
  });
  it('does not give the words to someone named earlier in the sentence', () => {
    expect(
      statementSpeaker(
        /blockade/,
        'The talks with Mirbek Tokoev failed on May 3, and officials at the geology agency called the blockade an opposition operation.',
      ),
    ).not.toBe('Mirbek Tokoev');
  });
});

describe('bodies named again by a description', () => {
  it('drafts "X, a citizens’ movement that wants …" as an organisation, and "the movement" acts', () => {
    const paragraphs = [
      "Ieva Veldre leads Clean Border, a citizens' movement that wants a referendum on imports. The movement began collecting signatures on June 14.",
    ];
    expect(kinds(...paragraphs)['Clean Border']).toBe('organization');
    expect(eventActors(...paragraphs)).toContain('2021-06-14 Clean Border');
  });
  it('takes "the company" for a firm described as an operator', () => {
    expect(
      eventActors(
        'Velgrid, the transmission system operator, has stayed quiet. Its chief executive, Marta Liepkalne, said on May 4 that the company had warned the government in writing in 2019 that the ban was unenforceable.',
      ).some((e) => e.startsWith('2019') && e.includes('Velgrid')),
    ).toBe(true);
  });
});

describe('names and subjects read whole', () => {
  it('keeps "the Committee of Soldiers’ Mothers" one name', () => {
    expect(
      eventActors(
        'The Committee of Soldiers’ Mothers, led by Lali Dzneladze, held a vigil outside the Defense Ministry on January 28.',
      )[0],
    ).toMatch(/^2021-01-28 Committee of Soldiers’ Mothers/);
  });
  it('still parts "the Assembly of Deputies’ Standing Committee" into the assembly and its committee', () => {
    const names = Object.keys(
      kinds(
        'The Assembly of Deputies’ Standing Committee on Budget and Finance met on May 3. The Assembly of Deputies voted on May 5.',
      ),
    );
    expect(names).toContain('Assembly of Deputies');
    expect(names).not.toContain('Assembly of Deputies’ Standing Committee on Budget and Finance');
  });
  it('reads "the Toronto-listed X Corporation" as the corporation, not "Toronto-listed X"', () => {
    expect(
      eventActors(
        'On July 2 the Toronto-listed Arden Peak Gold Corporation filed a claim against the government.',
      ).map((e) => e.slice(11)),
    ).toEqual(['Arden Peak Gold Corporation']);
  });
  it('reads "X, a retired schoolteacher from Y province," as a person (a profession ending a compound)', () => {
    expect(
      kinds(
        'Lali Dzneladze, a retired schoolteacher from Lasuri province, has chaired the committee since 1999.',
      )['Lali Dzneladze'],
    ).toBe('person');
  });
  it('gives "It did not inform X until June 11" to the body "it" points back to', () => {
    expect(
      eventActors(
        'Dravatom, the state nuclear company, runs the plant at Mirovets. It did not inform the Velmerian authorities until June 11.',
      )[0],
    ).toMatch(/^2021-06-11 Dravatom/);
  });
});

// A second reading (review 39) probed each rule above with sentences of its own; these are the
// misfires it found, mended.
describe('second reading of the rules above', () => {
  it('gives no words to a person named inside another subject ("A lawyer for X at the court said")', () => {
    for (const sentence of [
      'A lawyer for Aziz Nazarov at the district court said that the case was weak.',
      'Officials who met Rustam Karimov at the finance ministry said that the loan was safe.',
    ])
      expect(statementSpeaker(/said/, 'The hearing was on May 2.', sentence)).toBeUndefined();
  });
  it('reads no act in "It did not rain until June 11" or "It has not changed since May 20"', () => {
    expect(
      eventActors('Gazprom, the gas monopoly, cut supplies on May 2. It did not rain until June 11.'),
    ).toEqual(['2021-05-02 Gazprom']);
    expect(eventActors('Belarus closed the border on May 2. It has not changed since May 20.')).toEqual([
      '2021-05-02 Belarus',
    ]);
  });
  it('keeps "Private" in a body’s name: "the Association of Private Entrepreneurs"', () => {
    expect(kinds('The Association of Private Entrepreneurs protested on May 5.')).toEqual({
      'Association of Private Entrepreneurs': 'organization',
    });
  });
  it('drafts no place for where a firm is listed', () => {
    expect(
      Object.keys(kinds('On July 2 the Toronto-listed Arden Peak Gold Corporation filed a claim.')),
    ).toEqual(['Arden Peak Gold Corporation']);
  });
  it('takes "the company" only for a business by its description’s head, not a regulator of one', () => {
    expect(
      statementSpeaker(
        /prices/,
        'The Energy Regulatory Commission, the regulator of the national grid operator, met on May 2. The company said on May 5 that prices would rise.',
      ),
    ).toBeUndefined();
  });
  it('ends an attribution after the words before a clause that reports words of its own', () => {
    expect(
      statementSpeaker(
        /stay closed/,
        'The border will stay closed until June, Deputy Interior Minister Aziz Nazarov told Karsakia-1 TV on May 3, but the transport union said it would picket the crossing.',
      ),
    ).toBeUndefined();
  });
  it('reads "announced a 24-hour strike" as words, "announced a strike on rebel positions" not', () => {
    expect(statementSpeaker(/strike/, 'The Miners’ Union announced a 24-hour strike on May 9.')).toBe(
      'Miners’ Union',
    );
    expect(
      statementSpeaker(/strike/, 'The Defense Ministry announced a strike on rebel positions on May 9.'),
    ).toBeUndefined();
  });
  it('leaves "has promised to hear it on July 8" to the planned act, keeps "promised to pay by June 1"', () => {
    expect(
      statementSpeaker(/hear it/, 'The Supreme Court has promised to hear it on July 8.'),
    ).toBeUndefined();
    expect(statementSpeaker(/pay/, 'Tushtukgaz has promised to pay a further $3 million by June 1.')).toBe(
      'Tushtukgaz',
    );
  });
});
