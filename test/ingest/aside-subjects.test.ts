// The subject of a reporting verb across a long aside: a title of four or five words before the name,
// a decimal figure inside the aside, and a source cited inside a relative clause of the aside.
import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const statementsOf = (text: string) => draftOf(text).draft.quotes.filter((q) => q.kind === 'reported');

describe('a speaker before a long appositive', () => {
  it('keeps a long title before the name', () => {
    const text = article([
      'Latvia and Lithuania quarrel over rail tariffs (LETA, May 3).',
      'Latvian First Deputy Prime Minister Ivars Kalnins, who flew in April to sign a freight protocol in Vilnius, replies that the tariffs will stay.',
      'Lithuanian Deputy Minister of Transport Jonas Petraitis, who spent ten years in Riga, insists that Vilnius will go to court.',
    ]);
    expect(statementsOf(text).map((q) => q.speaker)).toEqual(['ivars-kalnins', 'jonas-petraitis']);
  });

  it('reads past a decimal figure in the appositive', () => {
    const text = article([
      'The Farmers Union won 4.2 percent in March.',
      'Anna Berzina, a spokeswoman for the Farmers Union, whose vote fell by 2.5 points, argued that the count had been rigged.',
    ]);
    expect(statementsOf(text).map((q) => q.speaker)).toEqual(['anna-berzina']);
  });

  it('does not take "X of the Body" for a title of the body', () => {
    const text = article([
      'Anna Berzina of the Farmers Union, who visited the farms on May 4, accused the ministry of hiding the losses.',
    ]);
    expect(statementsOf(text).map((q) => q.speaker)).toEqual(['anna-berzina']);
  });
});

describe('a source cited in a relative clause of the aside', () => {
  it('vouches for that clause only; the subject speaks the main clause', () => {
    const text = article([
      'The Central Election Commission (CEC) counted the votes by May 4.',
      'Anna Berzina, a spokeswoman for the Farmers Union, which won 4.2 percent according to the CEC, claimed that the count had been rigged in Daugavpils.',
    ]);
    const statements = statementsOf(text).map((q) => [q.speaker, q.evidence[0]]);
    expect(statements).toEqual([
      ['central-election-commission', 'which won 4.2 percent according to the CEC'],
      [
        'anna-berzina',
        'Anna Berzina, a spokeswoman for the Farmers Union, which won 4.2 percent according to the CEC, claimed that the count had been rigged in Daugavpils.',
      ],
    ]);
  });
});
