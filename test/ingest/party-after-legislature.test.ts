// "who sits in the Duma for United Russia": after a legislature, "for" names a member's party, so the
// legislature and the party are two bodies ("the Council for Energy Security" is still one).
import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

describe('a party after a legislature and "for"', () => {
  it.each([
    [
      'Oleg Petrov, who represents Tomsk in the Duma for United Russia, voted against the bill on May 3.',
      'Duma',
      'United Russia',
    ],
    [
      'Ivan Kuzmenko, who sits in the Rada for Batkivshchyna, said on May 4 that the vote was rigged.',
      'Rada',
      'Batkivshchyna',
    ],
    [
      'Viktor Bondar, who sat in the Rada for the Party of Regions, resigned on June 2.',
      'Rada',
      'Party of Regions',
    ],
  ])('%s', (sentence, legislature, party) => {
    const { draft } = draftOf(article([sentence]));
    const names = draft.actors.map((a) => a.name);
    expect(names).toContain(legislature);
    expect(names).toContain(party);
  });

  it('keeps a council named for its field whole', () => {
    const { draft } = draftOf(article(['The National Council for Energy Security met in Baku on May 5.']));
    expect(draft.actors.map((a) => a.name)).toContain('National Council for Energy Security');
  });
});
