// A body that speaks after an appositive, in a "when" clause, with a place named before its words.
import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const { draft } = draftOf(
  article([
    'The first warning came on December 12, when Kyrmanhydro, the Kyrmanian state hydropower company, announced that it would cut the discharge from Jetybel to 210 cubic meters per second, less than half the level set in the annual protocol, in order to “keep the reservoir for our own people” (Belsu-Press, December 12). Kyrmanhydro has not changed its mind.',
  ]),
);

describe('a body that speaks past its appositive', () => {
  it('is the speaker of the quoted words, though a place is named between', () => {
    const quote = draft.quotes.find((q) => q.kind === 'direct' && q.text.startsWith('keep the reservoir'));
    expect(quote?.speaker).toBe('kyrmanhydro');
  });

  it('is the subject of a "when" clause: "when Kyrmanhydro, the … company, announced that …"', () => {
    const speakers = draftOf(
      article([
        'The warning came on December 12, when Kyrmanhydro, the state hydropower company, announced that it would cut the discharge. Kyrmanhydro did so.',
      ]),
    )
      .draft.quotes.filter((q) => q.kind === 'reported')
      .map((q) => q.speaker);
    expect(speakers).toEqual(['kyrmanhydro']);
  });
});

describe('a participle used as an adjective after the speaker', () => {
  it('is no one speaking next: "less than half the agreed level, in order to “…”"', () => {
    const quote = draftOf(
      article([
        'The first warning came on December 12, when Kyrmanhydro, the Kyrmanian state hydropower company, announced that it would cut the discharge from Jetybel to 210 cubic meters per second, less than half the agreed level, in order to “keep the reservoir for our own people” (Belsu-Press, December 12).',
      ]),
    ).draft.quotes.find((q) => q.kind === 'direct');
    expect(quote?.speaker).toBe('kyrmanhydro');
  });
});
