// How an unnamed group that speaks is named: an adverb before its verb closes no place's name, a
// continental adjective stays in the printed phrase, and a group's noun that titles a name is no group.
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
});
