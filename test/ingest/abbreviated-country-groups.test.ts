// "US officials in Riga concede that …": a country's group named by the abbreviation the article prints
// for it, as by its adjective ("American officials in Riga"), with where they sit (decision 012).
import { describe, expect, it } from 'vitest';
import { article, reportedSpeakers } from './helpers.js';

describe('a country group by its abbreviation', () => {
  it('drafts "US officials in Riga", not "Riga officials"', () => {
    const text = article([
      'The US leases the airfield. Privately, US officials in Riga concede that the fuel will last a week.',
    ]);
    expect(reportedSpeakers(text)).toEqual(['US officials in Riga']);
  });

  it('drafts "UK diplomats" where the article prints the UK', () => {
    const text = article(['The UK sent a note on May 2. UK diplomats say that the talks have failed.']);
    expect(reportedSpeakers(text)).toEqual(['UK diplomats']);
  });

  it('leaves an abbreviation that is no country to the other rules', () => {
    const text = article([
      'The talks stalled. Privately, officials in Riga concede that the fuel will last a week.',
    ]);
    expect(reportedSpeakers(text)).toEqual(['Riga officials']);
  });
});
