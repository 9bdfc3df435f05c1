// Unnamed speakers placed by where they work (decision 012): a body that sits and decides
// ("officials in the commission"), a principal's own ("officials in his delegation"), one official
// of a named body ("an official in the Polish Foreign Ministry"), and bankers placed by a city.
import { describe, expect, it } from 'vitest';
import { article, reportedSpeakerForms } from './helpers.js';

describe('groups placed by their workplace', () => {
  it('drafts "officials in the commission" for a body the article never names', () => {
    const text = article([
      'A border commission will sit in October. Officials in the commission say it will redraw the line.',
    ]);
    expect(reportedSpeakerForms(text)).toEqual([['Officials in the commission']]);
  });

  it('drafts "officials in the presidential secretariat"', () => {
    const text = article(['Officials in the presidential secretariat say privately that the loan is late.']);
    expect(reportedSpeakerForms(text)).toEqual([['Officials in the presidential secretariat']]);
  });

  it('drafts "officials in his delegation"', () => {
    const text = article([
      'Minister Olek Varga flew home on Sunday. Officials in his delegation said that the talks had failed.',
    ]);
    expect(reportedSpeakerForms(text)).toEqual([['Officials in his delegation']]);
  });

  it('drafts one official of a named body, with the printed phrase as an alias', () => {
    const text = article([
      'Warsaw said nothing, but an official in the Polish Foreign Ministry told reporters that the visit was off.',
    ]);
    expect(reportedSpeakerForms(text)).toContainEqual([
      'Polish Foreign Ministry official',
      'an official in the Polish Foreign Ministry',
    ]);
  });

  it('drafts bankers placed by a city', () => {
    const text = article(['The rate held in March. Bankers in Riga say that it will not hold for long.']);
    expect(reportedSpeakerForms(text)).toEqual([['Bankers in Riga']]);
  });
});
