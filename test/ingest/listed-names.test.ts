// Names listed together ("X, Y and Z") share the grammar of the list's first: governed by the
// preposition before it, or heading it as the subject; a relative clause after the list has the whole
// list as its antecedent, so its first name leads. A comma alone makes no list.
import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const HEADER = 'Publication: Eurasia Daily Monitor Volume: 6 Issue: 90';
const firstActorOn = (text: string, start: string) =>
  draftOf(article([text], HEADER)).draft.events.find((e) => e.date.start === start)?.actors[0];
const ENVOYS =
  'The envoys from Latvia, Estonia and the OSCE, who last met in Riga in April, are due in Vilnius on June 4.';

describe('names in a list', () => {
  it('are led by the first name when the list is the subject ("The envoys from X, Y and Z … are due")', () => {
    expect(firstActorOn(ENVOYS, '2009-06-04')).toBe('latvia');
  });

  it('are led by the first name when a relative clause follows the list', () => {
    expect(firstActorOn(ENVOYS, '2009-04')).toBe('latvia');
  });

  it('are no list without "and" ("with Gazprom, Ukraine is to buy …")', () => {
    expect(
      firstActorOn('Under the 2003 contract with Gazprom, Ukraine is to buy gas until 2009.', '2009'),
    ).toBe('ukraine');
  });
});
