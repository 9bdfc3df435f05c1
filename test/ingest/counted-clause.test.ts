import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const statementsOf = (text: string) =>
  draftOf(text)
    .draft.quotes.filter((q) => q.kind === 'reported')
    .map((q) => q.speaker);

// "says" reports a clause without "that" opened by a counted noun phrase.
describe('a clause opened by a counted noun phrase after "says"', () => {
  it('reads "says a thousand families have been left …"', () => {
    const text = article(['Governor Ivan Petrov says a thousand families have been left without heating.']);
    expect(statementsOf(text)).toEqual(['ivan-petrov']);
  });

  it('reads "said several villages were cut off …"', () => {
    const text = article(['Mayor Olga Brun said several villages were cut off by the floods on Sunday.']);
    expect(statementsOf(text)).toEqual(['olga-brun']);
  });

  it('reads "says 300 drivers are waiting …"', () => {
    const text = article(['Union leader Rustam Aliev says 300 drivers are waiting at the border crossing.']);
    expect(statementsOf(text)).toEqual(['rustam-aliev']);
  });
});
