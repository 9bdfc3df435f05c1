import { describe, expect, it } from 'vitest';
import { parseHeader, parsePrintedDate } from '../../ingest/files/header.js';

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
  ])('reads a header copied in another shape: %s', (line) => {
    const r = parseHeader(`A Title Here\n\n${line}\n\nBody.`);
    expect(r.ok && r.header).toMatchObject({
      title: 'A Title Here',
      publication: 'Eurasia Daily Monitor',
      volume: 8,
      issue: 124,
    });
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
