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
