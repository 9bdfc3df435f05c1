// A naming in a free relative after any preposition ("left for what the ministry called a family
// visit"): the subject of "called" names the thing, a statement of its own, as after "in what".
import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

/** The speakers of the draft's statements (or of its direct quotations). */
const speakersOf = (text: string, kind: 'reported' | 'direct' = 'reported') => {
  const { draft } = draftOf(text);
  return draft.quotes
    .filter((q) => q.kind === kind)
    .map((q) => draft.actors.find((a) => a.id === q.speaker)?.name ?? q.speaker);
};
const namingsOf = (text: string) => speakersOf(text);
const quotesOf = (text: string) => speakersOf(text, 'direct');

describe('"<preposition> what X called …"', () => {
  it('reads "for what"', () => {
    const text = article([
      'The ambassador left Riga on May 3 for what the Latvian Foreign Ministry called a family visit.',
    ]);
    expect(namingsOf(text)).toEqual(['Latvian Foreign Ministry']);
  });

  it('reads "on what"', () => {
    const text = article([
      'Two ships called at Liepaja on May 4, on what the Russian Defense Ministry called a routine stop.',
    ]);
    expect(namingsOf(text)).toEqual(['Russian Defense Ministry']);
  });

  it('reads "after what"', () => {
    const text = article(['The council met after what the Riga City Council called a long delay.']);
    expect(namingsOf(text)).toEqual(['Riga City Council']);
  });

  it('still needs a noun phrase after the verb ("for what the minister called off")', () => {
    const text = article(['The crowd waited for what the Riga City Council called off on May 2.']);
    expect(namingsOf(text)).toEqual([]);
  });
});

describe('"what it called “…”"', () => {
  it('gives the words to the body "it" stands for, not to the person named after it', () => {
    const text = article([
      'On June 14 the Foreign Ministry summoned the Dravinian ambassador, Petro Hnatiuk, to protest against what it called a “campaign of slander” (Margelinform, June 14).',
    ]);
    expect(quotesOf(text)).toEqual(['Foreign Ministry']);
  });

  it('passes over an owner and a place: "summoned Kharzia’s ambassador in Kelmir to protest against what it called"', () => {
    const text = article([
      'That evening, the Zardanian Foreign Ministry summoned Kharzia’s ambassador in Kelmir to protest against what it called “a campaign of lies” (Kharzinform, June 15).',
    ]);
    expect(quotesOf(text)).toEqual(['Zardanian Foreign Ministry']);
  });

  it('leaves a note’s words to the one who handed it over', () => {
    const text = article([
      'Deputy Foreign Minister Temirbek Asanaliev summoned the Kazakh chargé d’affaires in Bishkek and handed him a note protesting what it called “an economic blockade” (Kabar, July 31).',
    ]);
    expect(quotesOf(text)).toEqual(['Temirbek Asanaliev']);
  });
});
