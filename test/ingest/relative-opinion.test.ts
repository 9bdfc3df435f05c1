// An opinion or appeal inside a relative clause ("a charter that called on …") or an appositive
// ("…, a move the union condemned") is its own subject's: the dated main clause is still a happening.
import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

describe('an opinion in a relative clause or an appositive after the date', () => {
  const { draft } = draftOf(
    article(
      [
        'At a forum in Veloran on March 3, the Kestrian delegation signed a charter that called on all navies to leave the lake.',
        'The Temirian border guards sent two fishermen back to Ostrov on March 8, a move the Kestrian union condemned.',
        'On March 12, the Ostrov council passed a budget which criticized the port authority for its debts.',
        'On March 20, the Kestrian premier condemned the arrests.',
      ],
      'Publication: Eurasia Daily Monitor Volume: 9 Issue: 70',
    ),
  );
  const dated = (start: string) => draft.events.filter((e) => e.date.start === start);

  it('drafts a charter signed whose text "called on" others', () => {
    expect(dated('2012-03-03')).toHaveLength(1);
  });

  it('drafts a handover that an appositive says someone "condemned"', () => {
    expect(dated('2012-03-08')).toHaveLength(1);
  });

  it('drafts a budget passed "which criticized" someone', () => {
    expect(dated('2012-03-12')).toHaveLength(1);
  });

  it('still skips a clause whose own verb is the opinion', () => {
    expect(dated('2012-03-20')).toHaveLength(0);
  });
});
