import { describe, expect, it } from 'vitest';
import { authorNames, parseHeader, parsePrintedDate } from '../../ingest/files/header.js';
import { article, draftOf } from './helpers.js';

describe('parseHeader', () => {
  it('reads title, publication, volume and issue', () => {
    const r = parseHeader('A Title Here\n\nPublication: Eurasia Daily Monitor Volume: 7 Issue: 101\n\nBody.');
    expect(r.ok && r.header).toMatchObject({
      title: 'A Title Here',
      publication: 'Eurasia Daily Monitor',
      volume: 7,
      issue: 101,
    });
    expect(r.ok && r.header.published).toBeUndefined();
  });

  it('takes a printed date and an author from the header', () => {
    const r = parseHeader(
      'T\n\nPublication: Eurasia Daily Monitor Volume: 1 Issue: 24 June 4, 2004 By: Roger Smith\n\nBody.',
    );
    expect(r.ok && r.header).toMatchObject({ published: '2004-06-04', author: 'Roger Smith' });
  });

  it('takes a date line right under the header', () => {
    const r = parseHeader('T\n\nPublication: Steppe Weekly Volume: 2 Issue: 3\n12 March 2009\n\nBody.');
    expect(r.ok && r.header.published).toBe('2009-03-12');
  });

  it.each([
    'Eurasia Daily Monitor Volume: 8 Issue: 124',
    'Eurasia Daily Monitor, Volume 8, Issue 124',
    'Eurasia Daily Monitor -- Vol. 8, No. 124',
    'Publication: Eurasia Daily Monitor, Vol. 8, No. 124',
    'Eurasia Daily Monitor—Vol. 8, No. 124',
  ])('reads a header copied in another shape: %s', (line) => {
    const r = parseHeader(`A Title Here\n\n${line}\n\nBody.`);
    expect(r.ok && r.header).toMatchObject({
      title: 'A Title Here',
      publication: 'Eurasia Daily Monitor',
      volume: 8,
      issue: 124,
    });
  });

  it('reads a typewriter-dash header once the layout is tidied ("--" becomes an unspaced em dash)', () => {
    const { draft } = draftOf(
      article(['On June 2 the Duma met.'], 'Eurasia Daily Monitor -- Vol. 8, No. 124'),
    );
    expect(draft.article).toMatchObject({ publication: 'Eurasia Daily Monitor', volume: 8, issue: 124 });
  });

  it('says a line of thousands of spaces is no header, without trying every way to split it', () => {
    const r = parseHeader(`A Title Here\n\na${' '.repeat(5000)}b\n\nBody.`);
    expect(r.ok).toBe(false);
  });

  it('takes no sentence deep in the body for an unlabelled header', () => {
    const body = [
      'One.',
      'Two.',
      'Three.',
      'Four.',
      'As the Journal of Steppe Studies, Vol. 3, No. 2, put it, the law is dead.',
    ];
    expect(parseHeader(`A Title Here\n\n${body.join('\n\n')}`).ok).toBe(false);
    expect(
      parseHeader(`A Title Here\n\nThe Journal of Steppe Studies. It said so, Vol. 3, No. 2\n\nBody.`).ok,
    ).toBe(false);
  });

  it('takes a byline right under the header as the author, out of the body', () => {
    const text = 'T\n\nPublication: Eurasia Daily Monitor Volume: 1 Issue: 24\n\nBy Roger McDermott\n\nBody.';
    const r = parseHeader(text);
    expect(r.ok && r.header.author).toBe('Roger McDermott');
    expect(r.ok && text.slice(r.header.bodyStart).trim()).toBe('Body.');
    const sentence = parseHeader(
      text.replace('By Roger McDermott', 'By the time the Duma met, nobody cared.'),
    );
    expect(sentence.ok && sentence.header.author).toBeUndefined();
  });

  it('gives every name of a byline as an author of the draft', () => {
    const header =
      'Publication: Eurasia Daily Monitor Volume: 1 Issue: 24 By: Roger McDermott and Igor Torbakov';
    const { draft } = draftOf(article(['On June 2 the Duma met.'], header));
    expect(draft.article.authors).toEqual(['Roger McDermott', 'Igor Torbakov']);
    expect(authorNames('Roger McDermott and Igor Torbakov')).toEqual(['Roger McDermott', 'Igor Torbakov']);
    expect(authorNames('A. Smith, B. Jones, and C. Brown')).toEqual(['A. Smith', 'B. Jones', 'C. Brown']);
  });

  it('says so when the header line is missing', () => {
    const r = parseHeader('Just A Title\n\nSome text without a header.');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toMatch(/Publication/);
    expect(!r.ok && r.title).toBe('Just A Title');
  });

  it('rejects impossible printed dates', () => {
    expect(parsePrintedDate('February 30, 2005')).toBeUndefined();
    expect(parsePrintedDate('February 29, 2008')?.date).toBe('2008-02-29');
  });
});
