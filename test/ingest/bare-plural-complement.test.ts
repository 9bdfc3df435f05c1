// "The union says farmers are leaving": words reported without "that", whose clause opens with a bare
// plural (reporting-verbs.ts COMPLEMENT).
import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const statementsOf = (text: string) => draftOf(text).draft.quotes.filter((q) => q.kind === 'reported');

describe('a complement opening with a bare plural', () => {
  it.each([
    'Oleg Varin says dairy farmers are selling their herds.',
    'Oleg Varin said local shops would close by the winter.',
    'Oleg Varin says exporters have lost half their buyers.',
  ])('reads "%s" as a statement', (sentence) => {
    const text = article([`Oleg Varin is the head of the Kestrian Farmers Union. ${sentence}`]);
    expect(statementsOf(text).map((s) => s.speaker)).toEqual(['oleg-varin']);
  });

  it('does not read "said goodbye to friends" as reported words', () => {
    const text = article([
      'Oleg Varin is the head of the Kestrian Farmers Union. Oleg Varin said goodbye to friends in May.',
    ]);
    expect(statementsOf(text)).toEqual([]);
  });
});
