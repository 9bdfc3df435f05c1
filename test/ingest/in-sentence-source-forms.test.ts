// In-sentence sources in forms beside "according to": an estimate, a speaker an outlet quotes, and
// an undated one that the outlet's own bracket citation in the sentence dates.
import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const { draft } = draftOf(
  article([
    'The bank has made plain, in the words of a bank official quoted by Sartinform, that “the board will wait” (Sartinform, February 9). The losses, by the estimate of Tobysh.info, ran to $40 million (Tobysh.info, January 24). The mission head met the prime minister on February 4 and, according to Delovaya Sartava, made the loan conditional on an audit (Delovaya Sartava, no. 6, 6 February).',
  ]),
);
const inSentence = (raw: string) => draft.sources.find((s) => s.kind === 'in-sentence' && s.raw === raw);

describe('in-sentence sources beside "according to"', () => {
  it('reads "in the words of a bank official quoted by X" and "by the estimate of X"', () => {
    expect(inSentence('in the words of a bank official quoted by Sartinform')).toMatchObject({
      outlet: 'Sartinform',
      date: '2009-02-09',
    });
    expect(inSentence('by the estimate of Tobysh.info')).toMatchObject({ outlet: 'Tobysh.info' });
  });

  it('dates an undated one by the outlet’s own bracket citation in the sentence, not by the day told', () => {
    expect(inSentence('according to Delovaya Sartava')?.date).toBe('2009-02-06');
  });
});

describe('an outlet’s name in a sentence', () => {
  const { draft: other } = draftOf(
    article([
      'Drilling began on May 11, according to the Varesh Observer of May 28 (Varesh Observer, May 28). Ovezov repeated it in an interview with DravInform (DravInform, May 30). Khalliyev said the same in an interview with DravInform.',
    ]),
  );
  const outlets = other.sources.map((s) => s.outlet);

  it('ends before "of" and a day, which dates the issue: "the Varesh Observer of May 28"', () => {
    const cited = other.sources.find((s) => s.raw === 'according to the Varesh Observer of May 28');
    expect(cited).toMatchObject({ outlet: 'Varesh Observer', date: '2009-05-28' });
  });

  it('ends before the sentence’s full stop: "in an interview with DravInform."', () => {
    expect(outlets).not.toContain('DravInform.');
    expect(outlets.filter((o) => o.startsWith('Varesh'))).toEqual(['Varesh Observer', 'Varesh Observer']);
  });
});

describe('an outlet cited by the abbreviation the article declared for it', () => {
  it('is recorded under its full name: "Eskarian Broadcasting (EBC)", then "(EBC, Brennholt, May 2)"', () => {
    const { draft: other } = draftOf(
      article([
        'Two days later, the ambassador went on Eskarian Broadcasting (EBC) to defend the company (EBC, Brennholt, May 2).',
      ]),
    );
    const bracket = other.sources.find((s) => s.kind === 'bracket');
    expect(bracket).toMatchObject({ outlet: 'Eskarian Broadcasting', raw: 'EBC, Brennholt, May 2' });
  });
});

describe('outlets known by a word of their names', () => {
  it('cites "told Deutsche Welle", "told Delovoi Kurier" and "Novye izvestia"', () => {
    const { draft: other } = draftOf(
      article([
        'The prosecutor’s office told Deutsche Welle on October 12 that it would decide by the end of the month. Officials told Delovoi Kurier on October 14 that the list was ready. The FMS has drawn up a list of schools (Novye izvestia, October 9).',
      ]),
    );
    expect(other.sources.map((s) => s.outlet)).toEqual([
      'Deutsche Welle',
      'Delovoi Kurier',
      'Novye izvestia',
    ]);
  });
});

describe('an outlet whose name a Russian "i" joins', () => {
  it('cites "Argumenty i Fakty reported" under its whole name', () => {
    const { draft: other } = draftOf(
      article([
        'The ministry raised prices on May 2 (Argumenty i Fakty, May 3). Argumenty i Fakty reported on May 4 that the price would rise again.',
      ]),
    );
    expect(other.sources.map((s) => s.outlet)).toEqual(['Argumenty i Fakty', 'Argumenty i Fakty']);
  });
});
