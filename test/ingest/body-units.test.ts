import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const organizations = (paragraphs: string[]) =>
  draftOf(article(paragraphs))
    .draft.actors.filter((a) => a.kind === 'organization')
    .map((a) => a.name);

describe('the body a unit belongs to', () => {
  it('drafts the ministry of "Head of the Press Service of the Ministry of X Firstname Lastname"', () => {
    const names = organizations([
      'Head of the Press Service of the Ministry of Agriculture of Moldova Ion Lupu said on May 3 that the ban would stay.',
    ]);
    expect(names).toContain('Ministry of Agriculture of Moldova');
  });

  it('drafts the council of "the Committee on X of the Y Council" and of "the Department of the Z Bank"', () => {
    const names = organizations([
      'On June 2, the Committee on Budget Affairs of the Supreme Council rejected the draft.',
      'The Legal Department of the National Bank said on June 4 that the loan was lawful.',
    ]);
    expect(names).toEqual(expect.arrayContaining(['Supreme Council', 'National Bank']));
  });

  it('drafts no part of a body that is no unit ("the Parliamentary Assembly of the Council of Europe")', () => {
    const names = organizations([
      'On June 2, the Parliamentary Assembly of the Council of Europe called the vote unfair.',
    ]);
    expect(names).not.toContain('Council of Europe');
  });
});
