import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const statementsOf = (text: string) =>
  draftOf(text)
    .draft.quotes.filter((q) => q.kind === 'reported')
    .map((q) => q.speaker);

// What may stand between a speaker and the verb, and what may follow an appeal.
describe('asides between the speaker and the reporting verb', () => {
  it('reads past a longer parenthesis: "X (no relation to the senator) said that …"', () => {
    const text = article([
      'Deputy Energy Minister Oleg Sarin (no relation to the senator) said on May 3 that the dam would be finished by winter.',
    ]);
    expect(statementsOf(text)).toEqual(['oleg-sarin']);
  });

  it('reads past "(not to be confused with the minister)"', () => {
    const text = article([
      'The budget was debated for a week. Senator Ilona Varga (not to be confused with the minister) said on Friday that the cuts would close three hospitals.',
    ]);
    expect(statementsOf(text)).toEqual(['ilona-varga']);
  });

  it('keeps an appeal after a quoted sentence: "” X, who …, called on Y to …, warning that “…”"', () => {
    const text = article([
      'Former Mayor Ivan Petrov told the crowd: “The vote was stolen, and everyone here knows it.” Anna Lisova, who heads the Helsinki Group office in Minsk, called on the commission to recount the ballots, warning that “patience is running out in the regions.”',
    ]);
    expect(statementsOf(text)).toEqual(['anna-lisova']);
  });
});
