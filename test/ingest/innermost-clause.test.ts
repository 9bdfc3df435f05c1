// Of clauses nested one in another ("X said that Y expected Z to honour the deal that W signed in
// 2003"), the innermost one holds the date, and its subject acts; a passive's subject does not.
import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const HEADER = 'Publication: Eurasia Daily Monitor Volume: 6 Issue: 90';
const firstActorOn = (text: string, start: string) =>
  draftOf(article([text], HEADER)).draft.events.find((e) => e.date.start === start)?.actors[0];

describe('the subject of the innermost clause that holds the date', () => {
  it('leads over the subject of the clause around it', () => {
    expect(
      firstActorOn(
        'Officials made clear that Gazprom expected Ukraine to honour the contract that President Ivan Lupu had signed in April 2003.',
        '2003-04',
      ),
    ).toBe('ivan-lupu');
  });

  it('leads after "because" inside a "that" clause too', () => {
    expect(
      firstActorOn(
        'The ministry said that Ostrovgaz was angry because the Kestrian Energy Council had raised the tariff on May 2.',
        '2009-05-02',
      ),
    ).toBe('kestrian-energy-council');
  });

  it('does not lead when the innermost clause is passive ("because the council was fined")', () => {
    expect(
      firstActorOn(
        'The Kestrian Energy Ministry is angry because the Ostrov Trade Council was fined on May 2.',
        '2009-05-02',
      ),
    ).toBe('kestrian-energy-ministry');
  });
});
