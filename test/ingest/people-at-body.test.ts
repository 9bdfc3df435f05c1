// "the people at the ministry told us …": the staff of a body the article names as an actor of its
// own are an unnamed speaker (decision 012); a body named only in that phrase stands for its people.
import { describe, expect, it } from 'vitest';
import { article, draftOf, reportedSpeakerForms } from './helpers.js';

describe('people at a body', () => {
  it('drafts the staff of a ministry named before', () => {
    const text = article([
      'The Transport Ministry gave no figures. The people at the ministry told us that the bridge would reopen in May.',
    ]);
    expect(reportedSpeakerForms(text)).toEqual([
      ['Transport Ministry staff', 'The people at the ministry', 'people at the ministry'],
    ]);
  });

  it('drafts the staff of a company named elsewhere', () => {
    const text = article([
      'Naftobud, a trading company, cut its prices in March.',
      'Later people at Naftobud told me that the cut would not last.',
    ]);
    expect(reportedSpeakerForms(text)[0]?.[0]).toBe('Naftobud staff');
  });

  it('drafts no staff for a place', () => {
    const text = article(['Prices rose in Minsk. People in Minsk say that the ruble will fall.']);
    expect(draftOf(text).draft.actors.map((a) => a.name)).not.toContain('Minsk staff');
  });
});
