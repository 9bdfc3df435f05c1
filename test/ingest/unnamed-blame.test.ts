// Unnamed speakers whose words are told by a verb of blame, praise or naming: they speak as much as
// those who "said", and the statements report them.
import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const statementsOf = (text: string) => draftOf(text).draft.quotes.filter((q) => q.kind === 'reported');

describe('unnamed speakers who blame, praise or name', () => {
  it('drafts groups that accuse, welcome or criticize, and reports their words', () => {
    const text = article([
      'Governor Ivan Petrov went on leave in May. His aides accused the prosecutor of staging the case.',
      'Latvia raised its rail tariffs on May 2. Opposition deputies accused the minister of lying about the budget.',
      'Officials in Riga welcomed the decision.',
      'Lithuanian officials criticized the decision as a breach of the transit treaty.',
    ]);
    const { draft } = draftOf(text);
    const speakers = statementsOf(text).map((q) => draft.actors.find((a) => a.id === q.speaker)?.name);
    expect(speakers).toEqual([
      "Ivan Petrov's aides",
      'Opposition deputies',
      'Riga officials',
      'Lithuanian officials',
    ]);
  });

  it('drafts a person described by a role who names something', () => {
    const text = article(['Judge Anna Lis sentenced him to two years. The prosecutor calls that leniency.']);
    const { draft } = draftOf(text);
    const [said] = statementsOf(text);
    expect(draft.actors.find((a) => a.id === said?.speaker)?.name).toBe('prosecutor');
  });

  it('drafts no one who only makes a telephone call', () => {
    const text = article(['The storm hit the port on May 2. The coast guard called the ministry at once.']);
    const { draft } = draftOf(text);
    expect(draft.actors.some((a) => /coast guard/i.test(a.name))).toBe(false);
  });
});
