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

describe('an interview credit line', () => {
  const interview = (credit: string) =>
    draftOf(
      article(
        [
          'Aliya Serikova has run the Taraz Water Board since 2005. Below, Serikova answers our questions.',
          'Q: Is the case political?',
          'A: Of course it is. Nobody opened a case when we were building the canal.',
          'Q: What comes next?',
          'A: We keep working. The canal will open in June whatever the court says.',
          credit,
        ],
        'Publication: Eurasia Daily Monitor Volume: 6 Issue: 60',
      ),
    ).draft.sources.find((s) => s.kind === 'in-sentence');

  it('names the outlet after what kind of outlet it is, and reads "appeared" as "published"', () => {
    expect(
      interview(
        'The interview was conducted by Marat Omarov in Taraz on March 20, 2009, and first appeared in the March 24 issue of the Kazakh weekly Dala Sozi.',
      ),
    ).toMatchObject({ outlet: 'Dala Sozi', date: '2009-03-24' });
  });

  it('takes the outlet the interviewer is "of", which published a version "in its" issue', () => {
    expect(
      interview(
        'The interview was conducted in Taraz on March 20, 2009, by Marat Omarov of Dala Sozi, which published a shorter version in its March 26 issue.',
      ),
    ).toMatchObject({ outlet: 'Dala Sozi', date: '2009-03-26', author: 'Marat Omarov' });
  });
});

describe('sources named in the sentence', () => {
  it('reads "told" after a long aside that spells a body’s abbreviation', () => {
    const { draft } = draftOf(
      article([
        'On May 3, Colonel Ivar Stenlund, deputy head of the Coast Guard of the Norlandian Maritime Security Service (NMSS), told Baltic Wire that the boats had turned back.',
      ]),
    );
    expect(draft.sources.find((s) => s.outlet === 'Baltic Wire')).toMatchObject({
      kind: 'in-sentence',
      date: '2009-05-03',
    });
  });

  it('takes no one for an outlet who "wrote off" a debt', () => {
    const { draft } = draftOf(
      article([
        'Officials in Minsk point out that Moscow wrote off most of the debt in 2004 (Interfax, May 3).',
      ]),
    );
    expect(draft.sources.map((s) => s.outlet)).toEqual(['Interfax']);
  });
});

describe('an outlet cited by its first words', () => {
  it('in brackets is the one outlet of the article whose name opens with them', () => {
    const { draft } = draftOf(
      article([
        'On May 3, the governor told Steppe Wire Service that the road was open. Two days later it closed again (Steppe, May 5).',
      ]),
    );
    expect(draft.sources.map((s) => s.outlet)).toEqual(['Steppe Wire Service', 'Steppe Wire Service']);
  });
});
