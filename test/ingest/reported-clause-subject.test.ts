// The subject of a reported clause ("told X that Sadykhov had “…”") and a participle after the words
// ("“…,” adding that he was conscious") are no speakers of the quoted words.
import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const speakerOf = (paragraph: string, words: string) =>
  draftOf(article([paragraph])).draft.quotes.find((q) => q.kind === 'direct' && q.text.startsWith(words))
    ?.speaker;

describe('the subject of a reported clause', () => {
  it('is no speaker: "X told Radio Sahil the following day that Sadykhov had “…”"', () => {
    expect(
      speakerOf(
        'Prime Minister Rauf Sadykhov took over on February 12. The speaker of the assembly, Nodira Khakimova, told Radio Sahil the following day that Sadykhov had “seized power with a doctor’s certificate.”',
        'seized power',
      ),
    ).toBe('nodira-khakimova');
  });
});

describe('a participle after the quoted words', () => {
  it('leaves the words to the subject before them: "the ministry confirmed that the president had suffered “…,” adding that he was conscious"', () => {
    expect(
      speakerOf(
        'President Ilyas Tokhtarov fell ill on February 9. The next day, the Health Ministry confirmed that the president had suffered “an acute disorder of the cerebral circulation,” adding that his condition was stable and that he was conscious.',
        'an acute disorder',
      ),
    ).toBe('health-ministry');
  });
});
