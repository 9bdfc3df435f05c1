// After "according to", an unnamed speaker's printed phrase runs to its comma: the article names the
// speaker by the whole noun phrase, a body's long name or the noun and the city after it included.
import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

/** The names and aliases of the one drafted speaker of the statement. */
const speakerNames = (text: string) => {
  const { draft } = draftOf(text);
  const speaker = draft.quotes.find((q) => q.kind === 'reported')?.speaker;
  const actor = draft.actors.find((a) => a.id === speaker);
  return actor ? [actor.name, ...actor.aliases] : [];
};

describe('"according to" an unnamed speaker', () => {
  it('keeps the noun the phrase stopped short of and the city after it', () => {
    const text = article([
      'The OSCE sent a mission in May. The talks will resume in June, according to a diplomat at the OSCE mission in Vienna.',
    ]);
    expect(speakerNames(text)).toContain('a diplomat at the OSCE mission in Vienna');
  });

  it('keeps a body’s long name', () => {
    const text = article([
      'The canal will reopen in July, according to a senior official of the State Committee for the Management and Use of Water Resources, who asked not to be named.',
    ]);
    expect(speakerNames(text)).toContain(
      'a senior official of the State Committee for the Management and Use of Water Resources',
    );
  });

  it('keeps a short place as it was', () => {
    const text = article(['The road will close in May, according to a source in the ministry.']);
    expect(speakerNames(text)).toEqual(['a source in the ministry']);
  });
});
