// "parliament", "the parliament", "its own parliament" where the article has named the legislature only
// under its own name ("the Milli Majlis", "the Saeima"): the legislature named last before.
import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const on = (paragraphs: string[], date: string) =>
  draftOf(article(paragraphs)).draft.events.find((e) => e.date.start === date)?.actors ?? [];

describe('a parliament named again by the word', () => {
  it('is the legislature named before under its own name', () => {
    const cases: [string[], string, string][] = [
      [
        [
          'The Milli Majlis debated the budget for a week in March (Turan, March 20).',
          'On April 2 parliament passed the budget in its final reading.',
        ],
        '2009-04-02',
        'milli-majlis',
      ],
      [
        [
          'Deputies of the Saeima have criticized the treaty since January (LETA, March 2).',
          'Riga will not reopen the text, since its own parliament ratified it on March 12.',
        ],
        '2009-03-12',
        'saeima',
      ],
    ];
    for (const [paragraphs, date, body] of cases) expect(on(paragraphs, date)).toContain(body);
  });
});
