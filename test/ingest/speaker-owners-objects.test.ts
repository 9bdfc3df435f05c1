// Who is not the speaker of quoted words: an owner in the possessive, the object of a preposition;
// what is no quotation: a title in quotation marks. And kinds an owner's possessive no longer decides.
import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const quotes = (paragraphs: string[]) => {
  const { draft } = draftOf(article(paragraphs));
  return draft.quotes.filter((q) => q.kind === 'direct').map((q) => [q.speaker, q.text]);
};

describe('the speaker of quoted words', () => {
  it('is the subject a participle goes on from, not an owner before him: "The EU’s envoy, X, was bullish, arguing that “…”"', () => {
    expect(
      quotes([
        'The European Union’s Special Representative for Central Asia, Hans Kramer, was more bullish on April 11, arguing that the pipeline could be “technically ready within three years.”',
      ]),
    ).toEqual([['hans-kramer', 'technically ready within three years.']]);
  });

  it('is the subject of "promising that … “…”"', () => {
    expect(
      quotes([
        'President Iordan Valcu spoke about Andrei Tsurcan for less than a minute on October 15, promising that the investigation would be completed “without regard to rank or uniform.”',
      ]),
    ).toEqual([['iordan-valcu', 'without regard to rank or uniform.']]);
  });

  it('is not the object of a preposition: "X has said nothing about Tsurcan since May 4, when he told reporters that “…”"', () => {
    expect(
      quotes([
        'Reporter Andrei Tsurcan disappeared on August 27. President Iordan Valcu has said nothing about Tsurcan since September 4, when he told reporters that “no stone will be left unturned.”',
      ]),
    ).toEqual([['iordan-valcu', 'no stone will be left unturned.']]);
  });

  it('is an outlet that hints, past its appositive: "Yeni Azərbaycan, the ruling party’s daily, hinted that “…”"', () => {
    expect(
      quotes([
        'Yeni Azərbaycan, the ruling party’s daily, hinted on November 8 that “foreign services” had an interest in damaging the corridor.',
      ]),
    ).toEqual([['yeni-azarbaycan', 'foreign services']]);
  });
});

describe('a title in quotation marks', () => {
  it('is no quotation: "a series called “The Sarnovo Pipeline”"', () => {
    expect(
      quotes(['Reporter Andrei Tsurcan published a series called “The Sarnovo Pipeline” on June 18.']),
    ).toEqual([]);
  });
});

describe('an appositive with an owner in the possessive', () => {
  it('is headed by its own noun: "Andrei Tsurcan, the country’s best-known investigative reporter,"', () => {
    const { draft } = draftOf(
      article([
        'The ruling came six weeks after Andrei Tsurcan, the country’s best-known investigative reporter, disappeared on August 27.',
      ]),
    );
    expect(draft.actors.find((a) => a.name === 'Andrei Tsurcan')?.kind).toBe('person');
  });
});
