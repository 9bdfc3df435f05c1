import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const countriesOf = (paragraphs: string[]) =>
  draftOf(article(paragraphs))
    .draft.actors.filter((a) => a.kind === 'country')
    .map((a) => a.name);

// A word in "-i" before a lower-case word names a country only as an adjective before a noun: not
// after a sentence's "In", not as the subject of a verb, not before a works it names.
describe('a place or brand in "-i" is no country adjective', () => {
  it('reads "In Tsaleti everybody …" as a place', () => {
    expect(
      countriesOf(['In Tsaleti everybody has a cousin in the capital, and the cousins send money home.']),
    ).not.toContain('Tsalet');
  });

  it('reads "Zedeni survived the war" and "bottles Zedeni laid off" as a name before a verb', () => {
    expect(
      countriesOf([
        'The firm that bottles Zedeni laid off forty workers in June. Zedeni survived the war, its owner said.',
      ]),
    ).not.toContain('Zeden');
  });

  it('reads "the Marneti thermal power plant" as a place before its works', () => {
    expect(countriesOf(['The Marneti thermal power plant switched to fuel oil on May 4.'])).not.toContain(
      'Marnet',
    );
  });

  it('still reads "a Dashtani patrol boat" as the adjective of a country', () => {
    expect(countriesOf(['On May 4, a Dashtani patrol boat stopped two trawlers off the coast.'])).toContain(
      'Dashtan',
    );
  });
});
