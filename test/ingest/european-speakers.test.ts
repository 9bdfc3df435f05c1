// "One European ambassador said …": "European", like "Western", qualifies an unnamed speaker no
// country's adjective names (decision 012).
import { describe, expect, it } from 'vitest';
import { article, draftOf, reportedSpeakers } from './helpers.js';

describe('a "European" unnamed speaker', () => {
  it('drafts "One European diplomat"', () => {
    const text = article(['One European diplomat said that the talks had failed.']);
    expect(reportedSpeakers(text)).toEqual(['One European diplomat']);
  });

  it('drafts "a European official" with the city they sit in', () => {
    const text = article([
      'The talks stalled in May. A European official in Riga told reporters that the deal was dead.',
    ]);
    expect(reportedSpeakers(text)).toEqual(['A European official in Riga']);
  });

  it('drafts no one for a phrase that does not speak', () => {
    const text = article(['Prices of European cars rose in May.']);
    expect(draftOf(text).draft.actors).toEqual([]);
  });
});
