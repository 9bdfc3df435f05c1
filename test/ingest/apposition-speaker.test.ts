import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

/** Each direct quotation with the name of its speaker. */
const quotesOf = (text: string) => {
  const { draft } = draftOf(text);
  return draft.quotes
    .filter((q) => q.kind === 'direct')
    .map((q) => [draft.actors.find((a) => a.id === q.speaker)?.name ?? q.speaker, q.text]);
};

// Whoever an apposition or a "led by" aside names describes the subject; the subject speaks.
describe('a name inside an apposition or a "led by" aside does not speak', () => {
  it('gives "X, a nephew of President Y, told …" to X', () => {
    const text = article([
      'Ivo Brandt, a nephew of President Karl Mund, told reporters on May 2 that the plan was “a trap for farmers.”',
    ]);
    expect(quotesOf(text)).toEqual([['Ivo Brandt', 'a trap for farmers.']]);
  });

  it('knows a name no list holds for a person by "X, now Y’s running mate, had told …"', () => {
    const text = article([
      'Two days earlier, Raul Khadjimba, now Bagapsh’s running mate, had told supporters in Sukhum that the joint ticket was “not a surrender but a truce” (Interfax, December 12).',
    ]);
    expect(quotesOf(text)).toEqual([['Raul Khadjimba', 'not a surrender but a truce']]);
  });

  it('gives "X, the deputy of Governor Y, said …" to X', () => {
    const text = article([
      'Marta Kovac, the deputy of Governor Peter Hale, said on Monday that the bridge would be “finished before the snow.”',
    ]);
    expect(quotesOf(text)).toEqual([['Marta Kovac', 'finished before the snow.']]);
  });

  it('gives "the OSCE mission, led by Y, called the count …" to the OSCE, not to Y', () => {
    const text = article([
      'The OSCE mission, led by Ambassador Lena Falk, called the count “orderly, calm and slow.”',
    ]);
    expect(quotesOf(text)).toEqual([['OSCE', 'orderly, calm and slow.']]);
  });

  it('keeps a time phrase between commas out of it ("X called it, the next day, …")', () => {
    const text = article([
      'The Senate passed the bill in May. Radio Nova called it, the next day, “a gift to the banks that nobody asked for.”',
    ]);
    expect(quotesOf(text)).toEqual([['Radio Nova', 'a gift to the banks that nobody asked for.']]);
  });
});
