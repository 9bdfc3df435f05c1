import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const quotedBy = (text: string) =>
  draftOf(text)
    .draft.quotes.filter((q) => q.kind === 'direct')
    .map((q) => [q.speaker, q.text]);

// A name given in a "what X called" clause is X's, whoever else the sentence names first.
describe('a quotation named in a "what X called" clause', () => {
  it('gives "what the court called the “…”" to the court named before', () => {
    const text = article([
      'The hearing, which Judge Arnold Fisk had set for May 4 at the Regional Court of Valdor, was postponed because of what the court called the “unusual complexity of the evidence.”',
    ]);
    expect(quotedBy(text)).toEqual([['regional-court-of-valdor', 'unusual complexity of the evidence.']]);
  });

  it('gives "what the council called “…”" to the council, not the deputy named in an aside', () => {
    const text = article([
      'The vote in the City Council of Brenna, which deputy Karl Benes had demanded, was put off after what the council called “a failure of the voting machines.”',
    ]);
    expect(quotedBy(text)).toEqual([['city-council-of-brenna', 'a failure of the voting machines.']]);
  });

  it('gives "what she called “…”" to the woman the pronoun means', () => {
    const text = article([
      'Ivan Dorsky told the inquiry that Director Sofia Marek had left the agency in 2019 over what she called its “culture of silence and fear.”',
    ]);
    expect(quotedBy(text)).toEqual([['sofia-marek', 'culture of silence and fear.']]);
  });
});
