import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const statementsOf = (text: string) =>
  draftOf(text)
    .draft.quotes.filter((q) => q.kind === 'reported')
    .map((q) => q.speaker);

// An appeal whose infinitive is quoted ("called on X to “…” before …") is still an appeal.
describe('an appeal with a quoted infinitive', () => {
  it('keeps "said that … and called on X to “…” before …"', () => {
    const text = article([
      'The Polish Foreign Ministry said on Monday that the closure was “a grave mistake” and called on Belarus to “reopen the crossing” before the holidays.',
    ]);
    expect(statementsOf(text)).toEqual(['polish-foreign-ministry']);
  });

  it('keeps "urged the government to “…” in …"', () => {
    const text = article([
      'Senator Ilse Marr urged the government to “stop the bleeding” in the coal regions.',
    ]);
    expect(statementsOf(text)).toEqual(['ilse-marr']);
  });

  it('keeps "called on the employers to “…” within …"', () => {
    const text = article([
      'Union leader Pavel Dvorak called on the employers to “come back to the table” within a week.',
    ]);
    expect(statementsOf(text)).toEqual(['pavel-dvorak']);
  });
});
