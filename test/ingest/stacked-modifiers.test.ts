// "A senior Western diplomat said …": two modifiers may stack before an unnamed speaker's noun, and
// the speaker is then told again by that noun ("the diplomat added") (decision 012).
import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const speakersOf = (text: string, kind: 'reported' | 'direct' = 'reported') => {
  const { draft } = draftOf(text);
  return draft.quotes
    .filter((q) => q.kind === kind)
    .map((q) => draft.actors.find((a) => a.id === q.speaker)?.name ?? q.speaker);
};

describe('an unnamed speaker with two modifiers', () => {
  it('drafts "A senior Western diplomat in Vilnius" with an aside before the verb', () => {
    const text = article([
      'The pipeline stayed shut in March. A senior Western diplomat in Vilnius, who would not give his name, said that the repairs had never begun.',
    ]);
    expect(speakersOf(text)).toEqual(['A senior Western diplomat in Vilnius']);
  });

  it('drafts "one senior foreign official"', () => {
    const text = article(['One senior foreign official told us that the border would reopen.']);
    expect(speakersOf(text)).toEqual(['One senior foreign official']);
  });

  it('gives "the diplomat added" to the one drafted before', () => {
    const text = article([
      'A senior European diplomat in Minsk said that the ban would stay. The ban, the diplomat added, hits “the wrong people, and everyone knows it.”',
    ]);
    expect(speakersOf(text, 'direct')).toEqual(['A senior European diplomat in Minsk']);
  });
});
