// "Petrova's committee", "his commission", "her union": a body named by the person who heads it, when
// the article has tied that person to one body of the kind, is that body acting.
import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const on = (paragraphs: string[], date: string) =>
  draftOf(article(paragraphs)).draft.events.find((e) => e.date.start === date)?.actors ?? [];

describe('a body named by the person who heads it', () => {
  it('is the body the person chairs ("X, who chairs the Y committee … X’s committee")', () => {
    const actors = on(
      [
        'Deputy Irina Petrova, who chairs the Assembly’s budget committee, criticized the plan on May 2 (Kestria Today, May 2).',
        'Petrova’s committee postponed its hearing on the plan on May 9 (Kestria Today, May 9).',
      ],
      '2009-05-09',
    );
    expect(actors).toContain('budget-committee');
  });

  it('reads "his" and "her" through the person the pronoun stands for', () => {
    const cases: [string[], string, string][] = [
      [
        [
          'Anton Lisk has headed the Ostrov Water Commission since 2004 (Ostrov Post, March 3).',
          'On May 11 his commission refused to renew the permit, and Lisk left for the capital.',
        ],
        '2009-05-11',
        'ostrov-water-commission',
      ],
      [
        [
          'Gulnara Abenova, who leads the Green Harbor Union, said on May 1 that the port would close (Harbor News, May 2).',
          'On May 4 her union called a strike at the port.',
        ],
        '2009-05-04',
        'green-harbor-union',
      ],
    ];
    for (const [paragraphs, date, body] of cases) expect(on(paragraphs, date)).toContain(body);
  });

  it('leaves the phrase alone when the person heads no body of that kind', () => {
    const actors = on(
      [
        'Anton Lisk, a farmer near Ostrov, joined the Ostrov Water Commission in 2004 (Ostrov Post, March 3).',
        'On May 11 his commission refused to renew the permit.',
      ],
      '2009-05-11',
    );
    expect(actors).not.toContain('ostrov-water-commission');
  });
});
