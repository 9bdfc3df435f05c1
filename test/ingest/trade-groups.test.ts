// "growers in Kakheti say that …": people of a trade, placed by a name, speak as an unnamed group
// (decision 012); without the place the bare plural names no one.
import { describe, expect, it } from 'vitest';
import { article, draftOf, reportedSpeakers } from './helpers.js';

describe('a trade placed by a name', () => {
  it('drafts "growers in Kakheti" mid-sentence', () => {
    const text = article(['Prices fell in May, and growers in Kakheti say that half the harvest will rot.']);
    expect(reportedSpeakers(text)).toEqual(['growers in Kakheti']);
  });

  it('drafts "traders in Osh" opening a sentence', () => {
    const text = article(['The border closed in June. Traders in Osh complain that nothing crosses it.']);
    expect(reportedSpeakers(text)).toEqual(['Traders in Osh']);
  });

  it('drafts no one for a trade without a place', () => {
    const text = article(['Prices fell in May, and growers say that half the harvest will rot.']);
    expect(draftOf(text).draft.actors.map((a) => a.name)).not.toContain('growers');
  });
});
