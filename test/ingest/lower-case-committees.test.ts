import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const actorNames = (lines: string[]) =>
  draftOf(article(lines)).draft.actors.flatMap((a) => [a.name, ...a.aliases]);
const mainNames = (lines: string[]) => draftOf(article(lines)).draft.actors.map((a) => a.name);

describe('a parliament’s committee printed in lower case', () => {
  it('keeps a field of two words joined by "and"', () => {
    const names = mainNames([
      'The Assembly’s committee on health and welfare will meet on May 9, its chairman said.',
      'The Khural’s committee on roads and bridges rejected the bill on June 2.',
    ]);
    expect(names).toEqual(
      expect.arrayContaining(['committee on health and welfare', 'committee on roads and bridges']),
    );
    expect(names).not.toContain('committee on health');
  });

  it('finds the committee after "whose"', () => {
    expect(
      mainNames(['The Assembly, whose committee on trade and industry met on May 10, said nothing.']),
    ).toContain('committee on trade and industry');
  });

  it('names the committee with its parliament when the parliament’s name stands before it', () => {
    expect(
      mainNames([
        'Ola Berg, who chairs the Senate committee on farm policy, told reporters that the bill would pass.',
      ]),
    ).toContain('Senate committee on farm policy');
  });

  it('also spells a possessed committee with its owner’s name before it', () => {
    expect(actorNames(['The Verkhovna Rada’s committee on fuel and energy met on March 4.'])).toContain(
      'Verkhovna Rada committee on fuel and energy',
    );
  });

  it('finds a commission governments share, with no owner: "the intergovernmental commission on water and energy"', () => {
    expect(
      mainNames([
        'The intergovernmental commission on water and energy, put off in February, finally met in Orsalyk on March 6.',
      ]),
    ).toContain('intergovernmental commission on water and energy');
  });

  it('keeps a field that opens with a place’s name: "the intergovernmental commission on the Verkhny Brod crossing"', () => {
    const names = mainNames([
      'The intergovernmental commission on the Verkhny Brod crossing has put off its spring session.',
    ]);
    expect(names).toContain('intergovernmental commission on the Verkhny Brod crossing');
    expect(names).not.toContain('intergovernmental commission on the');
  });

  it('ends a field before a verb of speech: "the Khural’s committee on the budget said"', () => {
    expect(
      mainNames(['The Khural’s committee on the budget said on May 2 that it would not meet.']),
    ).toContain('committee on the budget');
  });
});
