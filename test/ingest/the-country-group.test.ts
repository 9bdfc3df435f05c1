// "The Latvian officials say …": the article before a country's group is part of the printed phrase,
// kept as an alias beside the name without it (decision 012), as "the two leaders" is.
import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const speakerOf = (text: string) => {
  const { draft } = draftOf(text);
  const said = draft.quotes.find((q) => q.kind === 'reported');
  return draft.actors.find((a) => a.id === said?.speaker);
};

describe('a country group after "the"', () => {
  it('keeps "The Latvian officials" as an alias of "Latvian officials"', () => {
    const text = article([
      'Latvia closed the port in May. The Latvian officials say that it will stay closed.',
    ]);
    const actor = speakerOf(text);
    expect(actor?.name).toBe('Latvian officials');
    expect(actor?.aliases).toContain('The Latvian officials');
  });

  it('keeps "the Georgian farmers" mid-sentence', () => {
    const text = article(['Georgia lost its market, and the Georgian farmers complain that nobody buys.']);
    expect(speakerOf(text)?.aliases).toContain('the Georgian farmers');
  });

  it('adds no article the text does not print', () => {
    const text = article(['Latvia closed the port in May. Latvian officials say that it will stay closed.']);
    expect(speakerOf(text)?.aliases ?? []).not.toContain('The Latvian officials');
  });
});
