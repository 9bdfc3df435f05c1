import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

/** Each quotation's words with the name of its speaker. */
const quotesOf = (text: string) => {
  const { draft } = draftOf(text);
  return draft.quotes.map((q) => [draft.actors.find((a) => a.id === q.speaker)?.name, q.text]);
};

// "X Y (no relation)" sets a namesake apart: a bare surname later on means the article's main one,
// unless the namesake was named just before, in the same paragraph.
describe('a surname two people share, one of them set apart by "no relation"', () => {
  const opening = [
    'Minister of Transport Branko Vasilev resigned on January 16 (Novi Glas, January 17).',
    'The weekly Tribuna, edited by Petar Vasilev (no relation), had printed the first of the annexes on January 9.',
    'Investigators searched the offices of the Public Roads Agency on January 23.',
    'OSNA reported on February 7 that police had arrested the agency’s director at his home.',
  ];

  it('gives a bare surname in the next paragraph to the one not set apart', () => {
    const text = article([
      opening.join(' '),
      'That evening Vasilev went on TV Arena to say that he had “nothing to hide and nothing to fear.”',
    ]);
    expect(quotesOf(text)).toContainEqual(['Branko Vasilev', 'nothing to hide and nothing to fear.']);
  });

  it('gives the bare surname to the namesake right after he was named', () => {
    const text = article([
      'Minister of Transport Branko Vasilev resigned on January 16 (Novi Glas, January 17). The weekly Tribuna, edited by Petar Vasilev (no relation), had printed the first of the annexes on January 9. Vasilev said on January 10 that the paper had “only done its job.”',
    ]);
    expect(quotesOf(text)).toContainEqual(['Petar Vasilev', 'only done its job.']);
  });
});

describe('the events of a namesake set apart', () => {
  it('give a bare surname in a later paragraph to the one not set apart', () => {
    const { draft } = draftOf(
      article([
        'Minister of Transport Branko Vasilev was questioned on January 16 (Novi Glas, January 17). The weekly Tribuna, edited by Petar Vasilev (no relation), had printed the annexes on January 9.',
        'On February 9, Vasilev resigned from the party’s board (OSNA, February 9).',
      ]),
    );
    const resigned = draft.events.find((e) => e.date.start === '2009-02-09');
    expect(draft.actors.find((a) => a.id === resigned?.actors[0])?.name).toBe('Branko Vasilev');
  });
});
