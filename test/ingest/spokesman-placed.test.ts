// A body's spokesman placed by the city they sit in: "a Foreign Ministry spokesman in Rome said …" is
// the body's unnamed spokesman (the city part of the description), who speaks the reported words.
import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const speakersOf = (text: string) => {
  const { draft } = draftOf(text);
  return draft.quotes.map((q) => draft.actors.find((a) => a.id === q.speaker)?.name ?? q.speaker);
};

describe("a body's spokesman placed by a city", () => {
  it.each([
    [
      'Italy closed the port in April. A Foreign Ministry spokesman in Rome said on May 2 that the port would reopen in June.',
      'Foreign Ministry spokesman in Rome',
    ],
    [
      'The Defense Ministry sent two ships north. A Defense Ministry spokeswoman in Oslo told reporters that the ships would stay until autumn.',
      'Defense Ministry spokeswoman in Oslo',
    ],
    [
      'The Interior Ministry closed the road in March. An Interior Ministry spokesman in Tbilisi confirmed that the road would stay shut.',
      'Interior Ministry spokesman in Tbilisi',
    ],
  ])('drafts the placed spokesman: %s', (sentence, name) => {
    expect(speakersOf(article([sentence]))).toEqual([name]);
  });
});
