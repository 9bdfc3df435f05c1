// "dismissed the report as fantasy": a claim waved away is a statement, as "rejected the claims that …"
// is; a person dismissed is not. A demand is one too. A note in brackets after the speaker's name is read past.
import { describe, expect, it } from 'vitest';
import { article, reportedSpeakers } from './helpers.js';

describe('a claim dismissed as something', () => {
  it('is a statement of whoever dismisses it', () => {
    expect(
      reportedSpeakers(
        article([
          'Aibek Turgunbayev was arrested on April 5. His lawyer, Farid Ismailov, dismissed the supposed plan as the campaign’s register of volunteers.',
          'Naftogaz Chairman Ihor Danylyshyn dismissed the claim as an attempt to turn a debt into an asset.',
        ]),
      ),
    ).toEqual(['Farid Ismailov', 'Ihor Danylyshyn']);
  });

  it('is no statement when a person is dismissed', () => {
    expect(
      reportedSpeakers(
        article(['On May 2, President Ivan Lupu dismissed the governor as part of a reshuffle.']),
      ),
    ).toEqual([]);
  });
});

describe('a note in brackets after the speaker’s name', () => {
  it('is read past: "Farid Ismailov (no relation), said that …"', () => {
    expect(
      reportedSpeakers(
        article([
          'Deputy Prosecutor-General Rashid Ismailov spoke on April 26. The defendant’s lawyer, Farid Ismailov (no relation), said that the plan was a list of volunteers.',
        ]),
      ),
    ).toEqual(['Farid Ismailov']);
  });
});

describe('a demand', () => {
  it('is a statement: "demanded that …", "demanded the immediate release of …"', () => {
    expect(
      reportedSpeakers(
        article([
          'On June 12, Deputy Bolot Sadykov demanded that the prosecutor-general audit the export contract.',
          'The same day, Foreign Minister Irina Lassova summoned the ambassador and demanded the immediate release of the crew.',
        ]),
      ),
    ).toEqual(['Bolot Sadykov', 'Irina Lassova']);
  });
});
