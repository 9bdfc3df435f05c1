import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const actorsOf = (paragraphs: string[]) => draftOf(article(paragraphs)).draft.actors;

describe('people told by an appositive of a group, or by their surname', () => {
  it('makes a person of "X, the best known of the reformist deputies, …"', () => {
    const actors = actorsOf([
      'The verdicts came fast: on March 3, 2009, Tarvo Milsen, the best known of the reformist deputies, whose trial had opened in May, received six years (Harbor News, March 4).',
    ]);
    expect(actors.find((a) => a.name === 'Tarvo Milsen')?.kind).toBe('person');
  });

  it('reads a hyphened word in an appositive before "who" ("the pro-Western candidate who …")', () => {
    const actors = actorsOf([
      'On March 3, 2009, the police searched the office of Tarvo Milsen, the pro-Western candidate who lost the vote (Harbor News, March 4).',
    ]);
    expect(actors.find((a) => a.name === 'Tarvo Milsen')?.kind).toBe('person');
  });

  it('lets the surname’s person votes outweigh a weak guess of another kind for the full name', () => {
    const actors = actorsOf([
      'On May 2, 2009, the city marked a year since the fall of Oren Dasko. Dasko ruled for ten years. Dasko said little. Dasko wrote poems, and Dasko told his ministers nothing (Harbor News, May 3).',
    ]);
    expect(actors.find((a) => a.name === 'Oren Dasko')?.kind).toBe('person');
  });
});

describe('a possessor in an "of" phrase', () => {
  it('is not the speaker of the quotation that follows ("the anniversary of X’s death, the radio called it “…”")', () => {
    const { draft } = draftOf(
      article([
        'Oren Dasko, the former president, died in 2008. On May 2, 2009, on the anniversary of Oren Dasko’s death, state radio called the new dam “a gift to our grandchildren” (Tolvar Radio, May 2).',
      ]),
    );
    const quote = draft.quotes.find((q) => q.text.includes('gift to our grandchildren'));
    expect(quote?.speaker).not.toBe('oren-dasko');
  });
});
