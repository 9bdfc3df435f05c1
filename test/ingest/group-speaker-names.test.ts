// How an unnamed group that speaks is named: an adverb before its verb closes no place's name, a
// continental adjective stays in the printed phrase, a group's noun that titles a name is no group,
// and "assure me that" reports words.
import { describe, expect, it } from 'vitest';
import { article, draftOf, reportedSpeakerForms } from './helpers.js';

describe('the names of unnamed groups that speak', () => {
  it('leaves the adverb out: "Western diplomats in Ashgabat nevertheless argue that …"', () => {
    const forms = reportedSpeakerForms(
      article([
        'Gurbanguly Berdymukhammedov took office on February 14. Western diplomats in Ashgabat nevertheless argue that the new president has done more than his predecessor.',
      ]),
    );
    expect(forms[0]).toContain('Western diplomats in Ashgabat');
    expect(forms.flat().some((f) => f.includes('nevertheless'))).toBe(false);
  });

  it('keeps "European" in the printed phrase: "European diplomats in Tashkent told Reuters that …"', () => {
    const forms = reportedSpeakerForms(
      article([
        'Tashkent ordered the base closed on July 29. European diplomats in Tashkent told Reuters that the embargo was largely symbolic.',
      ]),
    );
    expect(forms[0]).toContain('European diplomats in Tashkent');
  });

  it('gives "According to Gazprom spokesman Sergei Kupriyanov, …" to Kupriyanov, no unnamed spokesman', () => {
    const { draft } = draftOf(
      article([
        'Gazprom raised the price on May 2. According to Gazprom spokesman Sergei Kupriyanov, the price is purely commercial.',
      ]),
    );
    const reported = draft.quotes.filter((q) => q.kind === 'reported');
    expect(reported.map((q) => draft.actors.find((a) => a.id === q.speaker)?.name)).toEqual([
      'Sergei Kupriyanov',
    ]);
    expect(draft.actors.some((a) => a.id.includes('spokesman'))).toBe(false);
  });

  it('reads "assured us that" and "assure me that" as words reported by the officials', () => {
    const forms = reportedSpeakerForms(
      article([
        'The Central Election Commission (CEC) met on May 2. Officials at the CEC have assured us that the ballots will be ready. Officials at the commission assure me that nothing will change.',
      ]),
    );
    expect(forms.map((f) => f[0])).toEqual([
      'Central Election Commission officials',
      'Central Election Commission officials',
    ]);
  });
});
