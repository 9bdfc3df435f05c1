// An interview of a single question and answer is still an interview: its answer is the
// interviewee's quotation, cited to the credit line; a paragraph that only opens "A." is no answer.
import { describe, expect, it } from 'vitest';
import { findTurnLabels } from '../../ingest/stages/segment.js';
import { article, draftOf } from './helpers.js';

const paragraphs = (texts: string[]) =>
  texts.map((text, index) => ({ index, text, start: 0, end: text.length }));

describe('an interview of one question and its answer', () => {
  it('drafts the answer as the interviewee’s quotation, dated and cited by the credit line', () => {
    const { draft } = draftOf(
      article(
        [
          'Dina Kerey has chaired the Ostrov Weavers Union since 2004. She answered one question for us after the mill closed on May 2.',
          'Q: What will the union do now?',
          'A: We will go to court. The owners broke the collective agreement, and everyone in Ostrov knows it.',
          'The interview was conducted by Ana Rus in Ostrov on May 12, 2009, and published in the Steppe Herald on May 14.',
        ],
        'Publication: Eurasia Daily Monitor Volume: 6 Issue: 90',
      ),
    );
    const answer = draft.quotes.find((q) => q.text.startsWith('We will go to court'));
    expect(answer).toBeDefined();
    const speaker = draft.actors.find((a) => a.id === answer?.speaker);
    expect(speaker?.name).toBe('Dina Kerey');
    expect(answer?.date).toMatchObject({ start: '2009-05-12' });
    expect(draft.quotes.some((q) => q.text.includes('What will the union do'))).toBe(false);
  });

  it('needs an interview told, the colons, the order and the adjacency of a real exchange', () => {
    const intro = 'We put one question to Dina Kerey.';
    expect(findTurnLabels(paragraphs([intro, 'Q: Why?', 'A: Because.']))).toEqual({
      question: 'Q',
      answer: 'A',
    });
    expect(
      findTurnLabels(paragraphs(['The council meets on June 5.', 'Q: Why?', 'A: Because.'])),
    ).toBeUndefined();
    expect(findTurnLabels(paragraphs([intro, 'Q. Why?', 'A. Petrov said so on May 2.']))).toBeUndefined();
    expect(findTurnLabels(paragraphs([intro, 'A: Because.', 'Q: Why?']))).toBeUndefined();
    expect(findTurnLabels(paragraphs([intro, 'Q: Why?', 'Nobody knew.', 'A: Because.']))).toBeUndefined();
  });
});
