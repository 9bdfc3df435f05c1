// An opinion drops the date of its own clause, not a date in a relative clause that tells a
// happening of its own ("the company that has run the mill since 2006", "the pact signed in 2007").
import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const header = 'Publication: Eurasia Daily Monitor Volume: 6 Issue: 90';
const datesOf = (paragraph: string) =>
  draftOf(article([paragraph], header)).draft.events.map((e) => e.date.start);

describe('a date in a relative clause beside an opinion', () => {
  it('keeps a date in a "that" clause before the opinion verb', () => {
    expect(
      datesOf(
        'Kestroil, the state company that has run the Varna refinery since 2006, called the strike illegal.',
      ),
    ).toContain('2006');
  });

  it('keeps a date in a "which" clause after the opinion verb', () => {
    expect(
      datesOf(
        'The Temirian Foreign Ministry denounced the treaty which Kestria and Ormania signed in Ostrov on March 3.',
      ),
    ).toContain('2009-03-03');
  });

  it("keeps a date in a reduced relative clause after the opinion's object", () => {
    expect(
      datesOf(
        'Kestrian Energy Minister Aldan Serikov accused Temirgaz of breaking the transit agreement signed in Varna in 2007.',
      ),
    ).toContain('2007');
  });

  it('still drops the date of the opinion itself', () => {
    expect(
      datesOf('On March 3, Kestrian Energy Minister Aldan Serikov called the vote a farce.'),
    ).not.toContain('2009-03-03');
  });
});
