// "President X met Y on May 2 and, the following week, told …": Y is the object of a deed the subject
// did before speaking; the subject speaks, in a quotation and in reported words alike.
import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const spoken = (text: string) => {
  const { draft } = draftOf(text);
  return draft.quotes.map((q) => [q.kind, q.speaker]);
};

describe('the object of a deed before the speech verb does not speak', () => {
  it('gives a quotation after "met Y … and, <aside>, told" to the subject', () => {
    const text = article([
      'President Karl Mund met the envoy Ivo Brandt on May 2 and, the following week, told a Riga audience that “our gas will go wherever it is paid for.”',
    ]);
    expect(spoken(text)).toEqual([['direct', 'karl-mund']]);
  });

  it('gives one after "visited Y and said" to the subject', () => {
    const text = article([
      'Minister Anna Berzina visited Mayor Janis Ozols in Liepaja on June 3 and said that “the port will not close.”',
    ]);
    expect(spoken(text)).toEqual([['direct', 'anna-berzina']]);
  });

  it('gives reported words after "did meet Y … and told" to the subject', () => {
    const text = article([
      'President Karl Mund did meet the envoy Ivo Brandt on May 2 and told reporters that the gas would go west.',
    ]);
    expect(spoken(text)).toEqual([['reported', 'karl-mund']]);
  });

  it('leaves "X met Y, who told …" to Y', () => {
    const text = article([
      'President Karl Mund met the envoy Ivo Brandt on May 2. Brandt told reporters that “the gas will go west.”',
    ]);
    expect(spoken(text)).toEqual([['direct', 'ivo-brandt']]);
  });
});
