// Reported clauses and speakers in the general grammar of news prose (tuning round t7): a clause
// without "that" whose verb is an irregular past.
import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const statementsOf = (text: string) => draftOf(text).draft.quotes.filter((q) => q.kind === 'reported');

describe('a reported clause without "that" in the irregular past', () => {
  it.each([
    ['The Harbor Authority says it lost some $3 million in May alone.', 'harbor-authority'],
    ['On May 4, Pavel Orlov said he sold his shares before the vote.', 'pavel-orlov'],
    ['On May 6, the State Audit Bureau said it paid every inspector on time.', 'state-audit-bureau'],
    ['On May 7, Anna Lis said she wrote the report herself.', 'anna-lis'],
  ])('reads "%s" as a statement', (sentence, speaker) => {
    const [s] = statementsOf(article([sentence]));
    expect(s?.speaker).toBe(speaker);
  });
});

describe('a body placed by "of the republic" before its verb', () => {
  it.each([
    [
      'On May 3, the prosecutor’s office in Veltan opened a case. Two days later the prosecutor’s office of the republic told the families that the case was closed.',
      'prosecutors-office',
    ],
    [
      'The Harbor Authority owns the docks. On May 4 the Harbor Authority of the region said that the docks would close.',
      'harbor-authority',
    ],
    [
      'The State Audit Bureau checked the accounts. The State Audit Bureau of the province announced that the money had been spent.',
      'state-audit-bureau',
    ],
  ])('gives the words of "%s" to the body', (sentences, speaker) => {
    const said = statementsOf(article([sentences])).map((q) => q.speaker);
    expect(said).toContain(speaker);
  });
});

describe('an unnamed speaker placed at a country’s embassy or ministry', () => {
  it.each([
    [
      'On May 2, a diplomat at the French embassy told me, with a smile, that Paris would pay.',
      'A diplomat at the French embassy',
    ],
    [
      'On May 3, an official in the Kestrian ministry said that the border would reopen.',
      'An official in the Kestrian ministry',
    ],
    [
      'On May 4, a source at the Turkish embassy said that the visit was off.',
      'A source at the Turkish embassy',
    ],
  ])('drafts the speaker of "%s" as "%s"', (sentence, name) => {
    const { draft } = draftOf(article([sentence]));
    const [s] = draft.quotes.filter((q) => q.kind === 'reported');
    const speaker = draft.actors.find((a) => a.id === s?.speaker);
    expect(speaker?.name.toLowerCase()).toBe(name.toLowerCase());
  });
});

describe('an outlet quoting someone "as saying"', () => {
  it.each([
    [
      'On May 5, the newsletter of the Kestrian Energy Ministry quoted Pavel Orlov, head of its press office, as saying that the pipeline would close.',
      'pavel-orlov',
    ],
    [
      'On May 6, a bulletin of the State Audit Bureau quoted Marta Kovalenko, its senior analyst, as saying that the port was losing money.',
      'marta-kovalenko',
    ],
  ])('gives the words of "%s" to the one quoted', (sentence, speaker) => {
    const said = statementsOf(article([sentence])).map((q) => q.speaker);
    expect(said).toEqual([speaker]);
  });
});
