import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const statementsOf = (text: string) =>
  draftOf(text)
    .draft.quotes.filter((q) => q.kind === 'reported')
    .map((q) => [q.speaker, q.evidence.join(' ')]);

// An attribution after or inside the words may say when or where they were said: "on Monday", "last
// week", "afterwards", "at a press conference", "on state television", "in Baku".
describe('an attribution with its time or place', () => {
  it('reads "…, X said on Monday." and "…, X told reporters last week."', () => {
    const text = article([
      'Ombudsman Nadira Eshmetova sent her report to parliament on May 3.',
      'The talks will resume in July, Eshmetova said on Monday.',
      'Foreign Minister Irina Lassova was in Bonn. The bill is unconstitutional, Lassova told reporters last week.',
    ]);
    expect(statementsOf(text)).toEqual([
      ['nadira-eshmetova', 'The talks will resume in July, Eshmetova said on Monday'],
      ['irina-lassova', 'The bill is unconstitutional, Lassova told reporters last week'],
    ]);
  });

  it('reads "…, her office said last week." and "…, officials say." as the speakers\' words', () => {
    const speakers = statementsOf(
      article([
        'Ombudsman Nadira Eshmetova sent her report to parliament on May 3.',
        'Eshmetova will visit Gorzhan on June 21, her office said last week.',
        'The border will stay shut until the spring, officials say.',
      ]),
    ).map(([speaker]) => speaker);
    expect(speakers).toHaveLength(2);
    expect(speakers[0]).toMatch(/eshmetova.*office/);
    expect(speakers[1]).toMatch(/officials/);
  });

  it('reads an attribution inside the words with its time and place', () => {
    const text = article([
      'Mayor Ivo Brandt met the press on Monday.',
      'The deal, Brandt said afterwards, would last ten years.',
      'The plant, he told reporters in Bonn, was ready for sale.',
    ]);
    expect(statementsOf(text).map(([speaker]) => speaker)).toEqual(['ivo-brandt', 'ivo-brandt']);
  });

  it('reads an outlet with a digit in its name: ", the president told Tavrenia-1, is …"', () => {
    const text = article([
      'President Stanislav Vesnin spoke on April 28. The case, the president told Tavrenia-1, is a matter for the courts.',
    ]);
    expect(statementsOf(text).map(([speaker]) => speaker)).toEqual(['stanislav-vesnin']);
  });

  it('does not read a modal "could ever say" or a relative clause as an attribution', () => {
    const text = article([
      'Mayor Ivo Brandt met the press on Monday.',
      'Our money comes from membership fees, which is more than Brandt could ever say.',
    ]);
    expect(statementsOf(text)).toEqual([]);
  });
});

describe('an attribution inside the words, round two', () => {
  it('reads a body named with its article ("…, the Migration Service says, …") and present verbs ("the IRRA warns")', () => {
    const text = article([
      'The Sarvistan Migration Service opened the camp on October 1. Little of that money, the Migration Service says, ever reached the south.',
    ]);
    expect(statementsOf(text).map(([speaker]) => speaker)).toEqual(['sarvistan-migration-service']);
  });
});

describe('an unnamed speaker who “was blunter:”', () => {
  it('speaks the words after the colon, not the person named before', () => {
    const text = article([
      'Claudia Ferrand defended the program on May 2. A senior official in Dushgard, who asked not to be named, was blunter: the review, he said, would last a year.',
    ]);
    expect(statementsOf(text).map(([speaker]) => speaker)).toEqual(['a-senior-official-in-dushgard']);
  });
});

describe('a coordinator’s title', () => {
  it('is no part of the name: "IRRA Regional Coordinator for Inner Asia Tomas Lindqvist warned …"', () => {
    const text = article([
      'IRRA Regional Coordinator for Inner Asia Tomas Lindqvist warned on November 16 that the money would run out.',
    ]);
    expect(statementsOf(text).map(([speaker]) => speaker)).toEqual(['tomas-lindqvist']);
  });
});
