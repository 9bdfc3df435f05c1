// Who speaks, in the general grammar of reporting prose: namesakes set apart by "no relation to",
// speakers described but never named, attributions set inside the words.
import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const statementsOf = (text: string) => draftOf(text).draft.quotes.filter((q) => q.kind === 'reported');

describe('two people who share a surname', () => {
  it('does not read "no relation to the minister" as pointing to the minister', () => {
    const statements = statementsOf(
      article([
        'Transport Minister Ruslan Terekhov opened the new bridge on May 4 (Kestria Radio, May 4). Deputy Anton Terekhov, no relation to the minister, voted against its budget. Terekhov added that the bridge had cost twice its estimate.',
      ]),
    );
    expect(statements.map((q) => q.speaker)).toEqual(['anton-terekhov']);
  });

  it('reads a role noun said before the last full name as stale', () => {
    const statements = statementsOf(
      article([
        'Finance Minister Dana Sultanova spoke first. “We will pay,” the minister said. The next day the mayor of the port, Kamila Sultanova, said that the city had not been paid. Sultanova added that the workers would strike on Monday.',
      ]),
    );
    expect(statements.filter((q) => /workers would strike/.test(q.text)).map((q) => q.speaker)).toEqual([
      'kamila-sultanova',
    ]);
  });

  it('still reads "the minister" said after both names as the minister', () => {
    const statements = statementsOf(
      article([
        'Finance Minister Dana Sultanova and the mayor of the port, Kamila Sultanova, met on May 4. The minister spoke first. Sultanova said that the city would be paid by June.',
      ]),
    );
    expect(statements.map((q) => q.speaker)).toEqual(['dana-sultanova']);
  });
});
