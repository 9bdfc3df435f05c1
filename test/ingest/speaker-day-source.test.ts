import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const sourcesOf = (paragraphs: string[]) =>
  draftOf(article(paragraphs)).draft.sources.map((s) => [s.outlet, s.date ?? null]);

// An outlet told between the parts of a quotation, with no date of its own, is dated by the day the
// paragraph just gave the same speaker's words.
describe('an undated outlet told inside a quotation', () => {
  it('takes the day of the same speaker’s words in the sentence before', () => {
    expect(
      sourcesOf([
        'Maria Lenz, head of the growers’ union, said on June 3 that half the harvest would rot. “We have no buyers,” Lenz told Interfax, “and no trucks either.”',
      ]),
    ).toContainEqual(['Interfax', '2009-06-03']);
  });

  it('takes the day for "he told" when the speech two sentences back is the nearest dated one', () => {
    expect(
      sourcesOf([
        'On June 5, the deputy minister, Oleg Brand, said that the border would reopen. The trucks, Brand claimed, were already waiting. “Nobody is blocking anyone,” he told Interfax. “The queues are the weather.”',
      ]),
    ).toContainEqual(['Interfax', '2009-06-05']);
  });

  it('leaves the outlet undated when the sentence before gives two days', () => {
    expect(
      sourcesOf([
        'Maria Lenz, who had warned on June 1 that prices would fall, said on June 3 that half the harvest would rot. “We have no buyers,” Lenz told Interfax, “and no trucks either.”',
      ]),
    ).toContainEqual(['Interfax', null]);
  });

  it('leaves the outlet undated when another person spoke on the day before', () => {
    expect(
      sourcesOf([
        'Maria Lenz, head of the growers’ union, said on June 3 that half the harvest would rot. “We have no buyers,” Karl Berg told Interfax, “and no trucks either.”',
      ]),
    ).toContainEqual(['Interfax', null]);
  });
});
