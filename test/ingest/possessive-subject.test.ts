// "His deputy came to the port on May 4", "her trip was put off on May 9": a clause whose subject a
// possessive opens tells of that person's errand or people, so the person it points to leads.
import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const HEADER = 'Publication: Eurasia Daily Monitor Volume: 6 Issue: 90';
const actorsOn = (paragraphs: string[], start: string) =>
  draftOf(article(paragraphs, HEADER)).draft.events.find((e) => e.date.start === start)?.actors;

describe('a clause opened by "his" or "her"', () => {
  it('puts the person it points to first ("His first visit abroad, to Riga in May, was …")', () => {
    expect(
      actorsOn(
        [
          'President Ivan Lupu of Temiria took office in March.',
          'His first visit abroad, to Riga in May, was brief; the second, to the Kestrian Foreign Ministry, was not.',
        ],
        '2009-05',
      )?.[0],
    ).toBe('ivan-lupu');
  });

  it('names the person when the clause follows "but" in a sentence that named them', () => {
    expect(
      actorsOn(
        [
          'The Kestrian Energy Ministry’s envoy, Pavel Dorn, had been due in Temiria in June, but his visit was cancelled on May 12.',
        ],
        '2009-05-12',
      )?.[0],
    ).toBe('pavel-dorn');
  });

  it('puts the person first for a deputy who acts ("On May 6, her deputy visited Riga")', () => {
    expect(
      actorsOn(
        [
          'Anna Serova has chaired the Ostrov Weavers Union since 2004.',
          'On May 6, her deputy visited Riga with the Ostrov Trade Council.',
        ],
        '2009-05-06',
      )?.[0],
    ).toBe('anna-serova');
  });

  it('leaves a body the person heads to its own rule ("his government declared …")', () => {
    const actors = actorsOn(
      [
        'Ivan Lupu became prime minister of Temiria in 2008.',
        'On May 6, his government declared a state of emergency.',
      ],
      '2009-05-06',
    );
    expect(actors?.[0]).not.toBe('ivan-lupu');
  });

  it('is no one named before in another sentence when an unnamed man was named in between', () => {
    const actors = actorsOn(
      [
        'Ivan Lupu visited Ostrov in April.',
        'The Kestrian police arrested a local farmer on May 2; his trial is set to open in Ostrov on June 9.',
      ],
      '2009-06-09',
    );
    expect(actors ?? []).not.toContain('ivan-lupu');
  });
});
