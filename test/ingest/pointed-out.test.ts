// "pointed out that …" reports words as "said that …" does; without its "that" it shows a thing.
import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const statementsOf = (text: string) => draftOf(text).draft.quotes.filter((q) => q.kind === 'reported');

describe('"pointed out that" as a reporting verb', () => {
  it('reports the words of a person, a state by its capital and an unnamed group', () => {
    const text = article([
      'Latvia and Lithuania have quarreled over rail tariffs since March (LETA, May 3).',
      'On May 4, Latvian Transport Minister Ivars Kalnins pointed out that the tariff had not changed since 2007.',
      'Vilnius also points out that the Latvian railway lost money on the route last year.',
      'Western diplomats in Riga point out that neither side has gone to court.',
    ]);
    const speakers = statementsOf(text).map((q) => [q.speaker, q.evidence[0]?.slice(0, 24)]);
    expect(speakers).toEqual([
      ['ivars-kalnins', 'On May 4, Latvian Transp'],
      ['lithuania', 'Vilnius also points out '],
      [expect.stringMatching(/diplomats/), 'Western diplomats in Rig'],
    ]);
  });

  it('takes a hearer or a time before its "that"', () => {
    const text = article([
      'The Latvian railway opened a new line to the port in May.',
      'Transport Minister Ivars Kalnins pointed out to reporters that the line was built by the state.',
      'Anna Berzina pointed out on Monday that the cargo had already gone to Klaipeda.',
    ]);
    expect(statementsOf(text).map((q) => q.speaker)).toEqual(['ivars-kalnins', 'anna-berzina']);
  });

  it('is no statement when it only shows something', () => {
    const text = article(['Ivars Kalnins pointed out the new terminal to the visiting delegation.']);
    expect(statementsOf(text)).toEqual([]);
  });
});
