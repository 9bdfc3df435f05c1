// Officials of a body the article names, who speak as a group: a lower-case word may qualify the
// body ("the regional Health Ministry"), and a plural subject reports in the base form ("tell us that").
import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

/** Each reported statement with its speaker's name. */
const statementsOf = (text: string) => {
  const { draft } = draftOf(text);
  return draft.quotes
    .filter((q) => q.kind === 'reported')
    .map((q) => draft.actors.find((a) => a.id === q.speaker)?.name ?? q.speaker);
};

describe('officials at a named body speak, not the body', () => {
  it.each([
    'The regional Health Ministry opened two clinics in April. Officials at the regional Health Ministry said on May 3 that both clinics would close in winter.',
    'The federal Transport Ministry paid for the bridge. Officials at the federal Transport Ministry admitted in June that the bridge was too narrow.',
  ])('keeps the qualified body in the group: %s', (sentence) => {
    expect(statementsOf(article([sentence])).at(-1)).toMatch(/Ministry officials$/);
  });

  it.each([
    'The Ministry of Energy raised tariffs in March. Officials at the Ministry of Energy tell us that the tariff will rise again in June.',
    'The Ministry of Finance cut the budget in May. Officials at the Ministry of Finance tell reporters that the cut will stay until spring.',
  ])('hears the plural group in the base form: %s', (sentence) => {
    expect(statementsOf(article([sentence]))).toContain(
      sentence.includes('Energy') ? 'Ministry of Energy officials' : 'Ministry of Finance officials',
    );
  });
});
