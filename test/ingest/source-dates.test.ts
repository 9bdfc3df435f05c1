// Source rules of the blind-article round: dates an in-sentence source takes from its paragraph.
import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

describe('an in-sentence source with no date of its own', () => {
  it('takes the date of the nearest bracket citing the same outlet in its paragraph', () => {
    const { draft } = draftOf(
      article([
        'The mill closed in March. Its workers told Vecherny Gorod that they had not been paid. They blamed the owner (Vecherny Gorod, April 4). The owner denied it (Interfax, April 5).',
        'The mayor later told Vecherny Gorod that the mill would reopen.',
      ]),
    );
    const told = draft.sources.filter((s) => s.kind === 'in-sentence' && s.outlet === 'Vecherny Gorod');
    expect(told.map((s) => s.date)).toEqual(['2009-04-04', undefined]);
  });
});

describe('a quote box attribution that describes its speaker in lower case', () => {
  it('takes the capitalised part before the date as the outlet, past an issue number', () => {
    const { draft } = draftOf(
      article([
        'The council met on May 2 (Interfax, May 2).',
        'QUOTE',
        '“We were never asked.”—Oleg Varin, head of the fishermen’s cooperative in Dorsk, Morskoi Vestnik, no. 12, May 4',
      ]),
    );
    const dash = draft.sources.find((s) => s.kind === 'dash');
    expect(dash).toMatchObject({ outlet: 'Morskoi Vestnik', date: '2009-05-04' });
    expect(draft.actors.find((a) => a.name === 'Oleg Varin')?.kind).toBe('person');
  });
});
