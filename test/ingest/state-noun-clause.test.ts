import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const statementsOf = (text: string) =>
  draftOf(text)
    .draft.quotes.filter((q) => q.kind === 'reported')
    .map((q) => q.speaker);

// A state (or its capital) claims a clause without "that" whose subject is a noun phrase, as it
// claims "that …" or "it wants …".
describe('a state claiming a clause opened by a noun phrase', () => {
  it('gives "Kazakhstan said its border guards had …" to Kazakhstan', () => {
    const text = article(['Kazakhstan said its border guards had fired only warning shots.']);
    expect(statementsOf(text)).toEqual(['kazakhstan']);
  });

  it('gives "Georgia insists the observers were …" to Georgia', () => {
    const text = article(['Georgia insists the observers were never in danger.']);
    expect(statementsOf(text)).toEqual(['georgia']);
  });

  it('gives "Moscow says the new tariffs are …" to Russia', () => {
    const text = article([
      'Russia and Belarus failed to agree in Minsk on Monday. Moscow says the new tariffs are a matter for the customs union alone.',
    ]);
    expect(statementsOf(text)).toEqual(['russia']);
  });
});
