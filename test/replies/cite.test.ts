// Citation formats of an article: one module, used by the Cite button and the context page.
import { describe, expect, it } from 'vitest';
import type { DatasetArticle, DatasetSource } from '../../src/dataset/types.js';
import { citationFormats } from '../../src/replies/cite.js';

const article: DatasetArticle = {
  id: 'edm-1-24-karimov',
  title: 'Karimov Moves Closer To Russian Fold',
  publication: 'Eurasia Daily Monitor',
  volume: 1,
  issue: 24,
  published: { start: '2004-06-03', yearInferred: false },
  url: 'https://jamestown.example/program/karimov/',
  authors: ['Roger McDermott'],
  textPath: 'articles/edm-1-24-karimov.txt',
};
const source = { raw: 'Interfax, Moscow, June 2' } as DatasetSource;

describe('citation formats', () => {
  it('cite an article with its author, day and address in each style', () => {
    const formats = citationFormats(article, [source]);
    expect(formats.chicago).toBe(
      'McDermott, Roger. “Karimov Moves Closer To Russian Fold.” Eurasia Daily Monitor 1, no. 24 (June 3, 2004). https://jamestown.example/program/karimov/.',
    );
    expect(formats.apa).toBe(
      'McDermott, R. (2004, June 3). Karimov Moves Closer To Russian Fold. Eurasia Daily Monitor, 1(24). https://jamestown.example/program/karimov/',
    );
    expect(formats.mla).toBe(
      'McDermott, Roger. “Karimov Moves Closer To Russian Fold.” Eurasia Daily Monitor, vol. 1, no. 24, 3 June 2004, jamestown.example/program/karimov/.',
    );
    expect(formats.bibtex).toBe(
      [
        '@article{edm-1-24-karimov,',
        '  author  = {Roger McDermott},',
        '  title   = {{Karimov Moves Closer To Russian Fold}},',
        '  journal = {Eurasia Daily Monitor},',
        '  volume  = {1},',
        '  number  = {24},',
        '  year    = {2004},',
        '  month   = jun,',
        '  day     = {3},',
        '  url     = {https://jamestown.example/program/karimov/}',
        '}',
      ].join('\n'),
    );
    expect(formats.inline).toEqual(['Interfax, Moscow, June 2']);
  });

  it('without author, day or address: the title leads, the month stands alone, the inference is noted', () => {
    const { authors: _authors, url: _url, ...rest } = article;
    const formats = citationFormats({ ...rest, published: { start: '2004-09', yearInferred: true } }, []);
    expect(formats.chicago).toBe(
      '“Karimov Moves Closer To Russian Fold.” Eurasia Daily Monitor 1, no. 24 (September 2004).',
    );
    expect(formats.apa).toBe(
      'Karimov Moves Closer To Russian Fold. (2004, September). Eurasia Daily Monitor, 1(24).',
    );
    expect(formats.mla).toBe(
      '“Karimov Moves Closer To Russian Fold.” Eurasia Daily Monitor, vol. 1, no. 24, Sept. 2004.',
    );
    expect(formats.bibtex).toContain('month   = sep');
    expect(formats.bibtex).toContain('note    = {Publication date inferred; the text does not print it}');
    expect(formats.inline).toEqual([]);
  });

  it('escapes what would break BibTeX, and keeps a title’s own question mark', () => {
    const formats = citationFormats(
      { ...article, title: 'Who Pays 50% & Why {Now}?', authors: ['A B', 'C D', 'E F'] },
      [],
    );
    expect(formats.bibtex).toContain('title   = {{Who Pays 50\\% \\& Why \\{Now\\}?}}');
    expect(formats.bibtex).toContain('author  = {A B and C D and E F}');
    expect(formats.chicago).toContain('B, A, C D, and E F. “Who Pays 50% & Why {Now}?” Eurasia');
    expect(formats.mla).toMatch(/^B, A, et al\. “Who Pays/);
    expect(formats.apa).toMatch(
      /^B, A\., D, C\., & F, E\. \(2004, June 3\)\. Who Pays 50% & Why \{Now\}\? Eurasia/,
    );
  });
});
