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
